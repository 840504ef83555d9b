"""The notes of one field as a Qt list model: what each card says (its text, its
quiet marks, how the life-domain filter shows it) and how a card travels in a drag.

The model reads the meeting through the session and never writes; a drop asks the
session to move the note.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from samtaleduk.domain.model import Note
from samtaleduk.domain.speakers import is_childs_voice, speaker_spoken, speaker_text
from ui.canvas.frame import tr
from ui.canvas.style import CanvasStyle
from ui.meeting.session import MeetingSession

NOTE_MIME = "application/x-samtaleduk-note"
"""Drag payload: the note's uuid as ASCII."""

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MARKS_ROLE = Qt.ItemDataRole.UserRole + 2
"""[(text, kind)] with kind "domain", "voice" or "child"."""
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3
"""None (no filter), "hit" or "dim"."""

_Index = QModelIndex | QPersistentModelIndex


class NotesModel(QAbstractListModel):
    """The notes of one field, in order."""

    def __init__(self, session: MeetingSession, field_id: str, style: CanvasStyle) -> None:
        super().__init__()
        self.session = session
        self.field_id = field_id
        self.style_ = style
        self.domain_filter: str | None = None
        self._ids: list[uuid.UUID] = [n.id for n in self.notes()]
        self._marks: dict[uuid.UUID, tuple[tuple[object, ...], list[tuple[str, str]]]] = {}

    def notes(self) -> list[Note]:
        content = self.session.meeting.fields.get(self.field_id)
        return content.notes if content is not None else []

    def sync(self) -> None:
        """Follow the meeting: reset when notes came, went or moved, else repaint."""
        ids = [n.id for n in self.notes()]
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        elif ids:
            self.dataChanged.emit(self.index(0), self.index(len(ids) - 1))

    def row_of(self, note_id: uuid.UUID) -> int:
        return self._ids.index(note_id) if note_id in self._ids else -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._ids)

    def marks(self, note: Note) -> list[tuple[str, str]]:
        lang = self.style_.lang
        out: list[tuple[str, str]] = []
        domain = self.session.template.domain(note.domain) if note.domain else None
        if domain is not None:
            out.append(((domain.short or domain.label).get(lang), "domain"))
        who = speaker_text(note, lang)
        if who:
            out.append((who, "child" if is_childs_voice(note) else "voice"))
        return out

    def note_at(self, row: int) -> Note | None:
        """The note on card `row` (None past the end). The card delegate asks
        here rather than through `data()`: a card's size is asked several
        times per layout, and Qt's round trip costs more than the answer."""
        notes = self.notes()
        return notes[row] if 0 <= row < len(notes) else None

    def card_marks(self, note: Note) -> list[tuple[str, str]]:
        """`marks(note)`, worked out once per look of the note (asked on every
        paint and size question)."""
        key = (note.domain, note.said_by, note.said_by_name, self.style_.lang)
        cached = self._marks.get(note.id)
        if cached is None or cached[0] != key:
            cached = (key, self.marks(note))
            self._marks[note.id] = cached
        return cached[1]

    def filter_state(self, note: Note) -> str | None:
        """None (no life-domain filter), "hit" or "dim"."""
        if self.domain_filter is None:
            return None
        return "hit" if note.domain == self.domain_filter else "dim"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        notes = self.notes()
        if not index.isValid() or index.row() >= len(notes):
            return None
        note = notes[index.row()]
        if role == MARKS_ROLE:
            return self.card_marks(note)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return note.text
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            lang = self.style_.lang
            spoken = []
            domain = self.session.template.domain(note.domain) if note.domain else None
            if domain is not None:
                spoken.append(tr("Life domain: %1").replace("%1", domain.label.get(lang)))
            who = speaker_spoken(note, lang)
            if who:
                spoken.append(tr("Said by: %1").replace("%1", who))
            return ". ".join(spoken)
        if role == ID_ROLE:
            return str(note.id)
        if role == FILTER_ROLE:
            return self.filter_state(note)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    # ------------------------------------------------------- drag and drop
    def mimeTypes(self) -> list[str]:
        return [NOTE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        if indexes:
            mime.setData(NOTE_MIME, QByteArray(str(self._ids[indexes[0].row()]).encode()))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: _Index) -> bool:
        note_id = note_from_mime(data)
        if note_id is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._ids)
        own = self.row_of(note_id)
        if 0 <= own < row:
            row -= 1  # counted without the card itself
        self.session.move_note(note_id, self.field_id, row)
        # The session has moved it; the view must not remove a source row too.
        return False


def note_from_mime(data: QMimeData) -> uuid.UUID | None:
    """The note id a drag carries, or None when it carries something else."""
    if not data.hasFormat(NOTE_MIME):
        return None
    try:
        return uuid.UUID(bytes(data.data(NOTE_MIME).data()).decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        return None
