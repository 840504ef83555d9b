"""Qt's own file dialog speaks the UI language: the words qtbase_nn lacks (they
showed in English) and, for bokmål, its own words (issue 18, point 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QTreeView
from pytestqt.qtbot import QtBot

from ui.tools import i18n


@pytest.mark.parametrize(("lang", "look_in", "name", "parent"), [
    ("nn", "&Leit i:", "Fil&namn:", "Overordna mappe"),
    ("nb", "&Søk i:", "Fil&navn:", "Overordnet mappe")])
def test_the_file_dialog_has_no_english_word(
        qapp: QApplication, qtbot: QtBot, tmp_path: Path,
        lang: str, look_in: str, name: str, parent: str) -> None:
    (tmp_path / "mappe").mkdir()
    manager = i18n.LanguageManager()
    try:
        manager.set_language(lang)
        dialog = QFileDialog(None, "", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        view = dialog.findChild(QTreeView, "treeView")
        assert view is not None
        qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == 1)
        folder = view.model().index(0, 2, view.rootIndex())
        qtbot.waitUntil(lambda: bool(folder.data()))
        words = {w.text() for w in dialog.findChildren(QLabel)}
        tips = {w.toolTip() for w in dialog.findChildren(QAbstractButton)}
        assert {look_in, name, "Filer av &typen:"} <= words
        assert parent in tips
        assert folder.data(Qt.ItemDataRole.DisplayRole) == "Mappe"
    finally:
        manager.set_language("en")


@pytest.mark.parametrize(("lang", "expected"), [
    ("nn", {"Side&sett:", "Bind inn på langsida", "&Eigenskapar", "Denne sida"}),
    ("nb", {"Side&sett:", "Bind inn på langsiden", "&Egenskaper", "Gjeldende side"})])
def test_the_print_dialog_speaks_the_ui_language(
        qapp: QApplication, qtbot: QtBot, lang: str, expected: set[str]) -> None:
    """Qt's own print dialog (the app's print button opens it on Linux)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    manager = i18n.LanguageManager()
    try:
        manager.set_language(lang)
        printer = QPrinter()
        dialog = QPrintDialog(printer)
        qtbot.addWidget(dialog)
        dialog.show()
        words = {w.text() for w in dialog.findChildren(QLabel)}
        words |= {w.text() for w in dialog.findChildren(QAbstractButton)}
        assert expected <= words
        assert "Page &Set:" not in words
    finally:
        manager.set_language("en")
