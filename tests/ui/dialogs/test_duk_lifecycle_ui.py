"""Issue 14 in the app: a broken user duk never silently switches a case (defect 1);
choosing another duk shows what will not carry over; the same rule as print for a
duk edited without a version bump (defect 3)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samtaleduk.domain.model import Case
from samtaleduk.paths import user_duker_dir
from samtaleduk.store.store import Store
from samtaleduk.templates.identity import content_hash
from samtaleduk.templates.loading import TemplateSet, load_all
from tests.samtaleduk.templates import duk_histories as h
from ui.dialogs.new_meeting import NewMeetingDialog

OWN_ID = "familie_kommune"


def _own_text(text: str) -> str:
    """A municipality's own family duk under its own id (not shadowing `familie`)."""
    return text.replace('id = "familie"', f'id = "{OWN_ID}"', 1)


def _installed(data: Path, text: str) -> TemplateSet:
    folder = user_duker_dir(data)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "kommuneduk.toml").write_text(text, "utf-8")
    return load_all(folder)


def _case_on_own_duk(store: Store) -> tuple[Case, TemplateSet]:
    templates = _installed(store.data_dir, _own_text(h.v2_text()))
    own = templates.get(OWN_ID)
    case = Case(name="Familien Test", template_id=OWN_ID)
    store.save_case(case)
    store.save_meeting(h.filled_meeting(case, own), own)
    return case, templates


def _dialog(qtbot: QtBot, store: Store, case: Case, templates: TemplateSet) -> NewMeetingDialog:
    dialog = NewMeetingDialog(store, case, templates, today=dt.date(2026, 6, 17))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_broken_own_duk_the_next_meeting_continues_on_it_with_a_note(
        qtbot: QtBot, store: Store) -> None:
    """Defect 1: "Nytt møte" preselected another duk; meeting 1's notes were left behind."""
    case, _ = _case_on_own_duk(store)
    broken = _installed(store.data_dir, _own_text(h.v2_broken_text()))
    assert OWN_ID not in broken.templates
    dialog = _dialog(qtbot, store, case, broken)
    assert dialog.chosen_template().id == OWN_ID
    assert dialog.duk_note.isVisibleTo(dialog)
    assert "kommuneduk.toml" in dialog.duk_note.text()
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    assert dialog.meeting is not None
    first, second = store.list_meetings(case.id)
    assert (second.template_id, second.template_version) == (OWN_ID, h.V2)
    assert second.fields[h.RENAMED_TO].notes == first.fields[h.RENAMED_TO].notes


def test_choosing_another_duk_shows_what_will_not_carry_over(
        qtbot: QtBot, store: Store) -> None:
    case, templates = _case_on_own_duk(store)
    dialog = _dialog(qtbot, store, case, templates)
    assert not dialog.left_behind_note.isVisibleTo(dialog)
    dialog.duk.setFocus()
    # The built-in `familie` v1 is the other family duk: it has no `utfordringar`
    # (a rename it does not know) and no `nettverk` domain.
    target = dialog.duk.findData("familie")
    while dialog.duk.currentIndex() != target:
        qtbot.keyClick(dialog.duk, Qt.Key.Key_Down if dialog.duk.currentIndex() < target
                       else Qt.Key.Key_Up)
    assert dialog.left_behind_note.isVisibleTo(dialog)
    text = dialog.left_behind_note.text()
    assert "Det som er vanskeleg for oss" in text and "Nettverk" in text


def test_a_duk_edited_without_a_bump_new_meeting_and_screen_use_the_stored_one(
        qtbot: QtBot, store: Store) -> None:
    """Defect 3: one rule — the stored version — with a visible warning."""
    case, _ = _case_on_own_duk(store)
    edited = _installed(store.data_dir, _own_text(h.v2_edited_text()))
    dialog = _dialog(qtbot, store, case, edited)
    assert content_hash(dialog.chosen_template()) == content_hash(
        _installed(store.data_dir, _own_text(h.v2_text())).get(OWN_ID))
    assert dialog.duk_note.isVisibleTo(dialog) and "version" in dialog.duk_note.text()


def test_a_duk_edited_without_a_bump_the_screen_draws_the_stored_one(
        qtbot: QtBot, store: Store) -> None:
    """Defect 3 on screen: the window drew the edited file, the print the snapshot."""
    from tests.ui.main_window_support import close_window, open_window

    case, _ = _case_on_own_duk(store)
    edited = _installed(store.data_dir, _own_text(h.v2_edited_text()))
    window, languages = open_window(qtbot, store.data_dir, store, edited)
    try:
        (meeting,) = store.list_meetings(case.id)
        window.open_case(case.id)
        window.open_meeting(meeting.id)
        shown = window.meeting_page.session.template  # type: ignore[union-attr]
        assert content_hash(shown) == content_hash(store.template_snapshot(OWN_ID, h.V2))  # type: ignore[arg-type]
        assert h.EDITED_LABEL not in {f.label.nn for f in shown.fields}
    finally:
        close_window(window, languages)


def test_with_no_duk_to_continue_on_another_must_be_chosen_on_purpose(
        qtbot: QtBot, store: Store) -> None:
    """The own duk is broken and the store lost its snapshot: nothing is preselected."""
    case, _ = _case_on_own_duk(store)
    store.conn.execute("DELETE FROM templates WHERE id = ?", (OWN_ID,))
    broken = _installed(store.data_dir, _own_text(h.v2_broken_text()))
    dialog = _dialog(qtbot, store, case, broken)
    assert dialog.duk.currentIndex() == -1
    assert "kommuneduk.toml" in dialog.duk_note.text()
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    assert dialog.meeting is None and dialog.isVisible()
    qtbot.keyClick(dialog.duk, Qt.Key.Key_Down)
    assert dialog.chosen_template().id == "familie"
    assert dialog.left_behind_note.isVisibleTo(dialog)
    assert "another duk" in dialog.left_behind_note.text()
