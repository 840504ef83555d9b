"""Drafts: what stands in a field's entry line before Enter is kept with the
meeting (FieldContent.draft), in every kind of field that has an entry line
(issue 13, point 5)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from tests.ui.canvas.test_canvas import type_text
from tests.ui.canvas_support import new_session, reopened
from ui.canvas.view import MeetingView
from ui.meeting.session import MeetingSession

pytestmark = pytest.mark.usefixtures("english")


def test_a_draft_is_saved_without_an_undo_step(store: Store, store_passphrase: str) -> None:
    s = new_session(store)
    s.set_draft("vanskeleg", "Nora vil")
    assert s.dirty and s.undo_stack.count() == 0
    assert s.flush()
    assert reopened(store, store_passphrase, s.meeting).field("vanskeleg").draft == "Nora vil"
    s.read_only = True
    s.set_draft("vanskeleg", "endra")
    assert s.draft("vanskeleg") == "Nora vil" and not s.dirty


@pytest.mark.parametrize("field_id", ["vanskeleg", "kort_sikt", "neste_steg", "hjelparar"])
def test_the_entry_line_keeps_its_draft_until_enter(
        qtbot: QtBot, store: Store, store_passphrase: str, field_id: str) -> None:
    session = new_session(store)
    view = MeetingView(session)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.canvas.focus_field(field_id)
    entry = view.canvas.fields[field_id].entry_widget()
    assert isinstance(entry, QLineEdit) and QApplication.focusWidget() is entry
    type_text(entry, "Halvskriven")
    assert session.close()
    stored = reopened(store, store_passphrase, session.meeting)
    assert stored.field(field_id).draft == "Halvskriven"

    again = MeetingSession(store, session.case, stored, session.template)
    view2 = MeetingView(again)
    qtbot.addWidget(view2)
    entry2 = view2.canvas.fields[field_id].entry_widget()
    assert isinstance(entry2, QLineEdit) and entry2.text() == "Halvskriven"
    QTest.keyClick(entry2, Qt.Key.Key_Return)  # added as it would have been
    assert again.draft(field_id) == "" and again.flush()
    assert reopened(store, store_passphrase, again.meeting).field(field_id).draft == ""
