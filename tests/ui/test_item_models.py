"""Every custom Qt item model keeps Qt's model rules, filled with the demo cases and
changed the way the app changes it (pytest-qt's `qtmodeltester`).

Each model is checked twice over: by pytest-qt's Python port of the model tester
(it raises, so a broken rule fails the test where it happens) and by Qt's own
`QAbstractItemModelTester` (it reports through Qt's log, read at the end). Both
re-check the whole model on every signal the model sends, so the changes below
(reset, retranslation, filtering, sorting, notes added, moved and removed) are
checked as they happen, not only the first filling.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.logging import Record
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from samtaleduk.domain.model import CaseStatus
from samtaleduk.store.store import Store
from tests.ui.canvas_support import demo_session
from ui.canvas.note_model import NotesModel
from ui.canvas.style import CanvasStyle
from ui.pages.case_list import CaseFilterProxy, CaseListModel
from ui.pages.case_page import MeetingTimelineModel

UI = Path(__file__).resolve().parents[2] / "ui"

QT_MODEL_BASES = {
    "QAbstractItemModel", "QAbstractListModel", "QAbstractTableModel", "QAbstractProxyModel",
    "QSortFilterProxyModel", "QIdentityProxyModel", "QTransposeProxyModel",
    "QConcatenateTablesProxyModel", "QStandardItemModel", "QStringListModel",
    "QFileSystemModel",
}
"""Qt's model classes a model of ours may derive from."""

CHECKED = {"CaseListModel", "CaseFilterProxy", "MeetingTimelineModel", "NotesModel",
           "UiLocaleFiles"}
"""The models this file checks: a new model must be added here, with a test."""

Check = Callable[[QAbstractItemModel], None]


class QtLog(Protocol):
    """pytest-qt's `qtlog` fixture: what Qt logged during the test."""

    @property
    def records(self) -> list[Record]: ...


@pytest.fixture
def check_model(qtmodeltester: ModelTester, qtlog: QtLog) -> Iterator[Check]:
    """Put a model under both testers; fails at the end on anything Qt's tester logged."""
    testers: list[QAbstractItemModelTester] = []

    def check(model: QAbstractItemModel) -> None:
        qtmodeltester.check(model, force_py=True)
        testers.append(QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Warning))

    yield check
    failures = [r.message for r in qtlog.records if "FAIL!" in r.message]
    assert failures == []
    testers.clear()


def _custom_models() -> set[str]:
    """Classes in ui/ that derive from a Qt model, directly or through one of ours."""
    bases: dict[str, set[str]] = {}
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names = {b.id if isinstance(b, ast.Name) else b.attr
                         for b in node.bases if isinstance(b, ast.Name | ast.Attribute)}
                bases[node.name] = names
    models: set[str] = set()
    grew = True
    while grew:
        found = {name for name, of in bases.items() if of & (QT_MODEL_BASES | models)}
        grew = not found <= models
        models |= found
    return models


def test_every_custom_model_is_checked_here() -> None:
    models = _custom_models()
    assert models, "the scan found no model at all"
    assert models == CHECKED, f"add a qtmodeltester test for: {sorted(models - CHECKED)}"


def _filled_case_list(store: Store) -> CaseListModel:
    model = CaseListModel()
    model.set_cases(store.list_cases(), {"familie": "Familie", "individuell": "Individuell"})
    return model


def test_case_list_model(qapp: object, demo_store: Store, check_model: Check) -> None:
    model = _filled_case_list(demo_store)
    assert model.rowCount() >= 2
    check_model(model)
    model.retranslate()
    model.set_cases(demo_store.list_cases()[:1], {})
    model.set_cases([], {})
    assert model.rowCount() == 0
    model.retranslate()


def test_case_filter_proxy(qapp: object, demo_store: Store, check_model: Check) -> None:
    source = _filled_case_list(demo_store)
    proxy = CaseFilterProxy()
    proxy.setSourceModel(source)
    check_model(proxy)
    proxy.sort(CaseListModel.NEXT, Qt.SortOrder.AscendingOrder)
    proxy.sort(CaseListModel.NAME, Qt.SortOrder.DescendingOrder)
    proxy.set_search("haug", set())
    assert proxy.rowCount() == 1
    hits = {str(s.id) for s in demo_store.list_cases()}
    proxy.set_search("brannmann", hits)
    assert proxy.rowCount() == len(hits)
    proxy.set_status(CaseStatus.CLOSED)
    assert proxy.rowCount() == 0
    proxy.set_status(None)
    proxy.set_search("", set())
    source.set_cases(demo_store.list_cases(), {})
    assert proxy.rowCount() == len(hits)
    source.retranslate()


def test_meeting_timeline_model(qapp: object, demo_store: Store, check_model: Check) -> None:
    case = max(demo_store.list_cases(), key=lambda s: len(demo_store.meeting_summaries(s.id)))
    meetings = demo_store.meeting_summaries(case.id)
    assert len(meetings) >= 3
    model = MeetingTimelineModel()
    model.set_meetings(meetings, {"familie": "Familie"})
    check_model(model)
    assert model.data(model.index(0, MeetingTimelineModel.NUMBER)) == str(len(meetings))
    model.retranslate()
    model.set_meetings(meetings[:1], {})
    model.set_meetings([], {})
    model.retranslate()


def test_notes_model(qtbot: QtBot, store: Store, check_model: Check) -> None:
    session = demo_session(store, "familie")
    field = "vanskeleg"
    style = CanvasStyle(session.template, "nn")
    model = NotesModel(session, field, style)
    assert model.rowCount() >= 3
    check_model(model)
    # As the notes field follows its session: a sync after every change.
    first = model.notes()[0]
    session.set_note_domain(first.id, session.template.life_domains[0].id)
    model.sync()
    model.domain_filter = session.template.life_domains[0].id
    model.sync()
    added = session.add_note(field, "Ein ny lapp frå møtet")
    model.sync()
    session.move_note(added, field, 0)
    model.sync()
    assert model.data(model.index(0)) == "Ein ny lapp frå møtet"
    session.move_note(added, "fungerer")
    model.sync()
    session.delete_note(first.id)
    model.sync()
    assert model.row_of(first.id) == -1
    for note in list(model.notes()):
        session.delete_note(note.id)
    model.sync()
    assert model.rowCount() == 0


def test_ui_locale_files(qapp: object, check_model: Check) -> None:
    """The file dialogs' proxy (sizes and dates in the UI language; what it writes is
    tested with a real file dialog in tests/ui/tools/test_language_snapshots.py). A
    file-system source would have the tester list the whole disk: a table stands in."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from ui.dialogs.file_dialogs import UiLocaleFiles

    source = QStandardItemModel(0, 4)
    for name in ("mappe", "duk.pdf"):
        source.appendRow([QStandardItem(name), QStandardItem("9"), QStandardItem("PDF"),
                          QStandardItem("06.12.2026")])
    proxy = UiLocaleFiles()
    proxy.setSourceModel(source)
    check_model(proxy)
    assert proxy.index(1, 1).data() == "9"
    source.removeRow(0)
    assert proxy.rowCount() == 1
