"""Comparing two meetings of a case: what was added, removed, changed, moved, done.

Items are matched by their id, across the whole duk: a note found in another field
is *moved* (and perhaps also edited), never "removed here, added there". Fields are
matched across template versions through `former_ids`, and so are life domains;
what stood in a field the newer template no longer has is reported as such. Every item of either meeting
lands in exactly one category. The functions are pure and do not depend on the
order of the items inside a field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Generic, NamedTuple, TypeVar

from samtaleduk.domain.model import (
    OPEN_ACTION_STATUSES,
    Action,
    ActionStatus,
    Consent,
    FieldContent,
    Goal,
    GoalStatus,
    Helper,
    Meeting,
    Note,
)
from samtaleduk.evaluation.diffs import (
    ActionChange,
    ActionDiff,
    Comparison,
    ConsentDiff,
    GoalChange,
    GoalDiff,
    HelperDiff,
    ItemChange,
    NoteChange,
    NoteDiff,
    ValueDiff,
)
from samtaleduk.evaluation.fieldmap import FieldMap, map_fields
from samtaleduk.fieldkinds import spec_of
from samtaleduk.fieldkinds.spec import compare_text_and_date
from samtaleduk.templates.model import Template

# --- matching ---------------------------------------------------------------------

T = TypeVar("T", Note, Goal, Action, Helper, Consent)


class _At(NamedTuple, Generic[T]):
    """Where an item stands in one meeting. (A tuple: built for every item, so cheap.)"""

    field: str
    item: T
    rank: tuple[int, int]
    date: dt.date | None
    """The field's own date (a goal's "innan ____")."""


def _index(meeting: Meeting, items_of: Callable[[FieldContent], list[T]],
           fmap: FieldMap) -> dict[int, _At[T]]:
    """Every item of one sort in the meeting, by id, with its (compared) field.
    If an id occurs twice (a damaged duk), the first occurrence counts. Keyed by the
    id's integer: hashing a UUID object costs a Python call each time."""
    out: dict[int, _At[T]] = {}
    for fid, content in meeting.fields.items():
        compared = fmap.to_new(fid)
        rank = fmap.rank(compared)
        for pos, item in enumerate(items_of(content)):
            key = item.id.int
            if key not in out:
                out[key] = _At(compared, item, (rank, pos), content.date)
    return out


def _pairs(
    old: dict[int, _At[T]], new: dict[int, _At[T]]
) -> list[tuple[_At[T] | None, _At[T] | None]]:
    """Matched pairs, in the order of the newer duk, then what only the older had.
    The order is by field and position, never by how the dicts were filled."""
    # The sort keys made up front: sorting plain tuples needs no Python call per item.
    order = [((at.rank, 0), k) for k, at in new.items()]
    order += [((at.rank, 1), k) for k, at in old.items() if k not in new]
    order.sort()
    return [(old.get(k), new.get(k)) for _, k in order]


def compare_meetings(
    old: Meeting, new: Meeting, old_template: Template, new_template: Template
) -> Comparison:
    """Compare meeting `old` with meeting `new` of the same case (any two, not
    only neighbours); each on its own template, which may be different versions."""
    return Comparer().compare(old, new, old_template, new_template)


_Sorts = Callable[[FieldContent], list[T]]


