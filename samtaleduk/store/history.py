"""A meeting's history: one revision per editing burst, the current one not copied.

Every save of a meeting used to append a full copy of its JSON (≈ 12 KB for a duk
of 60 notes) to `revisions`, and the same JSON went into `meetings.data` too: a
2-hour meeting with an autosave 250 ms after each typed word added 490 copies.
Since schema 6:

- The meeting's current state is stored once, in `meetings.data`. Its revision (the
  meeting's newest) keeps `data` NULL, meaning "as the meeting row is now", and its
  time is the row's `updated_at`. When a newer revision starts, the current one is
  frozen: the row's JSON and time are copied into it first (`freeze`).
- The autosave (`autosave=True` in `writes.save_meeting`) updates the current
  revision in place while its burst lasts (`extends`): the revision was started by
  an autosave (`open_since`, the burst's first save), is younger than `BURST_SPAN`
  and the last save was less than `BURST_GAP` ago. Anything else starts a new
  revision: a pause, a long stretch of typing (one step every five minutes), leaving
  the meeting (`close_burst`), and every write that is not an autosave (a new or
  carried-forward meeting, an import, a restored copy), which is sealed at once.

So every step a user could want back is kept: the meeting as created, the state
at each pause and every five minutes of steady typing, and the state it was left
in. Schema 6 compacts older histories by the same rule (`compact_bursts`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

BURST_SPAN = dt.timedelta(minutes=5)
"""The longest one revision gathers autosaves: steady typing keeps a step this often."""

BURST_GAP = dt.timedelta(minutes=2)
"""A pause this long ends a burst: the next save starts a new revision."""


@dataclass(frozen=True)
class Current:
    """The meeting's newest revision, as the write path needs it."""

    id: int
    holds_data: bool
    """True when the revision has its own copy (frozen, or written before schema 6)."""
    open_since: str | None
    """When its burst started (the first autosave in it); None once sealed."""


CURRENT = ("SELECT id, data IS NOT NULL AS held, open_since FROM revisions "
           "WHERE meeting_id = ? ORDER BY id DESC LIMIT 1")
"""The meeting's newest revision, found by its own index (not through
`meetings.revision_id`, which a copied row could get wrong): `writes.save_meeting`
joins it to its look-up of the meeting's row, one statement for both."""


def extends(rev: Current | None, now: str, last_saved: str) -> bool:
    """True when an autosave at `now` belongs to `rev`'s burst (see the module)."""
    if rev is None or rev.holds_data or rev.open_since is None:
        return False
    at, start, last = (_time(t) for t in (now, rev.open_since, last_saved))
    return start <= at < start + BURST_SPAN and last <= at < last + BURST_GAP


def freeze(c: Any, rev: Current | None, old_data: str, old_saved_at: str) -> None:
    """Give the current revision its own copy of the state it stands for (the
    meeting row before this save), so that the row can move on."""
    if rev is not None and not rev.holds_data:
        # Without the row's padding (`writes.SLOT_BYTES`): JSON ends in "}".
        c.execute("UPDATE revisions SET data = ?, saved_at = ?, open_since = NULL "
                  "WHERE id = ?", (old_data.rstrip(" "), old_saved_at, rev.id))


def start(c: Any, meeting_id: str, case_id: str, now: str, autosave: bool) -> int:
    """A new current revision (its JSON is the meeting row's); returns its id."""
    cur = c.execute("INSERT INTO revisions(meeting_id, case_id, saved_at, data, open_since) "
                    "VALUES (?,?,?,NULL,?)", (meeting_id, case_id, now,
                                              now if autosave else None))
    return int(cur.lastrowid)


def close_burst(c: Any, meeting_id: str) -> None:
    """End the meeting's burst (it was left): the next save starts a new revision."""
    c.execute("UPDATE revisions SET open_since = NULL "
              "WHERE meeting_id = ? AND open_since IS NOT NULL", (meeting_id,))


def compact_bursts(c: Any) -> int:
    """Schema 6: the histories written before it (a revision on every autosave),
    compacted by the same rule. The revisions of a meeting, by time, fall into bursts
    (each within `BURST_GAP` of the one before and `BURST_SPAN` of the burst's
    first); the first and the last of each burst stay, the rest go. One meeting at a
    time, so memory stays that of one history. Returns how many revisions went."""
    count = 0
    for (mid,) in c.execute("SELECT id FROM meetings").fetchall():
        rows = c.execute("SELECT id, saved_at FROM revisions WHERE meeting_id = ? "
                         "ORDER BY id", (mid,)).fetchall()
        gone = [(rid,) for rid in _burst_middles(rows)]
        c.executemany("DELETE FROM revisions WHERE id = ?", gone)
        count += len(gone)
    return count


def store_current_once(c: Any) -> None:
    """Schema 6: each meeting's newest revision, when it equals the meeting row,
    gives up its copy (the row is its JSON), and the row names it."""
    c.execute("UPDATE revisions SET data = NULL WHERE id IN "
              "(SELECT max(id) FROM revisions GROUP BY meeting_id) "
              "AND data = (SELECT m.data FROM meetings m WHERE m.id = revisions.meeting_id)")
    c.execute("UPDATE meetings SET revision_id = coalesce((SELECT max(r.id) FROM revisions r "
              "WHERE r.meeting_id = meetings.id), revision_id)")


def _burst_middles(rows: list[tuple[int, str]]) -> list[int]:
    """The ids of one meeting's revisions (id, saved_at; oldest first) that are
    neither the first nor the last of their burst."""
    middles: list[int] = []
    burst: list[int] = []
    first = last = None
    for rid, saved_at in rows:
        at = _time(saved_at)
        if (first is not None and last is not None
                and first <= at < first + BURST_SPAN and last <= at < last + BURST_GAP):
            burst.append(rid)
        else:
            middles += burst[1:-1]
            burst, first = [rid], at
        last = at
    return middles + burst[1:-1]


def _time(text: str) -> dt.datetime:
    when = dt.datetime.fromisoformat(text)
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)
