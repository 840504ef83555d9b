"""Comparing meetings, read like the paper: the demo family's meetings 1, 2 and 3."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from samtaleduk.domain.demo import demo_cases, demo_id
from samtaleduk.domain.model import Consent, Meeting, Note
from samtaleduk.evaluation import (
    ActionChange,
    Comparison,
    GoalChange,
    ItemChange,
    NoteChange,
    carry_forward,
    compare_meetings,
    summary_lines,
)
from samtaleduk.templates.model import Template


@pytest.fixture(scope="module")
def haugland() -> list[Meeting]:
    return demo_cases()[0][1]


@pytest.fixture(scope="module")
def two_vs_one(familie: Template, haugland: list[Meeting]) -> Comparison:
    m1, m2, _ = haugland
    return compare_meetings(m1, m2, familie, familie)


def _texts(diffs: Any) -> list[str]:
    return [(d.new or d.old).text for d in diffs]


def test_actions_done_since_last_time(two_vs_one: Comparison) -> None:
    assert _texts(two_vs_one.actions_of(ActionChange.DONE)) == [
        "Kartleggje jobbtiltak for Sara", "Finne fotballag og utstyr til Nora",
        "Setje opp budsjett"]
    assert _texts(two_vs_one.actions_of(ActionChange.PARTLY)) == [
        "Samtale med Emil om morgonane"]
    assert _texts(two_vs_one.actions_of(ActionChange.STILL_OPEN)) == ["Søkje om kommunal bustad"]
    assert _texts(two_vs_one.actions_of(ActionChange.NEW)) == [
        "Arbeidstrening i barnehage, to dagar i veka"]


def test_overdue_and_moved_due_dates(two_vs_one: Comparison) -> None:
    by_text = {(d.new or d.old).text: d for d in two_vs_one.actions}  # type: ignore[union-attr]
    partly = by_text["Samtale med Emil om morgonane"]
    assert partly.overdue and partly.old_due_passed  # due 01.02, meeting 11.03
    bustad = by_text["Søkje om kommunal bustad"]
    assert not bustad.overdue and bustad.old_due_passed
    assert bustad.changed == {"owner", "due"}
    assert not by_text["Kartleggje jobbtiltak for Sara"].overdue


def test_the_note_moved_from_hard_to_works(two_vs_one: Comparison) -> None:
    (moved,) = two_vs_one.notes_of(NoteChange.MOVED)
    assert moved.id == demo_id("haugland/n/emil-morgon")
    assert (moved.old_field, moved.new_field) == ("vanskeleg", "fungerer")
    assert moved.text_changed
    assert moved.old is not None and moved.new is not None
    assert moved.old.text == "Emil kjem seg ikkje på skulen om morgonen"
    assert moved.new.text == "Emil er på skulen tre av fem dagar"
    # A move is never also a removal and an addition.
    assert moved.id not in {d.id for d in two_vs_one.notes_of(NoteChange.ADDED,
                                                               NoteChange.REMOVED)}


def test_notes_added_removed_changed(two_vs_one: Comparison) -> None:
    assert _texts(two_vs_one.notes_of(NoteChange.ADDED)) == [
        "Nora spelar fotball to gonger i veka", "Vi har eit budsjett vi følgjer"]
    assert _texts(two_vs_one.notes_of(NoteChange.REMOVED)) == [
        "Nora har ikkje råd til fotballtreninga"]
    (changed,) = two_vs_one.notes_of(NoteChange.CHANGED)
    assert changed.old is not None and changed.old.text == "Rekningar hopar seg opp"
    assert changed.field == "vanskeleg"
    by_field = two_vs_one.notes_by_field()
    assert len(by_field["fungerer"][NoteChange.UNCHANGED]) == 3
    assert len(by_field["fungerer"][NoteChange.MOVED]) == 1


def test_goals_reached_new_and_passed(two_vs_one: Comparison) -> None:
    assert _texts(two_vs_one.goals_of(GoalChange.REACHED)) == ["Nora byrjar på fotball"]
    assert _texts(two_vs_one.goals_of(GoalChange.NEW)) == ["Sara byrjar i arbeidstrening"]
    passed = [d for d in two_vs_one.goals if d.deadline_passed]
    assert _texts(passed) == ["Emil er på skulen kvar dag"]
    assert passed[0].old_deadline == dt.date(2026, 3, 1)
    assert passed[0].new_deadline == dt.date(2026, 4, 15) and passed[0].deadline_changed


def test_summary_nynorsk(two_vs_one: Comparison) -> None:
    lines = summary_lines(two_vs_one, "nn")
    assert list(lines) == ["done", "remains", "changed"]
    assert "Gjort: Kartleggje jobbtiltak for Sara (Tor Aas)." in lines["done"]
    assert "Målet er nådd: Nora byrjar på fotball." in lines["done"]
    assert ("Målet «Emil er på skulen kvar dag»: fristen 01.03.2026 er ute, "
            "ny frist 15.04.2026.") in lines["remains"]
    assert any(s.startswith("Delvis gjort: Samtale med Emil om morgonane")
               for s in lines["remains"])
    assert lines["changed"][0] == (
        "Flytta frå «Det som er vanskeleg for oss» til «Det som fungerer for oss»: "
        "«Emil kjem seg ikkje på skulen om morgonen» → «Emil er på skulen tre av fem dagar» "
        "(barnet).")
    assert ("Teke bort frå «Det som er vanskeleg for oss»: "
            "«Nora har ikkje råd til fotballtreninga» (barnet).") in lines["changed"]


def test_summary_bokmal_and_english(two_vs_one: Comparison) -> None:
    nb = summary_lines(two_vs_one, "nb")
    assert nb["changed"][0].startswith(
        "Flyttet fra «Det som er vanskelig for oss» til «Det som fungerer for oss»")
    assert any(s.startswith("Ikke gjort: Søkje om kommunal bustad") and
               "fristen 31.01.2026 er ute, ny frist 31.03.2026" in s for s in nb["remains"])
    en = summary_lines(two_vs_one, "en")
    assert "Goal reached: Nora byrjar på fotball." in en["done"]


def test_three_vs_two(familie: Template, haugland: list[Meeting]) -> None:
    _, m2, m3 = haugland
    c = compare_meetings(m2, m3, familie, familie)
    assert _texts(c.actions_of(ActionChange.DONE)) == [
        "Samtale med Emil om morgonane", "Søkje om kommunal bustad",
        "Arbeidstrening i barnehage, to dagar i veka"]
    # Done last time and left behind by carry_forward: not news any more.
    assert len(c.actions_of(ActionChange.CLOSED_BEFORE)) == 3
    assert _texts(c.goals_of(GoalChange.CLOSED_BEFORE)) == ["Nora byrjar på fotball"]
    assert [d.change for d in c.consents] == [
        ItemChange.UNCHANGED, ItemChange.UNCHANGED, ItemChange.ADDED]
    nn = summary_lines(c, "nn")
    # The review's comment comes after the facts, in the family's words.
    assert ("Gjort: Søkje om kommunal bustad (Sara, med hjelp frå Ingrid Fjeld) — "
            "Søknad sendt.") in nn["done"]
    assert ("Nytt samtykke: samtykke til samarbeid med bustadkontoret — gitt av "
            "Sara Haugland 06.05.2026.") in nn["changed"]


def test_any_two_meetings_not_only_neighbours(familie: Template,
                                               haugland: list[Meeting]) -> None:
    m1, _, m3 = haugland
    c = compare_meetings(m1, m3, familie, familie)
    (moved,) = c.notes_of(NoteChange.MOVED)
    assert moved.new is not None and moved.new.text == "Emil er på skulen fire av fem dagar"
    # Meeting 3 no longer carries the actions done at meeting 2; seen from meeting 1
    # they were open and are gone without a review on *these* two duker.
    assert set(_texts(c.actions_of(ActionChange.REMOVED))) == {
        "Kartleggje jobbtiltak for Sara", "Finne fotballag og utstyr til Nora",
        "Setje opp budsjett"}


def test_consent_withdrawn(familie: Template, haugland: list[Meeting]) -> None:
    m3 = haugland[2]
    m4 = carry_forward(m3, familie, number=4, date=dt.date(2026, 6, 17))
    m4.field("avtale").consents[1].withdrawn_on = dt.date(2026, 6, 17)
    c = compare_meetings(m3, m4, familie, familie)
    assert [d.change for d in c.consents] == [
        ItemChange.UNCHANGED, ItemChange.WITHDRAWN, ItemChange.UNCHANGED]
    assert any(s.startswith("Samtykke trekt tilbake: samtykke stafettlogg")
               for s in summary_lines(c, "nn")["changed"])
    m5 = carry_forward(m4, familie, number=5, date=dt.date(2026, 8, 1))
    c = compare_meetings(m4, m5, familie, familie)
    assert [d.change for d in c.consents] == [
        ItemChange.UNCHANGED, ItemChange.UNCHANGED, ItemChange.CLOSED_BEFORE]


def _newer_familie(familie: Template) -> Template:
    """Version 2 of the family duk: "fungerer" renamed, the helpers field removed."""
    data = familie.model_dump()
    fields = []
    for f in data["fields"]:
        if f["id"] == "fungerer":
            f = {**f, "id": "bra", "former_ids": ["fungerer"],
                 "label": {"nn": "Dette går bra", "nb": "Dette går bra", "en": "Going well"}}
        if f["id"] != "hjelparar":
            fields.append(f)
    return Template.model_validate({**data, "version": data["version"] + 1, "fields": fields})


def test_renamed_and_removed_fields_are_reported(familie: Template,
                                                 haugland: list[Meeting]) -> None:
    newer = _newer_familie(familie)
    m3 = haugland[2]
    m4 = carry_forward(m3, newer, number=4, date=dt.date(2026, 6, 17))
    m4.field("bra").notes.append(Note(text="Ny lapp"))
    c = compare_meetings(m3, m4, familie, newer)
    assert c.fields.renamed == {"fungerer": "bra"} and c.fields.removed == ("hjelparar",)
    assert c.old_template == ("familie", familie.version) and c.new_template == ("familie", newer.version)
    in_bra = c.notes_by_field()["bra"]
    assert len(in_bra[NoteChange.UNCHANGED]) == 7  # a rename is not a move
    assert NoteChange.MOVED not in in_bra and len(in_bra[NoteChange.ADDED]) == 1
    assert {d.change for d in c.helpers} == {ItemChange.FIELD_REMOVED}
    assert len(c.helpers) == 4  # reported, never silently dropped
    nn = summary_lines(c, "nn")["changed"]
    assert "Feltet «Det som fungerer for oss» heiter no «Dette går bra»." in nn
    assert "Feltet «Kven kan hjelpa oss i mål» finst ikkje i den nye duken." in nn
    assert ("Stod i «Kven kan hjelpa oss i mål», som ikkje finst i den nye duken: "
            "Mormor Berit (familie, følgje Emil til bussen).") in nn


def test_notes_in_a_removed_field_are_field_removed(familie: Template,
                                                    haugland: list[Meeting]) -> None:
    data = familie.model_dump()
    data["fields"] = [f for f in data["fields"] if f["id"] != "draumar"]
    newer = Template.model_validate({**data, "version": data["version"] + 1})
    m3 = haugland[2]
    m4 = carry_forward(m3, newer, number=4, date=dt.date(2026, 6, 17))
    # The family moves one dream by hand into "viktig" before the field goes.
    cup = m3.field("draumar").notes[2].model_copy()
    m4.field("viktig").notes.append(cup)
    c = compare_meetings(m3, m4, familie, newer)
    assert _texts(c.notes_of(NoteChange.FIELD_REMOVED)) == [
        "Eit hus med hage", "Sara: å jobbe i barnehage"]
    (moved,) = c.notes_of(NoteChange.MOVED)
    assert (moved.old_field, moved.new_field) == ("draumar", "viktig")


def test_json_round_trip(two_vs_one: Comparison) -> None:
    again = Comparison.model_validate_json(two_vs_one.model_dump_json())
    assert again == two_vs_one


def test_consent_kinds_without_label_fall_back_to_id(familie: Template,
                                                     haugland: list[Meeting]) -> None:
    m3 = haugland[2]
    m4 = carry_forward(m3, familie, number=4, date=dt.date(2026, 6, 17))
    m4.field("avtale").consents.append(Consent(kind="ukjend", given_by="X"))
    lines = summary_lines(compare_meetings(m3, m4, familie, familie), "nn")
    assert "Nytt samtykke: ukjend — gitt av X." in lines["changed"]


def test_summary_of_the_rarer_changes(familie: Template, haugland: list[Meeting]) -> None:
    from samtaleduk.domain.model import Action, ActionStatus, GoalStatus, Helper

    m3 = haugland[2]
    m3 = m3.model_copy(deep=True)
    m3.field("neste_steg").actions += [
        Action(text="Søkje støtte til ferie", owner="Sara", due=dt.date(2026, 6, 1)),
        Action(text="Ringje barnevernet", owner="Ingrid Fjeld"),
    ]
    m4 = carry_forward(m3, familie, number=4, date=dt.date(2026, 6, 17))
    m4.field("namn").text = "Sara Haugland, Emil, Nora og Leo"
    actions = {a.text: a for a in m4.field("neste_steg").actions}
    actions["Søkje støtte til ferie"].status = ActionStatus.DROPPED
    m4.field("neste_steg").actions = [actions["Søkje støtte til ferie"]]  # the other is gone
    goals = {g.text: g for g in m4.field("lang_sikt").goals}
    goals["Større bustad"].status = GoalStatus.DROPPED
    goals["Fast jobb i barnehage"].deadline = dt.date(2027, 6, 30)
    m4.field("lang_sikt").goals = [g for g in m4.field("lang_sikt").goals
                                   if g.text != "Sara er i arbeid eller utdanning"]
    helpers = m4.field("hjelparar").helpers
    m4.field("hjelparar").helpers = [*helpers[1:], Helper(name="Naboen Per",
                                                          helps_with="skyss")]
    c = compare_meetings(m3, m4, familie, familie)
    assert c.has_changes()
    nn = summary_lines(c, "nn")
    assert nn["done"] == []
    changed = nn["changed"]
    assert "Lagt bort: Søkje støtte til ferie (Sara, innan 01.06.2026)." in changed
    assert "Teke bort utan å vera gjort: Ringje barnevernet (Ingrid Fjeld)." in changed
    assert "Målet er lagt bort: Større bustad." in changed
    assert "Målet er teke bort utan å vera nådd: Sara er i arbeid eller utdanning." in changed
    assert "Ny frist for målet «Fast jobb i barnehage»: 30.06.2027." in changed
    assert "Ny hjelpar: Naboen Per (skyss)." in changed
    assert ("Ikkje lenger med som hjelpar: Mormor Berit (familie, følgje Emil til bussen)."
            in changed)
    assert ("«Namna våre er»: «Sara Haugland, Emil og Nora» → "
            "«Sara Haugland, Emil, Nora og Leo».") in changed
    nb = summary_lines(c, "nb")["changed"]
    assert "Målet er tatt bort uten å være nådd: Sara er i arbeid eller utdanning." in nb
    assert "Ny hjelper: Naboen Per (skyss)." in nb
