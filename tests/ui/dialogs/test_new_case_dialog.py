"""The new-case dialog saves a case with the chosen kind, duk and names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from samtaleduk.domain.model import CaseKind
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from ui.dialogs.new_case import NewCaseDialog


def _dialog(qtbot: QtBot, store: Store, templates: TemplateSet) -> NewCaseDialog:
    dialog = NewCaseDialog(store, templates.ordered(), facilitator="Ingrid Fjeld")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_creates_a_family_case(qtbot: QtBot, store: Store, templates: TemplateSet) -> None:
    dialog = _dialog(qtbot, store, templates)
    assert dialog.duk.currentData() == "familie"
    qtbot.keyClicks(dialog.name, "Familien Solberg")
    dialog.members.setPlainText("Mona Solberg\n\n  Even   Solberg \nMona Solberg\n")
    dialog.language.setCurrentIndex(dialog.language.findData("nb"))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    assert dialog.case is not None
    saved = store.get_case(dialog.case.id)
    assert saved.name == "Familien Solberg"
    assert saved.kind == CaseKind.FAMILY
    assert saved.template_id == "familie"
    assert saved.members == ["Mona Solberg", "Even Solberg"]
    assert saved.language == "nb"
    assert saved.facilitator == "Ingrid Fjeld"
    assert [s.name for s in store.list_cases()] == ["Familien Solberg"]


def test_individual_case_offers_only_individual_duker(
        qtbot: QtBot, store: Store, templates: TemplateSet) -> None:
    dialog = _dialog(qtbot, store, templates)
    dialog.individual.setChecked(True)
    offered = [dialog.duk.itemData(i) for i in range(dialog.duk.count())]
    expected = [t.id for t in templates.ordered() if t.case_kind == "individual"]
    assert offered == expected and offered
    qtbot.keyClicks(dialog.name, "Jonas")
    dialog.accept()
    assert dialog.case is not None
    saved = store.get_case(dialog.case.id)
    assert saved.kind == CaseKind.INDIVIDUAL
    assert saved.members == ["Jonas"]


def test_a_case_needs_a_name(qtbot: QtBot, store: Store, templates: TemplateSet) -> None:
    dialog = _dialog(qtbot, store, templates)
    with qtbot.assertNotEmitted(dialog.accepted):
        dialog.accept()
    assert dialog.message.isVisible()
    assert dialog.case is None
    assert store.list_cases() == []

