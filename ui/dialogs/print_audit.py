"""The audit line for a print, a saved file or copied text: that it happened,
never what. The output is already made when the line is written, so a failed
audit write is logged by its kind only and never undoes it."""

from __future__ import annotations

import logging
import uuid
from typing import Any

log = logging.getLogger(__name__)


def log_printed(store: Any, case_id: uuid.UUID, *, as_pdf: bool = False) -> None:
    """The audit line through the ops layer: the case printed ("case_printed": the
    invitation, the minutes, the print dialog's print) or, `as_pdf`, its print
    saved as a PDF ("case_pdf_saved"); nothing without a store."""
    from samtaleduk.ops.audit import case_pdf_saved, case_printed

    if store is None:
        return
    try:
        (case_pdf_saved if as_pdf else case_printed)(store, case_id)
    except Exception as exc:  # the print is done; a failed audit write must not undo it
        log.warning("audit write for a print failed: %s", type(exc).__name__)
