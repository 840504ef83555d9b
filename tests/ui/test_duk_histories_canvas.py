"""The corpus of duk histories on the canvas: whatever later happens to the user's
`familie` v2 file, "New meeting" (Enter in the dialog) puts every note of the last
meeting on the new canvas, each v2-only domain tag spoken by its label."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samtaleduk.duker import load_all
from samtaleduk.paths import user_duker_dir
from samtaleduk.store import Store
from tests.samtaleduk import duk_histories as h
from tests.ui.main_window_support import close_window, open_window
from ui.canvas.notes import NotesField
from ui.new_meeting_dialog import NewMeetingDialog


@pytest.mark.parametrize("history", h.histories(), ids=lambda x: x.name)
def test_every_note_of_the_last_meeting_is_on_the_new_canvas(
        history: h.History, qtbot: QtBot, store: Store) -> None:
    case = h.family_case()
    store.save_case(case)
    first = h.filled_meeting(case, h.v2())
    store.save_meeting(first, h.v2())
    templates = load_all(history.write(user_duker_dir(store.data_dir)))
    window, languages = open_window(qtbot, store.data_dir, store, templates, lang="nn")
    try:
        window.open_case(case.id)
        dialog = NewMeetingDialog(store, case, templates, ui_lang="nn",
                                  today=dt.date(2026, 6, 17), parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        if history.name != "v2 installed":
            assert dialog.duk_note.isVisibleTo(dialog)
        qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
        assert dialog.meeting is not None
        window.open_meeting(dialog.meeting.id)
        fields = {f.field.id: f for f in window.meeting_page.findChildren(NotesField)}
        shown: dict[str, list[str]] = {}
        spoken: list[str] = []
        for fid, widget in fields.items():
            model = widget.list.notes_model
            shown[fid] = [model.index(r).data() for r in range(model.rowCount())]
            spoken += [model.index(r).data(Qt.ItemDataRole.AccessibleDescriptionRole)
                       for r in range(model.rowCount())]
        for fid, content in first.fields.items():
            assert shown.get(fid, []) == [n.text for n in content.notes], fid
        assert any("Nettverk" in s for s in spoken)
    finally:
        close_window(window, languages)
