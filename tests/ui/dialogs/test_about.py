"""Help › About (ui/dialogs/about.py): the versions IT needs, the bundled OpenSSL among them."""

from __future__ import annotations

import platform
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

import samtaleduk
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from samtaleduk.trust.crypto_provider import read_versions
from ui.dialogs.about import AboutDialog
from ui.shell.main_window import MainWindow
from ui.shell.prefs import Prefs
from ui.tools.i18n import LanguageManager


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, store: Store,
           templates: TemplateSet) -> Iterator[tuple[MainWindow, LanguageManager]]:
    languages = LanguageManager()
    languages.set_language("nn")
    win = MainWindow(_isolated_data_dir, templates, languages, Prefs(_isolated_data_dir))
    qtbot.addWidget(win)
    win.set_store(store)
    win.show()
    qtbot.waitExposed(win)
    yield win, languages
    win.store = None  # the store fixture closes the store itself
    languages.set_language("en")


def test_about_lists_program_qt_python_sqlcipher_and_openssl(
        qtbot: QtBot, english: None) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    found = read_versions()
    shown = {what: label.text() for what, label in dialog.version_labels.items()}
    assert shown == {
        "Samtaleduk": samtaleduk.__version__,
        "Qt": shown["Qt"],
        "Python": platform.python_version(),
        "SQLCipher": f"{found.sqlcipher} (SQLite {found.sqlite})",
        "Crypto library (openssl)": found.provider_version,
    }
    assert shown["Qt"].startswith(f"{qVersion()} (PySide6 ")
    assert found.provider_version.startswith("OpenSSL ")
    # Each value can be told apart by a screen reader and copied into a ticket.
    for what, label in dialog.version_labels.items():
        assert label.accessibleName() == what


def test_help_about_opens_the_dialog_in_the_ui_language(
        qtbot: QtBot, window: tuple[MainWindow, LanguageManager]) -> None:
    win, _languages = window
    win.menus.act_about.trigger()
    dialog = win.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Om Samtaleduk"
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Krypteringsbibliotek (openssl):" in texts
    assert read_versions().provider_version in texts
    dialog.close()
