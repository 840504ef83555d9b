"""What a comparison of two meetings says: the categories and the typed results.

Every item of either meeting gets exactly one category. Each item's difference is
a frozen, slotted dataclass: a long case's journey builds thousands of them, and a
pydantic model costs several times more to make. The `Comparison` holding them is a
frozen pydantic model, so the command line can print it as JSON as it is (pydantic
prints the dataclasses field by field, like models).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from samtaleduk.domain.model import Action, Consent, Goal, Helper, Note
from samtaleduk.evaluation.fieldmap import FieldMap
from samtaleduk.templates.model import Text


class NoteChange(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    """Same field, edited: text, life domain or whose voice."""
    MOVED = "moved"
    """Another field; `text_changed` tells if it was edited as well."""
    UNCHANGED = "unchanged"
    FIELD_REMOVED = "field_removed"
    """It stood in a field the newer template does not have."""


class ActionChange(StrEnum):
    NEW = "new"
    DONE = "done"
    """Done since last time."""
    PARTLY = "partly"
    """Partly done since last time."""
    STILL_OPEN = "still_open"
    """Open (or partly done) then and now."""
    DROPPED = "dropped"
    """Dropped since last time."""
    CLOSED_BEFORE = "closed_before"
    """Already done or dropped at the older meeting."""
    REMOVED = "removed"
    """An open promise that is gone from the newer duk without a review."""
    FIELD_REMOVED = "field_removed"


class GoalChange(StrEnum):
    NEW = "new"
    REACHED = "reached"
    DROPPED = "dropped"
    OPEN = "open"
    CLOSED_BEFORE = "closed_before"
    REMOVED = "removed"
    FIELD_REMOVED = "field_removed"


class ItemChange(StrEnum):
    """For helpers and consents."""

    ADDED = "added"
    REMOVED = "removed"
    WITHDRAWN = "withdrawn"
    """A consent withdrawn since last time."""
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    CLOSED_BEFORE = "closed_before"
    """A consent already withdrawn at the older meeting."""
    FIELD_REMOVED = "field_removed"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


@dataclass(frozen=True, slots=True)
class _Diff:
    old_field: str | None
    """The field in the older meeting, under the newer template's id (a removed
    field keeps its own id); None when the item is new."""
    new_field: str | None

    @property
    def field(self) -> str:
        """The field the item is reported under: where it is now, else where it was."""
        return self.new_field or self.old_field or ""

    @property
    def moved(self) -> bool:
        return None not in (self.old_field, self.new_field) and self.old_field != self.new_field


@dataclass(frozen=True, slots=True)
class NoteDiff(_Diff):
    change: NoteChange
    old: Note | None
    new: Note | None

    @property
    def id(self) -> uuid.UUID:
        return (self.new or self.old).id  # type: ignore[union-attr]

    @property
    def text_changed(self) -> bool:
        return self.old is not None and self.new is not None and self.old.text != self.new.text


@dataclass(frozen=True, slots=True)
class ActionDiff(_Diff):
    change: ActionChange
    old: Action | None
    new: Action | None
    changed: frozenset[str]
    """Which of text, owner, due, comment, field differ."""
    overdue: bool
    """Still open or partly done, and its due date is before the newer meeting."""
    old_due_passed: bool
    """It was due before the newer meeting and was not done or dropped by then."""

    @property
    def id(self) -> uuid.UUID:
        return (self.new or self.old).id  # type: ignore[union-attr]


@dataclass(frozen=True, slots=True)
class GoalDiff(_Diff):
    change: GoalChange
    old: Goal | None
    new: Goal | None
    old_deadline: dt.date | None
    """The goal's own deadline, else its field's "innan ____" date."""
    new_deadline: dt.date | None
    deadline_passed: bool
    """The older deadline is before the newer meeting and the goal is not reached."""
    deadline_changed: bool
    text_changed: bool

    @property
    def id(self) -> uuid.UUID:
        return (self.new or self.old).id  # type: ignore[union-attr]


@dataclass(frozen=True, slots=True)
class HelperDiff(_Diff):
    change: ItemChange
    old: Helper | None
    new: Helper | None


@dataclass(frozen=True, slots=True)
class ConsentDiff(_Diff):
    change: ItemChange
    old: Consent | None
    new: Consent | None


@dataclass(frozen=True, slots=True)
class ValueDiff:
    """A text or date written straight into a field (names, "innan ____")."""

    field: str
    old_text: str
    new_text: str
    old_date: dt.date | None
    new_date: dt.date | None


class Comparison(_Frozen):
    """Everything that differs (and does not) between two meetings."""

    old_number: int
    new_number: int
    old_date: dt.date
    new_date: dt.date
    old_template: tuple[str, int]
    new_template: tuple[str, int]
    fields: FieldMap
    consent_labels: dict[str, Text]
    consent_free_text: frozenset[str]
    """Consent kinds whose description is typed ("anna")."""
    notes: tuple[NoteDiff, ...]
    goals: tuple[GoalDiff, ...]
    actions: tuple[ActionDiff, ...]
    helpers: tuple[HelperDiff, ...]
    consents: tuple[ConsentDiff, ...]
    values: tuple[ValueDiff, ...]

    def notes_of(self, *changes: NoteChange) -> list[NoteDiff]:
        return [d for d in self.notes if d.change in changes]

    def actions_of(self, *changes: ActionChange) -> list[ActionDiff]:
        return [d for d in self.actions if d.change in changes]

    def goals_of(self, *changes: GoalChange) -> list[GoalDiff]:
        return [d for d in self.goals if d.change in changes]

    def notes_by_field(self) -> dict[str, dict[NoteChange, list[NoteDiff]]]:
        """Per field (in the newer duk's order), the notes in each category. A moved
        note is listed under the field it moved to."""
        out: dict[str, dict[NoteChange, list[NoteDiff]]] = {}
        for d in self.notes:
            out.setdefault(d.field, {}).setdefault(d.change, []).append(d)
        return out

    def has_changes(self) -> bool:
        """False when the two duker say the same (apart from their dates)."""
        quiet_items = {NoteChange.UNCHANGED, ItemChange.UNCHANGED, ItemChange.CLOSED_BEFORE,
                       ActionChange.STILL_OPEN, ActionChange.CLOSED_BEFORE, GoalChange.OPEN,
                       GoalChange.CLOSED_BEFORE}
        if (self.fields.renamed or self.fields.removed or self.fields.renamed_domains
                or self.fields.removed_domains or self.values):
            return True
        if any(d.change not in quiet_items for d in self.notes):
            return True
        if any(d.change not in quiet_items for d in self.helpers):
            return True
        if any(d.change not in quiet_items for d in self.consents):
            return True
        if any(d.change not in quiet_items or d.changed for d in self.actions):
            return True
        return any(d.change not in quiet_items or d.deadline_changed or d.text_changed
                   for d in self.goals)
