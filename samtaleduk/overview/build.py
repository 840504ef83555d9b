"""The overview's sections, from the store's read model and a date.

Pure: `build(open_cases, due_rows, today)` decides what shows today; `read(store,
today)` only fetches the two lists (`read_apart` through a connection of its own,
for a worker). The windows are the issue's: actions past their date and due within
`ACTION_DAYS`, goals past their deadline, consents expired or expiring within
`CONSENT_DAYS`, cases without a next meeting, next meetings by date.
Closed cases are never read (the store's queries take open cases only).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from samtaleduk.store import due
from samtaleduk.store.due import ACTION, CONSENT, GOAL, DueRow, OpenCase
from samtaleduk.store.folding import sort_key

ACTION_DAYS = 14
"""Actions due from today up to this many days ahead count as due soon."""
CONSENT_DAYS = 30
"""Consents ending from today up to this many days ahead are shown with the expired."""


class Section(StrEnum):
    """The overview's parts, in the order they are shown."""

    ACTIONS_LATE = "actions_late"
    ACTIONS_SOON = "actions_soon"
    GOALS_PASSED = "goals_passed"
    CONSENTS = "consents"
    NO_NEXT_MEETING = "no_next_meeting"
    NEXT_MEETINGS = "next_meetings"


@dataclass(frozen=True)
class Item:
    """One line of the overview and where it leads: a meeting and a field in it
    (`field_id` None: the meeting's next-step field; `meeting_id` None: the case).
    The ids are the store's text (`store.due`), parsed only when a line is followed."""

    section: Section
    case_id: str
    case_name: str
    meeting_id: str | None
    meeting_number: int | None
    field_id: str | None
    item_id: str | None
    text: str
    """What the item says (empty for the meeting sections)."""
    who: str
    date: dt.date | None
    days: int | None
    """`date` minus today: negative when it has passed."""


@dataclass(frozen=True)
class Overview:
    """Every section (empty ones too), in `Section` order."""

    today: dt.date
    open_cases: int
    sections: dict[Section, list[Item]]

    def items(self) -> list[Item]:
        """Every line, section by section (the order the list and the print show)."""
        return [item for s in Section for item in self.sections[s]]


class OverviewSource(Protocol):
    """What `read` needs of a store."""

    def open_cases(self) -> list[OpenCase]: ...
    def due_rows(self, until: dt.date | None = None) -> list[DueRow]: ...


class ApartSource(Protocol):
    """What `read_apart` needs of a store: a connection of its own (`Store.apart`)."""

    def apart(self) -> AbstractContextManager[Any]: ...


def read(store: OverviewSource, today: dt.date) -> Overview:
    """The overview of `store` on `today` (two queries, no meeting JSON; items dated
    after the widest window are not even read)."""
    return build(store.open_cases(), store.due_rows(_horizon(today)), today)


def read_apart(store: ApartSource, today: dt.date) -> Overview:
    """`read` through a connection of the store's own, closed after: for a worker
    while the window goes on using the store's connection (audit lines included)."""
    with store.apart() as conn:
        return build(due.open_cases(conn), due.due_rows(conn, _horizon(today)), today)


def _horizon(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=max(ACTION_DAYS, CONSENT_DAYS))


def _item(section: Section, row: DueRow, today: dt.date) -> Item:
    return Item(section, row.case_id, row.case_name, row.meeting_id, row.meeting_number,
                row.field_id, row.item_id, row.text, row.who, row.due, (row.due - today).days)


def _section_of(row: DueRow, today: dt.date) -> Section | None:
    days = (row.due - today).days
    if row.kind == ACTION:
        if days < 0:
            return Section.ACTIONS_LATE
        return Section.ACTIONS_SOON if days <= ACTION_DAYS else None
    if row.kind == GOAL:
        return Section.GOALS_PASSED if days < 0 else None
    if row.kind == CONSENT:
        return Section.CONSENTS if days <= CONSENT_DAYS else None
    return None  # a kind a newer program wrote: not ours to show


def build(open_cases: Iterable[OpenCase], due: Iterable[DueRow], today: dt.date) -> Overview:
    """Sort what is due into the sections: each by date (oldest first), then case."""
    sections: dict[Section, list[Item]] = {s: [] for s in Section}
    for row in due:
        section = _section_of(row, today)
        if section is not None:
            sections[section].append(_item(section, row, today))
    cases = list(open_cases)
    for case in cases:
        date = case.next_meeting_date
        section = Section.NEXT_MEETINGS if date is not None else Section.NO_NEXT_MEETING
        sections[section].append(Item(
            section, case.case_id, case.name, case.latest_meeting_id,
            case.latest_meeting_number, None, None, "", "", date,
            (date - today).days if date is not None else None))
    name_key = functools.cache(sort_key)  # a case's lines share its name: folded once
    for section, items in sections.items():
        if section is Section.NO_NEXT_MEETING:
            items.sort(key=lambda i: name_key(i.case_name))
        else:
            items.sort(key=lambda i: (i.date or dt.date.max, name_key(i.case_name), i.text))
    return Overview(today, len(cases), sections)
