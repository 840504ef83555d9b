"""What the facilitator types for the invitation: date, time, length, place,
their contact line, whom to invite (those at the meeting ticked, the case's
other people offered), the language, and whether the calendar file may name
the case or the place. The fields column of `InvitationDialog`; it reads what
is typed as the engine's `InvitationDetails`."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from samtaleduk.domain.dates import parse_norwegian_date
from samtaleduk.domain.model import Case, Meeting
from samtaleduk.domain.vocab import format_date
from samtaleduk.errors import UserError
from samtaleduk.letters.invitation import (
    InvitationDetails,
    build_invitation,
    parse_time,
    people_to_invite,
    person_line,
)
from samtaleduk.templates.model import Template
from ui.dialogs.document_language import chosen_language, language_buttons


class NotUnderstood(ValueError):
    """What is typed in a field is not a date or a time of day; `str()` is the
    advice to show, already in the UI's language (a GUI text, not the engine's
    catalogue of `UserError` messages)."""


class InvitationForm(QWidget):
    """The invitation's fields for `meeting` of `case`; `changed` on every edit.

    The caller puts it in its layout and calls `retranslate` (the dialog fits
    its column to the texts after)."""

    changed = Signal()
    """A field was edited, a person ticked or another language chosen."""

    def __init__(self, case: Case, meeting: Meeting, template: Template, *,
                 contact: str, lang: str) -> None:
        super().__init__()
        first = build_invitation(case, meeting, template, InvitationDetails())
        self.date_edit = QLineEdit(format_date(first.date))
        self.date_edit.setObjectName("invitationDate")
        self.time_edit = QLineEdit()
        self.time_edit.setObjectName("invitationTime")
        self.time_edit.setPlaceholderText("13.00")
        self.length = QSpinBox()
        self.length.setObjectName("invitationLength")
        self.length.setRange(15, 480)
        self.length.setSingleStep(15)
        self.length.setValue(90)
        self.place_edit = QLineEdit()
        self.place_edit.setObjectName("invitationPlace")
        self.contact_edit = QLineEdit(contact)
        self.contact_edit.setObjectName("invitationContact")
        self.lang_group, self.lang_buttons = language_buttons(self, "invitation", lang)
        # One under the other: at 200 % text three in a row do not fit the column.
        lang_row = QVBoxLayout()
        for button in self.lang_buttons.values():
            lang_row.addWidget(button)
        # Whom to invite: those at the meeting ticked, the case's other people offered.
        self.people_list = QListWidget()
        self.people_list.setObjectName("invitationPeople")
        # A long role wraps rather than hiding behind a sideways scroll bar.
        self.people_list.setWordWrap(True)
        self.people_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        at_meeting = {p.id for p in meeting.participants}
        for person in people_to_invite(case, meeting):
            item = QListWidgetItem(person_line(person))
            item.setData(Qt.ItemDataRole.UserRole, str(person.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in at_meeting
                               else Qt.CheckState.Unchecked)
            self.people_list.addItem(item)
        rows = max(3, min(self.people_list.count(), 7))
        self.people_list.setMaximumHeight(self.people_list.sizeHintForRow(0) * rows + 8
                                          if self.people_list.count() else 60)
        self.name_in_title = QCheckBox()
        self.name_in_title.setObjectName("invitationNameInCalendar")
        # The place may be the family's home: like the name, it stays out of the
        # calendar (often kept on a server) unless the facilitator asks for it.
        self.place_in_calendar = QCheckBox()
        self.place_in_calendar.setObjectName("invitationPlaceInCalendar")
        self.rows = QFormLayout()
        self.labels = [QLabel() for _ in range(7)]
        for label, field in zip(self.labels, (self.date_edit, self.time_edit, self.length,
                                              self.place_edit, self.contact_edit,
                                              self.people_list, None),
                                strict=True):
            if field is None:
                self.rows.addRow(label, lang_row)
            else:
                label.setBuddy(field)
                self.rows.addRow(label, field)
        self.rows.addRow(self.name_in_title)
        self.rows.addRow(self.place_in_calendar)
        self.calendar_hint = QLabel()
        self.calendar_hint.setProperty("role", "muted")
        self.calendar_hint.setWordWrap(True)
        self.rows.addRow(self.calendar_hint)

        self.column = QVBoxLayout()
        self.column.addLayout(self.rows)
        self.column.addStretch(1)
        self.setObjectName("invitationFields")
        self.setLayout(self.column)

        for edit in (self.date_edit, self.time_edit, self.place_edit, self.contact_edit):
            edit.textChanged.connect(self._text_edited)
        self.lang_group.idToggled.connect(self._lang_toggled)
        self.people_list.itemChanged.connect(lambda _item: self.changed.emit())

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (
                self.tr("&Date"), self.tr("&Time"), self.tr("Length (&minutes)"),
                self.tr("P&lace"), self.tr("Your &contact line"), self.tr("&Invited"),
                self.tr("Language")),
                strict=True):
            label.setText(text)
        self.contact_edit.setPlaceholderText(self.tr("Name, role, phone"))
        self.name_in_title.setText(self.tr("&Name the case in the calendar title"))
        self.place_in_calendar.setText(self.tr("Put the place in the calendar &entry"))
        self.calendar_hint.setText(self.tr(
            "The calendar file is for your own calendar. Its title is only “Meeting”, "
            "with no place, unless you tick the boxes: calendars are often kept on a "
            "server."))

    # --- what is typed -------------------------------------------------------------------

    def language(self) -> str:
        """The language the letter is written in."""
        return chosen_language(self.lang_buttons)

    def details(self) -> InvitationDetails:
        """What is typed now; `NotUnderstood` naming a bad date or time."""
        typed = self.date_edit.text().strip()
        date = parse_norwegian_date(typed, dt.date.today()) if typed else None
        if typed and date is None:
            raise NotUnderstood(self.tr("“%1” is not a date; write e.g. 17.06.2026.")
                                .replace("%1", typed))
        try:
            time = parse_time(self.time_edit.text())
        except UserError:
            raise NotUnderstood(self.tr("“%1” is not a time of day; write e.g. 13.00.")
                                .replace("%1", self.time_edit.text().strip())) from None
        return InvitationDetails(date=date, time=time, place=self.place_edit.text(),
                                 contact=self.contact_edit.text(),
                                 invited=self.invited_ids())

    def invited_ids(self) -> frozenset[uuid.UUID]:
        """The people ticked in the list."""
        items = (self.people_list.item(i) for i in range(self.people_list.count()))
        return frozenset(uuid.UUID(str(item.data(Qt.ItemDataRole.UserRole))) for item in items
                         if item.checkState() == Qt.CheckState.Checked)

    def contact_line(self) -> str:
        """The contact line as typed (the controller remembers it)."""
        return " ".join(self.contact_edit.text().split())

    def _text_edited(self, _text: str) -> None:
        self.changed.emit()

    def _lang_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.changed.emit()
