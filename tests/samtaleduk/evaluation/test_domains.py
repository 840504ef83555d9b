"""Life domains across versions of a duk (issue 14 defect 6): a renamed domain
(`former_ids`) carries its notes forward and compares like a renamed field; a removed
domain's tag is shown with the label from the meeting's own template, never as a raw id."""

from __future__ import annotations

import datetime as dt

import pytest

from samtaleduk.domain.demo import demo_cases
from samtaleduk.domain.model import Meeting, Note
from samtaleduk.evaluation import (
    EventKind,
    NoteChange,
    carry_forward,
    case_timeline,
    compare_meetings,
    summary_lines,
    templates_by_key,
)
from samtaleduk.printing.content import note_item
from samtaleduk.templates.model import Template


@pytest.fixture(scope="module")
def haugland() -> list[Meeting]:
    return demo_cases()[0][1]


@pytest.fixture(scope="module")
def newer(familie: Template) -> Template:
    """Version 2: "psykisk_helse" renamed to "psykisk", "bolig" removed, "nettverk" new."""
    data = familie.model_dump()
    domains = []
    for d in data["life_domains"]:
        if d["id"] == "psykisk_helse":
            d = {**d, "id": "psykisk", "former_ids": ["psykisk_helse"],
                 "label": {"nn": "Psykisk", "nb": "Psykisk", "en": "Mind"}}
        if d["id"] != "bolig":
            domains.append(d)
    domains.append({"id": "nettverk", "label": {"nn": "Nettverk", "nb": "Nettverk"}})
    return Template.model_validate({**data, "version": data["version"] + 1, "life_domains": domains})


def m4_on(newer: Template, haugland: list[Meeting]) -> Meeting:
    return carry_forward(haugland[2], newer, number=4, date=dt.date(2026, 6, 17))


def tagged(meeting: Meeting, text_start: str) -> Note:
    return next(n for c in meeting.fields.values() for n in c.notes
                if n.text.startswith(text_start))


def test_template_finds_a_domain_by_its_former_id(newer: Template) -> None:
    found = newer.domain("psykisk_helse")
    assert found is not None and found.id == "psykisk"
    assert newer.domain("bolig") is None


def test_carry_forward_moves_tags_onto_the_renamed_domain(newer: Template,
                                                          haugland: list[Meeting]) -> None:
    m4 = m4_on(newer, haugland)
    assert tagged(m4, "Sara søv").domain == "psykisk"
    # A domain the new duk has no place for: the note comes along, its tag does not
    # (every tag on a duk is one of its own domains); the comparison says so.
    assert tagged(m4, "Leilegheita").domain is None
    assert tagged(m4, "Nora trivst").domain == "skole"
    assert {n.domain for c in m4.fields.values() for n in c.notes} <= {
        None, *(d.id for d in newer.life_domains)}


def test_a_renamed_domain_compares_as_a_rename_not_removed_and_added(
        familie: Template, newer: Template, haugland: list[Meeting]) -> None:
    m3 = haugland[2]
    c = compare_meetings(m3, m4_on(newer, haugland), familie, newer)
    assert c.fields.renamed_domains == {"psykisk_helse": "psykisk"}
    assert c.fields.removed_domains == ("bolig",)
    assert c.fields.added_domains == ("nettverk",)
    sara = next(d for d in c.notes if d.old and d.old.text.startswith("Sara søv"))
    assert sara.change is NoteChange.UNCHANGED
    bolig = next(d for d in c.notes if d.old and d.old.text.startswith("Leilegheita"))
    assert bolig.change is NoteChange.CHANGED
    assert c.fields.domain_label("bolig", "nn") == "Bustadsituasjon"
    assert c.has_changes()
    nn = summary_lines(c, "nn")["changed"]
    assert "Livsområdet «Psykisk helse» heiter no «Psykisk»." in nn
    assert ("Livsområdet «Bustadsituasjon» finst ikkje i den nye duken; notata er førte "
            "vidare utan livsområde.") in nn
    assert not any("psykisk_helse" in line or "bolig»" in line for line in nn)


def test_a_meeting_still_holding_the_old_id_compares_unchanged(
        familie: Template, newer: Template, haugland: list[Meeting]) -> None:
    m3 = haugland[2]
    m4 = m4_on(newer, haugland)
    # E.g. written before the rename reached this computer: the old id stays.
    tagged(m4, "Sara søv").domain = "psykisk_helse"
    c = compare_meetings(m3, m4, familie, newer)
    sara = next(d for d in c.notes if d.old and d.old.text.startswith("Sara søv"))
    assert sara.change is NoteChange.UNCHANGED


def test_timeline_counts_a_renamed_domain_in_one_row_and_labels_removed_ones(
        familie: Template, newer: Template, haugland: list[Meeting]) -> None:
    meetings = [*haugland[:3], m4_on(newer, haugland)]
    timeline = case_timeline(meetings, templates_by_key([familie, newer]))
    assert [c.domains.get("psykisk", 0) for c in timeline.counts] == [1, 1, 1, 1]
    assert all("psykisk_helse" not in c.domains for c in timeline.counts)
    # The removed domain keeps its own id and its stored label.
    assert [c.domains.get("bolig", 0) for c in timeline.counts] == [1, 1, 1, 0]
    assert timeline.domain_labels["bolig"].nn == "Bustadsituasjon"
    assert timeline.domain_labels["psykisk"].nn == "Psykisk"
    sara = next(i for i in timeline.items if i.text.startswith("Sara søv"))
    assert not [e for e in sara.events if e.kind is EventKind.TAG]
    flat = next(i for i in timeline.items if i.text.startswith("Leilegheita"))
    [tag] = [e for e in flat.events if e.kind is EventKind.TAG]
    assert (tag.meeting, tag.old, tag.new) == (4, "bolig/", "/")


def test_print_never_shows_a_raw_domain_id(newer: Template) -> None:
    renamed = note_item(Note(text="Søv dårleg", domain="psykisk_helse"), newer, "nn", 9, "#000000")
    assert "Psyk. helse" in renamed.after and "psykisk_helse" not in renamed.after
    unknown = note_item(Note(text="Leilegheita", domain="bolig"), newer, "nn", 9, "#000000")
    assert "bolig" not in unknown.after


def test_leave_out_a_renamed_domain_also_leaves_out_notes_with_its_old_id(
        newer: Template, haugland: list[Meeting]) -> None:
    """Privacy: a copy for the school without «Psykisk» must not show a note still
    tagged with the domain's former id; the old id names the domain too."""
    from samtaleduk.printing.leave_out import apply, resolve

    m4 = m4_on(newer, haugland)
    tagged(m4, "Sara søv").domain = "psykisk_helse"  # written before the rename
    for word in ("psykisk", "psykisk_helse", "Psykisk"):
        leave = resolve(newer, [word], "nn")
        assert leave.labels == ("Psykisk",)
        kept = apply(m4, leave)
        assert not any(n.text.startswith("Sara søv") for c in kept.fields.values()
                       for n in c.notes)
