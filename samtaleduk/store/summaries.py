"""The plain values the store hands out: case and meeting summaries, search hits,
revisions and audit events. Re-exported by `samtaleduk.store.store`."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import NamedTuple

from samtaleduk.domain.model import CaseKind, CaseStatus


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list, read without parsing the case's JSON."""

    id: uuid.UUID
    name: str
    kind: CaseKind
    status: CaseStatus
    template_id: str
    members: list[str]
    meeting_count: int
    last_meeting_date: dt.date | None
    next_meeting_date: dt.date | None
    """The date in the latest meeting's next-step field."""
    open_actions: int
    """Open or partly done actions on the latest meeting's duk."""


@dataclass(frozen=True)
class MeetingSummary:
    id: uuid.UUID
    number: int
    date: dt.date
    template_id: str
    participant_names: list[str]
    open_actions: int


class SearchHit(NamedTuple):
    """Where a search matched. `snippet` holds the matching text around the words.

    A tuple of the index's row as read (ids as text): a search makes up to 200 of
    them on each keystroke, and parsing three ids per hit cost as much as the
    query itself; `case_id`, `meeting_id` and `item_id` parse one when asked."""

    case_ref: str
    meeting_ref: str | None
    kind: str
    field_id: str | None = None
    item_ref: str | None = None
    snippet: str = ""

    @property
    def case_id(self) -> uuid.UUID:
        return uuid.UUID(self.case_ref)

    @property
    def meeting_id(self) -> uuid.UUID | None:
        return uuid.UUID(self.meeting_ref) if self.meeting_ref else None

    @property
    def item_id(self) -> uuid.UUID | None:
        return uuid.UUID(self.item_ref) if self.item_ref else None


@dataclass(frozen=True)
class RevisionInfo:
    id: int
    meeting_id: uuid.UUID
    saved_at: dt.datetime


@dataclass(frozen=True)
class AuditEvent:
    at: dt.datetime
    event: str
    case_id: uuid.UUID | None
    who: str | None = None
    """The operating-system account (None for events from before schema 2)."""
    case_ref: str | None = None
    """A keyed hash of the case id (schema 3): kept when the case is deleted."""
    detail: str | None = None
    """A short fixed text for some events (a restore's replaced log length)."""
