"""The participants field ("Andre som er med i dag"): who sits at the table today,
name and role. People from the case's earlier meetings are offered as you type."""

from __future__ import annotations

import html
import uuid
from functools import partial

from PySide6.QtCore import QSize, QStringListModel, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QCompleter, QFrame, QLabel, QMenu, QScrollArea, QWidget

from samtaleduk.domain.model import Participant
from samtaleduk.templates.model import TemplateField
from ui.canvas.frame import FieldFrame, tr
from ui.canvas.style import CanvasStyle
from ui.canvas.widgets import line_edit
from ui.meeting.session import PARTICIPANTS, MeetingSession


def format_participant(p: Participant) -> str:
    return f"{p.name} ({p.role})" if p.role else p.name


def parse_participant(text: str) -> tuple[str, str]:
    """ "Tor Aas, NAV-rettleiar" or "Tor Aas (NAV-rettleiar)" → (name, role)."""
    text = text.strip()
    if text.endswith(")") and "(" in text:
        name, _, role = text[:-1].partition("(")
        return name.strip(), role.strip()
    name, _, role = text.partition(",")
    return name.strip(), role.strip()


class ParticipantList(QLabel):
    """Today's participants as flowing text; Delete, the menu key or the context
    menu open a menu that removes anyone."""

    def __init__(self, owner: ParticipantsField) -> None:
        super().__init__()
        self.owner = owner
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        owner.style_.mark(self, 0.95)

    def minimumSizeHint(self) -> QSize:
        # Room for about three lines of names in the header.
        return QSize(80, self.fontMetrics().lineSpacing() * 3 + 2)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.owner.menu().exec(event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Menu, Qt.Key.Key_Delete) or (
            event.key() == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.owner.menu().exec(self.mapToGlobal(self.rect().center()))
            return
        super().keyPressEvent(event)


class ParticipantsField(FieldFrame):
    """Names and roles, added in one step: "Name, role" and Enter."""

    def __init__(self, session: MeetingSession, field: TemplateField, style: CanvasStyle,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, field, style, parent)
        self.title.setWordWrap(False)
        self.list = ParticipantList(self)
        self.entry = line_edit(style, "entry", tr("Name, role — then Enter"), 0.9)
        self.entry.returnPressed.connect(self._add)
        self.keep_draft(self.entry)
        self._offers = QStringListModel([], self)
        self._completer = QCompleter(self._offers, self.entry)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(self._completer)
        self.header.setStretchFactor(self.title, 0)
        self.header.addWidget(self.entry, 1)
        # Many names at a large text size outgrow the header cell: they scroll
        # there instead of being cut off.
        self.list_scroll = QScrollArea()
        self.list_scroll.setWidgetResizable(True)
        self.list_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.list_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_scroll.setWidget(self.list)
        self.body.addWidget(self.list_scroll, 1)
        self._narrow = False
        self.relabel()
        self.refresh()

    def entry_widget(self) -> QWidget | None:
        return getattr(self, "entry", None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Beside the label while there is room for a name; under the list when
        # the header cell is narrow (large type, small screen).
        room = event.size().width() - self.title.sizeHint().width()
        narrow = room < 22 * max(1, self.entry.fontMetrics().averageCharWidth())
        if narrow != self._narrow:
            self._narrow = narrow
            if narrow:
                self.header.removeWidget(self.entry)
                self.body.addWidget(self.entry)
            else:
                self.body.removeWidget(self.entry)
                self.header.addWidget(self.entry, 1)
            self.focus_chain_changed.emit()
        super().resizeEvent(event)

    def focus_chain(self) -> list[QWidget]:
        # Reading order: the entry beside the label comes before the names; moved
        # under them (a narrow cell), after them.
        if not hasattr(self, "list"):
            return []
        return [self.list, self.entry] if self._narrow else [self.entry, self.list]

    def watches(self, field_id: str) -> bool:
        return field_id in (self.field.id, PARTICIPANTS)

    def refresh(self) -> None:
        super().refresh()
        if not hasattr(self, "list"):
            return
        people = self.session.meeting.participants
        parts = []
        for p in people:
            role = (f' <span style="color:#5A6570">({html.escape(p.role)})</span>'
                    if p.role else "")
            parts.append(f"{html.escape(p.name)}{role}")
        self.list.setText(" · ".join(parts))
        names = ", ".join(format_participant(p) for p in people)
        self.list.setAccessibleName(self.field.label.get(self.style_.lang))
        self.list.setAccessibleDescription(names or tr("Nobody yet"))
        self.list.setToolTip(names)
        offers = [format_participant(p) for p in self.session.suggested_participants()]
        if offers != self._offers.stringList():
            self._offers.setStringList(offers)

    def _add(self) -> None:
        name, role = parse_participant(self.entry.text())
        if name:
            self.session.add_participant(name, role)
            self.entry.clear()

    def remove(self, participant_id: uuid.UUID) -> None:
        self.session.remove_participant(participant_id)

    def menu(self) -> QMenu:
        menu = QMenu(self)
        for p in self.session.meeting.participants:
            menu.addAction(tr("Remove %1").replace("%1", format_participant(p)),
                           partial(self.remove, p.id))
        if not self.session.meeting.participants:
            menu.addAction(tr("Nobody yet")).setEnabled(False)
        return menu
