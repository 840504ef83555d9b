"""A case's journey: every note, goal and action followed across all meetings.

For the familielos at the end of the 6–12 months: where each item first appeared,
every change to it (words, field, status, deadline), and where it ended; and how
many items each field and each life domain held at every meeting. Built from the
comparisons of neighbouring meetings, so it says exactly what `compare_meetings`
says, meeting by meeting.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from samtaleduk.domain.model import Action, Goal, Meeting, Note
from samtaleduk.evaluation.compare import Comparer
from samtaleduk.evaluation.diffs import (
    ActionChange,
    ActionDiff,
    Comparison,
    GoalChange,
    GoalDiff,
    NoteChange,
    NoteDiff,
)
from samtaleduk.evaluation.fieldmap import FieldMap, domain_aliases
from samtaleduk.templates.model import Template, Text

TemplateKey = tuple[str, int]


def templates_by_key(templates: Iterable[Template]) -> dict[TemplateKey, Template]:
    """Index templates by (id, version), the key `case_timeline` looks them up by."""
    return {(t.id, t.version): t for t in templates}


class ItemKind(StrEnum):
    NOTE = "note"
    GOAL = "goal"
    ACTION = "action"


class EventKind(StrEnum):
    APPEARED = "appeared"
    RETURNED = "returned"
    """Back after it had been removed (its id reappeared)."""
    TEXT = "text"
    FIELD = "field"
    TAG = "tag"
    """A note's life domain or whose voice it is."""
    STATUS = "status"
    DEADLINE = "deadline"
    """A goal's deadline or an action's due date."""
    OWNER = "owner"
    REMOVED = "removed"
    FIELD_REMOVED = "field_removed"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# The records of the journey are frozen, slotted dataclasses (a long case has
# hundreds of items and events; a pydantic model costs several times more to
# make); the Timeline holding them is a pydantic model, which prints them field by
# field.


@dataclass(frozen=True, slots=True)
class ItemEvent:
    meeting: int
    """The number of the meeting where it happened."""
    kind: EventKind
    field: str | None = None
    old: str | None = None
    new: str | None = None


@dataclass(frozen=True, slots=True)
class ItemHistory:
    id: uuid.UUID
    kind: ItemKind
    text: str
    """The words the last time the item was seen."""
    first_meeting: int
    first_field: str
    last_seen: int
    last_field: str
    removed_at: int | None
    """The meeting it was gone from without being done or reached, if any."""
    status: str | None
    """A goal's or action's last status; None for notes."""
    events: tuple[ItemEvent, ...]


@dataclass(frozen=True, slots=True)
class MeetingCounts:
    number: int
    date: dt.date
    fields: dict[str, int]
    """Items (notes, goals, actions, helpers, consents) per field."""
    domains: dict[str, int]
    """Notes per life-domain id; untagged notes are not counted here."""
    untagged: int
    """Notes without a life domain in fields that can carry one."""


class Timeline(_Frozen):
    items: tuple[ItemHistory, ...]
    counts: tuple[MeetingCounts, ...]
    labels: dict[str, Text]
    """Field labels of every template involved (the newest wins)."""
    domain_labels: dict[str, Text] = {}
    """Life-domain labels of every template involved (the newest wins): a domain the
    newest duk no longer has keeps the label of the meetings that used it."""


class _Track:
    """The mutable history of one item while the meetings are walked through."""

    def __init__(self, kind: ItemKind, item: Note | Goal | Action, number: int,
                 field: str) -> None:
        self.kind, self.id, self.text = kind, item.id, item.text
        self.first, self.first_field = number, field
        self.last, self.last_field = number, field
        self.removed_at: int | None = None
        self.status = _status(item)
        self.events = [ItemEvent(meeting=number, kind=EventKind.APPEARED, field=field)]

    def seen(self, number: int, field: str, item: Note | Goal | Action) -> None:
        self.last, self.last_field, self.text = number, field, item.text
        self.status = _status(item)

    def event(self, number: int, kind: EventKind, field: str | None = None,
              old: object = None, new: object = None) -> None:
        self.events.append(ItemEvent(
            meeting=number, kind=kind, field=field,
            old=None if old is None else str(old), new=None if new is None else str(new)))

    def freeze(self) -> ItemHistory:
        return ItemHistory(
            id=self.id, kind=self.kind, text=self.text, first_meeting=self.first,
            first_field=self.first_field, last_seen=self.last, last_field=self.last_field,
            removed_at=self.removed_at, status=self.status,
            events=tuple(self.events))


