"""Fixtures of the acceptance suite: the real main window on a fresh data folder,
built as the app builds it, and a driver that works it by keys and clicks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samtaleduk.templates.loading import TemplateSet, load_all
from tests.acceptance.driver import Driver, KeyCounter
from ui.shell.main_window import MainWindow
from ui.shell.prefs import Prefs
from ui.tools.i18n import LanguageManager

OpenWindow = Callable[[], MainWindow]


@pytest.fixture
def templates() -> TemplateSet:
    return load_all()


@pytest.fixture
def counter(request: pytest.FixtureRequest) -> Iterator[KeyCounter]:
    """The test's key count; printed at the end (visible with `-s`)."""
    keys = KeyCounter()
    yield keys
    print(f"\n== key count: {request.node.name}\n{keys.report()}")


@pytest.fixture
def driver(qtbot: QtBot, counter: KeyCounter) -> Driver:
    return Driver(qtbot, counter)


@pytest.fixture
def open_window(qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path,
                templates: TemplateSet) -> Iterator[OpenWindow]:
    """Open a new main window on the test's data folder, as a fresh start of the
    app does (nynorsk UI); every window opened is closed and its store with it."""
    from samtaleduk.store.store import FAST_KDF

    opened: list[MainWindow] = []
    languages = LanguageManager()

    def open_() -> MainWindow:
        languages.set_language("nn")
        win = MainWindow(_isolated_data_dir, templates, languages, Prefs(_isolated_data_dir),
                         kdf=FAST_KDF)
        win.resize(1366, 740)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        opened.append(win)
        return win

    yield open_
    for win in opened:
        win.unlock_page.wait()
        if win.isVisible():
            win.close()
        if win.store is not None:
            win.meeting_page.leave(force=True)
            win.store.close()
            win.store = None
        win.deleteLater()
    for w in QApplication.topLevelWidgets():
        w.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    languages.set_language("en")
