"""Goals fields ("På kort sikt, innan ____"): the blank in the label is the
field's date; each goal may have its own deadline and a status."""

from __future__ import annotations

import uuid
from typing import Any

from samtaleduk.domain.model import Goal, GoalStatus
from samtaleduk.domain.vocab import GOAL_STATUS
from ui.canvas.frame import tr
from ui.canvas.rows import ItemRow, ItemRowsField, flat, set_combo_data, status_combo, sync
from ui.canvas.status_box import StatusBox
from ui.canvas.widgets import DateBlank


class GoalRow(ItemRow):
    """Goal text; "innan" its own deadline; status. The deadline and status
    line is made when it is first to be seen (`ItemRow.lazy_detail`)."""

    lazy_detail = True

    def __init__(self, owner: ItemRowsField, item_id: uuid.UUID) -> None:
        super().__init__(owner, item_id)
        s = owner.session
        self.text = flat(owner, tr("Goal"), tr("Goal"))
        self.text.textEdited.connect(lambda t: s.set_goal_text(item_id, t))
        self.text.editingFinished.connect(s.seal_typing)
        self.deadline: DateBlank | None = None
        self.status: StatusBox | None = None
        self.line(self.text, self.delete_button(tr("goal")))
        self._goal: Goal | None = None

    def make_detail(self) -> None:
        s, item_id = self.owner.session, self.item_id
        self.deadline = DateBlank(self.owner.style_, 0.9, empty=tr("by –"))
        self.deadline.setAccessibleName(tr("Deadline for this goal"))
        self.deadline.setToolTip(tr("Own deadline (empty: the field's date applies)"))
        self.deadline.date_edited.connect(lambda d: s.set_goal_deadline(item_id, d))
        status = self.status = status_combo(self.owner, GOAL_STATUS, tr("Goal status"))
        status.activated.connect(
            lambda _i: s.set_goal_status(item_id, GoalStatus(status.currentData())))
        self.detail_line(self.deadline, status)
        if self._goal is not None:
            self._show_detail(self._goal)

    def detail_needed(self) -> bool:
        g = self._goal
        return g is not None and (g.deadline is not None or g.status is not GoalStatus.OPEN)

    def update_from(self, item: Any) -> None:
        goal: Goal = item
        self._goal = goal
        sync(self.text, goal.text)
        self.text.setToolTip(goal.text)
        self._show_detail(goal)

    def _show_detail(self, goal: Goal) -> None:
        if self.deadline is not None:
            self.deadline.set_value(goal.deadline)
        if self.status is not None:
            set_combo_data(self.status, goal.status)


class GoalsField(ItemRowsField):
    list_name = "goals"
    row_class = GoalRow

    def add(self, text: str) -> uuid.UUID:
        return self.session.add_goal(self.field.id, text)
