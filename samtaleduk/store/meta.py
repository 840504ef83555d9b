"""Templates, audit log and settings: the store's bookkeeping beside the cases.

A mixin of `Store` (kept apart to keep each module small); it relies only on the
store's open connection, its data folder and its template cache.
"""

from __future__ import annotations

import datetime as dt
import uuid
from abc import abstractmethod
from pathlib import Path
from typing import Any

from samtaleduk.errors import UserError
from samtaleduk.store import db, stored_json
from samtaleduk.store.index import write_audit
from samtaleduk.store.summaries import AuditEvent
from samtaleduk.templates.model import Template
from samtaleduk.trust.audit_chain import REF_FUNCTION, write_head


class StoreMeta:
    """Template snapshots, audit events and settings of an open store."""

    data_dir: Path
    _templates: dict[tuple[str, int], Template | None]

    @property
    @abstractmethod
    def conn(self) -> Any:
        """The open connection; `Store` provides it."""

    # -- templates ---------------------------------------------------------------

    def remember_template(self, template: Template) -> None:
        """Keep a snapshot of the template by (id, version). The first snapshot of a
        version stays: it is the one the meetings of that version were written with."""
        key = (template.id, template.version)
        if self._templates.get(key) is not None:
            return
        with db.transaction(self.conn) as c:
            c.execute("INSERT OR IGNORE INTO templates(id, version, data, saved_at) "
                      "VALUES (?,?,?,?)",
                      (template.id, template.version, template.model_dump_json(),
                       db.now_utc()))
        self._templates.pop(key, None)

    def template_snapshot(self, template_id: str, version: int) -> Template | None:
        """The stored snapshot of a template version, or None."""
        row = self.conn.execute("SELECT data FROM templates WHERE id = ? AND version = ?",
                                (template_id, int(version))).fetchone()
        return stored_json.read(Template, row[0]) if row else None

    def latest_snapshot(self, template_id: str) -> Template | None:
        """The stored snapshot of the newest version of a template, or None."""
        row = self.conn.execute("SELECT data FROM templates WHERE id = ? ORDER BY version DESC "
                                "LIMIT 1", (template_id,)).fetchone()
        return stored_json.read(Template, row[0]) if row else None

    def _template_for(self, template_id: str, version: int) -> Template | None:
        key = (template_id, version)
        if key not in self._templates:
            found = self.template_snapshot(template_id, version)
            if found is None:
                found = self._installed_template(template_id, version)
            self._templates[key] = found
        return self._templates[key]

    def _installed_template(self, template_id: str, version: int) -> Template | None:
        # A meeting saved without its template: use the installed duk of the same
        # id and version, and keep a snapshot of it for later.
        from samtaleduk.paths import user_duker_dir
        from samtaleduk.templates.loading import load_all

        try:
            found = load_all(user_duker_dir(self.data_dir)).get(template_id)
        except (KeyError, UserError):
            return None
        if found.version != version:
            return None
        self.remember_template(found)
        return found

    # -- audit and settings ------------------------------------------------------

    def log_event(self, event: str, case_id: uuid.UUID | str | None = None,
                  detail: str | None = None) -> None:
        """Record that something happened (never what was written), then write the
        audit chain's head beside the store (`audit_chain`)."""
        with db.transaction(self.conn) as c:
            write_audit(c, event, str(case_id) if case_id else None, detail=detail)
        write_head(self.conn, self.data_dir)

    def audit_events(self, case_id: uuid.UUID | None = None) -> list[AuditEvent]:
        """The audit log (one case's events with `case_id`, also those from before
        it was replaced by an import, found by its `case_ref`), oldest first."""
        sql = "SELECT at, event, case_id, who, case_ref, detail FROM audit"
        params = [] if case_id is None else [str(case_id)] * 2
        if case_id is not None:
            sql += f" WHERE case_id = ? OR case_ref = {REF_FUNCTION}(?)"
        return [_event(r) for r in self.conn.execute(sql + " ORDER BY id", params)]

    def setting(self, key: str, default: str | None = None) -> str | None:
        """A stored setting, or `default`."""
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set_setting(self, key: str, value: str) -> None:
        """Store a setting (insert or replace)."""
        with db.transaction(self.conn) as c:
            c.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    # -- internals -----------------------------------------------------------------


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
