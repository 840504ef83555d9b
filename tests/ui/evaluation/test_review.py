"""The review step: marking last time's actions and goals aloud, by keyboard."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samtaleduk.domain.demo import demo_cases, demo_id
from samtaleduk.domain.model import ActionStatus, Goal, GoalStatus, Meeting
from samtaleduk.evaluation import carry_forward
from samtaleduk.store.store import Store
from tests.ui.canvas_support import reopened, template
from ui.evaluation.review import ReviewDialog, ReviewRow, ReviewStep, review_needed
from ui.meeting.session import MeetingSession


def h(label: str) -> uuid.UUID:
    return demo_id(f"haugland/{label}")


def follow_up(store: Store) -> tuple[MeetingSession, Meeting]:
    """Demo meeting 1 saved, and meeting 2 carried forward from it, unedited."""
    case, meetings = demo_cases()[0]
    tpl = template("familie")
    store.save_case(case)
    first = meetings[0]
    store.save_meeting(first, tpl)
    second = carry_forward(first, tpl, number=2, date=dt.date(2026, 3, 11))
    store.save_meeting(second, tpl)
    return MeetingSession(store, case, second, tpl), first


def shown(qtbot: QtBot, store: Store) -> ReviewStep:
    session, first = follow_up(store)
    step = ReviewStep(session, first, "nn")
    qtbot.addWidget(step)
    step.resize(900, 700)
    with qtbot.waitActive(step):
        step.show()
        step.activateWindow()
    step.start()
    return step


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
          ) -> None:
    qtbot.keyClick(focused(), key, modifier)


def row_of(step: ReviewStep, item_id: uuid.UUID) -> ReviewRow:
    return next(r for r in step.rows if r.item_id == item_id)


def item(session: MeetingSession, item_id: uuid.UUID) -> object:
    return session.find(item_id)[2]


def test_the_rows_are_last_times_open_promises_in_duk_order(qtbot: QtBot, store: Store) -> None:
    step = shown(qtbot, store)
    ids = [r.item_id for r in step.rows]
    assert ids == [h("g/emil-skule"), h("g/nora-fotball"), h("g/sara-arbeid"), h("g/bustad"),
                   h("a/jobbtiltak"), h("a/emil-samtale"), h("a/bustad"), h("a/fotballag"),
                   h("a/budsjett")]
    assert focused() is step.rows[0]
    # Said aloud and read by a screen reader: what it is, and that it is not marked yet.
    name = row_of(step, h("a/bustad")).accessibleName()
    assert "Søkje om kommunal bustad" in name and "Sara" in name
    assert step.rows[0].accessibleDescription()
    assert "0" in step.progress.text() and "9" in step.progress.text()


def test_keyboard_only_review_sets_statuses_and_survives_a_reopen(
        qtbot: QtBot, store: Store, store_passphrase: str) -> None:
    step = shown(qtbot, store)
    session = step.session
    # Goal "Emil er på skulen kvar dag": new deadline, typed into the date blank.
    press(qtbot, Qt.Key.Key_3)
    assert focused() is row_of(step, h("g/emil-skule")).deadline
    qtbot.keyClicks(focused(), "15042026")
    press(qtbot, Qt.Key.Key_Return)
    # "Nora byrjar på fotball": reached.
    assert focused() is row_of(step, h("g/nora-fotball"))
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_2)  # Sara er i arbeid …: keep
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_2)  # Større bustad: keep
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_1)  # Kartleggje jobbtiltak: done
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_2)  # Samtale med Emil: partly, with a comment
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is row_of(step, h("a/emil-samtale")).comment
    qtbot.keyClicks(focused(), "Ein av to samtalar er halden")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_3)  # Søkje om kommunal bustad: not done
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_1)  # Fotballag: done
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_4)  # Budsjett: dropped
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is step.done_button
    assert step.marked_count() == 9

    expected = {h("a/jobbtiltak"): ActionStatus.DONE, h("a/emil-samtale"): ActionStatus.PARTLY,
                h("a/bustad"): ActionStatus.OPEN, h("a/fotballag"): ActionStatus.DONE,
                h("a/budsjett"): ActionStatus.DROPPED}
    with qtbot.waitSignal(step.finished):
        press(qtbot, Qt.Key.Key_Space)  # on "Done — go to the duk"
    assert not session.dirty
    again = reopened(store, store_passphrase, session.meeting)
    actions = {a.id: a for c in again.fields.values() for a in c.actions}
    goals = {g.id: g for c in again.fields.values() for g in c.goals}
    for action_id, status in expected.items():
        assert actions[action_id].status is status
    assert actions[h("a/emil-samtale")].comment == "Ein av to samtalar er halden"
    assert goals[h("g/nora-fotball")].status is GoalStatus.REACHED
    assert goals[h("g/emil-skule")].status is GoalStatus.OPEN
    assert goals[h("g/emil-skule")].deadline == dt.date(2026, 4, 15)
    assert goals[h("g/sara-arbeid")].status is GoalStatus.OPEN


def test_a_mark_is_undone_with_ctrl_z(qtbot: QtBot, store: Store) -> None:
    step = shown(qtbot, store)
    session = step.session
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    row = focused()
    assert row is row_of(step, h("a/jobbtiltak"))
    press(qtbot, Qt.Key.Key_1)
    action = item(session, h("a/jobbtiltak"))
    assert action.status is ActionStatus.DONE  # type: ignore[attr-defined]
    assert row.buttons[0].isChecked()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert action.status is ActionStatus.OPEN  # type: ignore[attr-defined]
    assert not any(b.isChecked() for b in row.buttons)
    assert step.marked_count() == 0
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert action.status is ActionStatus.DONE  # type: ignore[attr-defined]
    # Up goes back a row.
    press(qtbot, Qt.Key.Key_Up)
    assert focused() is row_of(step, h("g/bustad"))


def test_a_comment_is_one_undo_step_and_the_mouse_marks_too(qtbot: QtBot, store: Store) -> None:
    step = shown(qtbot, store)
    session = step.session
    row = row_of(step, h("a/emil-samtale"))
    qtbot.mouseClick(row.buttons[1], Qt.MouseButton.LeftButton)
    assert item(session, h("a/emil-samtale")).status is ActionStatus.PARTLY  # type: ignore[attr-defined]
    row.comment.setFocus()
    qtbot.keyClicks(row.comment, "Ein samtale")
    assert item(session, h("a/emil-samtale")).comment == "Ein samtale"  # type: ignore[attr-defined]
    session.undo()
    assert item(session, h("a/emil-samtale")).comment == ""  # type: ignore[attr-defined]
    assert row.comment.text() == ""
    # The goal's comment goes through the session as well.
    goal_row = row_of(step, h("g/bustad"))
    goal_row.comment.setFocus()
    qtbot.keyClicks(goal_row.comment, "Vent på svar")
    goal = item(session, h("g/bustad"))
    assert isinstance(goal, Goal) and goal.comment == "Vent på svar"


def test_the_dialog_opens_on_the_first_row_and_keeps_marks_on_escape(
        qtbot: QtBot, store: Store) -> None:
    session, first = follow_up(store)
    assert review_needed(first, session.meeting)
    assert not review_needed(None, session.meeting)
    dialog = ReviewDialog(session, first, "nn")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert focused() is dialog.step.rows[0]
    press(qtbot, Qt.Key.Key_1)
    with qtbot.waitSignal(dialog.finished):
        press(qtbot, Qt.Key.Key_Escape)
    assert item(session, h("g/emil-skule")).status is GoalStatus.REACHED  # type: ignore[attr-defined]
    assert not session.dirty


def test_nothing_to_review_says_so(qtbot: QtBot, store: Store) -> None:
    session, first = follow_up(store)
    for content in first.fields.values():
        content.actions = []
        content.goals = []
    step = ReviewStep(session, first, "nn")
    qtbot.addWidget(step)
    assert step.rows == []
    assert not step.empty.isHidden()
    assert not review_needed(first, session.meeting)


def test_new_deadline_shows_before_the_date_is_typed(qtbot: QtBot, store: Store) -> None:
    step = shown(qtbot, store)
    row = step.rows[0]
    press(qtbot, Qt.Key.Key_3)
    assert row.current_mark() == 2 and row.buttons[2].isChecked()
    assert step.marked_count() == 1
