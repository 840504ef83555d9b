"""The idle lock fits a meeting: 1–30 minutes (the municipality's file or File >
Lock after …), a quiet warning before it locks that any key takes away, and after
the unlock the same meeting, field and scroll position (issue 12)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from tests.conftest import TEST_PASSPHRASE
from tests.ui.main_window_support import (
    WAIT_MS,
    click,
    close_window,
    focus,
    key,
    open_window,
    type_text,
)
from ui.controllers.lock import Place
from ui.shell.main_window import MainWindow
from ui.shell.prefs import Prefs


@pytest.mark.parametrize(("written", "minutes"), [
    ("10", 10), ("0.2", 1), ("-3", 1), ("100000000", 30), ("1e300", 30), ("inf", 30),
    ("nan", 5), ("fem", 5), ("", 5),
])
def test_the_idle_time_is_clamped_to_1_to_30_minutes(
        qtbot: QtBot, _isolated_data_dir: Path, store: Store, templates: TemplateSet,
        written: str, minutes: float) -> None:
    settings = _isolated_data_dir / "ui-settings.ini"
    settings.write_text(f"[lock]\nidle_minutes={written}\n", encoding="utf-8")
    assert Prefs(_isolated_data_dir).idle_minutes == minutes
    window, languages = open_window(qtbot, _isolated_data_dir, store, templates)
    try:
        # A huge value no longer overflows the timer: it is half an hour.
        assert window.lock_controller.timer.interval() == minutes * 60_000
    finally:
        close_window(window, languages)


def test_lock_after_is_chosen_from_the_file_menu(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, store: Store,
        templates: TemplateSet) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, store, templates)
    try:
        assert window.menus.act_idle_lock in window.menus.file_menu.actions()
        window.menus.act_idle_lock.trigger()  # what choosing it in the menu does
        qtbot.waitUntil(lambda: isinstance(window.active_dialog, QInputDialog))
        dialog = window.active_dialog
        assert isinstance(dialog, QInputDialog)
        qtbot.waitUntil(lambda: dialog.isAncestorOf(focus()))
        key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text("12")
        key(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.active_dialog is None)
        assert window.lock_controller.timer.interval() == 12 * 60_000
        assert Prefs(_isolated_data_dir).idle_minutes == 12  # in the file, for next time
    finally:
        close_window(window, languages)


def _latest_meeting(window: MainWindow, store: Store, index: int = -1) -> None:
    family = next(s for s in store.list_cases() if s.name == "Familien Haugland")
    window.open_case(family.id)
    window.open_meeting(store.list_meetings(family.id)[index].id)


def test_a_quiet_warning_comes_first_and_any_key_takes_it_away(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        _latest_meeting(window, demo_store)
        controller = window.lock_controller
        controller.set_idle_ms(1_500)  # the warning comes half-way at the latest
        controller.restart()
        warning = controller.warning
        qtbot.waitUntil(warning.isVisible, timeout=WAIT_MS)
        assert window.store is not None  # a warning, not yet a lock
        assert warning.text().startswith("Locks in ")
        assert "press a key to go on" in warning.text()
        assert QApplication.activeModalWidget() is None  # nothing to click away
        key(Qt.Key.Key_Shift)
        assert not warning.isVisible()
        assert controller.timer.remainingTime() > 1_000  # counted from the key
        assert window.store is not None
        # Without input it locks, after the warning.
        qtbot.waitUntil(warning.isVisible, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: window.store is None, timeout=WAIT_MS)
        assert not warning.isVisible()
    finally:
        close_window(window, languages)


def _unlock_by_keys(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.unlock_page.passphrase.hasFocus(), timeout=WAIT_MS)
    type_text(TEST_PASSPHRASE)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.store is not None, timeout=WAIT_MS)


def _wheel_down(widget: QApplication | object, steps: int) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    for _ in range(steps):
        event = QWheelEvent(centre, widget.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, event)


def test_after_the_unlock_the_same_meeting_field_and_scroll_come_back(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        window.resize(900, 560)  # small enough that the duk scrolls
        _latest_meeting(window, demo_store)
        view = window.meeting_page.view
        assert view is not None
        bar = view.scroll_area.verticalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=WAIT_MS)
        field = view.canvas.fields["avtale"]
        view.scroll_area.ensureWidgetVisible(field)
        entry = field.entry_widget()
        assert entry is not None
        click(entry)
        assert field.isAncestorOf(focus())
        _wheel_down(view.scroll_area.viewport(), 1)
        scrolled = bar.value()
        assert scrolled > 0
        meeting_id = window.meeting_page.session.meeting.id  # type: ignore[union-attr]

        key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert window.store is None
        place = window.lock_controller.place
        assert place is not None and place.field_id == "avtale"
        # Ids and numbers only: nothing the family said is kept while locked.
        assert {type(getattr(place, f.name)).__name__ for f in dataclasses.fields(Place)} \
            <= {"UUID", "str", "tuple", "bool", "NoneType"}

        _unlock_by_keys(qtbot, window)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.meeting_page)
        session, view = window.meeting_page.session, window.meeting_page.view
        assert session is not None and view is not None and session.meeting.id == meeting_id
        qtbot.waitUntil(lambda: view.canvas.fields["avtale"].isAncestorOf(focus()),
                        timeout=WAIT_MS)
        qtbot.waitUntil(lambda: view.scroll_area.verticalScrollBar().value() == scrolled,
                        timeout=WAIT_MS)
    finally:
        close_window(window, languages)


def test_an_earlier_meeting_being_edited_stays_editable_after_the_unlock(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        _latest_meeting(window, demo_store, index=0)
        session = window.meeting_page.session
        assert session is not None and session.read_only
        key(Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not session.read_only)
        key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        _unlock_by_keys(qtbot, window)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.meeting_page)
        again = window.meeting_page.session
        assert again is not None and not again.read_only
    finally:
        close_window(window, languages)
