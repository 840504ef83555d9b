"""The "New case" dialog: a family or one person, names, which duk, who leads it.

The duker offered come from the loaded templates, filtered by the kind of case, so
a municipality's own duk appears here without code. The dialog builds the `Case`
and saves it; nothing else is needed before the first meeting.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, cast

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from samtaleduk.domain.model import MAX_MEMBERS, MAX_SHORT_CHARS, Case, CaseKind
from samtaleduk.errors import UserError
from samtaleduk.ops import NOTHING, Changes
from samtaleduk.ops.cases import create_case
from samtaleduk.templates.model import Template
from ui.look.fonts import scaled_font

if TYPE_CHECKING:
    from samtaleduk.store.store import Store


class NewCaseDialog(QDialog):
    """Ask for what a case needs; on OK, save it (`self.case` holds it)."""

    def __init__(
        self,
        store: Store,
        templates: Sequence[Template],
        *,
        ui_lang: str = "nn",
        facilitator: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newCaseDialog")
        self._store = store
        self._templates = list(templates)
        self._ui_lang = ui_lang
        self.case: Case | None = None
        self.changes: Changes = NOTHING
        """What saving the case changed (for the app's change bus)."""
        self._build(facilitator)
        self.retranslate()
        self._kind_changed()
        self.name.setFocus()

    def _build(self, facilitator: str) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 20)
        lay.setSpacing(12)
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.font(), 1.4))
        self.heading.setWordWrap(True)
        lay.addWidget(self.heading)

        kind_row = QHBoxLayout()
        self.family = QRadioButton()
        self.family.setObjectName("kindFamily")
        self.individual = QRadioButton()
        self.individual.setObjectName("kindIndividual")
        self.family.setChecked(True)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.family)
        self.kind_group.addButton(self.individual)
        self.kind_group.buttonToggled.connect(lambda *_: self._kind_changed())
        self.kind_label = QLabel()
        kind_row.addWidget(self.family)
        kind_row.addWidget(self.individual)
        kind_row.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.kind_label, kind_row)
        self.name = QLineEdit()
        self.name.setObjectName("caseName")
        self.name.setMaxLength(MAX_SHORT_CHARS)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        form.addRow(self.name_label, self.name)

        self.members = QPlainTextEdit()
        self.members.setObjectName("caseMembers")
        self.members.setTabChangesFocus(True)
        self.members.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.members.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.members_label = QLabel()
        self.members_label.setBuddy(self.members)
        form.addRow(self.members_label, self.members)

        self.duk = QComboBox()
        self.duk.setObjectName("caseDuk")
        self.duk_label = QLabel()
        self.duk_label.setBuddy(self.duk)
        form.addRow(self.duk_label, self.duk)

        self.facilitator = QLineEdit(facilitator)
        self.facilitator.setObjectName("caseFacilitator")
        self.facilitator.setMaxLength(MAX_SHORT_CHARS)
        self.facilitator_label = QLabel()
        self.facilitator_label.setBuddy(self.facilitator)
        form.addRow(self.facilitator_label, self.facilitator)

        self.language = QComboBox()
        self.language.setObjectName("caseLanguage")
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)
        lay.addLayout(form)

        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        lay.addWidget(self.message)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setProperty("role", "primary")
        ok.setObjectName("createCase")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        # Wide enough for the longest option at any text size (radio buttons do
        # not wrap), never narrower than a comfortable dialog.
        self.setMinimumWidth(max(520, self.fontMetrics().averageCharWidth() * 64))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New case"))
        self.heading.setText(self.tr("New case"))
        self.kind_label.setText(self.tr("Kind of case:"))
        self.family.setText(self.tr("&Family"))
        self.individual.setText(self.tr("&One child or person"))
        self.members.setPlaceholderText(self.tr("One name on each line"))
        self.facilitator_label.setText(self.tr("&Led by:"))
        self.facilitator.setPlaceholderText(self.tr("Your name (familielos, teacher, …)"))
        self.language_label.setText(self.tr("&Language of the duk:"))
        current = self.language.currentData()
        self.language.clear()
        self.language.addItem(self.tr("Nynorsk"), "nn")
        self.language.addItem(self.tr("Bokmål"), "nb")
        index = self.language.findData(current or ("nb" if self._ui_lang == "nb" else "nn"))
        self.language.setCurrentIndex(max(index, 0))
        self.duk_label.setText(self.tr("&Duk:"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create case"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._kind_texts()

    def _kind_texts(self) -> None:
        if self.family.isChecked():
            self.name_label.setText(self.tr("&Name of the case:"))
            self.name.setPlaceholderText(self.tr("For example: Familien Haugland"))
            self.members_label.setText(self.tr("Family &members:"))
        else:
            self.name_label.setText(self.tr("&Name of the case:"))
            self.name.setPlaceholderText(self.tr("For example: Jonas"))
            self.members_label.setText(self.tr("Full name, and &family:"))
        self.name.setAccessibleName(self.name_label.text().replace("&", "").rstrip(":"))
        self.members.setAccessibleName(self.members_label.text().replace("&", "").rstrip(":"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def kind(self) -> CaseKind:
        return CaseKind.FAMILY if self.family.isChecked() else CaseKind.INDIVIDUAL

    def _kind_changed(self) -> None:
        self._kind_texts()
        previous = self.duk.currentData()
        self.duk.clear()
        lang = self._ui_lang
        for t in self._templates:
            if t.case_kind == self.kind.value:
                self.duk.addItem(t.name.get(lang), t.id)
        index = self.duk.findData(previous)
        self.duk.setCurrentIndex(max(index, 0))
        self.duk.setEnabled(self.duk.count() > 0)

    def member_names(self) -> list[str]:
        """The members typed, one per line, blanks and duplicates dropped."""
        names: list[str] = []
        for line in self.members.toPlainText().splitlines():
            name = " ".join(line.split())
            if name and name not in names:
                names.append(name[:MAX_SHORT_CHARS])
        return names[:MAX_MEMBERS]

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def accept(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            self._show(self.tr("Write a name for the case, so you can find it again."))
            self.name.setFocus()
            return
        template_id = self.duk.currentData()
        if not template_id:
            self._show(self.tr("There is no duk for this kind of case. Check the duker folder."))
            return
        language = cast(Literal["nn", "nb"], self.language.currentData() or "nn")
        case = Case(
            name=name,
            kind=self.kind,
            template_id=str(template_id),
            # One person's case: the person is the member when no one else is named.
            members=self.member_names() or ([name] if self.kind is CaseKind.INDIVIDUAL else []),
            language=language,
            facilitator=" ".join(self.facilitator.text().split()),
        )
        try:
            self.changes = create_case(self._store, case)
        except UserError as exc:
            self._show(str(exc))
            return
        self.case = case
        super().accept()

