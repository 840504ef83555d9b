"""Helpers for tests that drive the whole main window with keys and the mouse."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from ui.shell.main_window import MainWindow
from ui.shell.prefs import Prefs
from ui.tools.i18n import LanguageManager

WAIT_MS = 10_000


def open_window(qtbot: QtBot, data_dir: Path, store: Store, templates: TemplateSet,
                lang: str = "en") -> tuple[MainWindow, LanguageManager]:
    """The real main window on `store`, shown and active (window shortcuts fire
    only in the active window)."""
    languages = LanguageManager()
    languages.set_language(lang)
    window = MainWindow(data_dir, templates, languages, Prefs(data_dir))
    qtbot.addWidget(window)
    window.set_store(store)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    return window, languages


def close_window(window: MainWindow, languages: LanguageManager) -> None:
    """Leave the meeting and let go of the store (the fixture closes it)."""
    window.meeting_page.leave(force=True)
    window.store = None
    languages.set_language("en")


def click(widget: QWidget) -> None:
    """A left click in the middle of `widget`, as a person makes it."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(widget.width() // 2, widget.height() // 2))


def focus() -> QWidget:
    """The widget that has the keyboard focus now."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(text: str) -> None:
    """Type `text` into whatever has the focus. Letters beyond Latin-1 (the Sami
    ŋ, đ, č …) go one by one as key events with text: QTest.keyClicks aborts on them."""
    for ch in text:
        if ord(ch) < 0x100:
            QTest.keyClicks(focus(), ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, focus(), Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)


def key(k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press one key on whatever has the focus."""
    QTest.keyClick(focus(), k, modifiers)