class Comparer:
    """Compares meetings of one case, one pair after another, without redoing what
    an earlier pair already did: each pair of templates is mapped once, and a meeting
    compared again on the same field map (a neighbour on the same template, as in a
    case's journey) is indexed once. The meetings and templates must not change
    while it is in use; `compare_meetings` uses a fresh one for each comparison."""

    def __init__(self) -> None:
        # Keyed by the objects' identities; the values hold the objects, so that
        # an id is never reused while its entry lives.
        self._maps: dict[tuple[int, int], tuple[Template, Template, FieldMap]] = {}
        self._indexes: dict[tuple[int, str, int], tuple[Meeting, FieldMap,
                                                        dict[int, _At[Any]]]] = {}

    def compare(self, old: Meeting, new: Meeting, old_template: Template,
                new_template: Template) -> Comparison:
        """What `compare_meetings` says of these two meetings."""
        fmap = self._map(old_template, new_template)
        removed = set(fmap.removed)

        def pairs(sort: str, items_of: _Sorts[T]) -> list[tuple[_At[T] | None, _At[T] | None]]:
            return _pairs(self._index(old, sort, items_of, fmap),
                          self._index(new, sort, items_of, fmap))

        notes = tuple([_note_diff(o, n, removed, fmap)
                       for o, n in pairs("notes", lambda c: c.notes)])
        goals = tuple([_goal_diff(o, n, removed, new.date)
                       for o, n in pairs("goals", lambda c: c.goals)])
        actions = tuple([_action_diff(o, n, removed, new.date)
                         for o, n in pairs("actions", lambda c: c.actions)])
        helpers = tuple([_helper_diff(o, n, removed)
                         for o, n in pairs("helpers", lambda c: c.helpers)])
        consents = tuple([_consent_diff(o, n, removed)
                          for o, n in pairs("consents", lambda c: c.consents)])
        kinds = [k for t in (old_template, new_template) for f in t.fields
                 for k in f.consent_kinds]
        return Comparison(
            old_number=old.number, new_number=new.number, old_date=old.date,
            new_date=new.date, old_template=(old_template.id, old_template.version),
            new_template=(new_template.id, new_template.version),
            fields=fmap, consent_labels={k.id: k.label for k in kinds},
            consent_free_text=frozenset(k.id for k in kinds if k.free_text), notes=notes,
            goals=goals, actions=actions, helpers=helpers, consents=consents,
            values=_value_diffs(old, new, fmap),
        )

    def _map(self, old: Template, new: Template) -> FieldMap:
        key = (id(old), id(new))
        hit = self._maps.get(key)
        if hit is None:
            hit = self._maps[key] = (old, new, map_fields(old, new))
        return hit[2]

    def _index(self, meeting: Meeting, sort: str, items_of: _Sorts[T],
               fmap: FieldMap) -> dict[int, _At[T]]:
        # The same meeting on the same field map: the same index, whichever side of
        # the comparison it is on.
        key = (id(meeting), sort, id(fmap))
        hit = self._indexes.get(key)
        if hit is None:
            hit = self._indexes[key] = (meeting, fmap, _index(meeting, items_of, fmap))
        return hit[2]


def _fields(o: _At[T] | None, n: _At[T] | None) -> dict[str, str | None]:
    return {"old_field": o.field if o else None, "new_field": n.field if n else None}


def _note_diff(o: _At[Note] | None, n: _At[Note] | None, removed: set[str],
               fmap: FieldMap) -> NoteDiff:
    if o is None:
        change = NoteChange.ADDED
    elif n is None:
        change = NoteChange.FIELD_REMOVED if o.field in removed else NoteChange.REMOVED
    elif o.field != n.field:
        change = NoteChange.MOVED
    else:
        was, now = o.item, n.item
        # A renamed life domain (former_ids) is the same tag, not an edit; the same
        # stored id needs no mapping (most notes: two lookups fewer each).
        same = (was.text == now.text and was.said_by == now.said_by
                and was.said_by_name == now.said_by_name
                and (was.domain == now.domain
                     or fmap.to_new_domain(was.domain) == fmap.to_new_domain(now.domain)))
        change = NoteChange.UNCHANGED if same else NoteChange.CHANGED
    return NoteDiff(change=change, old=o.item if o else None, new=n.item if n else None,
                    old_field=o.field if o else None, new_field=n.field if n else None)


def _gone(o: _At[T], removed: set[str], still_open: bool) -> str:
    if not still_open:
        return "closed_before"
    return "field_removed" if o.field in removed else "removed"


def _action_diff(o: _At[Action] | None, n: _At[Action] | None, removed: set[str],
                 on: dt.date) -> ActionDiff:
    old, new = (o.item if o else None), (n.item if n else None)
    changed: set[str] = set()
    if new is None:
        assert o is not None and old is not None
        change = ActionChange(_gone(o, removed, old.status in OPEN_ACTION_STATUSES))
    elif old is None:
        change = ActionChange.NEW
    else:
        changed = {a for a in ("text", "owner", "due", "comment")
                   if getattr(old, a) != getattr(new, a)}
        if o and n and o.field != n.field:
            changed.add("field")
        change = _action_transition(old.status, new.status)
    latest = new or old
    assert latest is not None
    overdue = (new is not None and new.status in OPEN_ACTION_STATUSES
               and new.due is not None and new.due < on)
    old_due_passed = (old is not None and old.status in OPEN_ACTION_STATUSES
                      and old.due is not None and old.due < on
                      and (new is None or new.status in OPEN_ACTION_STATUSES))
    return ActionDiff(change=change, old=old, new=new, changed=frozenset(changed),
                      overdue=overdue, old_due_passed=old_due_passed, **_fields(o, n))


