"""The audit line for a print: written when there is a store, and a failed write
is logged by its kind only, never raised (the print is already made)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

import pytest

from ui.dialogs.print_audit import log_printed

CASE = uuid.UUID(int=7)


class Recorder:
    def __init__(self, fail: bool = False) -> None:
        self.events: list[tuple[str, uuid.UUID | None]] = []
        self.fail = fail

    def log_event(self, event: str, case_id: uuid.UUID | None = None) -> None:
        if self.fail:
            raise OSError("Haugland: disk full")
        self.events.append((event, case_id))


def test_printed_is_logged_through_the_ops_layer() -> None:
    store = Recorder()
    log_printed(store, CASE)
    assert store.events == [("case_printed", CASE)]


def test_without_a_store_nothing_is_logged_and_nothing_fails() -> None:
    log_printed(None, CASE)
    log_printed(None, CASE, as_pdf=True)


def test_a_pdf_saved_is_logged_through_the_ops_layer() -> None:
    store = Recorder()
    log_printed(store, CASE, as_pdf=True)
    assert store.events == [("case_pdf_saved", CASE)]


@pytest.mark.parametrize("write", [
    lambda store: log_printed(store, CASE),
    lambda store: log_printed(store, CASE, as_pdf=True),
])
def test_a_failed_audit_write_is_logged_by_kind_only(
        write: Callable[[Recorder], None], caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="ui.dialogs.print_audit"):
        write(Recorder(fail=True))
    assert "OSError" in caplog.text and "Haugland" not in caplog.text
