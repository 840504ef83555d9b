"""Note cards by mouse and keyboard: a click focuses exactly the card clicked,
Delete removes that card, and tagging a note's life domain and speaker takes a
few keys in every notes field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from samtaleduk.domain.model import SaidBy
from samtaleduk.store.store import Store
from samtaleduk.templates.model import FieldKind
from tests.ui.canvas.test_canvas import notes_field, open_view, type_text
from tests.ui.canvas_support import focused, new_session
from ui.canvas.note_list import MARKS_ROLE, NoteList
from ui.canvas.widgets import NoteEditor

pytestmark = pytest.mark.usefixtures("english")
"""These tests read the English source strings of the UI chrome."""


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
    for _ in range(5):  # from the entry line back up to the cards above it
        if focused() is cards:
            break
        QTest.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is cards
    assert bar.value() == scrolled
    current = cards.visualRect(cards.currentIndex())
    assert current.top() >= 0 and current.bottom() <= cards.viewport().height()
    row = cards.currentIndex().row()
    QTest.keyClick(focused(), Qt.Key.Key_Delete)
    assert ids[row] not in [n.id for n in session.meeting.field("vanskeleg").notes]
    assert row > 0


def ctrl(k: Qt.Key) -> None:
    QTest.keyClick(focused(), k, Qt.KeyboardModifier.ControlModifier)


def choose(qtbot: QtBot, k: Qt.Key) -> list[str]:
    """Press `k` in the tag menu that is open; returns the menu's entries."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    entries = [a.text() for a in menu.actions() if not a.isSeparator()]
    QTest.keyClick(menu, k)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    return entries


def test_a_focused_card_gets_its_domain_and_speaker_in_two_keys_each(
        qtbot: QtBot, store: Store) -> None:
    session = new_session(store)  # members Åse and Ŋora
    session.add_participant("Emil Haugland", "son, 14 år")
    note = session.add_note("vanskeleg", "Emil kjem seg ikkje på skulen")
    view = open_view(qtbot, session)
    cards = notes_field(view, "vanskeleg").list
    qtbot.waitUntil(lambda: cards.visualRect(cards.model().index(0, 0)).height() > 0)
    QTest.mouseClick(cards.viewport(), Qt.MouseButton.LeftButton,
                     pos=cards.visualRect(cards.model().index(0, 0)).center())
    assert cards.current_note() == note
    ctrl(Qt.Key.Key_D)
    entries = choose(qtbot, Qt.Key.Key_6)  # the sixth life domain: Skule
    assert entries[5] == "&6  Skule/utdanning" and entries[-1] == "&0  None"
    ctrl(Qt.Key.Key_K)
    entries = choose(qtbot, Qt.Key.Key_1)
    assert entries[:3] == ["&1  Emil Haugland (son, 14 år)", "&2  Åse", "&3  Ŋora"]
    assert entries[3:7] == ["&4  barnet", "&5  forelder", "&6  fagperson", "&7  annan"]
    saved = session.meeting.field("vanskeleg").notes[0]
    assert (saved.domain, saved.said_by, saved.said_by_name) == ("skole", SaidBy.CHILD,
                                                                 "Emil Haugland")
    # The card shows it, and says it to a screen reader.
    index = cards.model().index(0, 0)
    assert index.data(MARKS_ROLE) == [("Skule", "domain"), ("Emil Haugland", "child")]
    assert "Emil Haugland (barnet)" in index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert focused() is cards and cards.current_note() == note
    # A kind of voice keeps the name; 0 clears; Ctrl+Z undoes one step.
    ctrl(Qt.Key.Key_K)
    choose(qtbot, Qt.Key.Key_5)
    assert (saved.said_by, saved.said_by_name) == (SaidBy.PARENT, "Emil Haugland")
    ctrl(Qt.Key.Key_K)
    choose(qtbot, Qt.Key.Key_0)
    assert (saved.said_by, saved.said_by_name) == (None, "")
    ctrl(Qt.Key.Key_Z)
    assert (saved.said_by, saved.said_by_name) == (SaidBy.PARENT, "Emil Haugland")


def test_the_entry_line_tags_the_note_being_written_then_the_one_just_added(
        qtbot: QtBot, store: Store) -> None:
    session = new_session(store)
    view = open_view(qtbot, session)
    field = notes_field(view, "fungerer")
    QTest.mouseClick(field.entry, Qt.MouseButton.LeftButton)
    type_text(field.entry, "Nora trivst på skulen")
    ctrl(Qt.Key.Key_D)
    choose(qtbot, Qt.Key.Key_6)
    ctrl(Qt.Key.Key_K)
    choose(qtbot, Qt.Key.Key_2)  # Ŋora
    assert focused() is field.entry
    assert field.chip.isVisible()
    assert field.chip.label.text() == "New note gets: Skule · Ŋora"
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    note = session.meeting.field("fungerer").notes[-1]
    assert (note.text, note.domain, note.said_by, note.said_by_name) == (
        "Nora trivst på skulen", "skole", None, "Ŋora")
    assert not field.chip.isVisible()
    # The line is empty: the keys now tag the note just added ("barnet" keeps Ŋora).
    ctrl(Qt.Key.Key_K)
    choose(qtbot, Qt.Key.Key_3)
    assert (note.said_by, note.said_by_name) == (SaidBy.CHILD, "Ŋora")
    model = field.list.notes_model
    assert ("Ŋora", "child") in model.index(model.row_of(note.id)).data(MARKS_ROLE)
    # Typing starts the next note: its tags start empty and the ✕ takes them off.
    type_text(field.entry, "Eg")
    ctrl(Qt.Key.Key_D)
    choose(qtbot, Qt.Key.Key_1)
    assert field.chip.isVisible() and note.domain == "skole"
    QTest.mouseClick(field.chip.clear_button, Qt.MouseButton.LeftButton)
    assert not field.chip.isVisible()
    assert focused() is field.entry
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert session.meeting.field("fungerer").notes[-1].domain is None


