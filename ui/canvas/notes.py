"""Notes fields: the cards people see on the duk, in the family's own words.

Adding is one step: type in the field's entry line and press Enter. A card is
edited in place (double-click, F2 or Enter), deleted with Delete (undo brings it
back), moved by dragging or with Ctrl+Alt+arrows or its "Move to…" menu; a moved
card keeps its note id. The cards themselves live in `note_list`.
"""

from __future__ import annotations

import uuid
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget

from samtaleduk.model import Note, SaidBy
from samtaleduk.template import FieldKind, TemplateField
from samtaleduk.vocab import SAID_BY, word
from ui.canvas.frame import FieldFrame, tr
from ui.canvas.note_list import NOTE_MIME, NoteList
from ui.canvas.style import CanvasStyle
from ui.canvas.widgets import line_edit
from ui.meeting.session import MeetingSession

__all__ = ["NOTE_MIME", "NotesField"]


class NotesField(FieldFrame):
    """A field of note cards with an entry line at the bottom."""

    def __init__(self, session: MeetingSession, field: TemplateField, style: CanvasStyle,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, field, style, parent)
        self.entry = line_edit(style, "entry", tr("Write, then press Enter"))
        self.list = NoteList(self, session, field.id, style)
        self.body.addWidget(self.list, 1)
        self.body.addWidget(self.entry)
        self.entry.returnPressed.connect(self._add_from_entry)
        self.relabel()
        self.refresh()

    def entry_widget(self) -> QWidget | None:
        return getattr(self, "entry", None)

    def focus_chain(self) -> list[QWidget]:
        chain = super().focus_chain()
        if hasattr(self, "list") and self.list.notes_model.rowCount():
            chain.append(self.list)
        return chain

    def relabel(self) -> None:
        super().relabel()
        if hasattr(self, "list"):
            label = self.field.label.get(self.style_.lang)
            self.list.setAccessibleName(tr("Notes: %1").replace("%1", label))
            self.list.setAccessibleDescription(tr(
                "F2 edits, Delete deletes, Ctrl+Alt+arrows move, the menu key opens more"))

    def _notes(self) -> list[Note]:
        content = self.session.meeting.fields.get(self.field.id)
        return content.notes if content is not None else []

    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "list"):
            self.list.notes_model.sync()

    def set_domain_filter(self, domain: str | None) -> None:
        """Highlight cards tagged with `domain`, dim the rest (None: all plain)."""
        self.list.notes_model.domain_filter = domain
        self.list.notes_model.sync()
        self.list.viewport().update()

    # -------------------------------------------------------------- editing
    def _add_from_entry(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        domain = self.list.notes_model.domain_filter if self.field.domain_tags else None
        self.session.add_note(self.field.id, text, domain=domain)
        self.entry.clear()
        self.list.scrollToBottom()

    def start_edit(self, note_id: uuid.UUID) -> None:
        """Open the in-place editor on a card."""
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.list.edit_note(note_id)

    def delete_note(self, note_id: uuid.UUID) -> None:
        pos = self.list.notes_model.row_of(note_id)
        self.session.delete_note(note_id)
        rest = [n.id for n in self._notes()]
        if rest:
            self.focus_note(rest[min(max(pos, 0), len(rest) - 1)])
        else:
            self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_note(self, note_id: uuid.UUID) -> bool:
        """Give the keyboard focus to a card; False if it is not in this field."""
        if self.list.notes_model.row_of(note_id) < 0:
            return False
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.list.select_note(note_id)

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
            act = move.addAction(f.label.get(lang), partial(self.move_to, note_id, f.id))
            act.setEnabled(f.id != self.field.id)
        note = next(n for n in self._notes() if n.id == note_id)
        if self.field.domain_tags:
            dom = menu.addMenu(tr("Life domain"))
            none = dom.addAction(tr("None"), lambda: self.session.set_note_domain(note_id, None))
            none.setCheckable(True)
            none.setChecked(note.domain is None)
            for d in self.session.template.life_domains:
                act = dom.addAction(d.label.get(lang),
                                    partial(self.session.set_note_domain, note_id, d.id))
                act.setCheckable(True)
                act.setChecked(note.domain == d.id)
        who = menu.addMenu(tr("Who said it"))
        act = who.addAction(tr("Nobody in particular"),
                            lambda: self.session.set_note_said_by(note_id, None))
        act.setCheckable(True)
        act.setChecked(note.said_by is None)
        for s in SaidBy:
            act = who.addAction(word(SAID_BY, s, lang),
                                partial(self.session.set_note_said_by, note_id, s))
            act.setCheckable(True)
            act.setChecked(note.said_by is s)
        return menu
