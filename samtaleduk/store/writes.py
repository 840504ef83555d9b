"""Writing cases and meetings: the row, its summary columns, its search entries
(a meeting's only marked as behind: `search_stale`), its revision (`history`) and its
audit line, in one transaction (`db.transaction`, a savepoint inside a caller's
larger one, e.g. a case import).

Hand-written SQL on purpose: `save_meeting` is the autosave path (ARCHITECTURE.md,
"SQL by hand"). `Store` offers these under the same names.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from pydantic_core import PydanticSerializationError

from samtaleduk.domain.model import Case, Meeting
from samtaleduk.store import db, history, search_stale, search_terms
from samtaleduk.store.due import write_due, write_due_of_latest
from samtaleduk.store.errors import NotFound, StoreError
from samtaleduk.store.folding import sort_key
from samtaleduk.store.index import (
    case_entries,
    next_step_date,
    open_actions,
    participant_names,
    reindex,
    update_case_summary,
    write_audit,
)
from samtaleduk.templates.model import Template

Connection = Any
"""A sqlcipher3 connection (the module ships no type information)."""


def _json(model: Case | Meeting) -> str:
    try:
        return model.model_dump_json()
    except (PydanticSerializationError, UnicodeError, ValueError) as exc:
        # Only reachable when validation was bypassed (lone surrogates and the like).
        raise StoreError("store.invalid_text") from exc


SLOT_BYTES = 512
"""A meeting row's JSON is padded with spaces (valid JSON whitespace) to a multiple of
this. A keystroke then mostly leaves the row the same size, and SQLite overwrites
only the pages of it that changed, in place, instead of freeing its overflow chain
and allocating a new one (the free-list and header pages with it): 8 → 4 WAL pages
per note edit, for at most 511 bytes per meeting. Frozen revisions drop it."""


def _in_slot(data: str) -> str:
    return data + " " * (-len(data.encode()) % SLOT_BYTES)


# -- cases -----------------------------------------------------------------

def save_case(conn: Connection, case: Case) -> None:
    """Insert or update a case; its search entries follow."""
    data = _json(case)
    now = db.now_utc()
    cid = str(case.id)
    members = json.dumps(list(case.members), ensure_ascii=False)
    name_key = sort_key(case.name)  # the case list's first read orders by it
    with db.transaction(conn) as c:
        cur = c.execute(
            "UPDATE cases SET name=?, name_sort_key=?, kind=?, status=?, template_id=?, "
            "members=?, data=?, updated_at=? WHERE id=?",
            (case.name, name_key, case.kind.value, case.status.value, case.template_id,
             members, data, now, cid),
        )
        created = cur.rowcount == 0
        if created:
            c.execute(
                "INSERT INTO cases(id, name, name_sort_key, kind, status, template_id, "
                "members, data, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (cid, case.name, name_key, case.kind.value, case.status.value,
                 case.template_id, members, data, now, now),
            )
            write_audit(c, "case_created", cid)
        reindex(c, cid, None, case_entries(case))


def delete_case(conn: Connection, case_id: uuid.UUID) -> None:
    """Delete a case completely: its meetings, every revision, its search entries
    (the FTS index is merged, so no old segment keeps its words), template
    snapshots no other case uses; its audit trail stays without the case id
    (only a keyed hash, so the access log outlives the case). The caller then
    compacts (`compact`), so that with secure_delete no page still holds it."""
    cid = str(case_id)
    if conn.execute("SELECT 1 FROM cases WHERE id = ?", (cid,)).fetchone() is None:
        raise NotFound("store.case_not_found", case_id=str(case_id))
    with db.transaction(conn) as c:
        for table in ("search_fts", "name_fts"):
            c.execute(f"DELETE FROM {table} WHERE rowid IN "
                      "(SELECT rowid FROM search_rows WHERE case_id = ?)", (cid,))
        c.execute("DELETE FROM search_rows WHERE case_id = ?", (cid,))
        c.execute("DELETE FROM search_stale WHERE meeting_id IN "
                  "(SELECT id FROM meetings WHERE case_id = ?)", (cid,))
        c.execute("DELETE FROM revisions WHERE case_id = ?", (cid,))
        c.execute("DELETE FROM due_items WHERE case_id = ?", (cid,))
        c.execute("DELETE FROM meetings WHERE case_id = ?", (cid,))
        c.execute("DELETE FROM cases WHERE id = ?", (cid,))
        # FTS5 deletes only mark old index segments; merging drops the words.
        c.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
        c.execute("INSERT INTO name_fts(name_fts) VALUES ('optimize')")
        search_terms.prune(c)  # the listed words only the case had
        c.execute("DELETE FROM templates WHERE NOT EXISTS (SELECT 1 FROM meetings m "
                  "WHERE m.template_id = templates.id "
                  "AND m.template_version = templates.version) "
                  "AND NOT EXISTS (SELECT 1 FROM cases WHERE template_id = templates.id)")
        # The case's access log stays (the health-sector norm keeps it), but
        # without the case id: only its keyed hash `case_ref` (`audit_chain`).
        write_audit(c, "case_deleted", cid)
        c.execute("UPDATE audit SET case_id = NULL WHERE case_id = ?", (cid,))


def compact(conn: Connection) -> None:
    """Fold the WAL into the file and rebuild it without free pages."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


