"""A goal's or an action's status box makes its drop-down list only when someone
reaches for it (issue 16: a duk's hundred unseen popup widgets made opening a
meeting slow). Until then it must look, size and behave as the combo box it is:
Tab into it and a key changes the stored status from the one it shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox
from pytestqt.qtbot import QtBot

from samtaleduk.domain.model import ActionStatus, GoalStatus
from samtaleduk.store.store import Store
from tests.ui.canvas.test_canvas import open_view
from tests.ui.canvas.test_canvas_keyboard import tab_until
from tests.ui.canvas_support import focused, key, new_session
from ui.canvas.actions import ActionRow
from ui.canvas.goals import GoalRow
from ui.canvas.rows import ItemRowsField
from ui.canvas.status_box import StatusBox


def _popups(box: QComboBox) -> list[QAbstractItemView]:
    return box.findChildren(QAbstractItemView)


def _image(box: QComboBox) -> QImage:
    return box.grab().toImage()


def test_tab_into_a_status_and_a_key_changes_the_one_it_shows(qtbot: QtBot,
                                                             store: Store) -> None:
    session = new_session(store, "familie")
    goal = session.add_goal("kort_sikt", "Sova heile natta")
    session.set_goal_status(goal, GoalStatus.REACHED)
    action = session.add_action("neste_steg", "Ringja skulen")
    session.set_action_status(action, ActionStatus.PARTLY)
    view = open_view(qtbot, session)
    goals = view.canvas.fields["kort_sikt"]
    actions = view.canvas.fields["neste_steg"]
    assert isinstance(goals, ItemRowsField) and isinstance(actions, ItemRowsField)
    goal_row, action_row = goals.rows()[0], actions.rows()[0]
    assert isinstance(goal_row, GoalRow) and isinstance(action_row, ActionRow)
    boxes = [goal_row.status, action_row.status]
    # Opened and untouched: no box has made its popup, each shows its status.
    for box in boxes:
        assert isinstance(box, StatusBox) and box.is_dormant()
        assert _popups(box) == []
    assert goal_row.status.currentData() == GoalStatus.REACHED
    assert action_row.status.currentData() == ActionStatus.PARTLY

    # Tab from the goal's text to its status; Down takes the next status after
    # the one shown (reached → dropped), and it is stored.
    goal_row.text.setFocus(Qt.FocusReason.TabFocusReason)
    tab_until(lambda: focused() is goal_row.status)
    key(Qt.Key.Key_Down)
    assert session.meeting.field("kort_sikt").goals[0].status is GoalStatus.DROPPED
    assert goal_row.status.currentText() == goal_row.status.itemText(2)

    # The same for an action, three Tabs on from its text (who, by when, status).
    action_row.text.setFocus(Qt.FocusReason.TabFocusReason)
    tab_until(lambda: focused() is action_row.status, limit=4)
    key(Qt.Key.Key_Up)
    assert session.meeting.field("neste_steg").actions[0].status is ActionStatus.DONE
    # Undo puts the stored status back, and the box shows it.
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.meeting.field("neste_steg").actions[0].status is ActionStatus.PARTLY
    assert action_row.status.currentData() == ActionStatus.PARTLY

    # Alt+Down opens the list, in the box's own font, on the status shown.
    key(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = action_row.status.view()
    assert popup.isVisible()
    assert popup.font().pointSizeF() == action_row.status.font().pointSizeF()
    assert popup.currentIndex().data(Qt.ItemDataRole.UserRole) == ActionStatus.PARTLY
    key(Qt.Key.Key_Escape)
    assert QApplication.activePopupWidget() is None


def test_a_dormant_box_looks_and_sizes_as_the_combo_box_it_becomes(qtbot: QtBot,
                                                                   store: Store) -> None:
    session = new_session(store, "familie")
    for status in (ActionStatus.OPEN, ActionStatus.DROPPED):
        session.set_action_status(session.add_action("neste_steg", "Ringja skulen"), status)
    view = open_view(qtbot, session)
    actions = view.canvas.fields["neste_steg"]
    assert isinstance(actions, ItemRowsField)
    for zoom_steps in (0, 2):
        for _ in range(zoom_steps):
            view.style_.zoom_in()
        QApplication.processEvents()
        for row in actions.rows():
            box = row.status  # type: ignore[attr-defined]
            assert isinstance(box, StatusBox)
            if not box.is_dormant():
                continue
            dormant_look, dormant_size = _image(box), box.sizeHint()
            box.wake()
            assert box.sizeHint() == dormant_size == QComboBox.sizeHint(box)
            assert box.minimumSizeHint() == QComboBox.minimumSizeHint(box)
            assert _image(box) == dormant_look
