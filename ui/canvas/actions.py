"""Actions fields ("Kva kan vi gjera …, og kven skal gjera det?"): what, who, by
when, and how it went. The owner is chosen from today's participants or typed."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QWidget

from samtaleduk.model import Action, ActionStatus
from samtaleduk.template import TemplateField
from samtaleduk.vocab import ACTION_STATUS
from ui.canvas.frame import tr
from ui.canvas.rows import ItemRow, ItemRowsField, flat, set_combo_data, status_combo, sync
from ui.canvas.style import CanvasStyle
from ui.canvas.widgets import DateBlank, owner_combo, set_text_quietly
from ui.meeting.session import PARTICIPANTS, MeetingSession


class ActionRow(ItemRow):
    """What · who · by when · status."""

    wide_ok = True

    def __init__(self, owner: ItemRowsField, item_id: uuid.UUID) -> None:
        super().__init__(owner, item_id)
        s = owner.session
        self.text = flat(owner, tr("What will be done"), tr("What will be done"))
        self.text.textEdited.connect(lambda t: s.set_action_text(item_id, t))
        self.text.editingFinished.connect(s.seal_typing)
        self.who = owner_combo(owner.style_, tr("Who"))
        self.who.setAccessibleName(tr("Who does it"))
        self.who.setAccessibleDescription(tr("Choose one of today's participants or type a name"))
        who_line = self.who.lineEdit()
        assert who_line is not None  # the combo is editable
        self.who_line = who_line
        who_line.textEdited.connect(lambda t: s.set_action_owner(item_id, t))
        who_line.editingFinished.connect(s.seal_typing)
        self.who.activated.connect(
            lambda _i: s.set_action_owner(item_id, self.who.currentText()))
        self.due = DateBlank(owner.style_, 0.9)
        self.due.setAccessibleName(tr("By when"))
        self.due.date_edited.connect(lambda d: s.set_action_due(item_id, d))
        self.status = status_combo(owner, ACTION_STATUS, tr("Action status"))
        self.status.activated.connect(
            lambda _i: s.set_action_status(item_id, ActionStatus(self.status.currentData())))
        self.line(self.text, self.delete_button(tr("action")))
        self.line(self.who, self.due, self.status)
        self.fill_owners()

    def fill_owners(self) -> None:
        names = self.owner.session.owner_choices()
        current = [self.who.itemText(i) for i in range(self.who.count())]
        if names != current:
            text = self.who.currentText()
            self.who.blockSignals(True)
            self.who.clear()
            self.who.addItems(names)
            self.who.setEditText(text)
            self.who.blockSignals(False)

    def update_from(self, item: Any) -> None:
        action: Action = item
        sync(self.text, action.text)
        self.text.setToolTip(action.text)
        if self.who.currentText() != action.owner:
            set_text_quietly(self.who_line, action.owner)
        self.due.set_value(action.due)
        set_combo_data(self.status, action.status)


class ActionsField(ItemRowsField):
    list_name = "actions"
    row_class = ActionRow

    def __init__(self, session: MeetingSession, field: TemplateField, style: CanvasStyle,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, field, style, parent)
        self.entry.setPlaceholderText(tr("What will be done? Write, then press Enter"))

    def watches(self, field_id: str) -> bool:
        return field_id in (self.field.id, PARTICIPANTS)

    def refresh(self) -> None:
        super().refresh()
        for row in getattr(self, "_rows", {}).values():
            assert isinstance(row, ActionRow)
            row.fill_owners()

    def add(self, text: str) -> uuid.UUID:
        return self.session.add_action(self.field.id, text)
