"""My cases now reads on the store's lane, not on the GUI thread: the list fills when
the worker answers, a newer read supersedes one under way (its answer is never
shown), a lock or quit while reading leaves nothing in the dialog, and the busy line shows
only for a slow read. The worker's first read is held at a gate, so each test
decides when it answers."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samtaleduk.ops.cases import toggle_case_closed
from samtaleduk.overview.build import Overview, read_apart
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from tests.ui.main_window_support import WAIT_MS, close_window, key, open_window
from ui.controllers import overview as overview_controller
from ui.dialogs.overview import ITEM_ROLE, OverviewDialog
from ui.shell.main_window import MainWindow
from ui.tools.jobs import JobRunner

TODAY = dt.date(2026, 2, 20)


class Gate:
    """Holds the worker's first read after it has read, until `release`."""

    def __init__(self) -> None:
        self.opened = threading.Event()
        self.calls = 0
        self.leaving = False
        """Set by a test just before it locks or quits (`answer_at_the_wait`)."""

    def read(self, store: Store, day: dt.date) -> Overview:
        self.calls += 1
        first = self.calls == 1
        shown = read_apart(store, day)
        if first:
            # A bound, not a pause: a failing test must not hang the store's lane.
            self.opened.wait(WAIT_MS / 1000)
        return shown

    def release(self) -> None:
        self.opened.set()


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    monkeypatch.setattr(overview_controller, "today", lambda: TODAY)
    held = Gate()
    monkeypatch.setattr(overview_controller, "read_apart", held.read)
    yield held
    held.release()  # never leave the store's lane waiting


class Fills:
    """Every overview a dialog was filled with, in order (a dialog of an earlier
    test, not yet deleted, refills at a language change: not counted)."""

    def __init__(self) -> None:
        self.seen: list[tuple[OverviewDialog, Overview]] = []

    def of(self, dialog: OverviewDialog) -> list[Overview]:
        return [overview for d, overview in self.seen if d is dialog]


@pytest.fixture
def fills(monkeypatch: pytest.MonkeyPatch) -> Fills:
    spied = Fills()
    fill: Callable[[OverviewDialog, Overview], None] = OverviewDialog._fill

    def spy(dialog: OverviewDialog, overview: Overview) -> None:
        spied.seen.append((dialog, overview))
        fill(dialog, overview)

    monkeypatch.setattr(OverviewDialog, "_fill", spy)
    return spied


def _open(qtbot: QtBot, window: MainWindow) -> OverviewDialog:
    key(Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.overview_actions.dialog is not None, timeout=WAIT_MS)
    dialog = window.overview_actions.dialog
    assert dialog is not None
    return dialog


def _names(overview: Overview) -> set[str]:
    return {item.case_name for item in overview.items()}


def test_the_list_fills_when_the_worker_answers(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet, gate: Gate, fills: Fills) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        dialog = _open(qtbot, window)
        # Opened at once, empty, while the worker reads.
        assert dialog.isVisible() and dialog.reading
        assert dialog.lines() == [] and fills.of(dialog) == []
        gate.release()
        qtbot.waitUntil(lambda: not dialog.reading, timeout=WAIT_MS)
        [shown] = fills.of(dialog)
        assert _names(shown) == {"Familien Haugland", "Jonas"}
        assert [line.data(0, ITEM_ROLE) for line in dialog.lines()] == shown.items()
        current = dialog.current_item()
        assert current is not None and current.text == "Fast vaksen i garderoben"
    finally:
        close_window(window, languages)


