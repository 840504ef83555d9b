"""Notes fields: the cards people see on the duk, in the family's own words.

A card is one QLabel (cheap: a duk with 150 notes opens fast). Adding is one step:
type in the field's entry line and press Enter. A card is edited in place (double-
click, F2 or Enter), deleted with Delete (undo brings it back), moved by dragging
or with Ctrl+Alt+arrows or its "Move to…" menu; a moved card keeps its note id.
"""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from samtaleduk.model import Note, SaidBy
from samtaleduk.template import FieldKind, TemplateField
from samtaleduk.vocab import SAID_BY, word
from ui.canvas.frame import FieldFrame, tr
from ui.canvas.style import CanvasStyle
from ui.canvas.widgets import NoteEditor, line_edit
from ui.meeting.session import MeetingSession

NOTE_MIME = "application/x-samtaleduk-note"
"""Drag payload: the note's uuid as ASCII."""

_CHILD_CHIP = "background:#FBE3B8; color:#6B3F00;"
_VOICE_CHIP = "color:#4A5560;"
_DOMAIN_CHIP = "color:#2F5F82;"


class NoteCard(QLabel):
    """One note on the duk."""

    def __init__(self, owner: NotesField, note_id: uuid.UUID) -> None:
        super().__init__()
        self.owner = owner
        self.note_id = note_id
        self._shown: tuple[object, ...] | None = None
        self._press: QPoint | None = None
        self.setProperty("sdRole", "card")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        owner.style_.mark(self)

    def show_note(self, note: Note) -> None:
        """Draw the note; does nothing when nothing visible changed."""
        style = self.owner.style_
        key = (note.text, note.domain, note.said_by, style.lang)
        if key == self._shown:
            return
        self._shown = key
        marks: list[str] = []
        spoken: list[str] = []
        domain = style.template.domain(note.domain) if note.domain else None
        if domain is not None:
            name = (domain.short or domain.label).get(style.lang)
            marks.append(f'<span style="{_DOMAIN_CHIP}">● {html.escape(name)}</span>')
            spoken.append(tr("Life domain: %1").replace("%1", domain.label.get(style.lang)))
        if note.said_by is not None:
            who = word(SAID_BY, note.said_by, style.lang)
            chip = _CHILD_CHIP if note.said_by is SaidBy.CHILD else _VOICE_CHIP
            marks.append(f'<span style="{chip}">&nbsp;{html.escape(who)}&nbsp;</span>')
            spoken.append(tr("Said by: %1").replace("%1", who))
        body = html.escape(note.text).replace("\n", "<br>")
        if marks:
            body += ('<br><span style="font-size:small">' + " &nbsp;".join(marks) + "</span>")
        self.setText(body)
        self.setAccessibleName(note.text)
        self.setAccessibleDescription(". ".join(spoken))

    def set_flag(self, name: str, on: bool) -> None:
        if bool(self.property(name)) != on:
            self.setProperty(name, on)
            self.style().unpolish(self)
            self.style().polish(self)

    # ------------------------------------------------------------- keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if (mods & ctrl_alt) == ctrl_alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.owner.shift(self.note_id, -1 if key == Qt.Key.Key_Up else 1)
        elif (mods & ctrl_alt) == ctrl_alt and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.owner.move_to_neighbour(self.note_id, -1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.owner.start_edit(self.note_id)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.owner.delete_note(self.note_id)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods:
            self.owner.focus_neighbour(self, -1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.owner.note_menu(self.note_id).exec(event.globalPos())

    # ---------------------------------------------------------------- mouse
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.owner.start_edit(self.note_id)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < \
                QApplication.startDragDistance():
            return
        self._press = None
        mime = QMimeData()
        mime.setData(NOTE_MIME, str(self.note_id).encode("ascii"))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.grab())
        drag.exec(Qt.DropAction.MoveAction)


class NotesField(FieldFrame):
    """A field of note cards with an entry line at the bottom."""

    def __init__(self, session: MeetingSession, field: TemplateField, style: CanvasStyle,
                 parent: QWidget | None = None) -> None:
        self._cards: dict[uuid.UUID, NoteCard] = {}
        self._editing: tuple[uuid.UUID, NoteEditor, str] | None = None
        self._filter: str | None = None
        self.entry = line_edit(style, "entry", tr("Write, then press Enter"))
        super().__init__(session, field, style, parent)
        self.setAcceptDrops(True)
        self._list = QWidget()
        self._list.setObjectName("noteList")
        self._layout = QVBoxLayout(self._list)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(style.px(4))
        self._layout.addStretch(1)
        self._scroll = QScrollArea()
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidgetResizable(True)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setWidget(self._list)
        self.body.addWidget(self._scroll, 1)
        self.body.addWidget(self.entry)
        self.entry.returnPressed.connect(self._add_from_entry)
        self.refresh()

    def entry_widget(self) -> QWidget | None:
        return self.entry

    def focus_chain(self) -> list[QWidget]:
        chain = super().focus_chain()
        chain += [self._cards[n.id] for n in self._notes() if n.id in self._cards]
        return chain

    def _notes(self) -> list[Note]:
        content = self.session.meeting.fields.get(self.field.id)
        return content.notes if content is not None else []

    # -------------------------------------------------------------- drawing
    def refresh(self) -> None:
        super().refresh()
        notes = self._notes()
        wanted: list[QWidget] = []
        ids = set()
        for note in notes:
            ids.add(note.id)
            card = self._cards.get(note.id)
            if card is None:
                card = NoteCard(self, note.id)
                self._cards[note.id] = card
            card.show_note(note)
            self._apply_filter(card, note)
            wanted.append(card)
            if self._editing is not None and self._editing[0] == note.id:
                wanted.append(self._editing[1])
        for note_id in [i for i in self._cards if i not in ids]:
            card = self._cards.pop(note_id)
            card.hide()
            card.deleteLater()
        if self._editing is not None and self._editing[0] not in ids:
            self._close_editor()
        current = [self._layout.itemAt(i).widget() for i in range(self._layout.count() - 1)]
        if current != wanted:
            while self._layout.count():
                self._layout.takeAt(0)
            for w in wanted:
                self._layout.addWidget(w)
            self._layout.addStretch(1)
        for w in wanted:
            editing = self._editing is not None and w is self._cards.get(self._editing[0])
            w.setVisible(not editing)

    def set_domain_filter(self, domain: str | None) -> None:
        """Highlight cards tagged with `domain`, dim the rest (None: all plain)."""
        self._filter = domain
        for note in self._notes():
            card = self._cards.get(note.id)
            if card is not None:
                self._apply_filter(card, note)

    def _apply_filter(self, card: NoteCard, note: Note) -> None:
        hit = self._filter is not None and note.domain == self._filter
        card.set_flag("sdHit", hit)
        card.set_flag("sdDim", self._filter is not None and not hit)

    # -------------------------------------------------------------- editing
    def _add_from_entry(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        domain = self._filter if self.field.domain_tags else None
        self.session.add_note(self.field.id, text, domain=domain)
        self.entry.clear()

    def start_edit(self, note_id: uuid.UUID) -> None:
        """Open the in-place editor on a card."""
        if self._editing is not None:
            self._finish_edit()
        note = next((n for n in self._notes() if n.id == note_id), None)
        if note is None:
            return
        editor = NoteEditor(self.style_)
        editor.setPlainText(note.text)
        editor.setAccessibleName(tr("Edit note"))
        editor.setAccessibleDescription(
            tr("Enter keeps the text, Shift+Enter starts a new line, Esc puts it back."))
        self._editing = (note_id, editor, note.text)
        editor.textChanged.connect(
            lambda: self.session.set_note_text(note_id, editor.toPlainText()))
        editor.committed.connect(self._finish_edit)
        editor.cancelled.connect(self._cancel_edit)
        self.session.seal_typing()
        self.refresh()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    def _finish_edit(self) -> None:
        if self._editing is None:
            return
        note_id, editor, _ = self._editing
        self._close_editor()
        self.session.seal_typing()
        note = next((n for n in self._notes() if n.id == note_id), None)
        if note is not None and not note.text.strip():
            self.session.delete_note(note_id)
        else:
            self.refresh()
            self.focus_note(note_id)

    def _cancel_edit(self) -> None:
        if self._editing is None:
            return
        note_id, _, original = self._editing
        self.session.set_note_text(note_id, original)
        self._finish_edit()

    def _close_editor(self) -> None:
        assert self._editing is not None
        _, editor, _ = self._editing
        self._editing = None
        editor.blockSignals(True)
        editor.hide()
        editor.deleteLater()
        self.refresh()

    def delete_note(self, note_id: uuid.UUID) -> None:
        ids = [n.id for n in self._notes()]
        pos = ids.index(note_id) if note_id in ids else 0
        self.session.delete_note(note_id)
        rest = [n.id for n in self._notes()]
        if rest:
            self.focus_note(rest[min(pos, len(rest) - 1)])
        else:
            self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_note(self, note_id: uuid.UUID) -> bool:
        card = self._cards.get(note_id)
        if card is None:
            return False
        card.setFocus(Qt.FocusReason.OtherFocusReason)
        self._scroll.ensureWidgetVisible(card)
        return True

    def focus_neighbour(self, card: NoteCard, step: int) -> None:
        ids = [n.id for n in self._notes()]
        i = ids.index(card.note_id) + step
        if 0 <= i < len(ids):
            self.focus_note(ids[i])
        elif i >= len(ids):
            self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    # --------------------------------------------------------------- moving
    def shift(self, note_id: uuid.UUID, step: int) -> None:
        ids = [n.id for n in self._notes()]
        i = ids.index(note_id)
        if 0 <= i + step < len(ids):
            self.session.move_note(note_id, self.field.id, i + step)
            self.focus_note(note_id)

    def _note_fields(self) -> list[TemplateField]:
        return [f for f in self.session.template.conversation_order()
                if f.kind is FieldKind.NOTES]

    def move_to_neighbour(self, note_id: uuid.UUID, step: int) -> None:
        fields = self._note_fields()
        i = [f.id for f in fields].index(self.field.id) + step
        if 0 <= i < len(fields):
            self.move_to(note_id, fields[i].id)

    def move_to(self, note_id: uuid.UUID, field_id: str, index: int | None = None) -> None:
        """Move a note (keeping its id) and keep the keyboard focus on it."""
        self.session.move_note(note_id, field_id, index)
        for other in self.window().findChildren(NotesField):
            if other.field.id == field_id and other.focus_note(note_id):
                break

    def note_menu(self, note_id: uuid.UUID) -> QMenu:
        """The card's menu: edit, delete, move to…, life domain, who said it."""
        lang = self.style_.lang
        menu = QMenu(self)
        menu.addAction(tr("Edit"), lambda: self.start_edit(note_id))
        menu.addAction(tr("Delete"), lambda: self.delete_note(note_id))
        move = menu.addMenu(tr("Move to…"))
        for f in self._note_fields():
            act = move.addAction(f.label.get(lang),
                                 lambda fid=f.id: self.move_to(note_id, fid))
            act.setEnabled(f.id != self.field.id)
        note = next(n for n in self._notes() if n.id == note_id)
        if self.field.domain_tags:
            dom = menu.addMenu(tr("Life domain"))
            none = dom.addAction(tr("None"), lambda: self.session.set_note_domain(note_id, None))
            none.setCheckable(True)
            none.setChecked(note.domain is None)
            for d in self.session.template.life_domains:
                act = dom.addAction(d.label.get(lang), lambda did=d.id:
                                    self.session.set_note_domain(note_id, did))
                act.setCheckable(True)
                act.setChecked(note.domain == d.id)
        who = menu.addMenu(tr("Who said it"))
        act = who.addAction(tr("Nobody in particular"),
                            lambda: self.session.set_note_said_by(note_id, None))
        act.setCheckable(True)
        act.setChecked(note.said_by is None)
        for s in SaidBy:
            act = who.addAction(word(SAID_BY, s, lang),
                                lambda s=s: self.session.set_note_said_by(note_id, s))
            act.setCheckable(True)
            act.setChecked(note.said_by is s)
        return menu

    # ------------------------------------------------------------ dropping
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(NOTE_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(NOTE_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        raw = bytes(event.mimeData().data(NOTE_MIME).data()).decode("ascii", "replace")
        try:
            note_id = uuid.UUID(raw)
            self.session.find(note_id)
        except (ValueError, KeyError):
            return
        y = self._list.mapFrom(self, event.position().toPoint()).y()
        index = self.drop_index(y, note_id)
        event.acceptProposedAction()
        self.move_to(note_id, self.field.id, index)

    def drop_index(self, y: int, moving: uuid.UUID) -> int:
        """Where a card dropped at height `y` (in the card list) lands, counted
        without the moving card itself."""
        index = 0
        for note in self._notes():
            card = self._cards.get(note.id)
            if note.id == moving or card is None:
                continue
            if card.geometry().center().y() < y:
                index += 1
        return index
