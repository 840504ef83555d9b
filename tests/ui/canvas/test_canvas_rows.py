"""Item rows (goals, actions, helpers) outlive nothing: a meeting closed or
locked with the focus in a row leaves no late call to a deleted row (issue 12,
defect 7: "Internal C++ object (GoalRow) already deleted")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from tests.ui.canvas.test_canvas import type_text
from tests.ui.canvas_support import new_session
from ui.canvas.rows import ItemRowsField
from ui.canvas.view import MeetingView

pytestmark = pytest.mark.usefixtures("english")


@pytest.mark.parametrize(("template_id", "field_id", "text"), [
    ("familie", "kort_sikt", "Sova heile natta"),
    ("individuell", "tiltak", "Fast vaksen i garderoben"),
])
def test_the_meeting_goes_away_with_the_focus_in_a_row(qtbot: QtBot, store: Store,
                                                       template_id: str, field_id: str,
                                                       text: str) -> None:
    session = new_session(store, template_id)
    view = MeetingView(session)
    view.resize(1366, 768)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.canvas.focus_field(field_id)
    type_text(QApplication.focusWidget(), text)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    field = view.canvas.fields[field_id]
    assert isinstance(field, ItemRowsField)
    row = field.rows()[0]
    for _ in range(4):  # from the entry line back up into the row just added
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab,
                       Qt.KeyboardModifier.ShiftModifier)
        if row.isAncestorOf(QApplication.focusWidget()):
            break
    else:
        raise AssertionError("Tab never reached the row")
    # What locking does to the open meeting: it is hidden and deleted.
    view.hide()
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for _ in range(3):
        QApplication.processEvents()
    assert session.flush()


def test_an_undo_after_the_meeting_view_went_away_reaches_no_dead_widget(
        qtbot: QtBot, store: Store) -> None:
    session = new_session(store, "familie")
    view = MeetingView(session)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.canvas.focus_field("kort_sikt")
    type_text(QApplication.focusWidget(), "Sova heile natta")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    view.hide()
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    session.undo()  # the session is the meeting's, not the view's
    assert session.meeting.field("kort_sikt").goals == []
