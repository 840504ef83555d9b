"""Notes fields: the cards people see on the duk, in the family's own words.

Adding is one step: type in the field's entry line and press Enter. A card is
edited in place (double-click, F2 or Enter), deleted with Delete (undo brings it
back), moved by dragging or with Ctrl+Alt+arrows or its "Move to…" menu; a moved
card keeps its note id. The cards themselves live in `note_list`.

Tagging takes two keys, the same in every notes field: Ctrl+D then a digit sets
the life domain, Ctrl+K then a digit who said it (`note_tags` builds the menus;
the card's menu key offers the same menus). Which note they tag:
- on a card (or while editing one): that card;
- in the entry line with text typed: the note being written; a chip under the
  line shows what it will get ("New note gets: Skole · Emil") until Enter adds
  it with those tags;
- in the entry line left empty just after Enter: the note just added from it.
Choosing a life domain in the strip beside the duk only highlights notes; it
never tags new ones.
"""

from __future__ import annotations

import uuid
from functools import partial

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from samtaleduk.domain.model import Note, SaidBy
from samtaleduk.domain.speakers import Speaker
from samtaleduk.fieldkinds import spec_of
from samtaleduk.templates.model import TemplateField
from ui.canvas.frame import FieldFrame, tr
from ui.canvas.note_list import NOTE_MIME, NoteList
from ui.canvas.note_tags import (
    NoteTags,
    PendingTagsChip,
    fill_domain_menu,
    fill_speaker_menu,
    tags_words,
)
from ui.canvas.style import CanvasStyle
from ui.canvas.widgets import line_edit
from ui.meeting.session import MeetingSession

__all__ = ["NOTE_MIME", "TAG_KEYS", "NotesField"]

TAG_KEYS = {"domain": QKeySequence("Ctrl+D"), "speaker": QKeySequence("Ctrl+K")}
"""The keys that open the tag menus; the canvas owns the shortcuts."""


def is_tag_key(event: QKeyEvent) -> bool:
    """True for Ctrl+D or Ctrl+K (a text box must leave them to the canvas)."""
    combined = QKeySequence(event.keyCombination())
    return any(combined.matches(k) == QKeySequence.SequenceMatch.ExactMatch
               for k in TAG_KEYS.values())


