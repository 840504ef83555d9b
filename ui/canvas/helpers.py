"""Helpers fields ("Kven kan hjelpa oss i mål"): who, in what relation, helping
with what. Typed as "name, relation, what they help with" and edited in place."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QWidget

from samtaleduk.domain.model import Helper
from samtaleduk.templates.model import TemplateField
from ui.canvas.frame import tr
from ui.canvas.rows import ItemRow, ItemRowsField, flat, sync
from ui.canvas.style import CanvasStyle
from ui.meeting.session import MeetingSession


class HelperRow(ItemRow):
    def __init__(self, owner: ItemRowsField, item_id: uuid.UUID) -> None:
        super().__init__(owner, item_id)
        s = owner.session
        self.name = flat(owner, tr("Name"), tr("Helper's name"), bold=True)
        self.relation = flat(owner, tr("Relation or service"), tr("Relation or service"),
                             factor=0.9)
        self.helps = flat(owner, tr("Helps with"), tr("Helps with"), factor=0.9)
        for edit, attr in ((self.name, "name"), (self.relation, "relation"),
                           (self.helps, "helps_with")):
            edit.textEdited.connect(lambda t, a=attr: s.set_helper(item_id, **{a: t}))
            edit.editingFinished.connect(s.seal_typing)
        self.line(self.name, self.relation, self.delete_button(tr("helper")))
        self.line(self.helps)

    def update_from(self, item: Any) -> None:
        helper: Helper = item
        sync(self.name, helper.name)
        sync(self.relation, helper.relation)
        sync(self.helps, helper.helps_with)


class HelpersField(ItemRowsField):
    list_name = "helpers"
    row_class = HelperRow

    def __init__(self, session: MeetingSession, field: TemplateField, style: CanvasStyle,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, field, style, parent)
        self.entry.setPlaceholderText(tr("Name, relation, helps with — then Enter"))

    def add(self, text: str) -> uuid.UUID:
        parts = [p.strip() for p in text.split(",", 2)]
        parts += [""] * (3 - len(parts))
        return self.session.add_helper(self.field.id, parts[0], relation=parts[1],
                                       helps_with=parts[2])
