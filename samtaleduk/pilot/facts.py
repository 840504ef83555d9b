"""What the pilot's figures need from the store, read in one pass.

The report runs over a whole municipality's store (10,000 cases), so it reads no more
than it needs: the case rows' JSON for the dates and members, every meeting's date
and number from the summary columns, and the JSON of only the meetings it counts
(those in the period, and each case's last meeting before it, which says what was
already there). The JSON is read with `json.loads` into small frozen facts, not
validated into the pydantic models: the store wrote it, and a fact the report does
not need (a note's words) is never copied out. Names are kept only to tell who owns
an action (`owners`); no fact leaves the engine with a name or a text in it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

Connection = Any
"""A sqlcipher3 connection (the module ships no type information)."""

Progress = Callable[[int, int], None]
"""Called with (meetings read, meetings to read) while the meetings are read."""


@dataclass(frozen=True, slots=True)
class GoalFact:
    id: str
    field: str
    status: str


@dataclass(frozen=True, slots=True)
class ActionFact:
    id: str
    status: str
    owner: str


@dataclass(frozen=True, slots=True)
class ConsentFact:
    id: str
    field: str
    kind: str
    given_on: dt.date | None
    withdrawn_on: dt.date | None


@dataclass(frozen=True, slots=True)
class MeetingFacts:
    """One meeting as the report sees it: its place in the case and its items."""

    case_id: str
    number: int
    date: dt.date
    template_id: str
    template_version: int
    goals: tuple[GoalFact, ...]
    actions: tuple[ActionFact, ...]
    consents: tuple[ConsentFact, ...]
    tagged: frozenset[tuple[str, str]]
    """(field id, life-domain id) of every tagged note on the duk; read only for the
    case's last meeting in the period (empty on the others)."""
    participants: tuple[str, ...]
    helpers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CaseFacts:
    id: str
    created_on: dt.date
    closed_on: dt.date | None
    members: tuple[str, ...]


@dataclass(frozen=True)
class StoreFacts:
    """Everything the report counts, for one period."""

    cases: dict[str, CaseFacts]
    meeting_dates: dict[str, list[tuple[int, dt.date]]]
    """Every meeting of every case as (number, date), in order: the gaps between them."""
    meetings: Iterator[tuple[str, list[MeetingFacts]]]
    """Per case, by number: the meetings in the period and the one before it. Read
    from the store while it is walked (once; the store must stay open till then)."""


MEETINGS_READ = (
    # The meetings in the period, and each case's last meeting before it.
    "SELECT case_id, number, date, template_id, template_version, data FROM meetings "
    "WHERE date BETWEEN :start AND :end "
    "OR id IN (SELECT id FROM (SELECT id, row_number() OVER "
    "(PARTITION BY case_id ORDER BY number DESC) AS rn FROM meetings WHERE date < :start) "
    "WHERE rn = 1) "
    "ORDER BY case_id, number")


def read_facts(conn: Connection, start: dt.date, end: dt.date,
               progress: Progress | None = None) -> StoreFacts:
    """The facts of the period `start`–`end` (both days counted) from an open store."""
    cases = {}
    for case_id, data in conn.execute("SELECT id, data FROM cases"):
        raw = json.loads(data)
        cases[case_id] = CaseFacts(
            id=case_id, created_on=dt.date.fromisoformat(raw["created_on"]),
            closed_on=_date(raw.get("closed_on")),
            members=tuple(raw.get("members") or ()))
    dates: dict[str, list[tuple[int, dt.date]]] = {}
    for case_id, number, date in conn.execute(
            "SELECT case_id, number, date FROM meetings ORDER BY case_id, number"):
        dates.setdefault(case_id, []).append((number, dt.date.fromisoformat(date)))
    # Life-domain tags are counted on each case's last meeting in the period only:
    # the ~60 notes of every other meeting are not walked.
    last = {case_id: max(n for n, d in listed if start <= d <= end)
            for case_id, listed in dates.items() if any(start <= d <= end for _, d in listed)}
    params = {"start": start.isoformat(), "end": end.isoformat()}
    total = 0
    if progress is not None:
        total = conn.execute(f"SELECT count(*) FROM ({MEETINGS_READ})", params).fetchone()[0]
        progress(0, total)
    return StoreFacts(cases=cases, meeting_dates=dates,
                      meetings=_by_case(conn, params, last, progress, total))


def _by_case(conn: Connection, params: dict[str, str], last: dict[str, int],
             progress: Progress | None, total: int) -> Iterator[tuple[str, list[MeetingFacts]]]:
    """Each case's meetings as they come from the store, in order (the query runs
    in case order), so that one case's meetings are held at a time."""
    case_id: str | None = None
    listed: list[MeetingFacts] = []
    for n, row in enumerate(conn.execute(MEETINGS_READ, params), start=1):
        if row[0] != case_id:
            if case_id is not None:
                yield case_id, listed
            case_id, listed = row[0], []
        listed.append(_meeting(row, tags=last.get(row[0]) == row[1]))
        if progress is not None and n % 500 == 0:
            progress(n, total)
    if case_id is not None:
        yield case_id, listed
    if progress is not None:
        progress(total, total)


def _meeting(row: tuple[Any, ...], *, tags: bool) -> MeetingFacts:
    case_id, number, date, template_id, version, data = row
    raw = json.loads(data)
    goals: list[GoalFact] = []
    actions: list[ActionFact] = []
    consents: list[ConsentFact] = []
    tagged: set[tuple[str, str]] = set()
    helpers: list[str] = []
    for field_id, content in (raw.get("fields") or {}).items():
        goals.extend(GoalFact(g["id"], field_id, g.get("status", "open"))
                     for g in content.get("goals") or ())
        actions.extend(ActionFact(a["id"], a.get("status", "open"), a.get("owner", ""))
                       for a in content.get("actions") or ())
        consents.extend(ConsentFact(c["id"], field_id, c.get("kind", ""),
                                    _date(c.get("given_on")), _date(c.get("withdrawn_on")))
                        for c in content.get("consents") or ())
        helpers.extend(h.get("name", "") for h in content.get("helpers") or ())
        if tags:
            tagged.update((field_id, note["domain"]) for note in _tagged(content))
    return MeetingFacts(
        case_id=case_id, number=number, date=dt.date.fromisoformat(date),
        template_id=template_id, template_version=version, goals=tuple(goals),
        actions=tuple(actions), consents=tuple(consents), tagged=frozenset(tagged),
        participants=tuple(p.get("name", "") for p in raw.get("participants") or ()),
        helpers=tuple(helpers))


def _tagged(content: dict[str, Any]) -> Iterator[dict[str, Any]]:
    return (note for note in content.get("notes") or () if note.get("domain"))


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None
