"""The "New meeting" dialog: the date, continue from the last duk or start blank,
and who is at the table today.

The duk is the last meeting's (`samtaleduk.templates.continuation`): from the stored
snapshot when its file is broken, gone or edited without a version bump, with the
reason shown. Choosing another duk is the facilitator's explicit act, and the
dialog then lists what of the last meeting will not be on the new canvas.

People who have been at the table before are *offered* as check boxes, never
copied: the team changes from meeting to meeting, and the facilitator ticks who
is here. Carrying forward is the engine's job (`samtaleduk.evaluation`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

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

from samtaleduk.domain.model import Case, Meeting, Participant
from samtaleduk.errors import UserError
from samtaleduk.ops import NOTHING, Changes
from samtaleduk.ops.meetings import add_meeting, build_meeting
from samtaleduk.templates.continuation import Continuation, continuation, left_behind
from samtaleduk.templates.identity import content_hash, meeting_template
from samtaleduk.templates.loading import TemplateSet
from samtaleduk.templates.model import Template
from ui.canvas.date_blank import DateBlank
from ui.look.fonts import scaled_font
from ui.tools.i18n import date_text

if TYPE_CHECKING:
    from samtaleduk.store.store import Store


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
        store: Store,
        case: Case,
        templates: TemplateSet | Sequence[Template],
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
        installed = templates if isinstance(templates, TemplateSet) else TemplateSet(
            templates={t.id: t for t in templates})
        self._previous = self._last_meeting()
        self._start: Continuation | None = None
        self._start_problem: str | None = None
        try:
            self._start = continuation(store, installed, case, self._previous)
        except UserError as exc:
            self._start_problem = str(exc)
        # The last meeting's duk first; then the other duker for this kind of
        # case (choosing one is an explicit act, see `_show_left_behind`).
        self._templates: list[Template] = [self._start.template] if self._start else []
        shown = {content_hash(t) for t in self._templates}
        self._templates += [t for t in installed.ordered()
                            if t.case_kind == case.kind.value and content_hash(t) not in shown]
        self._last_template = (meeting_template(store, installed, self._previous.template_id,
                                                self._previous.template_version)
                               if self._previous is not None else None)
        self.meeting: Meeting | None = None
        self.changes: Changes = NOTHING
        """What starting the meeting changed (for the app's change bus)."""
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
        for t in self._templates:
            self.duk.addItem(t.name.get(self._ui_lang), t.id)
        # With no duk to continue on, another one must be chosen on purpose.
        self.duk.setCurrentIndex(0 if self._start is not None else -1)
        self.duk_label = QLabel()
        self.duk_label.setBuddy(self.duk)
        form.addRow(self.duk_label, self.duk)
        lay.addLayout(form)
        # Why the duk is what it is (stored, newer, broken file): always visible.
        self.duk_note = QLabel()
        self.duk_note.setObjectName("dukNote")
        self.duk_note.setProperty("role", "warning")
        self.duk_note.setWordWrap(True)
        self.duk_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = self._start.note if self._start else self._start_problem
        self.duk_note.setText(note or "")
        self.duk_note.setVisible(bool(note))
        lay.addWidget(self.duk_note)
        # What of the last meeting will not be on the chosen duk.
        self.left_behind_note = QLabel()
        self.left_behind_note.setObjectName("leftBehindNote")
        self.left_behind_note.setProperty("role", "warning")
        self.left_behind_note.setWordWrap(True)
        self.left_behind_note.hide()
        lay.addWidget(self.left_behind_note)
        self.duk.currentIndexChanged.connect(lambda _i: self._show_left_behind())

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
        self.continue_from.toggled.connect(lambda _on: self._show_left_behind())
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
        self._show_left_behind()

    def _show_left_behind(self) -> None:
        """List what of the last meeting has no place on the chosen duk."""
        last, old = self._previous, self._last_template
        if (last is None or self.duk.currentIndex() < 0
                or not self.continue_from.isChecked()):
            self.left_behind_note.hide()
            return
        new = self.chosen_template()
        gone = left_behind(last, old, new)
        if gone.is_empty():
            self.left_behind_note.hide()
            return
        lang = self._ui_lang
        # Labels from the last meeting's duk; its ids when that duk is lost.
        names = [old.field(f).label.get(lang) if old is not None and old.has_field(f) else f
                 for f in gone.fields]
        domains = {d.id: d.label.get(lang) for d in (old.life_domains if old else [])}
        names += [domains.get(d, d) for d in gone.domains]
        lead = (self.tr("You chose another duk than the last meeting's.") + " "
                if self.duk.currentIndex() > 0 or self._start is None else "")
        self.left_behind_note.setText(lead + self.tr(
            "These notes from meeting %1 have no place on this duk and will not be on the "
            "new canvas (they stay in meeting %1): %2")
            .replace("%1", str(last.number)).replace("%2", "; ".join(names)))
        self.left_behind_note.show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen_participants(self) -> list[Participant]:
        return [p for p, box in zip(self._people, self.person_boxes, strict=True) if box.isChecked()]

    def chosen_template(self) -> Template:
        index = self.duk.currentIndex()
        if 0 <= index < len(self._templates):
            return self._templates[index]
        raise LookupError("no duk chosen")

    def build_meeting(self) -> Meeting:
        """The new meeting as chosen, not yet saved."""
        return build_meeting(self._case, self.chosen_template(), self._previous,
                             self.date.value() or dt.date.today(),
                             carry=self.continue_from.isChecked(),
                             participants=self.chosen_participants())

    def accept(self) -> None:
        if self.duk.currentIndex() < 0:
            self.duk.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        # A date still being typed counts; one that is not a date (refused,
        # with a red frame) or an empty blank keeps the dialog open there.
        if not self.date.commit() or self.date.value() is None:
            self.date.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        meeting = self.build_meeting()
        self.changes = add_meeting(self._store, meeting, self.chosen_template())
        self.meeting = meeting
        super().accept()
