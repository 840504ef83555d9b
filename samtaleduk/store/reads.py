"""Reading cases, meetings, revisions and search hits: the store's queries.

Functions of an open connection, read only; `Store` offers each under the same name.
Hand-written SQL on purpose: these are the hot paths (ARCHITECTURE.md, "SQL by hand").
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Collection
from typing import Any

from samtaleduk.domain.model import Case, CaseKind, CaseStatus, Meeting
from samtaleduk.errors import UserError
from samtaleduk.store import stored_json
from samtaleduk.store.errors import NotFound
from samtaleduk.store.folding import sort_key
from samtaleduk.store.search_terms import match_query
from samtaleduk.store.summaries import CaseSummary, MeetingSummary, RevisionInfo, SearchHit

_ID_PREFIX = re.compile(r"^[0-9a-f-]{1,36}$")
# Looked up, not called: an Enum call per row was a tenth of the case list's read.
_KINDS = {kind.value: kind for kind in CaseKind}
_STATUSES = {status.value: status for status in CaseStatus}
MIN_ID_PREFIX = 4

Connection = Any
"""A sqlcipher3 connection (the module ships no type information)."""


# -- cases -------------------------------------------------------------------

def get_case(conn: Connection, case_id: uuid.UUID) -> Case:
    """The case with this id; `NotFound` when there is none."""
    row = conn.execute("SELECT data FROM cases WHERE id = ?", (str(case_id),)).fetchone()
    if row is None:
        raise NotFound("store.case_not_found", case_id=str(case_id))
    return stored_json.read(Case, row[0])


def find_case(conn: Connection, ref: str) -> Case:
    """A case by its full id or a unique start of it (at least four characters)."""
    text = ref.strip().lower()
    if not _ID_PREFIX.match(text):
        # Not an id: do not echo it, it may be a name.
        raise UserError("store.not_a_case_id")
    try:
        return get_case(conn, uuid.UUID(text))
    except ValueError:
        pass
    if len(text) < MIN_ID_PREFIX:
        raise UserError("store.case_id_too_short", count=MIN_ID_PREFIX)
    rows = conn.execute(
        "SELECT data FROM cases WHERE substr(id, 1, ?) = ? LIMIT 2", (len(text), text)
    ).fetchall()
    if not rows:
        raise NotFound("store.case_prefix_not_found", prefix=text)
    if len(rows) > 1:
        raise UserError("store.case_prefix_ambiguous", prefix=text)
    return stored_json.read(Case, rows[0][0])


_SUMMARY = ("SELECT id, name, kind, status, template_id, members, meeting_count, "
            "last_meeting_date, next_meeting_date, open_actions FROM cases")


def list_cases(conn: Connection, status: CaseStatus | None = None) -> list[CaseSummary]:
    """Every case (or those with `status`), sorted by name the Norwegian way."""
    sql = _SUMMARY
    params: tuple[str, ...] = ()
    if status is not None:
        sql += " WHERE status = ?"
        params = (status.value,)
    return _summaries(conn, sql, params)


def first_cases(conn: Connection, status: CaseStatus, count: int) -> list[CaseSummary]:
    """The first `count` cases with `status` in the case list's first order: by next
    meeting, undated last, then by name the Norwegian way (`list_cases`' order, which
    keeps equal names in the table's order). The rows a screen shows at unlock,
    read by the `cases_first` index without reading every case."""
    columns = f"{_SUMMARY} WHERE status = ? AND next_meeting_date"
    order = "name_sort_key, rowid LIMIT ?"
    rows = _summaries(conn, f"{columns} IS NOT NULL ORDER BY next_meeting_date, {order}",
                      (status.value, count), sort=False)
    if len(rows) < count:
        rows += _summaries(conn, f"{columns} IS NULL ORDER BY {order}",
                           (status.value, count - len(rows)), sort=False)
    return rows


def case_summaries(conn: Connection, ids: Collection[uuid.UUID]) -> list[CaseSummary]:
    """The summaries of the cases with these ids that exist, sorted as `list_cases`:
    what the case list needs after a save of one case, not a read of every case."""
    wanted = sorted(str(i) for i in ids)
    if not wanted:
        return []
    return _summaries(conn, f"{_SUMMARY} WHERE id IN ({', '.join('?' * len(wanted))})",
                      tuple(wanted))


def _summaries(conn: Connection, sql: str, params: tuple[str | int, ...],
               sort: bool = True) -> list[CaseSummary]:
    out = [
        CaseSummary(
            id=uuid.UUID(r[0]), name=r[1], kind=_KINDS[r[2]], status=_STATUSES[r[3]],
            template_id=r[4], members=json.loads(r[5]), meeting_count=r[6],
            last_meeting_date=_date(r[7]), next_meeting_date=_date(r[8]),
            open_actions=r[9],
        )
        for r in conn.execute(sql, params)
    ]
    if sort:
        out.sort(key=lambda s: sort_key(s.name))
    return out


# -- meetings and revisions --------------------------------------------------

def get_meeting(conn: Connection, meeting_id: uuid.UUID) -> Meeting:
    """The meeting with this id, as last saved; `NotFound` when there is none."""
    row = conn.execute("SELECT data FROM meetings WHERE id = ?",
                            (str(meeting_id),)).fetchone()
    if row is None:
        raise NotFound("store.meeting_not_found", meeting_id=str(meeting_id))
    return stored_json.read(Meeting, row[0])


def previous_meeting(conn: Connection, meeting: Meeting) -> Meeting | None:
    """The meeting `meeting` was carried forward from, when it belongs to the same
    case; None for a blank start and for a reference outside the case (a case file
    imported before imports checked it could point at another family's meeting)."""
    if meeting.continued_from is None:
        return None
    row = conn.execute("SELECT data FROM meetings WHERE id = ? AND case_id = ?",
                            (str(meeting.continued_from), str(meeting.case_id))).fetchone()
    return None if row is None else stored_json.read(Meeting, row[0])


def list_meetings(conn: Connection, case_id: uuid.UUID) -> list[Meeting]:
    """The case's meetings, by number."""
    rows = conn.execute(
        "SELECT data FROM meetings WHERE case_id = ? ORDER BY number, date",
        (str(case_id),),
    )
    return [stored_json.read(Meeting, r[0]) for r in rows]


def meeting_summaries(conn: Connection, case_id: uuid.UUID) -> list[MeetingSummary]:
    """The case's meetings by number, from the summary columns (no meeting JSON)."""
    rows = conn.execute(
        "SELECT id, number, date, template_id, participant_names, open_actions "
        "FROM meetings WHERE case_id = ? ORDER BY number, date",
        (str(case_id),),
    )
    return [
        MeetingSummary(id=uuid.UUID(r[0]), number=r[1], date=dt.date.fromisoformat(r[2]),
                       template_id=r[3], participant_names=json.loads(r[4]),
                       open_actions=r[5])
        for r in rows
    ]


def revisions(conn: Connection, meeting_id: uuid.UUID) -> list[RevisionInfo]:
    """Every saved revision of a meeting, oldest first. The current one's time is
    the meeting row's (`history`: its JSON is the row's)."""
    rows = conn.execute(
        "SELECT r.id, r.meeting_id, CASE WHEN r.data IS NULL THEN m.updated_at "
        "ELSE r.saved_at END FROM revisions r JOIN meetings m ON m.id = r.meeting_id "
        "WHERE r.meeting_id = ? ORDER BY r.id",
        (str(meeting_id),),
    )
    return [RevisionInfo(r[0], uuid.UUID(r[1]), dt.datetime.fromisoformat(r[2]))
            for r in rows]


def get_revision(conn: Connection, revision_id: int) -> Meeting:
    """The meeting as saved in one revision; `NotFound` when there is none. The
    current revision has no copy of its own: it is the meeting row (`history`)."""
    row = conn.execute("SELECT coalesce(r.data, m.data) FROM revisions r "
                       "JOIN meetings m ON m.id = r.meeting_id WHERE r.id = ?",
                       (int(revision_id),)).fetchone()
    if row is None:
        raise NotFound("store.revision_not_found", revision_id=str(revision_id))
    return stored_json.read(Meeting, row[0])


# -- search ------------------------------------------------------------------

_SNIPPET = ("CASE WHEN length(f.text) <= 32 THEN f.text "
            "ELSE snippet(search_fts, 0, '', '', '…', 16) END")
"""A hit's text around its words: up to 16 words. A text of at most 32 characters
has at most 16 words (each a letter or more, a separator between), and FTS5's
snippet of it is the whole text: it is taken as it is, without the snippet's own
reading of the row's word count (a second look-up a hit, most of a short hit's cost)."""


def search(conn: Connection, text: str, limit: int = 200) -> list[SearchHit]:
    """Cases, notes, goals, actions, helpers and names matching every word (each as
    a word start, in its plain spelling: `index.fold`): the cases whose name or
    member matches first, then everything else, newest first, at most `limit`.

    Newest first by the index's row order, which the full-text index reads in
    order and stops at `limit`: the cost does not grow with the number of matches
    (ranking scored every match: ≈ 9× slower at 10,000 cases than at 100). The
    names are read first on their own; when they did not fill `limit`, all of them
    are in, and the second read asks only the meetings' text (no name twice)."""
    query = match_query(conn, text)
    if query is None:
        return []
    hits: list[SearchHit] = [*map(SearchHit._make, conn.execute(
        "SELECT r.case_id, r.meeting_id, r.kind, r.field_id, r.item_id, f.text "
        f"FROM ({_NAMES}) n JOIN search_fts f ON f.rowid = n.rowid "
        "JOIN search_rows r ON r.rowid = n.rowid ORDER BY n.rowid DESC",
        (query, int(limit))))]
    wanted = limit - len(hits)
    if wanted > 0:
        hits.extend(map(SearchHit._make, conn.execute(
            "SELECT r.case_id, r.meeting_id, r.kind, r.field_id, r.item_id, "
            f"{_SNIPPET} FROM search_fts f "
            "JOIN search_rows r ON r.rowid = f.rowid "
            "WHERE search_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?",
            (f"{{folded}} : ({query})", int(wanted)))))
    return hits


_NAMES = "SELECT rowid FROM name_fts WHERE name_fts MATCH ? ORDER BY rowid DESC LIMIT ?"
"""The newest names matching a query, from the names' own full-text table (schema 7):
a name's text is taken whole (a name is short), never through a snippet."""


def matching_case_ids(conn: Connection, text: str,
                      limit: int | None = None) -> set[uuid.UUID]:
    """The ids of the cases with something matching `text` (as `search`): all of
    them, or with `limit` those of the cases named by it and of the newest
    `limit` matching entries — what the case list filters by as the user types,
    read without snippets, so a keystroke costs the same at 100 cases as at 10,000."""
    return {uuid.UUID(case_id) for case_id in matching_case_id_texts(conn, text, limit)}


def matching_case_id_texts(conn: Connection, text: str, limit: int | None = None) -> set[str]:
    """`matching_case_ids` as the ids' text (the case list's rows hold them so)."""
    query = match_query(conn, text)
    if query is None:
        return set()
    if limit is None:
        rows = conn.execute(
            "SELECT DISTINCT r.case_id FROM search_fts "
            "JOIN search_rows r ON r.rowid = search_fts.rowid WHERE search_fts MATCH ?",
            (f"{{folded name}} : ({query})",))
        return {r[0] for r in rows}
    found = {r[0] for r in conn.execute(
        f"SELECT r.case_id FROM ({_NAMES}) n JOIN search_rows r ON r.rowid = n.rowid",
        (query, int(limit)))}
    found.update(r[0] for r in conn.execute(
        "SELECT r.case_id FROM search_fts f JOIN search_rows r ON r.rowid = f.rowid "
        "WHERE search_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?",
        (f"{{folded name}} : ({query})", int(limit))))
    return found


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None