def test_a_change_while_reading_supersedes_the_read_under_way(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet, gate: Gate, fills: Fills) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        dialog = _open(qtbot, window)
        qtbot.waitUntil(lambda: gate.calls == 1, timeout=WAIT_MS)
        # The first read has read Jonas's case open; then it is closed.
        jonas = next(s for s in demo_store.list_cases() if s.name == "Jonas")
        window.state.apply(toggle_case_closed(demo_store, jonas.id))
        gate.release()
        qtbot.waitUntil(lambda: gate.calls == 2 and not dialog.reading, timeout=WAIT_MS)
        # Only the newer answer was ever shown: never the one with Jonas open.
        assert [_names(o) for o in fills.of(dialog)] == [{"Familien Haugland"}]
        assert dialog.overview is fills.of(dialog)[0]
    finally:
        close_window(window, languages)


@pytest.fixture
def answer_at_the_wait(monkeypatch: pytest.MonkeyPatch, gate: Gate) -> None:
    """The held read answers just as the window waits for the store's lane (a lock,
    a quit): its answer is delivered inside that wait. Only once `leaving` is set: a
    wait from anything else (once, a stray autosave timer) would answer it early."""
    wait_for_store, wait_for_all = JobRunner.wait_for_store, JobRunner.wait_for_all

    def store_then(runner: JobRunner) -> None:
        if gate.leaving:
            gate.release()
        wait_for_store(runner)

    def all_then(runner: JobRunner) -> None:
        if gate.leaving:
            gate.release()
        wait_for_all(runner)

    monkeypatch.setattr(JobRunner, "wait_for_store", store_then)
    monkeypatch.setattr(JobRunner, "wait_for_all", all_then)


@pytest.mark.parametrize("leave", ["lock", "quit"])
def test_a_lock_or_quit_while_reading_leaves_nothing_in_the_dialog(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet, gate: Gate, fills: Fills, answer_at_the_wait: None,
        leave: str) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        dialog = _open(qtbot, window)
        qtbot.waitUntil(lambda: gate.calls == 1, timeout=WAIT_MS)
        assert fills.of(dialog) == []
        gate.leaving = True
        if leave == "lock":
            window.lock()
        else:
            window.close()
        assert window.store is None and gate.opened.is_set()
        assert not dialog.isVisible() and window.overview_actions.dialog is None
        assert fills.of(dialog) == [] and dialog.overview is None and dialog.lines() == []
    finally:
        close_window(window, languages)


def test_the_busy_line_shows_only_while_a_slow_read_lasts(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet, gate: Gate, fills: Fills) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        dialog = _open(qtbot, window)
        # Not at once: a read that answers quickly never shows it.
        assert dialog.reading and not dialog.busy.isVisible()
        qtbot.waitUntil(dialog.busy.isVisible, timeout=WAIT_MS)
        assert dialog.busy.text() == "Reading the cases …" and dialog.isVisible()
        gate.release()
        qtbot.waitUntil(lambda: not dialog.reading, timeout=WAIT_MS)
        assert not dialog.busy.isVisible() and len(fills.of(dialog)) == 1
        # A quick read again (a change): the list stays, no busy line comes up.
        jonas = next(s for s in demo_store.list_cases() if s.name == "Jonas")
        window.state.apply(toggle_case_closed(demo_store, jonas.id))
        assert dialog.reading and not dialog.busy.isVisible() and dialog.lines()
        qtbot.waitUntil(lambda: not dialog.reading, timeout=WAIT_MS)
        assert not dialog.busy.isVisible()
        assert _names(fills.of(dialog)[-1]) == {"Familien Haugland"}
    finally:
        close_window(window, languages)


def test_a_store_opened_read_only_is_read_on_the_gui_thread(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet, gate: Gate, fills: Fills,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A full disk opens the store read-only: a second connection may not open, so
    # the overview is read on the GUI thread, as the case list is.
    monkeypatch.setattr(demo_store, "read_only", "full disk")
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        dialog = _open(qtbot, window)
        qtbot.waitUntil(lambda: not dialog.reading, timeout=WAIT_MS)
        assert gate.calls == 0
        [shown] = fills.of(dialog)
        assert _names(shown) == {"Familien Haugland", "Jonas"}
    finally:
        close_window(window, languages)
