"""Unlock draws the case list from its first screen, read alone, and reads every case
on the store's lane once that is drawn (issue 16: reading 10,000 cases took ~150 ms
on the GUI thread before the list could paint). Driven through the whole window:
the passphrase typed, the list drawn, keys pressed."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samtaleduk.domain.model import Case, CaseStatus
from samtaleduk.ops import cases as case_ops
from samtaleduk.store import db
from samtaleduk.store.store import FAST_KDF, CaseSummary, Store
from samtaleduk.templates.loading import TemplateSet
from tests.conftest import TEST_PASSPHRASE
from tests.ui.dialogs.window_support import open_window, type_passphrase_and_unlock
from ui.pages import case_list_first_screen as first_screen
from ui.pages.case_list_model import CaseListModel
from ui.shell.main_window import MainWindow
from ui.tools.jobs import jobs

WAIT_MS = 10_000
NAMES = ["Øvre", "Aas", "Berg", "Ås", "Dahl", "Ekre", "Foss", "Grav", "Haug", "Isak"]
DATED = {"Haug": "2026-02-01", "Ekre": "2026-01-15", "Isak": "2026-01-15"}
"""Three cases with a next meeting: first in the list, by date, then by name."""
FIRST = ["Familien Ekre", "Familien Isak", "Familien Haug", "Familien Aas"]


@pytest.fixture
def data(_isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(first_screen, "FIRST_ROWS", 4)
    with Store.create(_isolated_data_dir, TEST_PASSPHRASE, FAST_KDF) as store:
        for name in NAMES:
            store.save_case(Case(name=f"Familien {name}", template_id="familie"))
        with db.transaction(store.conn) as c:
            for name, date in DATED.items():
                c.execute("UPDATE cases SET next_meeting_date = ? WHERE name = ?",
                          (date, f"Familien {name}"))
            c.execute("UPDATE cases SET status = 'closed' WHERE name = 'Familien Dahl'")
    return _isolated_data_dir


def _resets(win: MainWindow) -> list[list[str]]:
    """The names in the model's order at each reset of its rows."""
    seen: list[list[str]] = []
    model = win.cases_page.model
    model.modelReset.connect(lambda: seen.append([s.name for s in model.rows()]))
    return seen


def _unlock(qtbot: QtBot, win: MainWindow) -> None:
    type_passphrase_and_unlock(win)
    qtbot.waitUntil(lambda: win.pages.currentWidget() is win.cases_page, timeout=WAIT_MS)
    # The first screen is shown while the worker finishes the open; then the store.
    qtbot.waitUntil(lambda: win.store is not None, timeout=WAIT_MS)


def test_unlock_draws_the_first_screen_then_every_case_in_the_same_order(
        qtbot: QtBot, data: Path, templates: TemplateSet) -> None:
    win = open_window(qtbot, data, templates)
    resets = _resets(win)
    _unlock(qtbot, win)
    page = win.cases_page
    qtbot.waitUntil(lambda: not page.first_only, timeout=WAIT_MS)

    assert resets[0] == FIRST  # the first screen, read alone
    assert len(resets) == 2 and len(resets[1]) == len(NAMES)
    assert resets[1][:4] == FIRST  # the rest joins below it
    # Open cases shown, closed ones kept for the filter; Ø and Å after Z.
    assert page.visible_case_names() == [*FIRST, "Familien Berg", "Familien Foss",
                                         "Familien Grav", "Familien Øvre", "Familien Ås"]
    page.status_filter.setCurrentIndex(page.status_filter.findData(CaseStatus.CLOSED.value))
    assert page.visible_case_names() == ["Familien Dahl"]


