"""The main window on the `store` fixture, shown, in English (for the test files of
`ui.shell` that drive the window itself; a file may define its own `window`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from ui.shell.main_window import MainWindow
from ui.shell.prefs import Prefs
from ui.tools.i18n import LanguageManager


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, store: Store,
           templates: TemplateSet) -> Iterator[MainWindow]:
    languages = LanguageManager()
    languages.set_language("en")
    win = MainWindow(_isolated_data_dir, templates, languages, Prefs(_isolated_data_dir))
    qtbot.addWidget(win)
    win.set_store(store)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.meeting_page.leave(force=True)
    win.store = None  # the store fixture closes the store itself
    languages.set_language("en")
