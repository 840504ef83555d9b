"""Starting a meeting blank or carried forward from the last duk."""

from __future__ import annotations

import datetime as dt

from samtaleduk.domain.model import (
    Action,
    ActionStatus,
    Case,
    Consent,
    Goal,
    GoalStatus,
    Helper,
    Meeting,
    Note,
    Participant,
)
from samtaleduk.evaluation import blank_meeting, carry_forward
from samtaleduk.templates.model import Template


def _first(familie: Template) -> Meeting:
    case = Case(name="Familien Test", template_id=familie.id)
    m = blank_meeting(case, familie, number=1, date=dt.date(2026, 1, 14))
    m.participants = [Participant(name="Sara")]
    m.field("namn").text = "Sara og Emil"
    m.field("fungerer").notes = [Note(text="Middag saman", domain="fritid")]
    m.field("kort_sikt").date = dt.date(2026, 3, 1)
    m.field("kort_sikt").goals = [
        Goal(text="open"), Goal(text="reached", status=GoalStatus.REACHED),
        Goal(text="dropped", status=GoalStatus.DROPPED),
    ]
    m.field("hjelparar").helpers = [Helper(name="Mormor")]
    m.field("neste_steg").date = dt.date(2026, 3, 11)
    m.field("neste_steg").actions = [
        Action(text=s.value, status=s) for s in ActionStatus
    ]
    m.field("avtale").consents = [
        Consent(kind="ressursteam"),
        Consent(kind="stafettlogg", withdrawn_on=dt.date(2026, 1, 20)),
    ]
    return m


def test_blank_meeting_fills_only_the_date_fields(familie: Template) -> None:
    case = Case(name="Familien Test", template_id=familie.id)
    m = blank_meeting(case, familie, number=1, date=dt.date(2026, 1, 14))
    assert m.case_id == case.id and m.template_version == familie.version
    assert m.continued_from is None and m.participants == []
    assert {fid for fid, c in m.fields.items() if not c.is_empty()} == {"dato"}
    assert m.field("dato").date == dt.date(2026, 1, 14)


def test_carry_forward_keeps_what_is_alive_with_its_ids(familie: Template) -> None:
    first = _first(familie)
    second = carry_forward(first, familie, number=2, date=dt.date(2026, 3, 11))
    assert second.continued_from == first.id and second.number == 2
    assert second.case_id == first.case_id
    assert second.participants == []  # offered from the case, not copied
    assert second.field("namn").text == "Sara og Emil"
    assert second.field("dato").date == dt.date(2026, 3, 11)
    assert second.field("fungerer").notes == first.field("fungerer").notes
    assert [g.text for g in second.field("kort_sikt").goals] == ["open"]
    assert second.field("kort_sikt").goals[0].id == first.field("kort_sikt").goals[0].id
    assert second.field("kort_sikt").date == dt.date(2026, 3, 1)
    assert second.field("hjelparar").helpers == first.field("hjelparar").helpers
    assert [a.status for a in second.field("neste_steg").actions] == [
        ActionStatus.OPEN, ActionStatus.PARTLY]
    assert second.field("neste_steg").date is None
    assert [c.kind for c in second.field("avtale").consents] == ["ressursteam"]
    assert list(second.fields) == [f.id for f in familie.fields if f.id in second.fields]


def test_carried_items_are_copies_not_shared(familie: Template) -> None:
    first = _first(familie)
    second = carry_forward(first, familie, number=2, date=dt.date(2026, 3, 11))
    second.field("fungerer").notes[0].text = "Endra"
    assert first.field("fungerer").notes[0].text == "Middag saman"


def test_carry_forward_follows_a_renamed_field_and_leaves_a_removed_one(
    familie: Template,
) -> None:
    first = _first(familie)
    data = familie.model_dump()
    fields = []
    for f in data["fields"]:
        if f["id"] == "fungerer":
            f = {**f, "id": "bra", "former_ids": ["fungerer"]}
        if f["id"] == "hjelparar":
            continue
        fields.append(f)
    newer = Template.model_validate({**data, "version": data["version"] + 1, "fields": fields})
    second = carry_forward(first, newer, number=2, date=dt.date(2026, 3, 11))
    assert second.template_version == newer.version
    assert second.field("bra").notes == first.field("fungerer").notes
    assert "fungerer" not in second.fields and "hjelparar" not in second.fields


def test_pending_review_lists_what_came_along_in_duk_order(familie: Template) -> None:
    from samtaleduk.domain.demo import demo_cases
    from samtaleduk.evaluation import pending_review

    m1, m2, _ = demo_cases()[0][1]
    fresh = carry_forward(m1, familie, number=2, date=dt.date(2026, 3, 11))
    items = pending_review(m1, fresh)
    assert [(i.kind, i.field) for i in items] == [("goal", "kort_sikt")] * 2 + [
        ("goal", "lang_sikt")] * 2 + [("action", "neste_steg")] * 5
    assert not any(i.reviewed for i in items)
    overdue = {i.text for i in items if i.overdue}
    assert overdue == {"Emil er på skulen kvar dag", "Nora byrjar på fotball",
                       "Samtale med Emil om morgonane", "Søkje om kommunal bustad",
                       "Kartleggje jobbtiltak for Sara", "Finne fotballag og utstyr til Nora",
                       "Setje opp budsjett"}
    # The demo's meeting 2 is the same duk after the review.
    reviewed = {i.text: i for i in pending_review(m1, m2)}
    assert len(reviewed) == 9  # the new goal and the new action are not reviewed
    assert reviewed["Setje opp budsjett"].reviewed
    assert reviewed["Setje opp budsjett"].status is ActionStatus.DONE
    assert not reviewed["Setje opp budsjett"].overdue
    assert reviewed["Søkje om kommunal bustad"].reviewed  # new due date, still open
    assert reviewed["Emil er på skulen kvar dag"].reviewed  # new deadline
    assert not reviewed["Større bustad"].reviewed
