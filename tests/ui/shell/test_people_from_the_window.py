"""People of the case, reached from the main window by Ctrl+Shift+P: on the case
page, in the latest meeting, and not in an earlier meeting shown read-only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from tests.ui.main_window_support import close_window, key, open_window, type_text
from ui.dialogs.people import PeopleDialog

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _people_dialog() -> PeopleDialog | None:
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, PeopleDialog) and w.isVisible()]
    return found[0] if found else None


def _family(store: Store) -> tuple[object, list[object]]:
    summary = next(s for s in store.list_cases() if s.template_id == "familie")
    case = store.get_case(summary.id)
    return case, store.list_meetings(case.id)


def test_ctrl_shift_p_on_the_case_page_opens_the_people_and_saves(
        qtbot: QtBot, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        case, _ = _family(demo_store)
        window.open_case(case.id)  # type: ignore[attr-defined]
        assert window.menus.act_people.isEnabled()
        key(Qt.Key.Key_P, CTRL_SHIFT)
        qtbot.waitUntil(lambda: _people_dialog() is not None)
        dialog = _people_dialog()
        assert dialog is not None
        # The line under the members adds a person with Enter; Ctrl+S saves.
        qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
        for _ in range(10):  # Tab to the line that adds a member
            if QApplication.focusWidget() is dialog.new_member:
                break
            key(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.new_member
        type_text("Áile Haugland")
        key(Qt.Key.Key_Return)
        key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: _people_dialog() is None)
        assert "Áile Haugland" in demo_store.get_case(case.id).members  # type: ignore[attr-defined]
    finally:
        close_window(window, languages)


def test_ctrl_shift_p_is_offered_in_the_latest_meeting_not_in_an_earlier_one(
        qtbot: QtBot, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        case, meetings = _family(demo_store)
        window.open_case(case.id)  # type: ignore[attr-defined]
        earliest = min(meetings, key=lambda m: m.number)  # type: ignore[attr-defined]
        window.open_meeting(earliest.id)  # type: ignore[attr-defined]
        assert window.meeting_page.session is not None
        assert window.meeting_page.session.read_only
        assert not window.menus.act_people.isEnabled()
        key(Qt.Key.Key_P, CTRL_SHIFT)
        assert _people_dialog() is None

        window.back_to_case()
        latest = max(meetings, key=lambda m: m.number)  # type: ignore[attr-defined]
        window.open_meeting(latest.id)  # type: ignore[attr-defined]
        assert window.menus.act_people.isEnabled()
        key(Qt.Key.Key_P, CTRL_SHIFT)
        qtbot.waitUntil(lambda: _people_dialog() is not None)
        dialog = _people_dialog()
        assert dialog is not None
        dialog.reject()
    finally:
        close_window(window, languages)
