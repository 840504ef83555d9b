""""Folk i saka": see, correct and remove the people of a case, by keyboard.

Two lists: the case's members (the family, or the child) and the participants the
case knows from its meetings (name and role). A cell is edited in place (type,
F2 or Enter); Delete removes the selected people; Insert adds a row; the line
under each list adds a person with Enter. Saving goes through the store, or
through the open meeting's session, so that someone removed is no longer offered
as a participant, an owner or a speaker, and a corrected name is used from now on.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samtaleduk.domain.model import MAX_SHORT_CHARS, Case, Participant
from samtaleduk.domain.people import PeopleEdit, with_people
from samtaleduk.ops import Changes
from samtaleduk.ops.cases import save_people
from ui.canvas.participants import parse_participant
from ui.look.fonts import scaled_font
from ui.meeting.session import MeetingSession

if TYPE_CHECKING:
    from samtaleduk.store.store import Store

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PeopleTable(QTableWidget):
    """A list of people edited in place: Delete removes the selected rows,
    Insert adds an empty row and edits it, Enter edits the current cell."""

    def __init__(self, columns: int) -> None:
        super().__init__(0, columns)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        # Tab leaves the list (to the line that adds), as in every other box.
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setAlternatingRowColors(True)
        self.activated.connect(self.edit)

    def show_rows(self, rows: int) -> None:
        """Room for `rows` people (and the header) before the list scrolls."""
        row = self.verticalHeader().defaultSectionSize()
        header = self.horizontalHeader().sizeHint().height()
        self.setMinimumHeight(header + rows * row + 2 * self.frameWidth() + 6)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Delete:
                self.remove_selected()
                return
            if event.key() == Qt.Key.Key_Insert:
                self.add_row(["" for _ in range(self.columnCount())], edit=True)
                return
        super().keyPressEvent(event)

    def finish_editing(self) -> None:
        """Keep what is typed in a cell whose editor is still open."""
        editor = QApplication.focusWidget()
        if self.state() == QAbstractItemView.State.EditingState and editor is not None \
                and self.isAncestorOf(editor):
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def add_row(self, texts: list[str], person_id: uuid.UUID | None = None,
                edit: bool = False) -> int:
        """Add a row of cells; its id (for participants) rides on the first cell."""
        row = self.rowCount()
        self.insertRow(row)
        for col, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if col == 0:
                item.setData(ID_ROLE, str(person_id or uuid.uuid4()))
            self.setItem(row, col, item)
        self.setCurrentCell(row, 0)
        first = self.item(row, 0)
        if edit and first is not None:
            self.editItem(first)
        return row

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.selectedIndexes()}, reverse=True)
        if not rows and self.currentRow() >= 0:
            rows = [self.currentRow()]
        for row in rows:
            self.removeRow(row)
        if self.rowCount():
            self.setCurrentCell(min(rows[-1] if rows else 0, self.rowCount() - 1), 0)

    def rows(self) -> list[tuple[uuid.UUID, list[str]]]:
        """(id, cell texts) of every row, top to bottom."""
        out = []
        for row in range(self.rowCount()):
            items = [self.item(row, c) for c in range(self.columnCount())]
            cells = [item.text() if item is not None else "" for item in items]
            first = self.item(row, 0)
            raw = first.data(ID_ROLE) if first is not None else None
            out.append((uuid.UUID(str(raw)) if raw else uuid.uuid4(), cells))
        return out


class PeopleDialog(QDialog):
    """The people of one case. `save(case, edit)` is called on Save; if it
    raises ValueError the dialog stays open and says why."""

    def __init__(self, case: Case, save: Callable[[Case, PeopleEdit], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleDialog")
        self._case = case
        self._save = save
        self.saved: Case | None = None
        self._build()
        self._fill()
        self.retranslate()
        self.members.setFocus()

    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 20)
        lay.setSpacing(8)
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.font(), 1.4))
        self.heading.setWordWrap(True)
        self.help = QLabel()
        self.help.setProperty("role", "muted")
        self.help.setWordWrap(True)
        lay.addWidget(self.heading)
        lay.addWidget(self.help)

        self.members_label = QLabel()
        self.members = PeopleTable(1)
        self.members.setObjectName("caseMembersTable")
        self.members_label.setBuddy(self.members)
        self.new_member = QLineEdit()
        self.new_member.setObjectName("newMember")
        self.new_member.setMaxLength(MAX_SHORT_CHARS)
        self.new_member.returnPressed.connect(self._add_member)
        self.members.show_rows(4)
        lay.addWidget(self.members_label)
        lay.addWidget(self.members, 2)
        lay.addWidget(self.new_member)

        self.participants_label = QLabel()
        self.participants = PeopleTable(2)
        self.participants.setObjectName("knownParticipantsTable")
        self.participants_label.setBuddy(self.participants)
        self.new_participant = QLineEdit()
        self.new_participant.setObjectName("newParticipant")
        self.new_participant.setMaxLength(2 * MAX_SHORT_CHARS)
        self.new_participant.returnPressed.connect(self._add_participant)
        self.participants.show_rows(6)
        lay.addWidget(self.participants_label)
        lay.addWidget(self.participants, 3)
        lay.addWidget(self.new_participant)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.hide()
        lay.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.findChildren(QPushButton):
            # Enter belongs to the lists and the add lines here, never to Save.
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setProperty("role", "primary")
        lay.addWidget(self.buttons)
        save_keys = QShortcut(QKeySequence("Ctrl+Return"), self)
        save_keys.activated.connect(self.accept)
        save_keys_s = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_keys_s.activated.connect(self.accept)
        self.new_member.installEventFilter(self)
        self.new_participant.installEventFilter(self)
        self.setMinimumWidth(max(520, self.fontMetrics().averageCharWidth() * 64))

    def _fill(self) -> None:
        for name in self._case.members:
            self.members.add_row([name])
        for p in self._case.known_participants:
            self.participants.add_row([p.name, p.role], p.id)
        for table in (self.members, self.participants):
            if table.rowCount():
                table.setCurrentCell(0, 0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("People of the case"))
        self.heading.setText(self.tr("People of %1").replace("%1", self._case.name))
        self.help.setText(self.tr(
            "Type over a name to correct it (or press F2). Delete removes the selected "
            "people, Insert adds a row. Those removed are no longer offered in meetings."))
        self.members_label.setText(self.tr("&Members of the case:"))
        self.members.setHorizontalHeaderLabels([self.tr("Name")])
        self.members.setAccessibleName(self.tr("Members of the case"))
        self.new_member.setPlaceholderText(self.tr("New member — then Enter"))
        self.new_member.setAccessibleName(self.tr("New member"))
        self.participants_label.setText(self.tr("&Participants known from the meetings:"))
        self.participants.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.participants.setAccessibleName(self.tr("Participants known from the meetings"))
        self.new_participant.setPlaceholderText(self.tr("Name, role — then Enter"))
        self.new_participant.setAccessibleName(self.tr("New participant"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A line edit passes Enter on to the dialog after returnPressed; stop it
        # there so adding a person never closes the dialog.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if isinstance(watched, QLineEdit):
                watched.returnPressed.emit()
                return True
        return False

    def _add_member(self) -> None:
        name = " ".join(self.new_member.text().split())
        if name:
            self.members.add_row([name])
            self.new_member.clear()

    def _add_participant(self) -> None:
        name, role = parse_participant(self.new_participant.text())
        if name:
            self.participants.add_row([name, role])
            self.new_participant.clear()

    def edited(self) -> tuple[Case, PeopleEdit]:
        """The case with the lists as they stand (ValueError if a name is too long)."""
        members = [cells[0] for _, cells in self.members.rows()]
        participants = [Participant.model_construct(id=pid, name=cells[0], role=cells[1])
                        for pid, cells in self.participants.rows()]
        return with_people(self._case, members, participants)

    def accept(self) -> None:
        # A cell still being edited (Ctrl+S from inside it) counts.
        self.members.finish_editing()
        self.participants.finish_editing()
        try:
            case, edit = self.edited()
            self._save(case, edit)
        except ValueError:
            # The engine's reason is technical; say what the user can change.
            self.message.setText(self.tr(
                "Could not save: a name is too long, or there are too many people."))
            self.message.show()
            return
        self.saved = case
        super().accept()


def open_people_dialog(parent: QWidget | None, store: Store, case: Case,
                       session: MeetingSession | None = None,
                       on_saved: Callable[[Case], None] | None = None,
                       publish: Callable[[Changes], None] | None = None) -> PeopleDialog:
    """Show the people of `case` (window-modal) and save what is changed.

    In a meeting pass its `session`: the edit then goes through it (corrected
    names and removals reach today's list too, undoable) and the case is saved
    with the meeting. Else `samtaleduk.ops.cases.save_people` saves it and
    `publish` (the app's change bus) hears what changed. `on_saved` gets the saved
    case.
    """
    def save(edited: Case, edit: PeopleEdit) -> None:
        if session is not None:
            session.adopt_people(edited, edit.removed_ids)
            session.flush()
            saved = session.case
        else:
            changes = save_people(store, edited)
            if publish is not None:
                publish(changes)
            saved = edited
        if on_saved is not None:
            on_saved(saved)

    dialog = PeopleDialog(session.case if session is not None else case, save, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
