"""Writing cases and meetings: the row, its summary columns, its search entries,
its revision and its audit line, in one transaction (`db.transaction`, a savepoint
inside a caller's larger one, e.g. a case import).

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
from samtaleduk.store import db
from samtaleduk.store.due import write_due
from samtaleduk.store.errors import NotFound, StoreError
from samtaleduk.store.index import (
    case_entries,
    meeting_entries,
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
        raise StoreError(
            "Teksten inneheld ugyldige teikn og kan ikkje lagrast; skriv han på nytt."
        ) from exc


# -- cases -----------------------------------------------------------------

def save_case(conn: Connection, case: Case) -> None:
    """Insert or update a case; its search entries follow."""
    data = _json(case)
    now = db.now_utc()
    cid = str(case.id)
    members = json.dumps(list(case.members), ensure_ascii=False)
    with db.transaction(conn) as c:
        cur = c.execute(
            "UPDATE cases SET name=?, kind=?, status=?, template_id=?, members=?, data=?, "
            "updated_at=? WHERE id=?",
            (case.name, case.kind.value, case.status.value, case.template_id, members,
             data, now, cid),
        )
        created = cur.rowcount == 0
        if created:
            c.execute(
                "INSERT INTO cases(id, name, kind, status, template_id, members, data, "
                "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (cid, case.name, case.kind.value, case.status.value, case.template_id,
                 members, data, now, now),
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
        raise NotFound(f"Fann inga sak med id {case_id}.")
    with db.transaction(conn) as c:
        c.execute("DELETE FROM search_fts WHERE rowid IN "
                  "(SELECT rowid FROM search_rows WHERE case_id = ?)", (cid,))
        c.execute("DELETE FROM search_rows WHERE case_id = ?", (cid,))
        c.execute("DELETE FROM revisions WHERE case_id = ?", (cid,))
        c.execute("DELETE FROM due_items WHERE case_id = ?", (cid,))
        c.execute("DELETE FROM meetings WHERE case_id = ?", (cid,))
        c.execute("DELETE FROM cases WHERE id = ?", (cid,))
        # FTS5 deletes only mark old index segments; merging drops the words.
        c.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
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

def save_meeting(conn: Connection, meeting: Meeting, tpl: Template | None) -> int:
    """Insert or update a meeting and append a revision, in one transaction.
    Returns the revision id. Saving content identical to the latest revision
    writes nothing and returns that revision's id. `template` (the meeting's
    `tpl` is the duk it was written with (for its next-step date), or None."""
    data = _json(meeting)
    mid, cid = str(meeting.id), str(meeting.case_id)
    now = db.now_utc()
    summary_cols = (
        meeting.number, meeting.date.isoformat(), meeting.template_id,
        meeting.template_version,
        json.dumps(participant_names(meeting), ensure_ascii=False),
        open_actions(meeting), _iso(next_step_date(meeting, tpl)),
    )
    with db.transaction(conn) as c:
        if c.execute("SELECT 1 FROM cases WHERE id = ?", (cid,)).fetchone() is None:
            raise NotFound(f"Fann inga sak med id {cid} for møtet.")
        row = c.execute("SELECT case_id, data, revision_id FROM meetings WHERE id = ?",
                        (mid,)).fetchone()
        if row is not None and row[0] != cid:
            raise StoreError("Eit møte kan ikkje flyttast til ei anna sak.")
        if row is not None and row[1] == data:
            return int(row[2])
        add_revision = (
            "INSERT INTO revisions(meeting_id, case_id, saved_at, data) VALUES (?,?,?,?)"
        )
        if row is None:
            c.execute(
                "INSERT INTO meetings(id, case_id, number, date, template_id, "
                "template_version, participant_names, open_actions, next_step_date, data, "
                "revision_id, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,0,?)",
                (mid, cid, *summary_cols, data, now),
            )
            # The revision refers to the meeting row, so it comes second here.
            rev = c.execute(add_revision, (mid, cid, now, data)).lastrowid
            c.execute("UPDATE meetings SET revision_id = ? WHERE id = ?", (rev, mid))
        else:
            # The autosave path: revision first, then one update of the row.
            rev = c.execute(add_revision, (mid, cid, now, data)).lastrowid
            c.execute(
                "UPDATE meetings SET number=?, date=?, template_id=?, template_version=?, "
                "participant_names=?, open_actions=?, next_step_date=?, data=?, "
                "revision_id=?, updated_at=? WHERE id=?",
                (*summary_cols, data, rev, now, mid),
            )
        reindex(c, cid, mid, meeting_entries(meeting))
        update_case_summary(c, cid, now)
        write_due(c, meeting)  # after the summary: it names the latest meeting
    return int(rev)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None
