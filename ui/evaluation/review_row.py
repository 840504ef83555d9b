"""One row of the review step: an action or goal from last time, marked by keys.

The row itself takes the keyboard focus: keys 1–4 mark it (an action: done /
partly / not done / dropped; a goal: reached / keep / new deadline / dropped), Tab
goes to its comment (and a goal's deadline), Enter or Down to the next row, Up
back. Every mark goes through the meeting's `MeetingSession`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
)

from samtaleduk.domain.model import Action, ActionStatus, Goal, GoalStatus
from samtaleduk.evaluation import ReviewItem, format_date
from ui.canvas.date_blank import DateBlank
from ui.canvas.widgets import pass_undo, set_text_quietly
from ui.look.fonts import scaled_font

if TYPE_CHECKING:
    from ui.meeting.session import MeetingSession


class RowsStep(Protocol):
    """What a row needs from the review step that holds it (`ui.evaluation.review`):
    named here, so the row does not depend on the step that builds it."""

    session: MeetingSession
    before_status: dict[uuid.UUID, ActionStatus | GoalStatus]
    scroll_area: QScrollArea

    def where(self, field_id: str, due: dt.date | None) -> tuple[list[str], bool]:
        """Where an item stands (the words for its row), and True when its due date
        is said in them already."""
        ...

    def update_progress(self) -> None:
        """Show how many rows are marked."""
        ...

ACTION_MARKS: tuple[ActionStatus, ...] = (
    ActionStatus.DONE, ActionStatus.PARTLY, ActionStatus.OPEN, ActionStatus.DROPPED)
"""What keys 1–4 mean on an action's row ("not done" keeps it open)."""

KEEP, NEW_DEADLINE = "keep", "new_deadline"
GOAL_MARKS: tuple[GoalStatus | str, ...] = (GoalStatus.REACHED, KEEP, NEW_DEADLINE,
                                            GoalStatus.DROPPED)
"""What keys 1–4 mean on a goal's row."""

_SYMBOL = {ActionStatus.DONE: "✓", ActionStatus.PARTLY: "◐", ActionStatus.OPEN: "☐",
           ActionStatus.DROPPED: "✗", GoalStatus.REACHED: "✓", KEEP: "☐",
           NEW_DEADLINE: "↻", GoalStatus.DROPPED: "✗"}
"""The same symbols as the printed evaluation: the mark never depends on colour."""

_NUMBER_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}



