"""The search index of a meeting, brought up to date off the typing path.

Reindexing a meeting on every autosave cost most of a save's pages (the FTS5
segments, `search_rows` and their indexes). Since schema 6 a save only marks the
meeting in `search_stale` (a row of a tiny table, in the save's own transaction;
already there while a burst of typing goes on, so it costs nothing after the first
save), and `refresh` makes the index equal to the stored meeting later: when the
app is idle, when the meeting is left, and before every search (`Store.search`,
`Store.matching_case_ids`) and on opening. A crash between a save and its
reindexing leaves the mark, so the next search or open still finds the new text:
search is never behind what was saved.
"""

from __future__ import annotations

from typing import Any

from samtaleduk.domain.model import Meeting
from samtaleduk.store import db, stored_json
from samtaleduk.store.errors import UnreadableRecord
from samtaleduk.store.index import meeting_entries, reindex


def mark(c: Any, meeting_id: str) -> None:
    """Note, inside the caller's transaction, that the meeting's index is behind.
    No write when it is already noted (the second save of a burst on)."""
    c.execute("INSERT OR IGNORE INTO search_stale(meeting_id) VALUES (?)", (meeting_id,))


def stale(conn: Any) -> list[str]:
    """The ids of the meetings whose search entries are behind."""
    return [r[0] for r in conn.execute("SELECT meeting_id FROM search_stale")]


def refresh(conn: Any, meeting_id: str | None = None) -> int:
    """Bring the search index of every marked meeting (or of `meeting_id` only) up
    to date with the stored meeting, in one transaction; returns how many were
    behind. A meeting this program cannot read keeps the entries it had."""
    ids = stale(conn) if meeting_id is None else [
        r[0] for r in conn.execute("SELECT meeting_id FROM search_stale WHERE meeting_id = ?",
                                   (meeting_id,))]
    if not ids:
        return 0
    with db.transaction(conn) as c:
        for mid in ids:
            row = c.execute("SELECT case_id, data FROM meetings WHERE id = ?",
                            (mid,)).fetchone()
            if row is not None:
                try:
                    meeting = stored_json.read(Meeting, row[1])
                except UnreadableRecord:
                    pass  # written by a newer program: its entries stay as they were
                else:
                    reindex(c, row[0], mid, meeting_entries(meeting))
            c.execute("DELETE FROM search_stale WHERE meeting_id = ?", (mid,))
    return len(ids)
