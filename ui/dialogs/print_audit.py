"""The audit line for a print, a saved file or copied text: that it happened,
never what. The output is already made when the line is written, so a failed
audit write is logged by its kind only and never undoes it."""

from __future__ import annotations

import logging
import uuid
from typing import Any

log = logging.getLogger(__name__)


def log_printed(store: Any, case_id: uuid.UUID) -> None:
    """The audit line "printed" through the ops layer (the invitation, the
    minutes); nothing without a store."""
    from samtaleduk.ops.audit import case_printed

    if store is None:
        return
    try:
        case_printed(store, case_id)
    except Exception as exc:
        log.warning("audit write for a print failed: %s", type(exc).__name__)


def log_print_event(store: Any, event: str, case_id: uuid.UUID) -> None:
    """The print dialog's audit `event` ("case_printed", "case_pdf_saved") for
    `case_id`; nothing when `store` keeps no audit log."""
    log_event = getattr(store, "log_event", None)
    if log_event is None:
        return
    try:
        log_event(event, case_id)
    except Exception as exc:  # the print is done; a failed audit write must not undo it
        log.warning("audit write for %s failed: %s", event, type(exc).__name__)
