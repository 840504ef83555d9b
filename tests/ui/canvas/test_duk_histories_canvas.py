"""The corpus of duk histories on the canvas: whatever later happens to the user's
`familie` v2 file, "New meeting" (Enter in the dialog) puts every note of the last
meeting on the new canvas, each v2-only domain tag spoken by its label."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samtaleduk.domain.model import Case
from samtaleduk.paths import user_duker_dir
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet, load_all
from tests.samtaleduk.templates import duk_histories as h
from tests.ui.main_window_support import close_window, open_window
from ui.canvas.notes import NotesField
from ui.dialogs.new_meeting import NewMeetingDialog


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



def _start_on_canvas(qtbot: QtBot, store: Store, case: Case,
                     templates: TemplateSet) -> tuple[NewMeetingDialog, dict[str, list[str]],
                                                      dict[str, str]]:
    """In the real window: the case, "New meeting" started with Enter, the new
    meeting open. Returns the dialog, each notes field's card texts and label."""
    window, languages = open_window(qtbot, store.data_dir, store, templates, lang="nn")
    try:
        window.open_case(case.id)
        dialog = NewMeetingDialog(store, case, templates, ui_lang="nn",
                                  today=dt.date(2026, 6, 17), parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
        assert dialog.meeting is not None
        window.open_meeting(dialog.meeting.id)
        texts: dict[str, list[str]] = {}
        labels: dict[str, str] = {}
        for widget in window.meeting_page.findChildren(NotesField):
            model = widget.list.notes_model
            texts[widget.field.id] = [model.index(r).data() for r in range(model.rowCount())]
            labels[widget.field.id] = widget.field.label.nn
        return dialog, texts, labels
    finally:
        close_window(window, languages)


def test_v1_to_v2_renamed_field_on_canvas_removed_one_named_first(
        qtbot: QtBot, store: Store) -> None:
    case = h.family_case()
    store.save_case(case)
    first = h.filled_meeting(case, h.v1())
    store.save_meeting(first, h.v1())
    templates = load_all(h.History("v2", {"familie.toml": h.v2_text()}).write(
        user_duker_dir(store.data_dir)))
    dialog, texts, _labels = _start_on_canvas(qtbot, store, case, templates)
    # Before Enter the dialog said the removed field's notes stay behind.
    assert "drøymer" in dialog.left_behind_note.text()
    assert texts[h.RENAMED_TO] == [n.text for n in first.fields[h.RENAMED_FROM].notes]
    assert h.REMOVED not in texts


def test_an_imported_case_goes_on_on_its_own_duk(qtbot: QtBot, store: Store,
                                                 tmp_path: Path) -> None:
    from samtaleduk.handover import case_file
    from samtaleduk.trust.keyfile import FAST_KDF
    from tests.conftest import TEST_PASSPHRASE

    own = h.family_case()
    store.save_case(own)
    store.save_meeting(h.filled_meeting(own, h.v2()), h.v2())
    with Store.create(tmp_path / "other", TEST_PASSPHRASE, FAST_KDF) as other:
        theirs = h.family_case()
        other.save_case(theirs)
        other.save_meeting(h.filled_meeting(theirs, h.imported_v2()), h.imported_v2())
        case_file.export_case(other, theirs.id, tmp_path / "f", "filpassord", kdf=FAST_KDF)
    imported = case_file.import_case(store, tmp_path / "f", "filpassord")
    templates = load_all(h.History("v2", {"familie.toml": h.v2_text()}).write(
        user_duker_dir(store.data_dir)))
    dialog, texts, labels = _start_on_canvas(qtbot, store, store.get_case(imported.case_id),
                                             templates)
    assert "saksfil" in dialog.duk_note.text()
    assert labels["fungerer"] == "Dette går bra hjå oss"
    assert texts["fungerer"] == ["notat i fungerer"]
    # The user's own case still starts on the user's own v2.
    dialog, _texts, labels = _start_on_canvas(qtbot, store, own, templates)
    assert labels["fungerer"] == "Det som fungerer for oss"
