"""Dates are typed on the duk as people write them (issue 12, defect 9): click
into a blank and type "6.10.26" or "06.10.2026", Enter or Tab keeps it; what is
not a date is refused visibly and the date that was there stays."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCalendarWidget, QTableView, QWidget
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from tests.ui.canvas.test_canvas import open_view, type_text
from tests.ui.canvas_support import focused, key, new_session, reopened
from ui.canvas.view import MeetingView

pytestmark = pytest.mark.usefixtures("english")


def click(widget: QWidget) -> None:
    """A click on the text part of `widget` (left of any button inside it)."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(widget.width() // 3, widget.height() // 2))


def goals_date(view: MeetingView) -> QWidget:
    blank = view.canvas.fields["kort_sikt"].date_blank
    assert blank is not None
    return blank


def test_click_into_an_empty_blank_and_type_d_m_yy_then_tab(qtbot: QtBot, store: Store,
                                                            store_passphrase: str) -> None:
    session = new_session(store, "familie")
    view = open_view(qtbot, session)
    blank = goals_date(view)
    click(blank)
    assert focused() is blank
    type_text(focused(), "6.10.26")
    key(Qt.Key.Key_Tab)
    assert session.field_date("kort_sikt") == dt.date(2026, 10, 6)
    assert focused() is not blank
    assert blank.text() == "06.10.2026"  # type: ignore[attr-defined]
    assert session.flush()
    assert reopened(store, store_passphrase, session.meeting).field("kort_sikt").date == \
        dt.date(2026, 10, 6)


def test_type_a_whole_date_over_the_meeting_date_then_enter(qtbot: QtBot, store: Store) -> None:
    session = new_session(store, "familie")  # the meeting is on 14.01.2026
    view = open_view(qtbot, session)
    blank = view.canvas.fields["dato"].entry_widget()
    assert blank is not None
    click(blank)
    type_text(focused(), "06.10.2026")
    key(Qt.Key.Key_Return)
    assert session.meeting.date == dt.date(2026, 10, 6)
    # And once more, d.m.yyyy over the date just typed, the cursor come by Tab.
    key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    key(Qt.Key.Key_Tab)
    assert focused() is blank
    type_text(focused(), "7.11.2026")
    key(Qt.Key.Key_Return)
    assert session.meeting.date == dt.date(2026, 11, 7)


def test_an_action_date_typed_ddmmyyyy(qtbot: QtBot, store: Store) -> None:
    session = new_session(store, "individuell")
    action = session.add_action("tiltak", "Fast vaksen i garderoben")
    view = open_view(qtbot, session)
    view.canvas.focus_field("tiltak")  # the entry line, under the row
    for _ in range(10):
        if focused().accessibleName() == "By when":
            break
        key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    else:
        raise AssertionError("Shift+Tab never reached the action's date")
    type_text(focused(), "06102026")
    key(Qt.Key.Key_Tab)
    assert session.meeting.field("tiltak").actions[0].due == dt.date(2026, 10, 6)
    assert session.meeting.field("tiltak").actions[0].id == action


def test_an_impossible_date_is_refused_visibly_and_the_old_date_stays(
        qtbot: QtBot, store: Store) -> None:
    session = new_session(store, "familie")
    session.set_field_date("kort_sikt", dt.date(2026, 3, 1))
    view = open_view(qtbot, session)
    blank = goals_date(view)
    click(blank)
    type_text(focused(), "31.02.2026")
    key(Qt.Key.Key_Return)
    assert session.field_date("kort_sikt") == dt.date(2026, 3, 1)
    assert focused() is blank
    assert "31.02.2026" in blank.toolTip()
    refused = blank.grab().toImage()
    red = sum(1 for x in range(refused.width()) for y in (1, refused.height() - 2)
              if (c := refused.pixelColor(x, y)).red() > 150 and c.green() < 100)
    assert red > refused.width() // 2, "no red frame"
    key(Qt.Key.Key_Tab)  # refused too: the focus stays with the wrong date
    assert focused() is blank
    assert session.field_date("kort_sikt") == dt.date(2026, 3, 1)
    key(Qt.Key.Key_Escape)  # the date that was there comes back
    assert blank.text() == "01.03.2026"  # type: ignore[attr-defined]
    assert blank.toolTip() == ""
    key(Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)  # empties
    assert session.field_date("kort_sikt") is None


