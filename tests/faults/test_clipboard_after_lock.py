"""Issue 13, point 16: the clipboard kept copied case text after the lock.

Through the whole window with real keys: text copied from a note (Ctrl+A, Ctrl+C)
is gone from the clipboard after Ctrl+L and after quit; what another program put
on the clipboard since is left alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.acceptance import conftest as acceptance
from tests.acceptance import scenes, steps
from tests.acceptance.conftest import OpenWindow
from tests.acceptance.driver import Driver, Key, Mod
from ui.shell.main_window import MainWindow
from ui.tools.clipboard_guard import ClipboardGuard

# The acceptance suite's whole-window fixtures, used here by name.
templates, counter = acceptance.templates, acceptance.counter
driver, open_window = acceptance.driver, acceptance.open_window

NOTE = "Nora har ikkje råd til fotballtreninga"


def _copy_a_note(d: Driver, open_window: OpenWindow) -> MainWindow:
    window = open_window()
    steps.first_start(d, window)
    steps.new_case(d, window, scenes.FAMILY, scenes.MEMBERS, scenes.FACILITATOR)
    steps.new_meeting(d, window, "14.01.2026", ["Sara", "Emil"])
    steps.go_to_field(d, window, "vanskeleg")
    d.type(NOTE)
    d.press(Key.Key_A, Mod.ControlModifier)
    d.press(Key.Key_C, Mod.ControlModifier)
    assert QGuiApplication.clipboard().text() == NOTE
    return window


@pytest.fixture(autouse=True)
def _empty_clipboard(qapp: QApplication) -> None:
    QGuiApplication.clipboard().clear()


def test_copied_case_text_is_cleared_by_the_lock(
        open_window: OpenWindow, driver: Driver) -> None:
    window = _copy_a_note(driver, open_window)
    driver.press(Key.Key_L, Mod.ControlModifier)
    driver.wait(lambda: window.store is None)
    assert QGuiApplication.clipboard().text() == ""


def test_copied_case_text_is_cleared_at_quit(open_window: OpenWindow, driver: Driver) -> None:
    window = _copy_a_note(driver, open_window)
    window.close()  # File > Quit
    assert not window.isVisible()
    assert QGuiApplication.clipboard().text() == ""


def test_what_another_program_copied_since_is_left_alone(
        open_window: OpenWindow, driver: Driver, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _copy_a_note(driver, open_window)
    # Another program takes the clipboard while Samtaleduk is in the background.
    monkeypatch.setattr(QGuiApplication, "applicationState",
                        staticmethod(lambda: Qt.ApplicationState.ApplicationInactive))
    QGuiApplication.clipboard().setText("frå eit anna program")
    monkeypatch.undo()
    driver.press(Key.Key_L, Mod.ControlModifier)
    driver.wait(lambda: window.store is None)
    assert QGuiApplication.clipboard().text() == "frå eit anna program"
    assert isinstance(window.clipboard_guard, ClipboardGuard)
