"""A goal's second line (its own deadline and its status) is made when it is first
to be seen: when it has something to say, or when the keyboard comes into the
row (issue 16: an untouched duk built every goal's hidden editors). Tab and
Shift+Tab must reach it all the same, and a read-only meeting must not offer it
for editing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samtaleduk.domain.model import GoalStatus
from samtaleduk.store.store import Store
from tests.ui.canvas.test_canvas import open_view, type_text
from tests.ui.canvas.test_canvas_keyboard import backtab_until, tab_until
from tests.ui.canvas_support import focused, key, new_session
from ui.canvas.goals import GoalRow
from ui.canvas.rows import ItemRowsField
from ui.canvas.view import MeetingView

pytestmark = pytest.mark.usefixtures("english")


def _rows(view: MeetingView) -> list[GoalRow]:
    field = view.canvas.fields["kort_sikt"]
    assert isinstance(field, ItemRowsField)
    rows = field.rows()
    assert all(isinstance(r, GoalRow) for r in rows)
    return rows  # type: ignore[return-value]


def test_tab_into_a_goal_reaches_its_deadline_and_status(qtbot: QtBot, store: Store) -> None:
    session = new_session(store, "familie")
    first = session.add_goal("kort_sikt", "Sova heile natta")
    second = session.add_goal("kort_sikt", "Eta frukost")
    session.set_goal_status(second, GoalStatus.REACHED)
    view = open_view(qtbot, session)
    row, done = _rows(view)
    # Nothing to say and never visited: not made. A reached goal shows its status.
    assert row.detail is None and row.deadline is None and row.status is None
    assert done.detail is not None and done.detail.isVisible()

    # Tab from the goal's text to its deadline, type one; Tab on to its status.
    row.text.setFocus(Qt.FocusReason.TabFocusReason)
    key(Qt.Key.Key_Tab)
    assert row.deadline is not None and focused() is row.deadline
    type_text(focused(), "01032026")
    key(Qt.Key.Key_Tab)
    assert focused() is row.status
    key(Qt.Key.Key_Down)
    goal = session.meeting.field("kort_sikt").goals[0]
    assert goal.id == first
    assert goal.deadline == dt.date(2026, 3, 1)
    assert goal.status is GoalStatus.REACHED
    key(Qt.Key.Key_Tab)
    assert focused() is row.delete_btn


def test_shift_tab_into_a_goal_comes_to_its_status_first(qtbot: QtBot, store: Store) -> None:
    session = new_session(store, "familie")
    session.add_goal("kort_sikt", "Sova heile natta")
    view = open_view(qtbot, session)
    (row,) = _rows(view)
    view.canvas.focus_field("kort_sikt")  # the entry line under the goal
    backtab_until(lambda: focused() is row.delete_btn)
    key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert row.status is not None and focused() is row.status
    key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is row.deadline
    key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is row.text


def test_a_read_only_meeting_offers_the_line_for_reading_only(qtbot: QtBot,
                                                              store: Store) -> None:
    session = new_session(store, "familie")
    session.add_goal("kort_sikt", "Sova heile natta")
    session.read_only = True
    view = open_view(qtbot, session)
    (row,) = _rows(view)
    row.text.setFocus(Qt.FocusReason.TabFocusReason)
    tab_until(lambda: focused() is row.deadline, limit=2)
    assert row.deadline is not None and row.status is not None
    assert row.deadline.isReadOnly() and not row.status.isEnabled()
    view.make_editable()
    assert not row.deadline.isReadOnly() and row.status.isEnabled()
