"""The audit log: what happened, when, and by which operating-system account —
never what was written. It lives in the encrypted store (`audit` table, written by
`store_index.write_audit`); this module names the events and exports the log.

Events are fixed snake_case words. A case's events carry its id and a keyed hash
of it (`case_ref`); deleting the case removes the id and keeps the entries under the
hash, so the access log of a deleted case survives without pointing to it. Events
that are not about one case carry neither. The log is an HMAC chain (`audit_chain`):
`verify` finds an edited, removed or cut-off entry.
"""

from __future__ import annotations

import uuid
from typing import Any

from samtaleduk.messages import Message, msg
from samtaleduk.store.store import AuditEvent, Store
from samtaleduk.trust.audit_chain import ACKNOWLEDGED, Verdict
from samtaleduk.trust.audit_chain import acknowledge as _acknowledge
from samtaleduk.trust.audit_chain import verify as _verify
from samtaleduk.trust.audit_chain import verify_on_open as _verify_on_open

EVENTS: dict[str, Message] = {
    "store_created": msg("audit.event.store_created"),
    "store_opened": msg("audit.event.store_opened"),
    "unlocked": msg("audit.event.unlocked"),
    "unlock_failed": msg("audit.event.unlock_failed"),
    "locked": msg("audit.event.locked"),
    "passphrase_changed": msg("audit.event.passphrase_changed"),
    "recovery_enabled": msg("audit.event.recovery_enabled"),
    "rekeyed": msg("audit.event.rekeyed"),
    "case_created": msg("audit.event.case_created"),
    "view_case": msg("audit.event.view_case"),
    "earlier_meeting_edited": msg("audit.event.earlier_meeting_edited"),
    "case_printed": msg("audit.event.case_printed"),
    "case_pdf_saved": msg("audit.event.case_pdf_saved"),
    "overview_printed": msg("audit.event.overview_printed"),
    "case_exported": msg("audit.event.case_exported"),
    "case_imported": msg("audit.event.case_imported"),
    "access_exported": msg("audit.event.access_exported"),
    "case_deleted": msg("audit.event.case_deleted"),
    "backup_made": msg("audit.event.backup_made"),
    "backup_restored": msg("audit.event.backup_restored"),
    "unlock_log_tampered": msg("audit.event.unlock_log_tampered"),
    ACKNOWLEDGED: msg("audit.event.acknowledged"),
}
"""Every event this program writes, with its words (a message of the catalogue)."""


def record(store: Store, event: str, case_id: uuid.UUID | None = None) -> None:
    """Write one known event (an unknown name is a programming error)."""
    if event not in EVENTS:
        raise ValueError(f"unknown audit event {event!r}")
    store.log_event(event, case_id)


def as_dict(e: AuditEvent) -> dict[str, Any]:
    """An audit event as plain JSON values (for --json and the access export)."""
    return {"at": e.at.isoformat(), "event": e.event,
            "case_id": str(e.case_id) if e.case_id else None, "who": e.who,
            "case_ref": e.case_ref, "detail": e.detail}


def export(store: Store, case_id: uuid.UUID | None = None) -> list[dict[str, Any]]:
    """The whole log (or one case's part of it), oldest first, as plain values."""
    return [as_dict(e) for e in store.audit_events(case_id)]


def line(e: dict[str, Any]) -> str:
    """One human-readable line: time, who, what, which case (id only), in the
    current language."""
    what = str(EVENTS.get(e["event"], e["event"]))
    if e.get("detail"):
        what += f" ({e['detail']})"
    if e["case_id"]:
        case = "  " + str(msg("audit.line.case", case=str(e["case_id"])))
    elif e.get("case_ref"):
        case = "  " + str(msg("audit.line.deleted_case", ref=e["case_ref"][:12]))
    else:
        case = ""
    return f"{e['at']}  {e['who'] or '-'}  {what}{case}"


def verify(store: Store) -> Verdict:
    """Check the audit chain and its head beside the store (`audit_chain.verify`)."""
    return _verify(store.conn, store.data_dir)


def verify_on_open(store: Store) -> Verdict:
    """The unlock's check: in full once a day, else since the head
    (`audit_chain.verify_on_open`)."""
    return _verify_on_open(store.conn, store.data_dir)


def acknowledge(store: Store) -> Verdict:
    """Log that the chain's problems have been seen (by IT), and start the head
    afresh; returns what was seen."""
    return _acknowledge(store.conn, store.data_dir,
                        lambda event, detail: store.log_event(event, detail=detail))