class ReviewRow(QFrame):
    """One action or goal from last time. The row itself takes the focus: keys 1–4
    mark it, Tab goes to its comment, Enter/Down to the next row."""

    step = Signal(int)
    """Go to the row `+1` below or `-1` above."""

    def __init__(self, review: RowsStep, item: ReviewItem, before_due: dt.date | None) -> None:
        super().__init__()
        self.review = review
        self.item = item
        self.item_id = item.id
        self.before_due = before_due
        """The due date / deadline the item had last time."""
        self.said: int | None = None
        """A mark said in this review that changes nothing in the data ("not done",
        "keep", or "new deadline" before the date is typed)."""
        self.setObjectName("reviewRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 10, 14, 10)
        box.setSpacing(6)

        top = QHBoxLayout()
        self.kind_label = QLabel()
        self.kind_label.setProperty("role", "muted")
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setFont(scaled_font(self.font(), 1.2))
        top.addWidget(self.kind_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.text_label, 1)
        box.addLayout(top)
        self.detail = QLabel()
        self.detail.setProperty("role", "muted")
        self.detail.setWordWrap(True)
        box.addWidget(self.detail)

        marks = QHBoxLayout()
        marks.setSpacing(6)
        self.buttons: list[QPushButton] = []
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # "not marked yet" is a state too
        for n in range(4):
            button = QPushButton()
            button.setObjectName("reviewMark")
            button.setCheckable(True)
            # The row is the keyboard's stop (keys 1–4); the buttons are for the mouse.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, i=n: self.mark(i))
            self.group.addButton(button, n)
            self.buttons.append(button)
            marks.addWidget(button)
        self.deadline: DateBlank | None = None
        if item.kind == "goal":
            # The duk's date blank: "15.04.2026" typed is that date (a QDateEdit
            # made it 14.09.1752).
            self.deadline = DateBlank(None)
            self.deadline.setObjectName("reviewDeadline")
            self.deadline.date_edited.connect(self._deadline_edited)
            self.deadline.installEventFilter(self)
            marks.addWidget(self.deadline)
        self.comment = QLineEdit()
        self.comment.setObjectName("reviewComment")
        # Room for the placeholder ("Comment (optional)") at any text size.
        self.comment.setMinimumWidth(max(180, self.comment.fontMetrics().averageCharWidth() * 22))
        self.comment.textEdited.connect(self._comment_edited)
        self.comment.installEventFilter(self)
        pass_undo(self.comment)
        marks.addSpacing(8)
        marks.addWidget(self.comment, 1)
        box.addLayout(marks)
        self.retranslate()

    # ------------------------------------------------------------- the model
    def model_item(self) -> Action | Goal | None:
        try:
            _fid, _name, found = self.review.session.find(self.item_id)
        except KeyError:
            return None  # gone from the duk (deleted there)
        return found if isinstance(found, Action | Goal) else None

    def due_now(self) -> dt.date | None:
        found = self.model_item()
        if isinstance(found, Goal):
            fid = self.review.session.find(self.item_id)[0]
            return found.deadline or self.review.session.meeting.field(fid).date
        return found.due if isinstance(found, Action) else None

    def current_mark(self) -> int | None:
        """Which of the four marks the item carries now, or None if not marked."""
        found = self.model_item()
        if found is None:
            return None
        if isinstance(found, Action):
            index = ACTION_MARKS.index(found.status)
            # A new due date is a "not done, carried on" said aloud too.
            changed = (found.status is not self.item_status_before()
                       or found.due != self.before_due)
            return index if changed else self.said
        if found.status is GoalStatus.REACHED:
            return 0
        if found.status is GoalStatus.DROPPED:
            return 3
        if self.due_now() != self.before_due:
            return 2
        return self.said

    def item_status_before(self) -> ActionStatus | GoalStatus:
        return self.review.before_status.get(self.item_id, self.item.status)

    # ------------------------------------------------------------- marking
    def mark(self, index: int) -> None:
        """Set mark `index` (0–3) through the session: one undoable edit."""
        session = self.review.session
        # "Not done" and "keep" change nothing in the data; remember that they were
        # said. The other marks show from the data (so an undo un-marks them).
        quiet = (ACTION_MARKS[index] is ActionStatus.OPEN if self.item.kind == "action"
                 else GOAL_MARKS[index] in (KEEP, NEW_DEADLINE))
        self.said = index if quiet else None
        if self.item.kind == "action":
            session.set_action_status(self.item_id, ACTION_MARKS[index])
        else:
            choice = GOAL_MARKS[index]
            if isinstance(choice, GoalStatus):
                session.set_goal_status(self.item_id, choice)
            else:
                session.set_goal_status(self.item_id, GoalStatus.OPEN)
                if choice == NEW_DEADLINE and self.deadline is not None:
                    # The date is typed next; Enter there goes on to the next row.
                    self.deadline.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh()
        self.review.update_progress()

    def _deadline_edited(self, day: dt.date | None) -> None:
        if self._quiet or day is None:
            return
        if day != self.due_now():
            self.said = 2
            self.review.session.set_goal_deadline(self.item_id, day)

    def _comment_edited(self, text: str) -> None:
        if self.item.kind == "action":
            self.review.session.set_action_comment(self.item_id, text)
        else:
            self.review.session.set_goal_comment(self.item_id, text)

    # ------------------------------------------------------------- showing
    _quiet = False

    def refresh(self) -> None:
        found = self.model_item()
        self.setVisible(found is not None)
        if found is None:
            return
        self.text_label.setText(found.text)
        due = self.due_now()
        bits, due_said = self.review.where(self.item.field, due)
        if isinstance(found, Action) and found.owner:
            bits.append(found.owner)
        if due is not None and not due_said:
            bits.append(self.tr("by %1").replace("%1", format_date(due)))
        overdue = self.item.overdue and found.status in (
            ActionStatus.OPEN, ActionStatus.PARTLY, GoalStatus.OPEN) and due is not None \
            and due < self.review.session.meeting.date
        if overdue:
            bits.append("⚠ " + self.tr("the deadline has passed"))
        self.detail.setText(" · ".join(bits))
        set_text_quietly(self.comment, found.comment)
        current = self.current_mark()
        for i, button in enumerate(self.buttons):
            button.setChecked(i == current)
        if self.deadline is not None and due is not None:
            self._quiet = True
            try:
                self.deadline.set_value(due)
            finally:
                self._quiet = False
        self.setProperty("marked", current is not None)
        self.style().unpolish(self)
        self.style().polish(self)
        self._speak(found, current, overdue)

    def _mark_words(self) -> list[str]:
        if self.item.kind == "action":
            return [self.tr("Done"), self.tr("Partly done"), self.tr("Not done"),
                    self.tr("Dropped")]
        return [self.tr("Reached"), self.tr("Keep"), self.tr("New deadline"), self.tr("Dropped")]

    def _speak(self, found: Action | Goal, current: int | None, overdue: bool) -> None:
        kind = self.tr("Action") if self.item.kind == "action" else self.tr("Goal")
        state = self._mark_words()[current] if current is not None else self.tr("not marked yet")
        parts = [kind, found.text]
        if isinstance(found, Action) and found.owner:
            parts.append(found.owner)
        if overdue:
            parts.append(self.tr("the deadline has passed"))
        parts.append(self.tr("Status: %1").replace("%1", state))
        self.setAccessibleName(". ".join(parts))

    def retranslate(self) -> None:
        words = self._mark_words()
        marks = ACTION_MARKS if self.item.kind == "action" else GOAL_MARKS
        for n, button in enumerate(self.buttons):
            button.setText(f"{n + 1}  {_SYMBOL[marks[n]]} {words[n]}")
            button.setAccessibleName(words[n])
            button.setToolTip(self.tr("Key %1").replace("%1", str(n + 1)))
        self.kind_label.setText(self.tr("Action") if self.item.kind == "action"
                                else self.tr("Goal"))
        if self.item.kind == "action":
            keys = self.tr("Keys 1 to 4: 1 done, 2 partly done, 3 not done, 4 dropped.")
        else:
            keys = self.tr("Keys 1 to 4: 1 reached, 2 keep, 3 new deadline, 4 dropped.")
        self.setAccessibleDescription(
            keys + " " + self.tr("Tab goes to the comment; Enter or Down to the next."))
        self.comment.setPlaceholderText(self.tr("Comment (optional)"))
        self.comment.setAccessibleName(self.tr("Comment on: %1").replace("%1", self.item.text))
        if self.deadline is not None:
            self.deadline.setAccessibleName(
                self.tr("New deadline for: %1").replace("%1", self.item.text))
        self.refresh()

    # ------------------------------------------------------------ keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = Qt.Key(event.key())
        if key in _NUMBER_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.mark(_NUMBER_KEYS[key])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            self.step.emit(1)
            return
        if key == Qt.Key.Key_Up:
            self.step.emit(-1)
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or (
                    key == Qt.Key.Key_Down and watched is self.comment):
                if watched is self.deadline and self.deadline is not None \
                        and not self.deadline.commit():
                    return True  # not a date: refused where it was typed; stay
                self.step.emit(1)
                return True
            if key == Qt.Key.Key_Up and watched is self.comment:
                self.step.emit(-1)
                return True
        elif event.type() == QEvent.Type.FocusOut and watched is self.comment:
            # The next comment is its own undo step.
            self.review.session.seal_typing()
        return False

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.review.scroll_area.ensureWidgetVisible(self, 0, 40)
