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

from samtaleduk.store.store import AuditEvent, Store
from samtaleduk.trust.audit_chain import ACKNOWLEDGED, Verdict
from samtaleduk.trust.audit_chain import acknowledge as _acknowledge
from samtaleduk.trust.audit_chain import verify as _verify
from samtaleduk.trust.audit_chain import verify_on_open as _verify_on_open

EVENTS: dict[str, str] = {
    "store_created": "lageret vart oppretta",
    "store_opened": "lageret vart opna",
    "unlocked": "låst opp etter låsing",
    "unlock_failed": "feil passordfrase",
    "locked": "låst",
    "passphrase_changed": "passordfrasa vart bytt",
    "recovery_enabled": "gjenopprettingsnøkkel sett opp",
    "rekeyed": "datanøkkelen vart bytt",
    "case_created": "sak oppretta",
    "view_case": "sak opna",
    "earlier_meeting_edited": "eit tidlegare møte vart opna for endring",
    "case_printed": "sak skriven ut",
    "case_pdf_saved": "sak lagra som PDF",
    "overview_printed": "oversikta over opne saker skriven ut",
    "case_exported": "sak eksportert (overlevering)",
    "case_imported": "sak importert",
    "access_exported": "innsynsutskrift laga",
    "case_deleted": "ei sak vart sletta",
    "backup_made": "tryggingskopi laga",
    "backup_restored": "tryggingskopi henta fram",
    "unlock_log_tampered": "fila med mislukka opplåsingar er sletta eller endra",
    ACKNOWLEDGED: "avvik i revisjonsloggen er sett og godteke",
}
"""Every event this program writes, with a short Norwegian description."""


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
    """One human-readable line: time, who, what, which case (id only)."""
    what = EVENTS.get(e["event"], e["event"])
    if e.get("detail"):
        what += f" ({e['detail']})"
    if e["case_id"]:
        case = f"  sak {e['case_id']}"
    elif e.get("case_ref"):
        case = f"  sletta sak #{e['case_ref'][:12]}"
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
