"""Invariants of the comparison, checked on generated duker (hypothesis).

Small example counts by default so the suite stays fast; the `slow` variants run
the same properties many more times (`pytest -m slow`).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samtaleduk.domain.model import (
    Action,
    ActionStatus,
    Consent,
    Goal,
    GoalStatus,
    Helper,
    Meeting,
    Note,
    SaidBy,
)
from samtaleduk.evaluation import (
    ActionChange,
    Comparison,
    GoalChange,
    ItemChange,
    NoteChange,
    carry_forward,
    compare_meetings,
)
from samtaleduk.templates.loading import load_all
from samtaleduk.templates.model import FieldKind, Template

TEMPLATE = load_all().get("familie")
NOTE_FIELDS = [f.id for f in TEMPLATE.fields_of_kind(FieldKind.NOTES)]
GOAL_FIELDS = [f.id for f in TEMPLATE.fields_of_kind(FieldKind.GOALS)]
ACTION_FIELD = TEMPLATE.fields_of_kind(FieldKind.NEXT_STEP)[0].id
HELPER_FIELD = TEMPLATE.fields_of_kind(FieldKind.HELPERS)[0].id
CONSENT_FIELD = TEMPLATE.fields_of_kind(FieldKind.CONSENTS)[0].id
CASE = uuid.UUID(int=1)
DAY = dt.date(2026, 3, 11)

texts = st.text(alphabet="abø ", min_size=1, max_size=6)
dates = st.none() | st.dates(dt.date(2026, 1, 1), dt.date(2026, 6, 1))


class Ids:
    """Unique, reproducible ids for one generated example."""

    def __init__(self) -> None:
        self.n = 100

    def __call__(self) -> uuid.UUID:
        self.n += 1
        return uuid.UUID(int=self.n)


@st.composite
def meetings(draw: st.DrawFn, ids: Ids | None = None) -> Meeting:
    ids = ids or Ids()
    m = Meeting(case_id=CASE, number=1, date=dt.date(2026, 1, 14), template_id=TEMPLATE.id,
                template_version=TEMPLATE.version)
    m.field("namn").text = draw(texts)
    for fid in NOTE_FIELDS:
        m.field(fid).notes = [
            Note(id=ids(), text=draw(texts),
                 domain=draw(st.sampled_from([None, "skole", "fritid"])),
                 said_by=draw(st.none() | st.sampled_from(SaidBy)))
            for _ in range(draw(st.integers(0, 4)))]
    for fid in GOAL_FIELDS:
        m.field(fid).date = draw(dates)
        m.field(fid).goals = [
            Goal(id=ids(), text=draw(texts), deadline=draw(dates),
                 status=draw(st.sampled_from(GoalStatus)))
            for _ in range(draw(st.integers(0, 3)))]
    m.field(ACTION_FIELD).date = draw(dates)
    m.field(ACTION_FIELD).actions = [
        Action(id=ids(), text=draw(texts), due=draw(dates),
               status=draw(st.sampled_from(ActionStatus)))
        for _ in range(draw(st.integers(0, 4)))]
    m.field(HELPER_FIELD).helpers = [Helper(id=ids(), name=draw(texts))
                                     for _ in range(draw(st.integers(0, 2)))]
    m.field(CONSENT_FIELD).consents = [
        Consent(id=ids(), kind="ressursteam",
                withdrawn_on=draw(st.none() | st.just(dt.date(2026, 2, 1))))
        for _ in range(draw(st.integers(0, 2)))]
    return m


@st.composite
def edited(draw: st.DrawFn) -> tuple[Meeting, Meeting]:
    """A meeting and a later one made from it by removing, editing, moving and
    adding notes (each note's fate drawn at random), with statuses reviewed."""
    ids = Ids()
    old = draw(meetings(ids))
    new = carry_forward(old, TEMPLATE, number=2, date=DAY)
    notes = [(fid, n) for fid in NOTE_FIELDS for n in new.field(fid).notes]
    for fid in NOTE_FIELDS:
        new.field(fid).notes = []
    for fid, n in notes:
        fate = draw(st.sampled_from(["keep", "remove", "edit", "move", "move_edit", "tag"]))
        if fate == "remove":
            continue
        if fate in ("edit", "move_edit"):
            n.text = n.text + "!"
        if fate == "tag":
            n.domain = "rus" if n.domain != "rus" else None
        if fate in ("move", "move_edit"):
            fid = draw(st.sampled_from([f for f in NOTE_FIELDS if f != fid]))
        new.field(fid).notes.append(n)
    for _ in range(draw(st.integers(0, 3))):
        new.field(draw(st.sampled_from(NOTE_FIELDS))).notes.append(Note(id=ids(),
                                                                        text=draw(texts)))
    for a in new.field(ACTION_FIELD).actions:
        a.status = draw(st.sampled_from(ActionStatus))
    for fid in GOAL_FIELDS:
        for g in new.field(fid).goals:
            g.status = draw(st.sampled_from(GoalStatus))
    return old, new


def _note_ids(m: Meeting) -> dict[uuid.UUID, str]:
    return {n.id: fid for fid, c in m.fields.items() for n in c.notes}


def _categories(c: Comparison) -> dict[str, Any]:
    return {
        "notes": {d.id: (d.change, d.old_field, d.new_field) for d in c.notes},
        "actions": {d.id: (d.change, d.overdue, d.changed) for d in c.actions},
        "goals": {d.id: (d.change, d.deadline_passed, d.deadline_changed) for d in c.goals},
    }


def _shuffled(m: Meeting, rnd: random.Random) -> Meeting:
    s = m.model_copy(deep=True)
    keys = list(s.fields)
    rnd.shuffle(keys)
    s.fields = {k: s.fields[k] for k in keys}
    for c in s.fields.values():
        for items in (c.notes, c.goals, c.actions, c.helpers, c.consents):
            rnd.shuffle(items)
    return s


# --- the properties ------------------------------------------------------------------


def prop_self_comparison_finds_nothing(m: Meeting) -> None:
    c = compare_meetings(m, m, TEMPLATE, TEMPLATE)
    assert not c.has_changes()
    assert {d.change for d in c.notes} <= {NoteChange.UNCHANGED}
    assert {d.change for d in c.actions} <= {ActionChange.STILL_OPEN,
                                             ActionChange.CLOSED_BEFORE}
    assert {d.change for d in c.goals} <= {GoalChange.OPEN, GoalChange.CLOSED_BEFORE}
    assert not any(d.deadline_changed or d.text_changed for d in c.goals)


def prop_carry_then_compare_is_unchanged(m: Meeting) -> None:
    carried = carry_forward(m, TEMPLATE, number=2, date=DAY)
    c = compare_meetings(m, carried, TEMPLATE, TEMPLATE)
    assert not c.has_changes()
    assert {d.change for d in c.notes} <= {NoteChange.UNCHANGED}
    assert {d.change for d in c.helpers} <= {ItemChange.UNCHANGED}
    assert {d.change for d in c.consents} <= {ItemChange.UNCHANGED, ItemChange.CLOSED_BEFORE}
    assert not any(d.changed for d in c.actions)
    assert not c.values


def prop_every_note_in_exactly_one_category(old: Meeting, new: Meeting) -> None:
    c = compare_meetings(old, new, TEMPLATE, TEMPLATE)
    o, n = _note_ids(old), _note_ids(new)
    seen = [d.id for d in c.notes]
    assert len(seen) == len(set(seen)) == len(set(o) | set(n))
    for d in c.notes:
        if d.id in o and d.id in n:
            # Present in both: never "added" or "removed", whatever happened to it.
            assert d.change in (NoteChange.UNCHANGED, NoteChange.CHANGED, NoteChange.MOVED)
            assert (d.change is NoteChange.MOVED) == (o[d.id] != n[d.id])
        elif d.id in o:
            assert d.change is NoteChange.REMOVED
        else:
            assert d.change is NoteChange.ADDED


def prop_order_does_not_matter(old: Meeting, new: Meeting, seed: int) -> None:
    rnd = random.Random(seed)
    a = compare_meetings(old, new, TEMPLATE, TEMPLATE)
    b = compare_meetings(_shuffled(old, rnd), _shuffled(new, rnd), TEMPLATE, TEMPLATE)
    assert _categories(a) == _categories(b)


def _renamed_template() -> Template:
    """The family duk, version 2, with "fungerer" renamed to "bra" (via former_ids)."""
    data = TEMPLATE.model_dump()
    data["fields"] = [{**f, "id": "bra", "former_ids": ["fungerer"]} if f["id"] == "fungerer"
                      else f for f in data["fields"]]
    return Template.model_validate({**data, "version": data["version"] + 1})


RENAMED = _renamed_template()


def prop_carry_into_a_renamed_field_is_unchanged(m: Meeting) -> None:
    carried = carry_forward(m, RENAMED, number=2, date=DAY)
    c = compare_meetings(m, carried, TEMPLATE, RENAMED)
    assert {d.change for d in c.notes} <= {NoteChange.UNCHANGED}
    assert c.fields.renamed == {"fungerer": "bra"} and not c.fields.removed
    assert len(carried.field("bra").notes) == len(m.field("fungerer").notes)


FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
pairs = edited()
shuffles = st.integers(0, 2**32)


@FAST
@given(meetings())
def test_self_comparison(m: Meeting) -> None:
    prop_self_comparison_finds_nothing(m)


@FAST
@given(meetings())
def test_carry_forward_then_compare(m: Meeting) -> None:
    prop_carry_then_compare_is_unchanged(m)


@FAST
@given(meetings())
def test_carry_forward_into_a_renamed_field(m: Meeting) -> None:
    prop_carry_into_a_renamed_field_is_unchanged(m)


@FAST
@given(pairs)
def test_every_note_once(pair: tuple[Meeting, Meeting]) -> None:
    prop_every_note_in_exactly_one_category(*pair)


@FAST
@given(pairs, shuffles)
def test_order_independent(pair: tuple[Meeting, Meeting], seed: int) -> None:
    prop_order_does_not_matter(*pair, seed)


@pytest.mark.slow
@SLOW
@given(meetings())
def test_self_comparison_and_carry_slow(m: Meeting) -> None:
    prop_self_comparison_finds_nothing(m)
    prop_carry_then_compare_is_unchanged(m)
    prop_carry_into_a_renamed_field_is_unchanged(m)


@pytest.mark.slow
@SLOW
@given(pairs, shuffles)
def test_pairs_slow(pair: tuple[Meeting, Meeting], seed: int) -> None:
    prop_every_note_in_exactly_one_category(*pair)
    prop_order_does_not_matter(*pair, seed)
