"""Earlier meetings open read-only; "Edit this meeting" makes one editable and is
noted in the audit log; the latest meeting opens for editing (issue 12)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from samtaleduk.domain.model import Meeting
from samtaleduk.store.store import CaseSummary, Store
from samtaleduk.templates.loading import TemplateSet
from tests.ui.main_window_support import click, close_window, focus, key, open_window, type_text
from ui.canvas.actions import ActionRow, ActionsField
from ui.canvas.notes import NotesField
from ui.canvas.textdate import TextField
from ui.shell.main_window import MainWindow


def _editable(widget: QLineEdit) -> bool:
    return widget.isEnabled() and not widget.isReadOnly()


def _family(store: Store) -> tuple[CaseSummary, list[Meeting]]:
    family = next(s for s in store.list_cases() if s.name == "Familien Haugland")
    return family, store.list_meetings(family.id)


def _name_edit(window: MainWindow) -> QLineEdit:
    view = window.meeting_page.view
    assert view is not None
    field = view.canvas.fields["namn"]
    assert isinstance(field, TextField)
    return field.edit


def test_an_earlier_meeting_is_read_until_edit_this_meeting(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        family, meetings = _family(demo_store)
        assert len(meetings) == 3
        first = meetings[0]
        window.open_case(family.id)
        window.open_meeting(first.id)
        view, session = window.meeting_page.view, window.meeting_page.session
        assert view is not None and session is not None and session.read_only
        qtbot.waitUntil(view.read_only_banner.isVisible)
        assert view.read_only_banner.message.text() == "An earlier meeting — read only"
        assert focus() is view.read_only_banner.button
        assert not window.menus.act_review.isEnabled()
        stored_before = demo_store.get_meeting(first.id).model_dump()

        # Typing into a text field, a new note with Ctrl+N, Delete on a note:
        # nothing changes, on screen or in the store.
        name = _name_edit(window)
        old_name = name.text()
        click(name)
        type_text("Endra namn")
        assert name.text() == old_name
        actions = view.canvas.fields["neste_steg"]
        assert isinstance(actions, ActionsField)
        row = next(iter(actions._rows.values()))
        assert isinstance(row, ActionRow)
        # The date and the owner are line edits: read-only or disabled, never editable.
        assert not _editable(row.due) and not _editable(row.who)
        assert row.delete_btn is not None and row.delete_btn.isHidden()
        click(row.due)
        type_text("01.01.2027")
        key(Qt.Key.Key_Tab)
        notes = view.canvas.fields["fungerer"]
        assert isinstance(notes, NotesField)
        assert not notes.entry.isVisible()
        key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        type_text("Ein ny lapp")
        key(Qt.Key.Key_Return)
        click(notes.list)
        key(Qt.Key.Key_Delete)
        key(Qt.Key.Key_Return)
        type_text("Overskrive")
        key(Qt.Key.Key_Return)
        window.meeting_page.commit_pending_edit()
        assert session.meeting.model_dump() == stored_before
        assert demo_store.get_meeting(first.id).model_dump() == stored_before
        assert "earlier_meeting_edited" not in [e.event for e in demo_store.audit_events()]

        # "Edit this meeting", by keyboard (Alt+E): editable, and in the audit log.
        key(Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not session.read_only)  # a mnemonic animates the click
        qtbot.waitUntil(lambda: not view.read_only_banner.isVisible())
        assert notes.entry.isVisible()
        assert _editable(row.due) and _editable(row.who) and not row.delete_btn.isHidden()
        events = demo_store.audit_events(family.id)
        assert events[-1].event == "earlier_meeting_edited"
        click(name)
        key(Qt.Key.Key_End)
        type_text(" og Co")
        window.meeting_page.commit_pending_edit()
        stored = demo_store.get_meeting(first.id)
        assert stored.fields["namn"].text == old_name + " og Co"
    finally:
        close_window(window, languages)


def test_the_latest_meeting_opens_for_editing(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        family, meetings = _family(demo_store)
        window.open_case(family.id)
        window.open_meeting(meetings[-1].id)
        view, session = window.meeting_page.view, window.meeting_page.session
        assert view is not None and session is not None and not session.read_only
        assert view.read_only_banner.isHidden()
        name = _name_edit(window)
        click(name)
        key(Qt.Key.Key_End)
        type_text("!")
        window.meeting_page.commit_pending_edit()
        stored = demo_store.get_meeting(meetings[-1].id)
        assert stored.fields["namn"].text.endswith("!")
    finally:
        close_window(window, languages)
