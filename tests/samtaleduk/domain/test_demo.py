"""The fictional demo cases are exactly as demo-case.md tells them."""

from __future__ import annotations

import datetime as dt

from samtaleduk.domain.demo import demo_cases, demo_id
from samtaleduk.domain.model import ActionStatus, GoalStatus, Meeting
from samtaleduk.templates.loading import load_all


def _notes(m: Meeting, fid: str) -> list[str]:
    return [n.text for n in m.field(fid).notes]


def test_demo_cases_are_deterministic() -> None:
    assert demo_cases() == demo_cases()


def test_two_cases_on_the_right_duker() -> None:
    (haugland, hm), (jonas, jm) = demo_cases()
    assert (haugland.name, haugland.template_id, len(hm)) == ("Familien Haugland", "familie", 3)
    assert (jonas.name, jonas.template_id, len(jm)) == ("Jonas", "individuell", 1)
    assert [m.date for m in hm] == [dt.date(2026, 1, 14), dt.date(2026, 3, 11),
                                    dt.date(2026, 5, 6)]
    assert [m.continued_from for m in hm] == [None, hm[0].id, hm[1].id]
    assert all(m.case_id == haugland.id for m in hm) and jm[0].case_id == jonas.id


def test_every_tag_and_consent_kind_exists_in_the_template() -> None:
    templates = load_all()
    for case, meetings in demo_cases():
        t = templates.get(case.template_id)
        for m in meetings:
            for fid, content in m.fields.items():
                tf = t.field(fid)
                for n in content.notes:
                    assert n.domain is None or (tf.domain_tags and t.domain(n.domain))
                kinds = {k.id for k in tf.consent_kinds}
                assert all(c.kind in kinds for c in content.consents)


def test_haugland_meeting_one() -> None:
    m1 = demo_cases()[0][1][0]
    assert len(m1.participants) == 6
    assert _notes(m1, "vanskeleg")[0] == "Emil kjem seg ikkje på skulen om morgonen"
    assert m1.field("kort_sikt").date == dt.date(2026, 3, 1)
    assert m1.field("neste_steg").date == dt.date(2026, 3, 11)
    assert len(m1.field("neste_steg").actions) == 5
    assert len(m1.field("hjelparar").helpers) == 4
    assert [c.kind for c in m1.field("avtale").consents] == ["ressursteam", "stafettlogg"]


def test_haugland_meeting_two_moves_emil_with_its_id() -> None:
    _, (m1, m2, m3) = demo_cases()[0]
    emil = demo_id("haugland/n/emil-morgon")
    assert emil in {n.id for n in m1.field("vanskeleg").notes}
    moved = next(n for n in m2.field("fungerer").notes if n.id == emil)
    assert moved.text == "Emil er på skulen tre av fem dagar"
    assert "Nora har ikkje råd til fotballtreninga" not in _notes(m2, "vanskeleg")
    status = {a.text: a.status for a in m2.field("neste_steg").actions}
    assert status["Samtale med Emil om morgonane"] is ActionStatus.PARTLY
    assert status["Søkje om kommunal bustad"] is ActionStatus.OPEN
    assert status["Setje opp budsjett"] is ActionStatus.DONE
    goals = {g.text: g for g in m2.field("kort_sikt").goals}
    assert goals["Nora byrjar på fotball"].status is GoalStatus.REACHED
    assert goals["Emil er på skulen kvar dag"].deadline == dt.date(2026, 4, 15)
    assert m2.field("neste_steg").date == dt.date(2026, 5, 6)
    assert "Emil er på skulen fire av fem dagar" in _notes(m3, "fungerer")
    assert m3.field("neste_steg").date == dt.date(2026, 6, 17)
    assert all(a.status is ActionStatus.DONE for a in m3.field("neste_steg").actions)


def test_jonas() -> None:
    m = demo_cases()[1][1][0]
    assert m.field("namn").text == "Jonas Berg"
    assert [a.owner for a in m.field("tiltak").actions] == ["barnehagen", "Anne Vik"]
    assert [c.given_by for c in m.field("avtale").consents] == ["Lena Berg"]
