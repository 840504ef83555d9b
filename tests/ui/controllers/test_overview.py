"""My cases now, in the real window by keys: Ctrl+Shift+O opens it, arrows move,
Enter opens the line's meeting with the cursor on its item; a case without a next
meeting opens at the field that names it; the list follows the change bus; Ctrl+P
shows a print preview."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from samtaleduk.ops.cases import toggle_case_closed
from samtaleduk.overview.build import Item, Section
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from tests.ui.main_window_support import WAIT_MS, close_window, focus, key, open_window
from ui.controllers import overview as overview_controller
from ui.dialogs.overview import OverviewDialog
from ui.shell.main_window import MainWindow

TODAY = dt.date(2026, 2, 20)
"""In the demo cases: one action of Jonas's is late, one due in 11 days."""

Key = Qt.Key
Mod = Qt.KeyboardModifier


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(overview_controller, "today", lambda: TODAY)


def _open_by_shortcut(qtbot: QtBot, window: MainWindow) -> OverviewDialog:
    key(Key.Key_O, Mod.ControlModifier | Mod.ShiftModifier)
    qtbot.waitUntil(lambda: window.overview_actions.dialog is not None, timeout=WAIT_MS)
    dialog = window.overview_actions.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.tree, timeout=WAIT_MS)
    _wait_read(qtbot, dialog)
    return dialog


def _wait_read(qtbot: QtBot, dialog: OverviewDialog) -> None:
    """The read on the store's lane has answered and the list is filled."""
    qtbot.waitUntil(lambda: not dialog.reading and dialog.overview is not None,
                    timeout=WAIT_MS)


def _current(dialog: OverviewDialog) -> Item:
    item = dialog.current_item()
    assert item is not None
    return item


def test_enter_opens_the_meeting_at_the_late_action(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        assert window.menus.between_menu.actions()[0] is window.overview_actions.act_overview
        dialog = _open_by_shortcut(qtbot, window)
        first = _current(dialog)
        assert (first.section, first.text) == (Section.ACTIONS_LATE,
                                               "Fast vaksen i garderoben")
        key(Key.Key_Down)
        assert (_current(dialog).section, _current(dialog).text) == (
            Section.ACTIONS_SOON, "Ny samtale om fire veker")
        key(Key.Key_Up)
        assert _current(dialog) == first
        key(Key.Key_Return)
        qtbot.waitUntil(lambda: window.overview_actions.dialog is None, timeout=WAIT_MS)
        session = window.meeting_page.session
        assert session is not None and str(session.meeting.id) == first.meeting_id
        assert window.state.page == "meeting"
        # The cursor lands in the action's own text, in its field.
        view = window.meeting_page.view
        assert view is not None and first.field_id is not None
        frame = view.canvas.fields[first.field_id]
        qtbot.waitUntil(lambda: frame.isAncestorOf(QApplication.focusWidget()),
                        timeout=WAIT_MS)
        editor = focus()
        assert isinstance(editor, QLineEdit) and editor.text() == first.text
    finally:
        close_window(window, languages)


def test_a_next_meeting_line_opens_the_field_that_names_it_and_the_list_follows_the_bus(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        dialog = _open_by_shortcut(qtbot, window)
        names = [i.case_name for i in dialog.overview.items()] if dialog.overview else []
        assert "Familien Haugland" in names and "Jonas" in names
        # Another view closes Jonas's case: the open overview reads again.
        jonas = next(s for s in demo_store.list_cases() if s.name == "Jonas")
        window.state.apply(toggle_case_closed(demo_store, jonas.id))
        assert dialog.reading
        _wait_read(qtbot, dialog)
        assert dialog.overview is not None
        assert {i.case_name for i in dialog.overview.items()} == {"Familien Haugland"}
        assert _current(dialog).section is Section.NEXT_MEETINGS  # the one line left
        key(Key.Key_End)
        nxt = _current(dialog)
        assert (nxt.case_name, nxt.date) == ("Familien Haugland", dt.date(2026, 6, 17))
        key(Key.Key_Enter)
        qtbot.waitUntil(lambda: window.overview_actions.dialog is None, timeout=WAIT_MS)
        session, view = window.meeting_page.session, window.meeting_page.view
        assert session is not None and view is not None
        assert str(session.meeting.id) == nxt.meeting_id
        qtbot.waitUntil(lambda: view.canvas.fields["neste_steg"].isAncestorOf(
            QApplication.focusWidget()), timeout=WAIT_MS)
    finally:
        close_window(window, languages)


def test_ctrl_p_in_the_overview_shows_a_preview_and_escape_closes(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        dialog = _open_by_shortcut(qtbot, window)
        key(Key.Key_P, Mod.ControlModifier)
        preview = window.overview_actions.preview
        assert preview is not None
        with qtbot.waitSignal(preview.preview_ready, timeout=WAIT_MS) as ready:
            pass
        assert ready.args is not None and ready.args[0] >= 1
        assert preview.file_name() == "overview-2026-02-20.pdf"  # no names
        # Save as PDF (Alt+D), a name typed without its suffix: the previewed PDF.
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, **k: (str(tmp_path / "oversikt"), ""))
        with qtbot.waitSignal(preview.saved, timeout=WAIT_MS) as saved:
            QTest.keyClick(preview, Key.Key_D, Mod.AltModifier)
        assert saved.args == [str(tmp_path / "oversikt.pdf")]
        assert (tmp_path / "oversikt.pdf").read_bytes() == preview._preview.data()
        assert (tmp_path / "oversikt.pdf").read_bytes().startswith(b"%PDF")
        assert "overview_printed" in [e.event for e in demo_store.audit_events()]
        preview.reject()
        qtbot.waitUntil(lambda: window.overview_actions.preview is None, timeout=WAIT_MS)
        QTest.keyClick(dialog.tree, Key.Key_Escape)
        qtbot.waitUntil(lambda: window.overview_actions.dialog is None, timeout=WAIT_MS)
    finally:
        close_window(window, languages)


def test_a_lock_closes_the_overview_and_its_preview(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        dialog = _open_by_shortcut(qtbot, window)
        key(Key.Key_P, Mod.ControlModifier)
        preview = window.overview_actions.preview
        assert preview is not None and preview.isVisible()
        window.lock()
        assert window.store is None
        assert not preview.isVisible() and not dialog.isVisible()
        assert window.overview_actions.dialog is None
        assert not window.overview_actions.act_overview.isEnabled()
    finally:
        close_window(window, languages)