@pytest.mark.parametrize("template_id", ["familie", "individuell"])
def test_every_notes_field_has_the_same_keys_and_says_when_it_has_no_domains(
        qtbot: QtBot, store: Store, template_id: str) -> None:
    session = new_session(store, template_id)
    view = open_view(qtbot, session)
    fields = [f for f in session.template.conversation_order() if f.kind is FieldKind.NOTES]
    for f in fields:
        field = notes_field(view, f.id)
        QTest.mouseClick(field.entry, Qt.MouseButton.LeftButton)
        type_text(field.entry, f"Notat i {f.id}")
        ctrl(Qt.Key.Key_D)
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        if f.domain_tags:
            assert len([a for a in menu.actions() if not a.isSeparator()]) == 10
        else:
            [only] = menu.actions()
            assert only.text() == "This field has no life domains"
            assert not only.isEnabled()
        QTest.keyClick(menu, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
        ctrl(Qt.Key.Key_K)
        choose(qtbot, Qt.Key.Key_1)  # the first member
        QTest.keyClick(focused(), Qt.Key.Key_Return)
        assert session.meeting.field(f.id).notes[-1].said_by_name == "Åse"


def test_the_cards_menu_key_offers_the_same_menus(qtbot: QtBot, store: Store) -> None:
    session = new_session(store)
    note = session.add_note("draumar", "Hus med hage")
    view = open_view(qtbot, session)
    field = notes_field(view, "draumar")
    assert field.focus_note(note)
    QTest.keyClick(focused(), Qt.Key.Key_Menu)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert [a.text() for a in menu.actions()][-2:] == ["Life domain\tCtrl+D",
                                                        "Who said it\tCtrl+K"]
    QTest.keyClick(menu, Qt.Key.Key_Up)  # wraps to the last entry: Who said it
    QTest.keyClick(menu, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not menu)
    submenu = QApplication.activePopupWidget()
    QTest.keyClick(submenu, Qt.Key.Key_2)  # Ŋora
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert session.meeting.field("draumar").notes[0].said_by_name == "Ŋora"


def test_one_note_with_a_domain_and_a_named_speaker_takes_five_non_text_keys(
        qtbot: QtBot, store: Store) -> None:
    """The closing note's measure: from the entry line, text, then Ctrl+D 6,
    Ctrl+K 1, Enter, and the cursor is back where the next note starts. (Before:
    Enter, Tab, End, the menu key and 16 arrows and Enters through two submenus,
    Shift+Tab back: 26 keys, and a role word only.)"""
    session = new_session(store)
    session.add_participant("Emil Haugland", "son, 14 år")
    for t in ("Eitt", "To", "Tre"):
        session.add_note("fungerer", t)
    view = open_view(qtbot, session)
    entry = notes_field(view, "fungerer").entry
    QTest.mouseClick(entry, Qt.MouseButton.LeftButton)
    type_text(entry, "Nora trivst på skulen")
    pressed = 0
    for chord, then in ((Qt.Key.Key_D, Qt.Key.Key_6), (Qt.Key.Key_K, Qt.Key.Key_1)):
        ctrl(chord)
        choose(qtbot, then)
        pressed += 2
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    pressed += 1
    note = session.meeting.field("fungerer").notes[-1]
    assert (note.text, note.domain, note.said_by, note.said_by_name) == (
        "Nora trivst på skulen", "skole", SaidBy.CHILD, "Emil Haugland")
    assert focused() is entry and entry.text() == ""
    assert pressed == 5


def test_the_keys_work_while_a_card_is_being_edited(qtbot: QtBot, store: Store) -> None:
    session = new_session(store)
    note = session.add_note("vanskeleg", "Rekningar")
    view = open_view(qtbot, session)
    field = notes_field(view, "vanskeleg")
    assert field.focus_note(note)
    QTest.keyClick(focused(), Qt.Key.Key_F2)
    assert isinstance(focused(), NoteEditor)
    type_text(focused(), " kvar månad")
    ctrl(Qt.Key.Key_D)
    choose(qtbot, Qt.Key.Key_5)  # Økonomi
    saved = session.meeting.field("vanskeleg").notes[0]
    assert (saved.text, saved.domain) == ("Rekningar kvar månad", "okonomi")
    assert focused() is field.list and field.list.current_note() == note
