"""The "New meeting" dialog: the date, continue from the last duk or start blank,
and who is at the table today.

People who have been at the table before are *offered* as check boxes, never
copied: the team changes from meeting to meeting, and the facilitator ticks who
is here. Carrying forward is the engine's job (`samtaleduk.evaluation`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from samtaleduk.evaluation import blank_meeting, carry_forward
from samtaleduk.model import Case, Meeting, Participant
from samtaleduk.template import Template
from ui.canvas.date_blank import DateBlank
from ui.fonts import scaled_font
from ui.i18n import date_text


class MeetingStarter(Protocol):
    def list_meetings(self, case_id: uuid.UUID) -> list[Meeting]: ...
    def save_meeting(self, meeting: Meeting) -> int: ...
    def remember_template(self, template: Template) -> None: ...


def offered_participants(case: Case) -> list[Participant]:
    """Everyone the case has had at the table, family members first; one entry per
    name, keeping a known participant's identity (and role) when there is one."""
    known = {p.name: p for p in case.known_participants}
    people: list[Participant] = []
    seen: set[str] = set()
    for name in case.members:
        if name not in seen:
            people.append(known.get(name) or Participant(name=name))
            seen.add(name)
    for p in case.known_participants:
        if p.name not in seen:
            people.append(p)
            seen.add(p.name)
    return people


