"""Note cards by mouse and keyboard: a click focuses exactly the card clicked,
Delete removes that card, and tagging a note's life domain and speaker takes a
few keys in every notes field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samtaleduk.store import Store
from tests.ui.canvas_support import new_session
from tests.ui.test_canvas import notes_field, open_view
from ui.canvas.note_list import NoteList

pytestmark = pytest.mark.usefixtures("english")
"""These tests read the English source strings of the UI chrome."""


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None
    return w


def test_click_on_a_lower_card_of_a_scrolled_field_focuses_that_card_and_delete_removes_it(
        qtbot: QtBot, store: Store) -> None:
    session = new_session(store)
    ids = [session.add_note("vanskeleg", f"Vanskeleg nummer {i}") for i in range(30)]
    view = open_view(qtbot, session)
    cards = notes_field(view, "vanskeleg").list
    qtbot.waitUntil(lambda: cards.verticalScrollBar().maximum() > 0)
    # Focus is in another field, as when the facilitator was just writing there.
    other = notes_field(view, "fungerer").entry
    QTest.mouseClick(other, Qt.MouseButton.LeftButton)
    assert focused() is other
    # Scroll the long field half way down (the wheel or the scroll bar).
    bar = cards.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    assert scrolled > 0
    height = cards.viewport().height()
    in_sight = [r for r in range(len(ids))
                if cards.visualRect(cards.model().index(r, 0)).top() >= 0
                and cards.visualRect(cards.model().index(r, 0)).bottom() <= height]
    assert len(in_sight) >= 2
    row = in_sight[-1]  # the lowest card fully in sight
    rect = cards.visualRect(cards.model().index(row, 0))
    QTest.mouseClick(cards.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert isinstance(focused(), NoteList) and focused() is cards
    assert bar.value() == scrolled, "the list jumped"
    assert cards.current_note() == ids[row]
    QTest.keyClick(focused(), Qt.Key.Key_Delete)
    left = [n.id for n in session.meeting.field("vanskeleg").notes]
    assert ids[row] not in left
    assert left == [i for i in ids if i != ids[row]]


def test_tab_into_a_scrolled_field_lands_on_a_card_in_sight(qtbot: QtBot, store: Store) -> None:
    session = new_session(store)
    ids = [session.add_note("vanskeleg", f"Vanskeleg nummer {i}") for i in range(30)]
    view = open_view(qtbot, session)
    field = notes_field(view, "vanskeleg")
    cards = field.list
    qtbot.waitUntil(lambda: cards.verticalScrollBar().maximum() > 0)
    bar = cards.verticalScrollBar()
    bar.setValue(bar.maximum())
    scrolled = bar.value()
    QTest.mouseClick(field.entry, Qt.MouseButton.LeftButton)
    for _ in range(5):
        if focused() is cards:
            break
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is cards
    assert bar.value() == scrolled
    current = cards.visualRect(cards.currentIndex())
    assert current.top() >= 0 and current.bottom() <= cards.viewport().height()
    row = cards.currentIndex().row()
    QTest.keyClick(focused(), Qt.Key.Key_Delete)
    assert ids[row] not in [n.id for n in session.meeting.field("vanskeleg").notes]
    assert row > 0
