"""Opening a meeting of 150 notes: the cards are laid out once, when the duk is on
screen, at the width they are drawn in; and after the quicker open every card is
still reached with the keyboard, in order, and edited in place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from samtaleduk.templates.model import FieldKind
from tests.ui.canvas.test_canvas import notes_field, open_view
from tests.ui.canvas_support import focused, new_session
from ui.canvas.note_list import CardDelegate, NoteList
from ui.canvas.view import MeetingView
from ui.canvas.widgets import NoteEditor
from ui.meeting.session import MeetingSession

pytestmark = pytest.mark.usefixtures("english")
"""These tests read the English source strings of the UI chrome."""

NOTES = 150


def big_meeting(store: Store) -> MeetingSession:
    """A family meeting with 150 notes shared out over its four notes fields; every
    third note long enough to wrap, every fifth with two lines of its own."""
    session = new_session(store)
    fields = [f.id for f in session.template.fields_of_kind(FieldKind.NOTES)]
    for i in range(NOTES):
        text = f"Notat {i}"
        if i % 3 == 0:
            text += ": det som vert sagt rundt bordet, med nokre ord til" * 3
        if i % 5 == 0:
            text += "\nog ei linje til"
        session.add_note(fields[i % len(fields)], text)
    session.seal_typing()
    return session


class SizeQuestions:
    """Counts the size questions the card delegates get, by list."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: dict[int, int] = {}
        original = CardDelegate.sizeHint

        def counted(delegate: CardDelegate, option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> QSize:
            key = id(delegate.view)
            self.asked[key] = self.asked.get(key, 0) + 1
            return original(delegate, option, index)

        monkeypatch.setattr(CardDelegate, "sizeHint", counted)

    def of(self, cards: NoteList) -> int:
        return self.asked.get(id(cards), 0)


def lists(view: MeetingView) -> list[NoteList]:
    return [notes_field(view, f.id).list
            for f in view.session.template.fields_of_kind(FieldKind.NOTES)]


def assert_cards_fit(cards: NoteList) -> None:
    """Every card is as tall as its text needs at the list's present width, and
    stands under the one before it without overlapping."""
    delegate = cards.itemDelegate()
    assert isinstance(delegate, CardDelegate)
    bottom = -1
    for row in range(cards.notes_model.rowCount()):
        index = cards.notes_model.index(row)
        rect = cards.visualRect(index)
        want = delegate.sizeHint(QStyleOptionViewItem(), index)
        assert rect.height() == want.height(), f"card {row} laid out at another width"
        assert rect.top() > bottom, f"card {row} overlaps the one above"
        assert rect.right() < cards.viewport().width(), f"card {row} runs under the scroll bar"
        bottom = rect.bottom()


def test_the_cards_are_laid_out_when_shown_not_while_the_duk_is_built(
        qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    session = big_meeting(store)
    questions = SizeQuestions(monkeypatch)
    view = MeetingView(session)
    qtbot.addWidget(view)
    # Built and styled, not yet on screen: no card has been measured at a width
    # it will never be drawn in.
    assert all(questions.of(cards) == 0 for cards in lists(view))
    view.resize(1366, 768)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    qtbot.waitUntil(lambda: all(c.verticalScrollBar().maximum() > 0 for c in lists(view)))
    for cards in lists(view):
        rows = cards.notes_model.rowCount()
        assert rows >= NOTES // 4
        # Laid out when shown, and once more when the scroll bar took its width:
        # never on the style sheet or on the window settling its heights.
        assert cards.layouts <= 2
        assert_cards_fit(cards)


def test_a_change_of_height_lays_no_card_out_a_change_of_width_wraps_them_anew(
        qtbot: QtBot, store: Store) -> None:
    view = open_view(qtbot, big_meeting(store))
    cards = lists(view)[0]
    qtbot.waitUntil(lambda: cards.verticalScrollBar().maximum() > 0)
    cards.executeDelayedItemsLayout()  # whatever the opening left pending
    layouts = cards.layouts
    height = cards.height()
    view.resize(view.width(), view.height() + 200)
    qtbot.waitUntil(lambda: cards.height() > height)
    # Qt would lay the cards out again a moment after a change of height: run
    # what is pending now instead of waiting for it.
    cards.executeDelayedItemsLayout()
    assert cards.layouts == layouts
    assert_cards_fit(cards)
    narrower = cards.viewport().width()
    view.resize(view.width() - 400, view.height())
    qtbot.waitUntil(lambda: cards.viewport().width() < narrower)
    qtbot.waitUntil(lambda: cards.layouts > layouts)
    assert_cards_fit(cards)


def test_every_one_of_150_notes_is_reached_in_order_and_edited_after_opening(
        qtbot: QtBot, store: Store) -> None:
    session = big_meeting(store)
    view = open_view(qtbot, session)
    for f in session.template.fields_of_kind(FieldKind.NOTES):
        field = notes_field(view, f.id)
        cards = field.list
        # Into the field as a person does: its entry line, then Shift+Tab up to
        # the cards, then Home for the first card.
        QTest.mouseClick(field.entry, Qt.MouseButton.LeftButton)
        QTest.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert focused() is cards
        QTest.keyClick(cards, Qt.Key.Key_Home)
        notes = session.meeting.field(f.id).notes
        for row, note in enumerate(list(notes)):
            assert cards.current_note() == note.id, f"{f.id}: card {row} out of order"
            rect = cards.visualRect(cards.currentIndex())
            assert rect.top() >= 0 and rect.bottom() <= cards.viewport().height(), \
                f"{f.id}: card {row} not scrolled into sight"
            QTest.keyClick(cards, Qt.Key.Key_F2)
            editor = focused()
            assert isinstance(editor, NoteEditor)
            QTest.keyClicks(editor, "!")
            QTest.keyClick(editor, Qt.Key.Key_Return)
            assert focused() is cards
            QTest.keyClick(cards, Qt.Key.Key_Down)
        assert [n.text[-1] for n in session.meeting.field(f.id).notes] == ["!"] * len(notes)
    assert sum(len(session.meeting.field(f.id).notes)
               for f in session.template.fields_of_kind(FieldKind.NOTES)) == NOTES