class HeldPaint:
    """Stands in for `after_next_paint`: the read of the rest starts when the test
    says the list has painted, so what happens before it is not left to timing."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[Callable[[], None]] = []
        monkeypatch.setattr(first_screen, "after_next_paint",
                            lambda _window, call: self.calls.append(call))

    def painted(self) -> None:
        (call,) = self.calls
        self.calls.clear()
        call()


def test_a_case_chosen_on_the_first_screen_stays_chosen_when_the_rest_arrives(
        qtbot: QtBot, data: Path, templates: TemplateSet,
        monkeypatch: pytest.MonkeyPatch) -> None:
    held = HeldPaint(monkeypatch)
    win = open_window(qtbot, data, templates)
    _unlock(qtbot, win)
    page = win.cases_page
    assert page.first_only and page.visible_case_names() == FIRST
    assert page.search_field.hasFocus()
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    held.painted()
    qtbot.waitUntil(lambda: not page.first_only, timeout=WAIT_MS)
    assert page.proxy.rowCount() == len(NAMES) - 1
    qtbot.keyClick(page.search_field, Qt.Key.Key_Return)
    assert win.pages.currentWidget() is win.case_page
    assert win.case_page.case is not None and win.case_page.case.name == "Familien Haug"


def test_a_change_on_the_first_screen_reads_every_case_and_drops_the_older_read(
        qtbot: QtBot, data: Path, templates: TemplateSet,
        monkeypatch: pytest.MonkeyPatch) -> None:
    held = HeldPaint(monkeypatch)
    win = open_window(qtbot, data, templates)
    resets = _resets(win)
    _unlock(qtbot, win)
    store = win.store
    assert store is not None
    isak = next(s.id for s in win.cases_page.model.rows() if s.name == "Familien Isak")
    # The read of the rest has read every case, and its answer is not back yet,
    # when a case on the first screen is closed.
    read, answer = threading.Event(), threading.Event()
    list_cases_apart = store.list_cases_apart

    def read_then_wait() -> list[CaseSummary]:
        rows = list_cases_apart()
        read.set()
        answer.wait(WAIT_MS / 1000)
        return rows

    monkeypatch.setattr(store, "list_cases_apart", read_then_wait)
    held.painted()
    assert read.wait(WAIT_MS / 1000)
    win.state.publish(case_ops.set_case_closed(store, isak, True).changes)
    answer.set()
    jobs().wait_for_all()
    assert len(resets) == 2 and len(resets[1]) == len(NAMES)  # no third, older one
    assert "Familien Isak" not in win.cases_page.visible_case_names()
    assert not win.cases_page.first_only


@pytest.mark.parametrize("when", ["before the read starts", "while it runs"])
def test_a_lock_before_the_rest_arrives_leaves_no_case_on_the_page(
        qtbot: QtBot, data: Path, templates: TemplateSet,
        monkeypatch: pytest.MonkeyPatch, when: str) -> None:
    held = HeldPaint(monkeypatch)
    win = open_window(qtbot, data, templates)
    _unlock(qtbot, win)
    if when == "while it runs":
        held.painted()
    win.lock()
    if when == "before the read starts":
        held.painted()  # the paint after the lock: too late to read anything
    jobs().wait_for_all()
    assert win.cases_page.model.rowCount() == 0
    assert not win.cases_page.first_only


@pytest.mark.parametrize("view", ["all cases", "by name"])
def test_another_view_than_the_first_order_reads_every_case_at_unlock(
        qtbot: QtBot, data: Path, templates: TemplateSet, view: str) -> None:
    win = open_window(qtbot, data, templates)
    page = win.cases_page
    if view == "all cases":
        page.status_filter.setCurrentIndex(page.status_filter.findData(""))
    else:
        page.table.sortByColumn(CaseListModel.NAME, Qt.SortOrder.AscendingOrder)
    resets = _resets(win)
    _unlock(qtbot, win)
    assert [len(names) for names in resets] == [len(NAMES)]
    assert not page.first_only


def test_a_store_opened_read_only_lists_every_case_at_once(
        qtbot: QtBot, data: Path, templates: TemplateSet) -> None:
    # A full disk opens the store read-only; a second connection may not open.
    win = open_window(qtbot, data, templates)
    _unlock(qtbot, win)
    store = win.store
    assert store is not None
    win.cases_page.set_cases([], {})
    store.read_only = "disk_full"
    win.cases_page.show_first_cases(store, win.duk_names())
    assert not win.cases_page.first_only
    assert win.cases_page.model.rowCount() == len(NAMES)


@pytest.mark.parametrize("height", [600, 1000])
def test_the_first_screen_reads_what_the_window_holds_and_fills_the_table(
        qtbot: QtBot, _isolated_data_dir: Path, templates: TemplateSet,
        monkeypatch: pytest.MonkeyPatch, height: int) -> None:
    with Store.create(_isolated_data_dir, TEST_PASSPHRASE, FAST_KDF) as store:
        for n in range(first_screen.FIRST_ROWS + 10):
            store.save_case(Case(name=f"Familien {n:03}", template_id="familie"))
    held = HeldPaint(monkeypatch)
    win = open_window(qtbot, _isolated_data_dir, templates)
    win.resize(900, height)
    _unlock(qtbot, win)
    page = win.cases_page
    assert page.first_only
    read = page.model.rowCount()
    # Fewer than the most a first screen reads, and still more than the table shows:
    # its last visible line is a row, not empty paper.
    assert read == page.first_screen_rows() < first_screen.FIRST_ROWS
    table = page.table
    assert table.rowAt(table.viewport().height() - 1) >= 0
    assert table.rowAt(table.viewport().height() - 1) < read - 1
    held.painted()
    qtbot.waitUntil(lambda: not page.first_only, timeout=WAIT_MS)
    assert page.model.rowCount() == first_screen.FIRST_ROWS + 10


def test_the_first_screen_is_drawn_while_the_worker_finishes_the_open(
        qtbot: QtBot, data: Path, templates: TemplateSet) -> None:
    """Read on the worker once the open is recorded, shown before the store is
    handed over; the store, the menus and the rest of the list follow."""
    win = open_window(qtbot, data, templates)
    switched: list[tuple[object, object]] = []
    win.pages.currentChanged.connect(
        lambda _i: switched.append((win.pages.currentWidget(), win.store)))
    _unlock(qtbot, win)
    assert switched == [(win.cases_page, None)]  # shown ahead, once
    page = win.cases_page
    assert page.visible_case_names()[:4] == FIRST
    # The page did not change when the store came: the menus were updated anyway.
    assert win.menus.act_new_case.isEnabled() and win.menus.act_lock.isEnabled()
    qtbot.waitUntil(lambda: not page.first_only, timeout=WAIT_MS)
    assert page.proxy.rowCount() == len(NAMES) - 1


def _screen(win: MainWindow) -> object:
    from ui.pages.case_list_first_screen import FirstScreenPlan

    with Store.open(win.state.data_dir, TEST_PASSPHRASE) as store:
        return FirstScreenPlan(CaseStatus.OPEN, 4).read(store)


def test_before_the_store_comes_the_list_asks_nothing_of_it_and_a_failure_takes_it_back(
        qtbot: QtBot, data: Path, templates: TemplateSet) -> None:
    """The few milliseconds between the first screen and the store: Enter on a case
    does nothing; an open that fails after all goes back to the unlock page."""
    win = open_window(qtbot, data, templates)
    screen = _screen(win)
    win.unlock_page.first_screen_read.emit(screen)
    assert win.pages.currentWidget() is win.cases_page and win.store is None
    assert win.cases_page.visible_case_names() == FIRST
    qtbot.keyClick(win.cases_page.search_field, Qt.Key.Key_Return)
    assert win.pages.currentWidget() is win.cases_page and win.case_page.case is None
    win.unlock_page.open_failed.emit()
    assert win.pages.currentWidget() is win.unlock_page
    assert win.cases_page.model.rowCount() == 0
    win.unlock_page.first_screen_read.emit(screen)  # not while a store is open …
    _unlock(qtbot, win)
    qtbot.waitUntil(lambda: not win.cases_page.first_only, timeout=WAIT_MS)
    win.unlock_page.first_screen_read.emit(screen)
    assert win.cases_page.model.rowCount() == len(NAMES)  # … nor late


def test_an_open_that_fails_after_its_first_screen_was_shown_goes_back_to_unlock(
        qtbot: QtBot, data: Path, templates: TemplateSet,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from samtaleduk.store import safe_open
    from samtaleduk.store.errors import StoreError

    def audit_check_fails(_store: Store) -> None:
        raise StoreError("store.damaged_short")

    monkeypatch.setattr(safe_open, "_audit_problems", audit_check_fails)
    win = open_window(qtbot, data, templates)
    switched: list[object] = []
    win.pages.currentChanged.connect(lambda _i: switched.append(win.pages.currentWidget()))
    type_passphrase_and_unlock(win)
    qtbot.waitUntil(lambda: not win.unlock_page.busy, timeout=WAIT_MS)
    assert switched == [win.cases_page, win.unlock_page]  # shown, then taken back
    assert win.store is None and win.cases_page.model.rowCount() == 0
    assert win.unlock_page.message.isVisible() and win.unlock_page.message.text()
