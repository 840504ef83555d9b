"""The main window on a closed store, as the dialog tests open it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from samtaleduk.store.store import FAST_KDF
from samtaleduk.templates.loading import TemplateSet
from tests.conftest import TEST_PASSPHRASE
from ui.shell.main_window import MainWindow
from ui.shell.prefs import Prefs
from ui.tools.i18n import LanguageManager

CLOSED_STORE_MARK = "Dialogmerke"
"""The one case in `closed_store` is "Familien Dialogmerke"."""


def open_window(qtbot: QtBot, data: Path, templates: TemplateSet) -> MainWindow:
    """The main window on `data`, in English, shown."""
    languages = LanguageManager()
    languages.set_language("en")
    win = MainWindow(data, templates, languages, Prefs(data), kdf=FAST_KDF)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def type_passphrase_and_unlock(win: MainWindow) -> None:
    """What a person does on the unlock page (waiting is the test's own)."""
    win.unlock_page.passphrase.setText(TEST_PASSPHRASE)
    win.unlock_page.attempt()