_Tracks = dict[tuple[int, int], _Track]
"""Every item's track by (its kind's code, its id's integer): both hash in C, where an
(ItemKind, UUID) key calls two Python `__hash__` methods on every lookup."""
_NOTE, _GOAL, _ACTION = 0, 1, 2
# Looking a kind up hashes the enum (a Python call too): done only where an item
# arrives or goes, the steps of items seen again use the codes above directly.
_CODE = {ItemKind.NOTE: _NOTE, ItemKind.GOAL: _GOAL, ItemKind.ACTION: _ACTION}


def _key(kind: ItemKind, item_id: uuid.UUID) -> tuple[int, int]:
    return _CODE[kind], item_id.int


def _status(item: Note | Goal | Action) -> str | None:
    # Notes have no status (and a pydantic model's getattr miss is slow).
    return None if isinstance(item, Note) else item.status.value


def case_timeline(meetings: Sequence[Meeting],
                  templates: Mapping[TemplateKey, Template]) -> Timeline:
    """The journey of a case. `meetings` may come in any order (they are taken by
    number); `templates` must hold the template of every meeting by (id, version)."""
    ordered = sorted(meetings, key=lambda m: m.number)
    tracks: _Tracks = {}
    labels: dict[str, Text] = {}
    domain_labels: dict[str, Text] = {}
    counts: list[MeetingCounts] = []
    previous: tuple[Meeting, Template] | None = None
    # Notes are counted under the newest duk's domain ids, so that a renamed
    # domain is one row across the whole journey.
    newest = domain_aliases(_template_of(ordered[-1], templates)) if ordered else {}
    # One comparer for the whole walk: each meeting is the newer side of one pair
    # and the older side of the next, and is indexed once for both.
    comparer = Comparer()
    for meeting in ordered:
        template = _template_of(meeting, templates)
        labels.update({f.id: f.label for f in template.fields})
        domain_labels.update({d.id: d.label for d in template.life_domains})
        counts.append(_counts(meeting, template, newest))
        if previous is None:
            _first(meeting, tracks)
        else:
            _step(comparer.compare(previous[0], meeting, previous[1], template), tracks)
        previous = (meeting, template)
    # Insertion order: by first meeting, then in the order the duk is read.
    return Timeline(items=tuple(t.freeze() for t in tracks.values()), counts=tuple(counts),
                    labels=labels, domain_labels=domain_labels)


def _template_of(meeting: Meeting, templates: Mapping[TemplateKey, Template]) -> Template:
    try:
        return templates[(meeting.template_id, meeting.template_version)]
    except KeyError:
        raise KeyError(f"malen «{meeting.template_id}» versjon {meeting.template_version} "
                       f"manglar (møte {meeting.number})") from None


def _first(meeting: Meeting, tracks: _Tracks) -> None:
    for fid, content in meeting.fields.items():
        for kind, items in ((ItemKind.NOTE, content.notes), (ItemKind.GOAL, content.goals),
                            (ItemKind.ACTION, content.actions)):
            for item in items:
                key = _key(kind, item.id)
                if key not in tracks:
                    tracks[key] = _Track(kind, item, meeting.number, fid)


def _step(c: Comparison, tracks: _Tracks) -> None:
    n = c.new_number
    for d in c.notes:
        _note_step(d, n, tracks, c.fields)
    for g in c.goals:
        _goal_step(g, n, tracks)
    for a in c.actions:
        _action_step(a, n, tracks)


def _arrived(kind: ItemKind, item: Note | Goal | Action, n: int, field: str,
             tracks: _Tracks) -> _Track:
    key = _key(kind, item.id)
    track = tracks.get(key)
    if track is None:
        track = tracks[key] = _Track(kind, item, n, field)
    else:
        track.event(n, EventKind.RETURNED, field)
        track.removed_at = None
    track.seen(n, field, item)
    return track


def _gone(kind: ItemKind, item_id: uuid.UUID, n: int, field: str, in_removed_field: bool,
          tracks: _Tracks) -> None:
    track = tracks.get(_key(kind, item_id))
    if track is None:
        return
    track.event(n, EventKind.FIELD_REMOVED if in_removed_field else EventKind.REMOVED, field)
    track.removed_at = n


def _moved(track: _Track, n: int, old_field: str | None, new_field: str | None) -> None:
    if old_field is not None and new_field is not None and old_field != new_field:
        track.event(n, EventKind.FIELD, new_field, old_field, new_field)