class _PassTagKeys(QObject):
    """Event filter: some platforms bind Ctrl+K in a line edit (delete to the end
    of the line); in an entry line it belongs to the tag menu."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and is_tag_key(event):
            event.ignore()
            return True
        return False


_PASS_TAG_KEYS: _PassTagKeys | None = None


class NotesField(FieldFrame):
    """A field of note cards with an entry line at the bottom."""

    def __init__(self, session: MeetingSession, field: TemplateField, style: CanvasStyle,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, field, style, parent)
        global _PASS_TAG_KEYS
        self.entry = line_edit(style, "entry", tr("Write, then press Enter"))
        if _PASS_TAG_KEYS is None:
            _PASS_TAG_KEYS = _PassTagKeys()
        self.entry.installEventFilter(_PASS_TAG_KEYS)
        self.list = NoteList(self, session, field.id, style)
        self.pending = NoteTags()
        """Tags for the note being written in the entry line."""
        self.just_added: uuid.UUID | None = None
        """The note last added from the entry line, while the line stays empty."""
        self.chip = PendingTagsChip(style, self._chip_cleared)
        self.body.addWidget(self.list, 1)
        self.body.addWidget(self.entry)
        self.body.addWidget(self.chip)
        self.entry.returnPressed.connect(self._add_from_entry)
        self.entry.textEdited.connect(self._entry_edited)
        self.keep_draft(self.entry)
        self.relabel()
        self.refresh()

    def entry_widget(self) -> QWidget | None:
        return getattr(self, "entry", None)

    def item_chain(self) -> list[QWidget]:
        if hasattr(self, "list") and self.list.notes_model.rowCount():
            return [self.list]
        return []

    def relabel(self) -> None:
        super().relabel()
        if hasattr(self, "list"):
            label = self.field.label.get(self.style_.lang)
            self.list.setAccessibleName(tr("Notes: %1").replace("%1", label))
            self.list.setAccessibleDescription(tr(
                "F2 edits, Delete deletes, Ctrl+D life domain, Ctrl+K who said it, "
                "Ctrl+Alt+arrows move, the menu key opens more"))
        entry = getattr(self, "entry", None)
        if entry is not None:
            hint = tr("Ctrl+D and Ctrl+K tag the note you write, or, with the line "
                      "empty, the note just added.")
            entry.setAccessibleDescription(" ".join(
                p for p in (entry.accessibleDescription(), hint) if p))
        if hasattr(self, "chip"):
            self.chip.show_tags(tags_words(self.pending, self.session.template,
                                           self.style_.lang))

    def _notes(self) -> list[Note]:
        content = self.session.meeting.fields.get(self.field.id)
        return content.notes if content is not None else []

    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "list"):
            self.list.notes_model.sync()

    def set_domain_filter(self, domain: str | None) -> None:
        """Highlight cards tagged with `domain`, dim the rest (None: all plain).
        It only shows: new notes are not tagged with it."""
        self.list.notes_model.domain_filter = domain
        self.list.notes_model.sync()
        self.list.viewport().update()

    # -------------------------------------------------------------- editing
    def _add_from_entry(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        tags = self.pending
        self.just_added = self.session.add_note(
            self.field.id, text, domain=tags.domain if self.field.domain_tags else None,
            said_by=tags.said_by, said_by_name=tags.said_by_name)
        self.entry.clear()
        self.clear_pending()
        self.list.scrollToBottom()

    def _entry_edited(self, text: str) -> None:
        if text.strip():
            self.just_added = None  # the keys now tag the note being written

    # -------------------------------------------------------------- tagging
    def clear_pending(self) -> None:
        """Take the tags off the note being written."""
        self._set_pending(NoteTags())

    def _chip_cleared(self) -> None:
        # The ✕ takes no focus; a click on it must not leave the entry line.
        self.clear_pending()
        self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_pending(self, tags: NoteTags) -> None:
        self.pending = tags
        self.chip.show_tags(tags_words(tags, self.session.template, self.style_.lang))

    def tag_target(self) -> uuid.UUID | None:
        """The note Ctrl+D / Ctrl+K tag (see the module docstring); None means the
        note being written in the entry line."""
        focus = QApplication.focusWidget()
        if focus is not None and (focus is self.list or self.list.isAncestorOf(focus)):
            return self.list.current_note()
        if not self.entry.text().strip() and self.just_added is not None and \
                self.list.notes_model.row_of(self.just_added) >= 0:
            return self.just_added
        return None

    def _tags_of(self, note_id: uuid.UUID | None) -> NoteTags:
        note = next((n for n in self._notes() if n.id == note_id), None)
        if note is None:
            return self.pending
        return NoteTags(note.domain, note.said_by, note.said_by_name)

    def _choose_domain(self, note_id: uuid.UUID | None, domain: str | None) -> None:
        if note_id is None:
            self._set_pending(NoteTags(domain, self.pending.said_by,
                                       self.pending.said_by_name))
        else:
            self.session.set_note_domain(note_id, domain)

    def _choose_speaker(self, note_id: uuid.UUID | None,
                        picked: Speaker | SaidBy | None) -> None:
        tags = self._tags_of(note_id).with_speaker(picked)
        if note_id is None:
            self._set_pending(tags)
        else:
            self.session.set_note_speaker(note_id, tags.said_by_name, tags.said_by)

    def domain_menu(self, note_id: uuid.UUID | None, parent: QWidget) -> QMenu:
        """The life-domain menu for a note (None: the note being written)."""
        menu = QMenu(tr("Life domain") + "\tCtrl+D", parent)
        fill_domain_menu(menu, self.session.template, self.field, self.style_.lang,
                         self._tags_of(note_id).domain,
                         partial(self._choose_domain, note_id))
        return menu

    def speaker_menu(self, note_id: uuid.UUID | None, parent: QWidget) -> QMenu:
        """The "who said it" menu for a note (None: the note being written)."""
        menu = QMenu(tr("Who said it") + "\tCtrl+K", parent)
        fill_speaker_menu(menu, self.session.speaker_choices(), self.style_.lang,
                          self._tags_of(note_id), partial(self._choose_speaker, note_id))
        return menu

    def open_tag_menu(self, what: str) -> None:
        """Ctrl+D ("domain") or Ctrl+K ("speaker"): the menu for the tag target,
        beside that card or under the entry line."""
        note_id = self.tag_target()
        build = self.domain_menu if what == "domain" else self.speaker_menu
        menu = build(note_id, self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if note_id is not None:
            self.list.select_note(note_id)
            rect = self.list.visualRect(self.list.currentIndex())
            where = self.list.viewport().mapToGlobal(rect.bottomLeft())
        else:
            where = self.entry.mapToGlobal(QPoint(0, self.entry.height()))
        menu.popup(where)

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
                if "notes" in spec_of(f.kind).holds]

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
        # The same menus and keys as Ctrl+D and Ctrl+K.
        menu.addMenu(self.domain_menu(note_id, menu))
        menu.addMenu(self.speaker_menu(note_id, menu))
        return menu
