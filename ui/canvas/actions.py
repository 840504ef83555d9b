"""Actions fields ("Kva kan vi gjera …, og kven skal gjera det?"): what, who, by
when, and how it went. The owner is typed, or chosen from the case's people
(`ui.canvas.owners`); the box stores exactly what it shows."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QWidget

from samtaleduk.domain.model import Action, ActionStatus
from samtaleduk.domain.vocab import ACTION_STATUS
from samtaleduk.fieldkinds import holding
from samtaleduk.templates.model import TemplateField
from ui.canvas.frame import tr
from ui.canvas.owners import OwnerEditor, owner_edit
from ui.canvas.rows import ItemRow, ItemRowsField, flat, set_combo_data, status_combo, sync
from ui.canvas.style import CanvasStyle
from ui.canvas.widgets import DateBlank
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
        self.who = owner_edit(owner.style_, tr("Who"))
        self.who.setAccessibleName(tr("Who does it"))
        self.who.setAccessibleDescription(
            tr("Type a name, or several; the case's people are offered as you type"))
        self.owner_editor = OwnerEditor(self.who, lambda t: s.set_action_owner(item_id, t),
                                        s.seal_typing)
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
        self.owner_editor.completer.set_names(self.owner.session.owner_choices())

    def update_from(self, item: Any) -> None:
        action: Action = item
        sync(self.text, action.text)
        self.text.setToolTip(action.text)
        self.owner_editor.show_owner(action.owner)
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
        # The owners offered follow today's participants and the duk's helpers.
        return field_id in (self.field.id, PARTICIPANTS) or field_id in self._helper_fields

    @property
    def _helper_fields(self) -> set[str]:
        return {f.id for f in holding(self.session.template, "helpers")}

    def refresh(self) -> None:
        super().refresh()
        for row in getattr(self, "_rows", {}).values():
            assert isinstance(row, ActionRow)
            row.fill_owners()

    def add(self, text: str) -> uuid.UUID:
        return self.session.add_action(self.field.id, text)
