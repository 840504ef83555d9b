"""What to review at the start of a follow-up meeting.

"What has been done, what remains?" The review walks through every promise that
came along from last time: each action (done / partly / not done / dropped) and each
goal (reached / keep / new deadline). This module says which items those are, in the
order the duk is read, with what the family needs to see while deciding. Marking
them is an ordinary edit of the new meeting (so it can be undone like any other).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict

from samtaleduk.domain.model import ActionStatus, GoalStatus, Meeting
from samtaleduk.evaluation.carry import OPEN_ACTION_STATUSES


class ReviewItem(BaseModel):
    """One action or goal from last time, as it stands on the new duk."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["action", "goal"]
    id: uuid.UUID
    field: str
    text: str
    owner: str
    """Who promised it (actions); empty for goals."""
    due: dt.date | None
    """The action's due date, or the goal's deadline (its own, else the field's)."""
    status: ActionStatus | GoalStatus
    """The status now: still OPEN (or PARTLY) until the review marks it."""
    overdue: bool
    """Due before the new meeting's date and not done, reached or dropped."""
    reviewed: bool
    """True once the status differs from last time, or a new due date was set."""


def pending_review(previous: Meeting, current: Meeting) -> list[ReviewItem]:
    """The actions and goals that were open at `previous` and are on `current`
    (carried forward), in `current`'s field order and position."""
    open_actions = {a.id: a for c in previous.fields.values() for a in c.actions
                    if a.status in OPEN_ACTION_STATUSES}
    open_goals = {g.id: (g, c.date) for c in previous.fields.values() for g in c.goals
                  if g.status is GoalStatus.OPEN}
    items: list[ReviewItem] = []
    for fid, content in current.fields.items():
        for a in content.actions:
            before = open_actions.get(a.id)
            if before is None:
                continue
            still = a.status in OPEN_ACTION_STATUSES
            items.append(ReviewItem(
                kind="action", id=a.id, field=fid, text=a.text, owner=a.owner, due=a.due,
                status=a.status, overdue=still and a.due is not None and a.due < current.date,
                reviewed=a.status is not before.status or a.due != before.due))
        for g in content.goals:
            found = open_goals.get(g.id)
            if found is None:
                continue
            before_goal, before_date = found
            due = g.deadline or content.date
            still = g.status is GoalStatus.OPEN
            items.append(ReviewItem(
                kind="goal", id=g.id, field=fid, text=g.text, owner="", due=due,
                status=g.status, overdue=still and due is not None and due < current.date,
                reviewed=(g.status is not before_goal.status
                          or due != (before_goal.deadline or before_date))))
    return items
