"""The case journey: every item followed from its first meeting to its last."""

from __future__ import annotations

import datetime as dt

import pytest

from samtaleduk.domain.demo import demo_cases, demo_id
from samtaleduk.domain.model import Note
from samtaleduk.evaluation import (
    EventKind,
    ItemHistory,
    ItemKind,
    Timeline,
    carry_forward,
    case_timeline,
    templates_by_key,
)
from samtaleduk.templates.loading import TemplateSet
from samtaleduk.templates.model import Template


@pytest.fixture(scope="module")
def journey(templates: TemplateSet) -> Timeline:
    meetings = demo_cases()[0][1]
    # Any order in, the meetings are taken by number.
    return case_timeline(list(reversed(meetings)), templates_by_key(templates.ordered()))


def _item(t: Timeline, label: str) -> ItemHistory:
    return next(i for i in t.items if i.id == demo_id(f"haugland/{label}"))


def test_the_moved_note_tells_its_whole_story(journey: Timeline) -> None:
    emil = _item(journey, "n/emil-morgon")
    assert (emil.kind, emil.first_meeting, emil.first_field) == (ItemKind.NOTE, 1, "vanskeleg")
    assert (emil.last_seen, emil.last_field, emil.removed_at) == (3, "fungerer", None)
    assert emil.text == "Emil er på skulen fire av fem dagar"
    assert [(e.meeting, e.kind) for e in emil.events] == [
        (1, EventKind.APPEARED), (2, EventKind.FIELD), (2, EventKind.TEXT), (2, EventKind.TAG),
        (3, EventKind.TEXT)]
    assert (emil.events[1].old, emil.events[1].new) == ("vanskeleg", "fungerer")


def test_removed_note_ends_where_it_was_removed(journey: Timeline) -> None:
    nora = _item(journey, "n/nora-fotball-rad")
    assert (nora.last_seen, nora.removed_at) == (1, 2)
    assert nora.events[-1].kind is EventKind.REMOVED


def test_actions_end_done(journey: Timeline) -> None:
    talk = _item(journey, "a/emil-samtale")
    assert talk.status == "done" and talk.last_seen == 3 and talk.removed_at is None
    assert [(e.meeting, e.old, e.new) for e in talk.events if e.kind is EventKind.STATUS] == [
        (2, "open", "partly"), (3, "partly", "done")]
    budget = _item(journey, "a/budsjett")
    assert (budget.status, budget.last_seen, budget.removed_at) == ("done", 2, None)
    housing = _item(journey, "a/bustad")
    assert {e.kind for e in housing.events} >= {EventKind.OWNER, EventKind.DEADLINE}


def test_goals(journey: Timeline) -> None:
    emil = _item(journey, "g/emil-skule")
    deadline = [e for e in emil.events if e.kind is EventKind.DEADLINE]
    assert [(e.meeting, e.old, e.new) for e in deadline] == [(2, "2026-03-01", "2026-04-15")]
    sara = _item(journey, "g/sara-arbeidstrening")
    assert (sara.first_meeting, sara.status) == (2, "reached")


def test_every_item_of_every_meeting_is_in_the_journey(journey: Timeline) -> None:
    ids = {i.id for i in journey.items}
    for m in demo_cases()[0][1]:
        for c in m.fields.values():
            assert {x.id for x in (*c.notes, *c.goals, *c.actions)} <= ids


def test_counts_per_field_and_domain(journey: Timeline) -> None:
    first, second, third = journey.counts
    assert (first.number, first.date) == (1, dt.date(2026, 1, 14))
    assert (first.fields["fungerer"], first.fields["vanskeleg"]) == (3, 5)
    assert (second.fields["fungerer"], second.fields["vanskeleg"]) == (6, 3)
    assert third.fields["fungerer"] == 7
    assert first.domains["skole"] == 2 and "jobb" not in first.domains
    assert third.domains["jobb"] == 1
    assert first.untagged == 1  # "Vi et middag saman kvar kveld"
    assert journey.labels["fungerer"].nn == "Det som fungerer for oss"


def test_a_note_that_comes_back_is_returned_not_new(familie: Template) -> None:
    _, (m1, m2, m3) = demo_cases()[0]
    m4 = carry_forward(m3, familie, number=4, date=dt.date(2026, 6, 17))
    gone = next(n for n in m1.field("vanskeleg").notes if n.text.startswith("Nora har"))
    m4.field("vanskeleg").notes.append(Note.model_validate(gone.model_dump()))
    j = case_timeline([m1, m2, m3, m4], templates_by_key([familie]))
    item = next(i for i in j.items if i.id == gone.id)
    assert [e.kind for e in item.events] == [EventKind.APPEARED, EventKind.REMOVED,
                                             EventKind.RETURNED]
    assert (item.removed_at, item.last_seen) == (None, 4)


def test_missing_template_is_named() -> None:
    meetings = demo_cases()[0][1]
    with pytest.raises(KeyError, match="familie"):
        case_timeline(meetings, {})
