"""Writing and reading the audit log of an open store: what happened when, never
what was written (`trust.audit` names the events, `trust.audit_chain` seals them;
`index.write_audit` appends one inside a caller's transaction)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from samtaleduk.store import db
from samtaleduk.store.index import write_audit
from samtaleduk.store.summaries import AuditEvent
from samtaleduk.trust.audit_chain import REF_FUNCTION, write_head


def log_event(conn: Any, data_dir: Path, event: str, case_id: uuid.UUID | str | None = None,
              detail: str | None = None, *, recorded: Callable[[], None] | None = None) -> None:
    """Record that something happened (never what was written), then write the
    audit chain's head beside the store (`audit_chain`). `recorded` is called
    between the two, once the line is committed: the head file may lag behind the
    log (verification accepts that), never run ahead of it."""
    with db.transaction(conn) as c:
        write_audit(c, event, str(case_id) if case_id else None, detail=detail)
    if recorded is not None:
        recorded()
    write_head(conn, data_dir)


def audit_events(conn: Any, case_id: uuid.UUID | None = None) -> list[AuditEvent]:
    """The audit log (one case's events with `case_id`, also those from before
    it was replaced by an import, found by its `case_ref`), oldest first."""
    sql = "SELECT at, event, case_id, who, case_ref, detail FROM audit"
    params = [] if case_id is None else [str(case_id)] * 2
    if case_id is not None:
        sql += f" WHERE case_id = ? OR case_ref = {REF_FUNCTION}(?)"
    return [_event(r) for r in conn.execute(sql + " ORDER BY id", params)]


_UNREADABLE = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _event(row: Any) -> AuditEvent:
    # A value planted outside the program must not stop the log from being shown
    # (the audit chain reports the entry as broken): unreadable parts are shown as such.
    at, event, case_id, who, case_ref, detail = row
    try:
        when = dt.datetime.fromisoformat(at)
    except (TypeError, ValueError):
        when = _UNREADABLE
    try:
        cid = uuid.UUID(case_id) if case_id else None
    except (TypeError, ValueError, AttributeError):
        cid = None
    return AuditEvent(when, str(event), cid, None if who is None else str(who),
                      None if case_ref is None else str(case_ref),
                      None if detail is None else str(detail))
