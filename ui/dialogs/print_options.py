"""The print dialog's left column: what to print, paper, language, and what to
leave out. Everything is built from the template (its life domains and fields),
never from knowledge of one duk. `changed` fires on every change; `choice()` says
what is chosen now.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from samtaleduk.templates.model import Template
from ui.dialogs.print_job import DEFAULT_PAPER, WHATS, PrintChoice, What


class PrintOptions(QWidget):
    """Radio buttons for what/paper/language and check boxes to leave out."""

    changed = Signal()

    def __init__(self, template: Template, *, lang: str, ui_lang: str,
                 previous_number: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printOptions")
        self._previous_number = previous_number
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)

        self.what_box = QGroupBox()
        what_lay = QVBoxLayout(self.what_box)
        self.what_group = QButtonGroup(self)
        self.what_buttons: dict[What, QRadioButton] = {}
        for i, what in enumerate(WHATS):
            button = QRadioButton()
            button.setObjectName(f"print_{what}")
            self.what_group.addButton(button, i)
            what_lay.addWidget(button)
            self.what_buttons[what] = button
        self.what_buttons["duk"].setChecked(True)
        self.what_buttons["evaluation"].setEnabled(previous_number is not None)
        lay.addWidget(self.what_box)

        row = QHBoxLayout()
        row.setSpacing(10)
        self.paper_box, self.paper_group, self.paper_buttons = self._pair(
            (("a3", "A3"), ("a4", "A4")), "a3")
        self.lang_box, self.lang_group, self.lang_buttons = self._pair(
            (("nn", ""), ("nb", "")), lang if lang in ("nn", "nb") else "nn")
        row.addWidget(self.paper_box, 1)
        row.addWidget(self.lang_box, 1)
        lay.addLayout(row)

        self.leave_box = QGroupBox()
        leave_lay = QVBoxLayout(self.leave_box)
        self.leave_hint = QLabel()
        self.leave_hint.setProperty("role", "muted")
        self.leave_hint.setWordWrap(True)
        leave_lay.addWidget(self.leave_hint)
        inner = QWidget()
        inner.setObjectName("leaveOutList")
        inner_lay = QVBoxLayout(inner)
        inner_lay.setContentsMargins(0, 0, 0, 0)
        inner_lay.setSpacing(0)
        self.domains_heading = QLabel()
        self.fields_heading = QLabel()
        self.leave_checks: dict[str, QCheckBox] = {}
        for heading, items in (
            (self.domains_heading, [(d.id, d.label.get(ui_lang)) for d in template.life_domains]),
            (self.fields_heading, [(f.id, f.label.get(ui_lang).rstrip(". "))
                                   for f in template.fields]),
        ):
            if not items:
                heading.hide()
                continue
            heading.setProperty("role", "heading")
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            inner_lay.addSpacing(4)
            inner_lay.addWidget(heading)
            for item_id, label in items:
                check = QCheckBox(label)
                check.setObjectName(f"leave_{item_id}")
                check.toggled.connect(self.changed)
                inner_lay.addWidget(check)
                self.leave_checks[item_id] = check
        inner_lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        # The list sits on the group's paper, not on the window behind it.
        scroll.viewport().setAutoFillBackground(False)
        inner.setAutoFillBackground(False)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        leave_lay.addWidget(scroll, 1)
        lay.addWidget(self.leave_box, 1)

        self.what_group.idToggled.connect(self._what_toggled)
        self.paper_group.idToggled.connect(self._toggled)
        self.lang_group.idToggled.connect(self._toggled)
        self.retranslate()

    def _pair(self, options: tuple[tuple[str, str], ...],
              checked: str) -> tuple[QGroupBox, QButtonGroup, dict[str, QRadioButton]]:
        box = QGroupBox()
        box_lay = QVBoxLayout(box)
        group = QButtonGroup(self)
        buttons: dict[str, QRadioButton] = {}
        for i, (key, text) in enumerate(options):
            button = QRadioButton(text)
            button.setObjectName(f"option_{key}")
            button.setChecked(key == checked)
            group.addButton(button, i)
            box_lay.addWidget(button)
            buttons[key] = button
        return box, group, buttons

    def retranslate(self) -> None:
        self.what_box.setTitle(self.tr("What to print"))
        b = self.what_buttons
        b["duk"].setText(self.tr("The &duk of this meeting"))
        if self._previous_number is not None:
            b["evaluation"].setText(self.tr("&Evaluation against meeting %1")
                                    .replace("%1", str(self._previous_number)))
            b["evaluation"].setToolTip("")
        else:
            b["evaluation"].setText(self.tr("&Evaluation against the meeting before"))
            b["evaluation"].setToolTip(self.tr("This is the first meeting of the case: "
                                               "there is nothing to compare with yet."))
        b["actions"].setText(self.tr("&Who does what until next time"))
        b["journey"].setText(self.tr("The case's &journey (all meetings so far)"))
        b["blank"].setText(self.tr("A &blank duk (for a meeting on paper)"))
        self.paper_box.setTitle(self.tr("Paper"))
        self.lang_box.setTitle(self.tr("Language"))
        self.lang_buttons["nn"].setText(self.tr("Nynorsk"))
        self.lang_buttons["nb"].setText(self.tr("Bokmål"))
        self.leave_box.setTitle(self.tr("Leave out"))
        self.leave_hint.setText(self.tr("For a copy for someone else, e.g. the school. "
                                        "What is left out is named on every page."))
        self.domains_heading.setText(self.tr("Life domains"))
        self.fields_heading.setText(self.tr("Fields"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _what_toggled(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        what = self.what()
        # Each kind starts on its own paper; the user may change it after.
        paper = DEFAULT_PAPER[what]
        self.paper_group.blockSignals(True)
        self.paper_buttons[paper].setChecked(True)
        self.paper_group.blockSignals(False)
        self.leave_box.setEnabled(what != "blank")
        self.changed.emit()

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def what(self) -> What:
        return WHATS[max(self.what_group.checkedId(), 0)]

    def select(self, what: What) -> None:
        """Choose what to print (as if clicked)."""
        self.what_buttons[what].setChecked(True)

    def choice(self) -> PrintChoice:
        """What is chosen now."""
        what = self.what()
        paper = next(k for k, b in self.paper_buttons.items() if b.isChecked())
        lang = next(k for k, b in self.lang_buttons.items() if b.isChecked())
        leave = () if what == "blank" else tuple(
            item_id for item_id, check in self.leave_checks.items() if check.isChecked())
        return PrintChoice(what=what, paper=paper, lang=lang, leave_out=leave)