def test_the_calendar_opens_by_keyboard_with_whole_weekday_names(qtbot: QtBot,
                                                                 store: Store) -> None:
    session = new_session(store, "familie")
    session.set_field_date("kort_sikt", dt.date(2026, 3, 2))  # a Monday
    view = open_view(qtbot, session)
    view.style_.set_zoom(1.4)
    blank = goals_date(view)
    click(blank)
    key(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = focused()
    while not isinstance(calendar, QCalendarWidget):
        parent = calendar.parentWidget()
        assert parent is not None, "Alt+Down opened no calendar"
        calendar = parent
    assert calendar.isVisible()
    table = calendar.findChild(QTableView)
    assert table is not None
    metrics = table.fontMetrics()
    model = table.model()
    first = 1 if calendar.verticalHeaderFormat() != \
        QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader else 0
    for col in range(first, first + 7):
        name = str(model.data(model.index(0, col)))
        assert name and "…" not in name
        assert metrics.horizontalAdvance(name) <= table.columnWidth(col), name
    key(Qt.Key.Key_Right)  # Tuesday
    key(Qt.Key.Key_Return)
    assert session.field_date("kort_sikt") == dt.date(2026, 3, 3)
    assert focused() is blank


def test_a_date_typed_in_a_goal_that_goes_away_is_dropped_quietly(qtbot: QtBot,
                                                                  store: Store) -> None:
    session = new_session(store, "familie")
    view = open_view(qtbot, session)
    view.canvas.focus_field("kort_sikt")
    type_text(focused(), "Sova heile natta")
    key(Qt.Key.Key_Return)
    for _ in range(6):  # from the entry line back up into the goal's row
        if focused().accessibleName() == "Deadline for this goal":
            break
        key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    else:
        raise AssertionError("Shift+Tab never reached the goal's deadline")
    type_text(focused(), "1.3")
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the goal's adding is undone
    assert session.meeting.field("kort_sikt").goals == []
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [g.deadline for g in session.meeting.field("kort_sikt").goals] == [None]


def test_a_goal_deadline_keeps_its_own_tooltip_after_a_refusal(qtbot: QtBot,
                                                               store: Store) -> None:
    session = new_session(store, "familie")
    session.add_goal("kort_sikt", "Sova heile natta")
    view = open_view(qtbot, session)
    view.canvas.focus_field("kort_sikt")
    for _ in range(6):  # from the entry line back up into the goal's row
        if focused().accessibleName() == "Deadline for this goal":
            break
        key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    else:
        raise AssertionError("Shift+Tab never reached the goal's deadline")
    blank = focused()
    usual = blank.toolTip()
    assert usual
    type_text(blank, "32.1")
    key(Qt.Key.Key_Return)
    assert "32.1" in blank.toolTip()
    key(Qt.Key.Key_Escape)
    assert blank.toolTip() == usual
    type_text(blank, "1.3.27")
    key(Qt.Key.Key_Tab)
    assert session.meeting.field("kort_sikt").goals[0].deadline == dt.date(2027, 3, 1)


def test_a_blank_outside_the_duk_reads_typed_dates_too(qtbot: QtBot) -> None:
    from ui.canvas.widgets import DateBlank

    blank = DateBlank(None)
    qtbot.addWidget(blank)
    with qtbot.waitActive(blank):
        blank.show()
        blank.activateWindow()
    blank.setFocus()
    with qtbot.waitSignal(blank.date_edited) as edited:
        type_text(blank, "6.10.26")
        key(Qt.Key.Key_Return)
    assert edited.args == [dt.date(2026, 10, 6)] and blank.value() == dt.date(2026, 10, 6)
    type_text(blank, "0.0.0")
    key(Qt.Key.Key_Return)
    assert blank.value() == dt.date(2026, 10, 6) and "0.0.0" in blank.toolTip()


def test_up_and_down_step_a_day(qtbot: QtBot, store: Store) -> None:
    session = new_session(store, "familie")  # the meeting is on 14.01.2026
    view = open_view(qtbot, session)
    view.canvas.focus_field("dato")
    key(Qt.Key.Key_Up)
    key(Qt.Key.Key_Up)
    assert session.meeting.date == dt.date(2026, 1, 16)
    key(Qt.Key.Key_Down)
    assert session.meeting.date == dt.date(2026, 1, 15)


def test_a_day_picked_with_the_mouse_in_the_calendar(qtbot: QtBot, store: Store) -> None:
    from PySide6.QtWidgets import QToolButton

    from ui.canvas.widgets import DateBlank

    session = new_session(store, "familie")
    session.set_field_date("kort_sikt", dt.date(2026, 3, 2))
    view = open_view(qtbot, session)
    blank = goals_date(view)
    assert isinstance(blank, DateBlank)
    button = next(b for b in blank.findChildren(QToolButton) if b.isVisible())
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    popup = blank.calendar_popup()
    assert popup is not None
    qtbot.waitExposed(popup)
    table = popup.calendar.findChild(QTableView)
    assert table is not None
    model = table.model()
    cell = next(model.index(r, c) for r in range(1, 7) for c in range(model.columnCount())
                if str(model.data(model.index(r, c))) == "20")
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, table.visualRect(cell).center())
    assert session.field_date("kort_sikt") == dt.date(2026, 3, 20)
    qtbot.waitUntil(lambda: blank.calendar_popup() is None)
    assert blank.text() == "20.03.2026"