# -- meetings ----------------------------------------------------------------

def save_meeting(conn: Connection, meeting: Meeting, tpl: Template | None, *,
                 autosave: bool = False, at: str | None = None) -> int:
    """Insert or update a meeting in one transaction; returns its current revision's
    id. Saving content identical to the stored meeting writes nothing.

    The JSON is stored once, in the meeting row; the history (`history`) gets a new
    revision, except that an autosave (`autosave`) extends the current one while its
    burst of editing lasts. The search index is only marked as behind
    (`search_stale`); the summary columns, `due_items` and the case's latest-meeting
    columns are kept exact here. `tpl` is the duk the meeting was written with (for
    its next-step date), or None; `at` the time to record (an imported revision's
    own time), else now."""
    data = _in_slot(_json(meeting))
    mid, cid = str(meeting.id), str(meeting.case_id)
    now = at or db.now_utc()
    summary_cols = (
        meeting.number, meeting.date.isoformat(), meeting.template_id,
        meeting.template_version,
        json.dumps(participant_names(meeting), ensure_ascii=False),
        open_actions(meeting), _iso(next_step_date(meeting, tpl)),
    )
    with db.transaction(conn) as c:
        # The case, its latest meeting, the meeting's row and its newest revision
        # (`history.CURRENT`) in one look-up: a statement less on every autosave.
        found = c.execute(
            "SELECT c.latest_meeting_id, r.id, r.held, r.open_since, m.case_id, m.data, "
            "m.updated_at, m.number, m.date, m.template_id, m.template_version, "
            "m.participant_names, m.open_actions, m.next_step_date FROM cases c "
            "LEFT JOIN meetings m ON m.id = ? "
            f"LEFT JOIN ({history.CURRENT}) r ON true WHERE c.id = ?",
            (mid, mid, cid)).fetchone()
        if found is None:
            raise NotFound("store.meeting_case_not_found", case_id=str(cid))
        latest_id, row = found[0], (None if found[4] is None else found[4:])
        if row is None:
            c.execute(
                "INSERT INTO meetings(id, case_id, number, date, template_id, "
                "template_version, participant_names, open_actions, next_step_date, data, "
                "revision_id, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,0,?)",
                (mid, cid, *summary_cols, data, now),
            )
            # The revision refers to the meeting row, so it comes second here.
            rev = history.start(c, mid, cid, now, autosave)
            c.execute("UPDATE meetings SET revision_id = ? WHERE id = ?", (rev, mid))
            summary_changed = True
        else:
            if row[0] != cid:
                raise StoreError("store.meeting_moved")
            current = history.Current(found[1], bool(found[2]), found[3]) if found[1] else None
            if row[1] == data and current is not None:
                return current.id
            if autosave and history.extends(current, now, row[2]):
                assert current is not None  # extends() says so
                rev = current.id
            else:
                history.freeze(c, current, row[1], row[2])
                rev = history.start(c, mid, cid, now, autosave)
            # The autosave path: one update of the row. Its summary columns only
            # when they changed, so that their index is not rewritten per keystroke.
            summary_changed = tuple(row[3:]) != summary_cols
            if summary_changed:
                c.execute(
                    "UPDATE meetings SET number=?, date=?, template_id=?, template_version=?, "
                    "participant_names=?, open_actions=?, next_step_date=?, data=?, "
                    "revision_id=?, updated_at=? WHERE id=?",
                    (*summary_cols, data, rev, now, mid),
                )
            else:
                c.execute("UPDATE meetings SET data=?, revision_id=?, updated_at=? WHERE id=?",
                          (data, rev, now, mid))
        search_stale.mark(c, mid)
        if summary_changed:
            update_case_summary(c, cid, now)
        else:
            # The case's summary follows its meetings' summary columns, which did
            # not change; its time of change does (backups look at it).
            c.execute("UPDATE cases SET updated_at = ? WHERE id = ? AND updated_at IS NOT ?",
                      (now, cid, now))
        if summary_changed:
            write_due(c, meeting)  # after the summary: it names the latest meeting
        else:
            write_due_of_latest(c, meeting, latest_id)  # the case's latest is unchanged
    return int(rev)


def close_burst(conn: Connection, meeting_id: uuid.UUID) -> None:
    """The meeting was left: its next save starts a new revision (`history`)."""
    with db.transaction(conn) as c:
        history.close_burst(c, str(meeting_id))


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None
