"""The duk canvas: both duker from the template, typing into every kind of field,
moving notes, undo, language, save banner, zoom, domain filter."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samtaleduk.domain.model import SaidBy
from samtaleduk.store.store import Store
from samtaleduk.templates.model import FieldKind
from tests.ui.canvas_support import demo_session, new_session, reopened
from ui.canvas.domains import DomainStrip
from ui.canvas.frame import NumberCircle
from ui.canvas.group_heading import GroupHeading
from ui.canvas.note_list import FILTER_ROLE, MARKS_ROLE, NOTE_MIME, NoteList
from ui.canvas.notes import NotesField
from ui.canvas.view import MeetingView
from ui.canvas.widgets import NoteEditor
from ui.meeting.session import MeetingSession

pytestmark = pytest.mark.usefixtures("english")
"""These tests read the English source strings of the UI chrome."""


def type_text(widget: QWidget, text: str) -> None:
    """Type like a person; letters keyClicks cannot send go one by one."""
    for ch in text:
        if ch.isascii() or ch in "æøåÆØÅ":
            QTest.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)


def notes_field(view: MeetingView, field_id: str) -> NotesField:
    field = view.canvas.fields[field_id]
    assert isinstance(field, NotesField)
    return field


def texts(view: MeetingView, field_id: str) -> list[str]:
    """The card texts a notes field shows, top to bottom."""
    model = notes_field(view, field_id).list.notes_model
    return [model.index(r).data() for r in range(model.rowCount())]


def select(view: MeetingView, field_id: str, note: uuid.UUID) -> NoteList:
    """Put the keyboard focus on a card."""
    field = notes_field(view, field_id)
    assert field.focus_note(note)
    return field.list


def open_view(qtbot: QtBot, session: MeetingSession, lang: str | None = None) -> MeetingView:
    view = MeetingView(session, lang)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view


@pytest.mark.parametrize("template_id", ["familie", "individuell"])
def test_every_template_element_is_on_the_canvas(qtbot: QtBot, store: Store,
                                                  template_id: str) -> None:
    session = demo_session(store, template_id)
    view = open_view(qtbot, session)
    canvas = view.canvas
    tpl = session.template
    assert set(canvas.fields) == {f.id for f in tpl.fields}
    assert set(canvas.groups) == {g.id for g in tpl.groups}
    assert len(view.findChildren(NumberCircle)) == sum(1 for f in tpl.fields if f.number)
    strips = view.findChildren(DomainStrip)
    assert len(strips) == (1 if tpl.life_domains else 0)
    for f in tpl.fields:
        widget = canvas.fields[f.id]
        assert widget.accessibleName() == f.label.nn
        assert widget.accessibleDescription() == (f.help.nn if f.help else "")
        # Every field lies inside the canvas and has a readable size.
        assert widget.width() >= 100 and widget.height() >= 30
    first = canvas.fields[tpl.conversation_order()[0].id]
    assert first.isAncestorOf(QWidget.focusWidget(view) or view) or view.focusWidget()


def test_demo_content_shows_with_its_marks(qtbot: QtBot, store: Store) -> None:
    session = demo_session(store, "familie")
    view = open_view(qtbot, session)
    model = notes_field(view, "fungerer").list.notes_model
    row = texts(view, "fungerer").index("Nora trivst på skulen")
    index = model.index(row)
    assert ("barnet", "child") in index.data(MARKS_ROLE)
    assert ("Skule", "domain") in index.data(MARKS_ROLE)
    assert "barnet" in index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert GroupHeading in {type(w) for w in view.findChildren(GroupHeading)}


def test_type_notes_into_every_kind_of_field(qtbot: QtBot, store: Store,
                                             store_passphrase: str) -> None:
    session = new_session(store)
    view = open_view(qtbot, session)
    fields = view.canvas.fields
    tpl = session.template
    for f in tpl.fields_of_kind(FieldKind.NOTES):
        entry = fields[f.id].entry_widget()
        type_text(entry, f"Notat i {f.id} ŋá")
        QTest.keyClick(entry, Qt.Key.Key_Return)
        assert entry.text() == ""
    for f in tpl.fields_of_kind(FieldKind.GOALS):
        entry = fields[f.id].entry_widget()
        type_text(entry, "Emil er på skulen")
        QTest.keyClick(entry, Qt.Key.Key_Return)
    neste = fields["neste_steg"]
    type_text(neste.entry_widget(), "Søkje bustad")
    QTest.keyClick(neste.entry_widget(), Qt.Key.Key_Return)
    type_text(neste.step, "Nytt møte")
    hjelp = fields["hjelparar"].entry_widget()
    type_text(hjelp, "Mormor Berit, familie, følgje til bussen")
    QTest.keyClick(hjelp, Qt.Key.Key_Return)
    part = fields["deltakarar"].entry_widget()
    type_text(part, "Tor Aas, NAV")
    QTest.keyClick(part, Qt.Key.Key_Return)
    type_text(fields["namn"].entry_widget(), "Sara Haugland")
    avtale = fields["avtale"]
    avtale.entry_widget().setChecked(True)  # samtykke ressursteam
    type_text(avtale.entry, "samarbeid med bustadkontoret")
    QTest.keyClick(avtale.entry, Qt.Key.Key_Return)

    m = session.meeting
    for f in tpl.fields_of_kind(FieldKind.NOTES):
        assert m.field(f.id).notes[0].text == f"Notat i {f.id} ŋá"
    assert m.field("kort_sikt").goals[0].text == "Emil er på skulen"
    assert m.field("neste_steg").actions[0].text == "Søkje bustad"
    assert m.field("neste_steg").text == "Nytt møte"
    h = m.field("hjelparar").helpers[0]
    assert (h.name, h.relation, h.helps_with) == ("Mormor Berit", "familie", "følgje til bussen")
    assert (m.participants[0].name, m.participants[0].role) == ("Tor Aas", "NAV")
    assert m.field("namn").text == "Sara Haugland"
    assert [c.kind for c in m.field("avtale").consents] == ["ressursteam", "anna"]
    assert "Tor Aas" in fields["deltakarar"].list.text()
    assert session.flush()
    saved = reopened(store, store_passphrase, m)
    assert saved.model_dump() == m.model_dump()


def test_edit_in_place_and_escape_puts_text_back(qtbot: QtBot, store: Store) -> None:
    session = new_session(store)
    note = session.add_note("viktig", "Trygg økonomi")
    view = open_view(qtbot, session)
    cards = select(view, "viktig", note)
    qtbot.waitUntil(lambda: cards.visualRect(cards.currentIndex()).height() > 0)
    rect = cards.visualRect(cards.currentIndex())
    QTest.mouseClick(cards.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(cards.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = cards.findChildren(NoteEditor)[0]
    type_text(editor, " for alle")
    assert session.meeting.field("viktig").notes[0].text == "Trygg økonomi for alle"
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not [e for e in cards.findChildren(NoteEditor) if e.isVisible()])
    assert texts(view, "viktig") == ["Trygg økonomi for alle"]
    assert session.undo_stack.count() == 2  # the add, and the whole edit as one step
    cards = select(view, "viktig", note)
    QTest.keyClick(cards, Qt.Key.Key_F2)
    editor = [e for e in cards.findChildren(NoteEditor) if e.isVisible()][0]
    type_text(editor, "!!!")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert session.meeting.field("viktig").notes[0].text == "Trygg økonomi for alle"


def test_move_between_fields_by_keyboard_menu_and_drop(qtbot: QtBot, store: Store) -> None:
    session = new_session(store)
    a = session.add_note("vanskeleg", "Emil kjem seg ikkje på skulen")
    view = open_view(qtbot, session)
    fields = view.canvas.fields
    # Keyboard: Ctrl+Alt+Left moves to the previous notes field in conversation order.
    order = [f.id for f in session.template.conversation_order()
             if f.kind is FieldKind.NOTES]
    cards = select(view, "vanskeleg", a)
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    QTest.keyClick(cards, Qt.Key.Key_Left, mods)
    target = order[order.index("vanskeleg") - 1]
    assert [n.id for n in session.meeting.field(target).notes][-1] == a
    focus = view.focusWidget()
    assert isinstance(focus, NoteList) and focus.current_note() == a
    assert focus is notes_field(view, target).list
    # The menu's "Move to…" list names every other notes field.
    menu = fields[target].note_menu(a)  # type: ignore[attr-defined]
    move = next(act for act in menu.actions() if act.menu() is not None)
    labels = [act.text() for act in move.menu().actions() if act.isEnabled()]
    assert session.template.field("vanskeleg").label.nn in labels
    assert session.template.field(target).label.nn not in labels
    # A drag carries the note's id; a drop above "draumar"'s first card keeps it.
    b = session.add_note("draumar", "Hus med hage")
    source = notes_field(view, target).list.notes_model
    mime = source.mimeData([source.index(source.row_of(a))])
    assert mime.hasFormat(NOTE_MIME)
    dest = notes_field(view, "draumar").list.notes_model
    assert dest.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    dest.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [n.id for n in session.meeting.field("draumar").notes] == [a, b]
    assert a not in [n.id for n in session.meeting.field(target).notes]
    # Undo takes it back to where it was.
    session.undo()
    assert a not in [n.id for n in session.meeting.field("draumar").notes]
    assert a in [n.id for n in session.meeting.field(target).notes]
    assert isinstance(a, uuid.UUID)


def test_delete_then_ctrl_z_brings_it_back(qtbot: QtBot, store: Store) -> None:
    session = new_session(store)
    note = session.add_note("draumar", "Eit hus med hage")
    view = open_view(qtbot, session)
    cards = select(view, "draumar", note)
    QTest.keyClick(cards, Qt.Key.Key_Delete)
    assert session.meeting.field("draumar").notes == []
    QTest.keyClick(view.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.meeting.field("draumar").notes[0].id == note
    QTest.keyClick(view.focusWidget(), Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert session.meeting.field("draumar").notes == []


def test_undo_from_a_text_box_undoes_the_duk_not_the_box(qtbot: QtBot, store: Store) -> None:
    session = new_session(store)
    view = open_view(qtbot, session)
    session.add_note("fungerer", "Fyrst")
    entry = view.canvas.fields["vanskeleg"].entry_widget()
    entry.setFocus()
    QTest.keyClick(entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.meeting.field("fungerer").notes == []


def test_language_follows_the_case_and_can_change(qtbot: QtBot, store: Store) -> None:
    session = new_session(store)
    view = open_view(qtbot, session)
    field = view.canvas.fields["vanskeleg"]
    assert field.title.text() == "Det som er vanskeleg for oss"
    view.set_language("nb")
    assert field.title.text() == "Det som er vanskelig for oss"
    assert field.accessibleName() == "Det som er vanskelig for oss"
    assert view.canvas.groups["gjera_no"].title.text() == "DETTE SKAL VI GJØRE NÅ"
    strip = view.findChildren(DomainStrip)[0]
    view.set_language("en")
    assert strip.buttons["bolig"].text() == "Housing"


def test_save_failure_shows_banner_keeps_text_and_recovers(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = new_session(store)
    view = open_view(qtbot, session)
    original = store.save_meeting

    def broken(meeting, template=None, **_kw):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "save_meeting", broken)
    entry = view.canvas.fields["viktig"].entry_widget()
    type_text(entry, "Å ha ein trygg økonomi")
    QTest.keyClick(entry, Qt.Key.Key_Return)
    qtbot.waitUntil(view.banner.isVisible, timeout=3000)
    assert view.banner.message.text()
    assert texts(view, "viktig") == ["Å ha ein trygg økonomi"]
    monkeypatch.setattr(store, "save_meeting", original)
    view.banner.button.click()  # "Try again now"
    assert not view.banner.isVisible()
    assert view.saved_label.text().startswith("Saved ")


def test_zoom_keys_scale_the_type(qtbot: QtBot, store: Store) -> None:
    session = new_session(store)
    view = open_view(qtbot, session)
    title = view.canvas.fields["fungerer"].title
    before = title.font().pointSizeF()
    focus = view.canvas.fields["fungerer"].entry_widget()
    focus.setFocus()
    QTest.keyClick(focus, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.style_.zoom > 1.0
    assert title.font().pointSizeF() > before
    QTest.keyClick(focus, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.style_.zoom == 1.0
    assert title.font().pointSizeF() == pytest.approx(before)
    QTest.keyClick(focus, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.style_.zoom < 1.0


def test_life_domain_filter_highlights_and_never_tags_silently(qtbot: QtBot,
                                                               store: Store) -> None:
    session = new_session(store)
    tagged = session.add_note("vanskeleg", "Rekningar", domain="okonomi",
                              said_by=SaidBy.PARENT)
    other = session.add_note("vanskeleg", "Søv dårleg", domain="psykisk_helse")
    view = open_view(qtbot, session)
    strip = view.findChildren(DomainStrip)[0]
    strip.buttons["okonomi"].click()
    field = notes_field(view, "vanskeleg")
    model = field.list.notes_model
    assert model.index(model.row_of(tagged)).data(FILTER_ROLE) == "hit"
    assert model.index(model.row_of(other)).data(FILTER_ROLE) == "dim"
    entry = field.entry_widget()
    type_text(entry, "Straumrekning")
    assert not field.chip.isVisible()  # nothing says the note gets a tag: it gets none
    QTest.keyClick(entry, Qt.Key.Key_Return)
    added = session.meeting.field("vanskeleg").notes[-1]
    assert (added.text, added.domain) == ("Straumrekning", None)
    row = model.row_of(added.id)
    assert model.index(row).data(MARKS_ROLE) == []  # the card shows no domain …
    assert model.index(row).data(FILTER_ROLE) == "dim"  # … and the filter dims it
    strip.buttons["okonomi"].click()
    assert model.index(model.row_of(other)).data(FILTER_ROLE) is None


def test_typing_refreshes_only_the_changed_field(qtbot: QtBot, store: Store) -> None:
    session = new_session(store)
    note = session.add_note("fungerer", "a")
    view = open_view(qtbot, session)
    calls: list[str] = []
    for fid, widget in view.canvas.fields.items():
        original = widget.refresh

        def spy(fid: str = fid, original=original) -> None:  # type: ignore[no-untyped-def]
            calls.append(fid)
            original()

        widget.refresh = spy  # type: ignore[method-assign]
    session.set_note_text(note, "ab")
    assert calls == ["fungerer"]


def test_high_contrast_theme_gives_a_black_on_white_duk(qtbot: QtBot, store: Store) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.look.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "high_contrast")
    try:
        view = open_view(qtbot, new_session(store))
        assert view.style_.contrast
        assert view.style_.field_colour("fungerer") == "#FFFFFF"
        assert "#E7F1E6" not in view.canvas.styleSheet()  # the template's soft green
    finally:
        apply_theme(app, "paper")