class NewMeetingDialog(QDialog):
    """On OK, creates and saves the meeting (`self.meeting`)."""

    def __init__(
        self,
        store: MeetingStarter,
        case: Case,
        templates: Sequence[Template],
        *,
        ui_lang: str = "nn",
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newMeetingDialog")
        self._store = store
        self._case = case
        self._ui_lang = ui_lang
        self._templates = [t for t in templates if t.case_kind == case.kind.value]
        self._previous = self._last_meeting()
        self.meeting: Meeting | None = None
        self._people = offered_participants(case)
        self._build(today or dt.date.today())
        self.retranslate()
        self.date.setFocus()

    def _last_meeting(self) -> Meeting | None:
        meetings = self._store.list_meetings(self._case.id)
        return max(meetings, key=lambda m: m.number) if meetings else None

    def _build(self, today: dt.date) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 20)
        lay.setSpacing(12)
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.font(), 1.4))
        self.heading.setWordWrap(True)
        lay.addWidget(self.heading)

        form = QFormLayout()
        # The duk's date blank: a date is typed as on a Norwegian form
        # ("11.03.2026", "11.3.26"); a QDateEdit took "11.03.2026" as 11.12.2026.
        self.date = DateBlank(None)
        self.date.setObjectName("meetingDate")
        self.date.set_value(today)
        self.date_label = QLabel()
        self.date_label.setBuddy(self.date)
        form.addRow(self.date_label, self.date)

        self.duk = QComboBox()
        self.duk.setObjectName("meetingDuk")
        wanted = self._previous.template_id if self._previous else self._case.template_id
        for t in self._templates:
            self.duk.addItem(t.name.get(self._ui_lang), t.id)
        self.duk.setCurrentIndex(max(self.duk.findData(wanted), 0))
        self.duk_label = QLabel()
        self.duk_label.setBuddy(self.duk)
        form.addRow(self.duk_label, self.duk)
        lay.addLayout(form)

        self.start_box = QGroupBox()
        start = QVBoxLayout(self.start_box)
        self.continue_from = QRadioButton()
        self.continue_from.setObjectName("continueFromLast")
        self.blank = QRadioButton()
        self.blank.setObjectName("startBlank")
        self.start_group = QButtonGroup(self)
        self.start_group.addButton(self.continue_from)
        self.start_group.addButton(self.blank)
        self.continue_help = QLabel()
        self.continue_help.setProperty("role", "muted")
        self.continue_help.setWordWrap(True)
        start.addWidget(self.continue_from)
        start.addWidget(self.continue_help)
        start.addWidget(self.blank)
        if self._previous is None:
            self.continue_from.setEnabled(False)
            self.blank.setChecked(True)
        else:
            self.continue_from.setChecked(True)
        lay.addWidget(self.start_box)

        self.people_box = QGroupBox()
        people_lay = QVBoxLayout(self.people_box)
        self.people_help = QLabel()
        self.people_help.setProperty("role", "muted")
        self.people_help.setWordWrap(True)
        people_lay.addWidget(self.people_help)
        inner = QWidget()
        inner_lay = QVBoxLayout(inner)
        inner_lay.setContentsMargins(0, 0, 0, 0)
        self.person_boxes: list[QCheckBox] = []
        for p in self._people:
            box = QCheckBox(f"{p.name} ({p.role})" if p.role else p.name)
            box.setAccessibleName(box.text())
            inner_lay.addWidget(box)
            self.person_boxes.append(box)
        inner_lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Let the group box's paper show through behind the check boxes.
        inner.setObjectName("peopleInner")
        scroll.setStyleSheet("QScrollArea, #qt_scrollarea_viewport, #peopleInner "
                             "{ background: transparent; }")
        # The check boxes take the focus themselves; the scroll area need not.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setMinimumHeight(min(6, max(len(self._people), 1)) * self.fontMetrics().lineSpacing() * 2)
        people_lay.addWidget(scroll)
        lay.addWidget(self.people_box, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setProperty("role", "primary")
        ok.setObjectName("startMeeting")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        # Wide enough for the longest option at any text size (radio buttons do
        # not wrap), never narrower than a comfortable dialog.
        self.setMinimumWidth(max(520, self.fontMetrics().averageCharWidth() * 64))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New meeting"))
        self.heading.setText(self.tr("New meeting with %1").replace("%1", self._case.name))
        self.date_label.setText(self.tr("&Date:"))
        self.duk_label.setText(self.tr("D&uk:"))
        self.start_box.setTitle(self.tr("Start from"))
        if self._previous is not None:
            self.continue_from.setText(
                self.tr("&Continue from the last duk (meeting %1, %2)")
                .replace("%1", str(self._previous.number))
                .replace("%2", date_text(self._previous.date, self._ui_lang)))
            self.continue_help.setText(self.tr(
                "Notes, goals, helpers and open actions come along, so you can go "
                "through what was done and what remains."))
        else:
            self.continue_from.setText(self.tr("&Continue from the last duk"))
            self.continue_help.setText(self.tr("This is the first meeting of the case."))
        self.blank.setText(self.tr("Start with a &blank duk"))
        self.people_box.setTitle(self.tr("Who is here today?"))
        self.people_help.setText(self.tr(
            "Tick those who are at the table. You can add others on the duk.")
            if self._people else self.tr("Add the people at the table on the duk."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start meeting"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen_participants(self) -> list[Participant]:
        return [p for p, box in zip(self._people, self.person_boxes, strict=True) if box.isChecked()]

    def chosen_template(self) -> Template:
        template_id = self.duk.currentData()
        for t in self._templates:
            if t.id == template_id:
                return t
        raise LookupError("no duk chosen")

    def build_meeting(self) -> Meeting:
        """The new meeting as chosen, not yet saved."""
        date = self.date.value() or dt.date.today()
        template = self.chosen_template()
        number = (self._previous.number + 1) if self._previous else 1
        if self._previous is not None and self.continue_from.isChecked():
            meeting = carry_forward(self._previous, template, number=number, date=date)
        else:
            meeting = blank_meeting(self._case, template, number=number, date=date)
        meeting.participants = [p.model_copy() for p in self.chosen_participants()]
        return meeting

    def accept(self) -> None:
        if not self._templates:
            return
        # A date still being typed counts; one that is not a date (refused,
        # with a red frame) or an empty blank keeps the dialog open there.
        if not self.date.commit() or self.date.value() is None:
            self.date.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        meeting = self.build_meeting()
        self._store.remember_template(self.chosen_template())
        self._store.save_meeting(meeting)
        self.meeting = meeting
        super().accept()
