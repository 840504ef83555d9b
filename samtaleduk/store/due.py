"""The overview's read model: the dated promises of each case's latest meeting,
kept on save.

"My cases now" (`samtaleduk.overview`) lists, over every open case, the actions
past or near their date, goals past their deadline and consents that expire. Reading
every meeting's JSON for that would be slow at a thousand cases, so each save of a
case's latest meeting also writes its dated items to `due_items` (schema 4), one
short row each, kept together by case, in the same transaction. The case's latest
meeting is a summary column (`cases.latest_meeting_id`, schema 4, kept by
`index.update_case_summary`), read with its next-meeting date.

Only items that can ever show there are kept: open or partly done actions with a
date, open goals with a deadline (their own, else the field's "innan ____") and
consents not withdrawn with an end date. Which of them show *today* is decided when
read (`samtaleduk.overview.build`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from samtaleduk.domain.model import OPEN_ACTION_STATUSES, GoalStatus, Meeting

Connection = Any
"""A sqlcipher3 connection (the module ships no type information)."""

TEXT_CHARS = 240
"""How much of an item's text the read model keeps: a line's worth for the list."""

ACTION, GOAL, CONSENT = "action", "goal", "consent"


@dataclass(frozen=True)
class DueEntry:
    """One dated item of a meeting, as kept in `due_items`."""

    kind: str
    """action, goal or consent."""
    field_id: str
    item_id: str
    text: str
    who: str
    """The action's owner, or who gave the consent; empty for a goal."""
    due: dt.date


@dataclass(frozen=True)
class DueRow:
    """A `DueEntry` of an open case's latest meeting, with where it belongs. The ids
    are the stored text: the overview only shows them, and parsing ~65,000 of them
    took a quarter of its read at 10,000 cases."""

    case_id: str
    case_name: str
    meeting_id: str
    meeting_number: int
    kind: str
    field_id: str
    item_id: str
    text: str
    who: str
    due: dt.date


@dataclass(frozen=True)
class OpenCase:
    """An open case as the overview needs it, from the summary columns (the ids as
    stored text, as in `DueRow`)."""

    case_id: str
    name: str
    next_meeting_date: dt.date | None
    latest_meeting_id: str | None
    latest_meeting_number: int | None


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= TEXT_CHARS else line[: TEXT_CHARS - 1].rstrip() + "…"


def due_entries(meeting: Meeting) -> list[DueEntry]:
    """The meeting's dated items that the overview may show, in field order."""
    return [DueEntry(*row) for row in _due_rows(meeting)]


_Row = tuple[str, str, str, str, str, dt.date]


def _due_rows(meeting: Meeting) -> list[_Row]:
    # Plain tuples: the autosave compares them with the stored rows on every save.
    out: list[_Row] = []
    goal_open = GoalStatus.OPEN
    for fid, content in meeting.fields.items():
        for a in content.actions:
            if a.due is not None and a.status in OPEN_ACTION_STATUSES:
                out.append((ACTION, fid, str(a.id), _short(a.text), a.owner, a.due))
        for g in content.goals:
            deadline = g.deadline or content.date
            if deadline is not None and g.status is goal_open:
                out.append((GOAL, fid, str(g.id), _short(g.text), "", deadline))
        for c in content.consents:
            if c.expires_on is not None and c.withdrawn_on is None:
                what = c.description or c.kind
                out.append((CONSENT, fid, str(c.id), _short(what), c.given_by, c.expires_on))
    return out


def write_due(c: Any, meeting: Meeting) -> None:
    """When `meeting` is its case's latest (`cases.latest_meeting_id`, so call this
    after the case's summary is updated), make the case's rows in `due_items` equal
    to `due_entries(meeting)`, inside the caller's transaction. An earlier meeting
    changes nothing (the overview shows the latest meeting's promises), and rows
    already equal are not rewritten (most autosaves change no date)."""
    latest = c.execute("SELECT latest_meeting_id FROM cases WHERE id = ?",
                       (str(meeting.case_id),)).fetchone()
    if latest is not None:
        write_due_of_latest(c, meeting, latest[0])


def write_due_of_latest(c: Any, meeting: Meeting, latest_id: str | None) -> None:
    """`write_due` when the caller has read the case's `latest_meeting_id` in this
    transaction already (the autosave has, with the meeting's row)."""
    mid, cid = str(meeting.id), str(meeting.case_id)
    if latest_id != mid:
        return
    wanted = [(mid, kind, fid, item, text, who, due.isoformat())
              for kind, fid, item, text, who, due in _due_rows(meeting)]
    have = c.execute("SELECT meeting_id, kind, field_id, item_id, text, who, due "
                     "FROM due_items WHERE case_id = ? ORDER BY seq", (cid,)).fetchall()
    if [tuple(r) for r in have] == wanted:
        return
    c.execute("DELETE FROM due_items WHERE case_id = ?", (cid,))
    c.executemany(
        "INSERT INTO due_items(case_id, seq, meeting_id, kind, field_id, item_id, text, who, "
        "due) VALUES (?,?,?,?,?,?,?,?,?)", [(cid, i, *w) for i, w in enumerate(wanted)])


def open_cases(conn: Connection) -> list[OpenCase]:
    """Every open case with its next-meeting date and latest meeting, from the case
    rows' summary columns (no meeting read)."""
    rows = conn.execute(
        "SELECT id, name, next_meeting_date, latest_meeting_id, latest_meeting_number "
        "FROM cases WHERE status = 'open'")
    return [OpenCase(r[0], r[1], _date(r[2]), r[3] or None, r[4]) for r in rows]


def due_rows(conn: Connection, until: dt.date | None = None) -> list[DueRow]:
    """The kept dated items of every open case's latest meeting; with `until`, only
    those dated on or before it (what can show today)."""
    # `due_items` read in its own order (by case), each row's case found by its
    # id: the unary + keeps SQLite from walking the open cases and seeking each
    # one's rows through `due_items_meeting` (850 against 330 ms at 10,000 cases).
    sql = ("SELECT c.id, c.name, c.latest_meeting_id, c.latest_meeting_number, d.kind, "
           "d.field_id, d.item_id, d.text, d.who, d.due FROM cases c "
           "JOIN due_items d ON d.case_id = c.id AND +d.meeting_id = c.latest_meeting_id "
           "WHERE +c.status = 'open'")
    params: tuple[str, ...] = ()
    if until is not None:
        sql += " AND d.due <= ?"  # ISO dates compare as text
        params = (until.isoformat(),)
    # The dates repeat: each is parsed once (a thousand cases have thousands of
    # rows, and parsing dominated the read).
    dates: dict[str, dt.date] = {}
    out = []
    for r in conn.execute(sql, params):
        due = dates.get(r[9]) or dates.setdefault(r[9], dt.date.fromisoformat(r[9]))
        out.append(DueRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], due))
    return out


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None