def _note_step(d: NoteDiff, n: int, tracks: _Tracks,
               fmap: FieldMap) -> None:
    if d.change is NoteChange.UNCHANGED and d.new:
        # Same field, words and tags (compare_meetings checked): only seen again.
        # Most notes of a long case, at every meeting, come this way.
        track = tracks[(_NOTE, d.new.id.int)]
        track.last, track.last_field, track.text = n, d.field, d.new.text
    elif d.change is NoteChange.ADDED and d.new:
        _arrived(ItemKind.NOTE, d.new, n, d.field, tracks)
    elif d.change in (NoteChange.REMOVED, NoteChange.FIELD_REMOVED):
        _gone(ItemKind.NOTE, d.id, n, d.field, d.change is NoteChange.FIELD_REMOVED, tracks)
    elif d.old and d.new:
        track = tracks[(_NOTE, d.id.int)]
        _moved(track, n, d.old_field, d.new_field)
        if d.text_changed:
            track.event(n, EventKind.TEXT, d.field, d.old.text, d.new.text)
        # A renamed life domain is the same tag (compare_meetings agrees).
        if (fmap.to_new_domain(d.old.domain), d.old.said_by, d.old.said_by_name) != \
                (fmap.to_new_domain(d.new.domain), d.new.said_by, d.new.said_by_name):
            track.event(n, EventKind.TAG, d.field, _tag(d.old), _tag(d.new))
        track.seen(n, d.field, d.new)


def _tag(note: Note) -> str:
    # "domain/voice": the voice is the speaker's name when there is one, else
    # the SaidBy value (the journey view words either).
    return f"{note.domain or ''}/{note.said_by_name or note.said_by or ''}"


def _goal_step(d: GoalDiff, n: int, tracks: _Tracks) -> None:
    if d.change is GoalChange.NEW and d.new:
        _arrived(ItemKind.GOAL, d.new, n, d.field, tracks)
    elif d.change in (GoalChange.REMOVED, GoalChange.FIELD_REMOVED) and d.old:
        _gone(ItemKind.GOAL, d.old.id, n, d.field, d.change is GoalChange.FIELD_REMOVED,
              tracks)
    elif d.old and d.new:
        track = tracks[(_GOAL, d.id.int)]
        _moved(track, n, d.old_field, d.new_field)
        if d.text_changed:
            track.event(n, EventKind.TEXT, d.field, d.old.text, d.new.text)
        if d.old.status is not d.new.status:
            track.event(n, EventKind.STATUS, d.field, d.old.status, d.new.status)
        if d.deadline_changed:
            track.event(n, EventKind.DEADLINE, d.field, d.old_deadline, d.new_deadline)
        track.seen(n, d.field, d.new)


def _action_step(d: ActionDiff, n: int,
                 tracks: _Tracks) -> None:
    if d.change is ActionChange.NEW and d.new:
        _arrived(ItemKind.ACTION, d.new, n, d.field, tracks)
    elif d.change in (ActionChange.REMOVED, ActionChange.FIELD_REMOVED) and d.old:
        _gone(ItemKind.ACTION, d.old.id, n, d.field,
              d.change is ActionChange.FIELD_REMOVED, tracks)
    elif d.old and d.new:
        track = tracks[(_ACTION, d.id.int)]
        _moved(track, n, d.old_field, d.new_field)
        for attr, kind in (("text", EventKind.TEXT), ("owner", EventKind.OWNER),
                           ("due", EventKind.DEADLINE)):
            if attr in d.changed:
                track.event(n, kind, d.field, getattr(d.old, attr), getattr(d.new, attr))
        if d.old.status is not d.new.status:
            track.event(n, EventKind.STATUS, d.field, d.old.status, d.new.status)
        track.seen(n, d.field, d.new)
    # Closed before and left behind by carry_forward: its story ended where it was
    # last seen, nothing to add.


def _counts(meeting: Meeting, template: Template, aliases: Mapping[str, str]) -> MeetingCounts:
    fields: dict[str, int] = {}
    domains: dict[str, int] = {}
    untagged = 0
    taggable = {f.id for f in template.fields if f.domain_tags}
    for fid, c in meeting.fields.items():
        total = len(c.notes) + len(c.goals) + len(c.actions) + len(c.helpers) + len(c.consents)
        if total:
            fields[fid] = total
        for note in c.notes:
            if note.domain:
                did = aliases.get(note.domain, note.domain)
                domains[did] = domains.get(did, 0) + 1
            elif fid in taggable:
                untagged += 1
    return MeetingCounts(number=meeting.number, date=meeting.date, fields=fields,
                         domains=domains, untagged=untagged)
