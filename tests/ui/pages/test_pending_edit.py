"""The edit in progress is part of every print, export and lock: a date typed
into an action's blank, with the cursor still in it, reaches the PDF and the store
(issue 12, defect 3)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from tests.conftest import TEST_PASSPHRASE
from tests.ui.main_window_support import (
    WAIT_MS,
    click,
    close_window,
    focus,
    key,
    open_window,
    type_text,
)
from ui.canvas.actions import ActionRow, ActionsField
from ui.canvas.notes import NotesField
from ui.canvas.widgets import NoteEditor
from ui.dialogs import file_dialogs
from ui.dialogs.print_dialog import PrintDialog
from ui.shell.main_window import MainWindow

ACTION = "Ringje skulen om leksehjelp"
DUE = dt.date(2026, 10, 6)


def _pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def _type_an_action_with_a_due_date(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    """Open the family's latest meeting, add an action by typing it, click its
    due blank and type a date; the cursor stays in the date."""
    family = next(s for s in store.list_cases() if s.name == "Familien Haugland")
    window.open_case(family.id)
    window.open_meeting(store.list_meetings(family.id)[-1].id)
    view = window.meeting_page.view
    assert view is not None
    field = view.canvas.fields["neste_steg"]
    assert isinstance(field, ActionsField)
    click(field.entry)
    type_text(ACTION)
    key(Qt.Key.Key_Return)
    row = next(r for r in field._rows.values() if r.text.text() == ACTION)
    assert isinstance(row, ActionRow)
    field._scroll.ensureWidgetVisible(row.due)
    qtbot.waitUntil(row.due.isVisible)
    click(row.due)
    assert focus() is row.due or row.due.isAncestorOf(focus())
    # A spin-box blank walks its sections by itself (and takes "." badly, issue 12
    # defect 9); a typed-text blank takes the date as written.
    type_text("06102026" if isinstance(row.due, QAbstractSpinBox) else "06.10.2026")
    session = window.meeting_page.session
    assert session is not None
    (action,) = [a for a in session.meeting.field("neste_steg").actions if a.text == ACTION]
    assert action.due is None  # still in the editor: not committed yet


@pytest.mark.parametrize("shortcut", ["print", "export"])
def test_print_and_save_as_pdf_take_the_date_still_being_typed(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        shortcut: str) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        _type_an_action_with_a_due_date(qtbot, window, demo_store)
        if shortcut == "print":
            key(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        else:
            key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
                | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: isinstance(window.active_dialog, PrintDialog),
                        timeout=WAIT_MS)
        dialog = window.active_dialog
        assert isinstance(dialog, PrintDialog)
        qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=WAIT_MS)
        with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT_MS):
            click(dialog.options.what_buttons["actions"])
        qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=WAIT_MS)
        out = tmp_path / "tiltak.pdf"
        monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, **k: (str(out), "")))
        with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
            click(dialog.save_button)
        text = _pdf_text(out)
        assert ACTION in text
        assert "06.10.2026" in text
        # … and the store has it, not only the print.
        session = window.meeting_page.session
        assert session is not None
        stored = demo_store.get_meeting(session.meeting.id)
        (action,) = [a for a in stored.field("neste_steg").actions if a.text == ACTION]
        assert action.due == DUE
        click(dialog.close_button)
        qtbot.waitUntil(lambda: window.active_dialog is None, timeout=WAIT_MS)
    finally:
        close_window(window, languages)


def test_ctrl_l_keeps_the_date_still_being_typed(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        _type_an_action_with_a_due_date(qtbot, window, demo_store)
        session = window.meeting_page.session
        assert session is not None
        meeting_id = session.meeting.id
        key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert window.store is None
        # The store was closed by the lock; read what it wrote.
        demo_store_again = Store.open(demo_store.data_dir, TEST_PASSPHRASE)
        try:
            stored = demo_store_again.get_meeting(meeting_id)
            (action,) = [a for a in stored.field("neste_steg").actions if a.text == ACTION]
            assert action.due == DUE
        finally:
            demo_store_again.close()
    finally:
        close_window(window, languages)


def test_ctrl_p_from_an_open_note_editor_prints_the_note_as_typed(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet) -> None:
    """A note being edited in place is part of the print, and handing it over
    (the editor closes as when the user clicks elsewhere) breaks nothing."""
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        family = next(s for s in demo_store.list_cases() if s.name == "Familien Haugland")
        window.open_case(family.id)
        window.open_meeting(demo_store.list_meetings(family.id)[-1].id)
        view = window.meeting_page.view
        assert view is not None
        notes = view.canvas.fields["fungerer"]
        assert isinstance(notes, NotesField)
        click(notes.list)
        key(Qt.Key.Key_Home)
        key(Qt.Key.Key_Return)  # edit the first note in place
        qtbot.waitUntil(lambda: isinstance(focus(), NoteEditor))
        key(Qt.Key.Key_End)
        type_text(" og syng")
        key(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: isinstance(window.active_dialog, PrintDialog),
                        timeout=WAIT_MS)
        dialog = window.active_dialog
        assert isinstance(dialog, PrintDialog)
        assert any(n.text.endswith(" og syng")
                   for n in dialog.subject.meeting.field("fungerer").notes)
        qtbot.waitUntil(lambda: dialog.print_button.isEnabled(), timeout=WAIT_MS)
        click(dialog.close_button)
        qtbot.waitUntil(lambda: window.active_dialog is None, timeout=WAIT_MS)
    finally:
        close_window(window, languages)
