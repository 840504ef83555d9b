"""Every window and dialog, opened in nynorsk and in bokmål, shows no English
string that has a translation: a string that skips tr(), or is looked up in the
wrong context, fails here."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from ui.shell.main_window import MainWindow
from ui.shell.prefs import Prefs
from ui.tools.i18n import LanguageManager, i18n_dir


def _english_with_translation(lang: str) -> set[str]:
    root = ET.parse(i18n_dir() / f"samtaleduk_{lang}.ts").getroot()
    out = set()
    for m in root.iter("message"):
        source, target = m.findtext("source") or "", m.findtext("translation") or ""
        if target and target != source and any(c.isalpha() for c in source):
            out.add(source)
    return out


def _texts(widget: QWidget) -> Iterator[str]:
    yield from (widget.windowTitle(), widget.toolTip(), widget.accessibleName(),
                widget.accessibleDescription())
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
        model = widget.model()
        for col in range(model.columnCount(QModelIndex())):
            yield str(model.headerData(col, Qt.Orientation.Horizontal) or "")
    for action in widget.actions():
        yield action.text()
        if action.menu() is not None:
            yield action.menu().title()
            yield from (a.text() for a in action.menu().actions())


def _untranslated(english: set[str]) -> list[str]:
    found = set()
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        for text in _texts(widget):
            if text in english:
                found.add(f"{type(widget).__name__}: {text}")
    return sorted(found)


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
           templates: TemplateSet) -> Iterator[MainWindow]:
    languages = LanguageManager()
    win = MainWindow(_isolated_data_dir, templates, languages, Prefs(_isolated_data_dir))
    qtbot.addWidget(win)
    win.set_store(demo_store)
    win.resize(1366, 768)
    win.show()
    yield win
    win.meeting_page.leave(force=True)
    win.close_side_windows()
    win.store = None
    languages.set_language("en")


@pytest.mark.parametrize("lang", ["nn", "nb"])
def test_every_window_speaks_the_language(qtbot: QtBot, window: MainWindow,
                                          demo_store: Store, lang: str) -> None:
    from ui.dialogs.new_meeting import NewMeetingDialog
    from ui.dialogs.print_dialog import PrintDialog
    from ui.evaluation.review import ReviewDialog

    window.set_language(lang)
    english = _english_with_translation(lang)
    seen: dict[str, list[str]] = {}

    def look(name: str) -> None:
        QApplication.processEvents()  # queued layout and retranslate events
        seen[name] = _untranslated(english)

    look("cases")
    family = next(s for s in demo_store.list_cases() if s.name == "Familien Haugland")
    window.open_case(family.id)
    look("case page")
    handover = window.handover_actions
    for name, action in (("hand over", handover.act_export), ("receive", handover.act_import),
                         ("access copy", handover.act_access)):
        action.trigger()
        look(name + " dialog")
        assert handover.dialog is not None
        handover.dialog.reject()
    window.open_side_window("compare")
    window.open_side_window("journey")
    look("comparison and journey")
    window.close_side_windows()
    window.new_case()
    look("new case dialog")
    assert window.active_dialog is not None
    window.active_dialog.reject()
    window.new_meeting()
    assert isinstance(window.active_dialog, NewMeetingDialog)
    look("new meeting dialog")
    window.active_dialog.accept()
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, ReviewDialog))
    look("meeting with the review of last time")
    dialog: QDialog | None = window.active_dialog
    assert dialog is not None
    dialog.reject()
    qtbot.waitUntil(lambda: window.active_dialog is None)
    window.print_meeting()
    assert isinstance(window.active_dialog, PrintDialog)
    look("print dialog")
    window.active_dialog.reject()
    qtbot.waitUntil(lambda: window.active_dialog is None)
    window.lock()
    look("unlock page")
    assert {k: v for k, v in seen.items() if v} == {}