def test_a_read_only_blank_keeps_its_date(qtbot: QtBot) -> None:
    from ui.canvas.widgets import DateBlank

    blank = DateBlank(None)
    qtbot.addWidget(blank)
    blank.set_value(dt.date(2026, 3, 1))
    blank.setReadOnly(True)
    with qtbot.waitActive(blank):
        blank.show()
        blank.activateWindow()
    blank.setFocus()
    for k in (Qt.Key.Key_1, Qt.Key.Key_Up, Qt.Key.Key_F4, Qt.Key.Key_Return):
        key(k)
    key(Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert blank.value() == dt.date(2026, 3, 1) and blank.text() == "01.03.2026"
    assert blank.calendar_popup() is None


@pytest.mark.parametrize("theme", ["paper", "high_contrast"])
def test_the_calendar_button_sits_inside_every_blank_in_the_app_look(
        qtbot: QtBot, store: Store, qapp: QApplication, theme: str) -> None:
    from PySide6.QtWidgets import QToolButton

    from ui.canvas.widgets import DateBlank
    from ui.look.theme import apply_theme

    apply_theme(qapp, theme)
    try:
        session = new_session(store, "familie")
        goal = session.add_goal("kort_sikt", "Sova heile natta")
        session.set_goal_deadline(goal, dt.date(2026, 3, 1))
        session.add_action("neste_steg", "Ringe skulen")
        view = open_view(qtbot, session)
        blanks = [b for b in view.canvas.findChildren(DateBlank)
                  if b.isVisible() and b.isEnabled()]
        assert len(blanks) >= 5
        for blank in blanks:
            buttons = [b for b in blank.findChildren(QToolButton) if b.isVisible()]
            assert len(buttons) == 1
            assert blank.rect().contains(buttons[0].geometry()), blank.accessibleName()
    finally:
        apply_theme(qapp, "paper")


def test_esc_puts_a_typed_date_back_before_any_window_shortcut_hears_it(
        qtbot: QtBot, store: Store) -> None:
    session = new_session(store, "familie")
    session.set_field_date("kort_sikt", dt.date(2026, 3, 1))
    view = open_view(qtbot, session)
    # A window's Esc (presentation mode and dialogs have one).
    heard: list[bool] = []
    leave = QAction(view)
    leave.setShortcut(QKeySequence(Qt.Key.Key_Escape))
    leave.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    leave.triggered.connect(lambda: heard.append(True))
    view.addAction(leave)
    blank = goals_date(view)
    click(blank)
    type_text(focused(), "15.04")
    key(Qt.Key.Key_Escape)  # the blank's: the stored date comes back
    assert blank.text() == "01.03.2026"  # type: ignore[attr-defined]
    assert heard == []
    key(Qt.Key.Key_Escape)  # nothing pending now: the window's
    assert heard == [True]
    assert session.field_date("kort_sikt") == dt.date(2026, 3, 1)