def _action_transition(old: ActionStatus, new: ActionStatus) -> ActionChange:
    if new is ActionStatus.DONE:
        return ActionChange.CLOSED_BEFORE if old is ActionStatus.DONE else ActionChange.DONE
    if new is ActionStatus.DROPPED:
        return (ActionChange.CLOSED_BEFORE if old is ActionStatus.DROPPED
                else ActionChange.DROPPED)
    if new is ActionStatus.PARTLY and old is not ActionStatus.PARTLY:
        return ActionChange.PARTLY
    # Partly done last time and still partly done: it simply remains.
    return ActionChange.STILL_OPEN


def _goal_diff(o: _At[Goal] | None, n: _At[Goal] | None, removed: set[str],
               on: dt.date) -> GoalDiff:
    old, new = (o.item if o else None), (n.item if n else None)
    # A goal's own deadline, else its field's "innan ____".
    old_dl = (old.deadline or o.date) if o and old else None
    new_dl = (new.deadline or n.date) if n and new else None
    if new is None:
        assert o is not None and old is not None
        change = GoalChange(_gone(o, removed, old.status is GoalStatus.OPEN))
    elif old is None:
        change = GoalChange.NEW
    elif new.status is old.status:
        change = GoalChange.OPEN if new.status is GoalStatus.OPEN else GoalChange.CLOSED_BEFORE
    else:
        change = {GoalStatus.REACHED: GoalChange.REACHED, GoalStatus.DROPPED: GoalChange.DROPPED,
                  GoalStatus.OPEN: GoalChange.OPEN}[new.status]
    still_open = new is not None and new.status is GoalStatus.OPEN
    passed = (old is not None and old.status is GoalStatus.OPEN and old_dl is not None
              and old_dl < on and still_open)
    both = old is not None and new is not None
    return GoalDiff(
        change=change, old=old, new=new, old_deadline=old_dl, new_deadline=new_dl,
        deadline_passed=passed,
        deadline_changed=both and still_open and old_dl != new_dl,
        text_changed=both and old.text != new.text,  # type: ignore[union-attr]
        **_fields(o, n),
    )


def _helper_diff(o: _At[Helper] | None, n: _At[Helper] | None, removed: set[str]) -> HelperDiff:
    if o is None:
        change = ItemChange.ADDED
    elif n is None:
        change = ItemChange.FIELD_REMOVED if o.field in removed else ItemChange.REMOVED
    else:
        change = (ItemChange.UNCHANGED if o.item == n.item and o.field == n.field
                  else ItemChange.CHANGED)
    return HelperDiff(change=change, old=o and o.item, new=n and n.item, **_fields(o, n))


def _consent_diff(o: _At[Consent] | None, n: _At[Consent] | None,
                  removed: set[str]) -> ConsentDiff:
    if o is None:
        change = ItemChange.ADDED
    elif n is None:
        change = ItemChange(_gone(o, removed, o.item.withdrawn_on is None))
    elif o.item.withdrawn_on is None and n.item.withdrawn_on is not None:
        change = ItemChange.WITHDRAWN
    elif o.item == n.item and o.field == n.field:
        change = (ItemChange.UNCHANGED if n.item.withdrawn_on is None
                  else ItemChange.CLOSED_BEFORE)
    else:
        change = ItemChange.CHANGED
    return ConsentDiff(change=change, old=o and o.item, new=n and n.item, **_fields(o, n))


def _value_diffs(old: Meeting, new: Meeting, fmap: FieldMap) -> tuple[ValueDiff, ...]:
    """Text and date blanks that differ, as each field's kind compares them
    (`KindSpec.compared`): the meeting's own date fields and the next step's date
    differ from meeting to meeting by nature and are left out."""
    olds = {fmap.to_new(fid): c for fid, c in old.fields.items()}
    news = {fmap.to_new(fid): c for fid, c in new.fields.items()}
    out = []
    for fid in sorted(set(olds) | set(news), key=lambda f: (fmap.rank(f), f)):
        kind = fmap.kinds.get(fid)
        # A field neither duk has any more is compared by its text and date.
        compared = compare_text_and_date if kind is None else spec_of(kind).compared
        if compared is None:
            continue
        (o_text, o_date), (n_text, n_date) = compared(olds.get(fid)), compared(news.get(fid))
        if (o_text, o_date) != (n_text, n_date):
            out.append(ValueDiff(field=fid, old_text=o_text, new_text=n_text,
                                 old_date=o_date, new_date=n_date))
    return tuple(out)
