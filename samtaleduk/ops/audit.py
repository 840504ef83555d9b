"""Audit lines that change no content: that a case was viewed or printed, that the
window was locked or unlocked. Never what was written (`samtaleduk.trust.audit`)."""

from __future__ import annotations

import uuid

from samtaleduk.ops.changes import NOTHING, Changes
from samtaleduk.store.store import Store


def case_viewed(store: Store, case_id: uuid.UUID) -> Changes:
    """A case was opened on screen."""
    store.log_event("view_case", case_id)
    return NOTHING


def case_printed(store: Store, case_id: uuid.UUID) -> Changes:
    """A case was printed (that, never what)."""
    store.log_event("case_printed", case_id)
    return NOTHING


def case_pdf_saved(store: Store, case_id: uuid.UUID) -> Changes:
    """A case's print was saved as a PDF file (that, never what or where)."""
    store.log_event("case_pdf_saved", case_id)
    return NOTHING


def overview_printed(store: Store) -> Changes:
    """"My cases now" was printed or saved as PDF (it names every open case)."""
    store.log_event("overview_printed")
    return NOTHING


def locked(store: Store) -> Changes:
    """The window was locked (the store closes right after)."""
    store.log_event("locked")
    return NOTHING


def unlocked(store: Store) -> Changes:
    """The window was unlocked again (the first unlock is `Store.open`'s own line)."""
    store.log_event("unlocked")
    return NOTHING
