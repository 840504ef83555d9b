"""Locking: auto-lock after a (1-second) idle time saves the pending text, leaves no
case data in any widget or the title, and the unlock brings the meeting back; Ctrl+L
does the same; an auto-lock never discards text that could not be saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import SaveFailed, Store
from samtaleduk.templates.loading import TemplateSet
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.trust.trust_support import files_holding, marked_case
from ui.controllers import lock as lock_module
from ui.controllers.lock import all_widget_texts, idle_minutes
from ui.shell.main_window import MainWindow
from ui.shell.prefs import Prefs
from ui.tools.i18n import LanguageManager

MARKERS = ("Lasmerkesen", "Emil Lasmerkesen", "Usaga tekst")


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, store: Store,
           templates: TemplateSet) -> Iterator[MainWindow]:
    languages = LanguageManager()
    languages.set_language("en")
    win = MainWindow(_isolated_data_dir, templates, languages, Prefs(_isolated_data_dir))
    qtbot.addWidget(win)
    marked_case(store, "Lasmerkesen", meetings=2)
    win.set_store(store)
    win.lock_controller.set_idle_ms(1000)  # one second (the settings allow 1–30 minutes)
    win.lock_controller.restart()
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.meeting_page.leave(force=True)
    if win.store is not None and win.store is not store:
        win.store.close()
    win.store = None


def _open_meeting(window: MainWindow) -> tuple[str, str]:
    assert window.store is not None
    (summary,) = window.store.list_cases()
    meetings = window.store.meeting_summaries(summary.id)
    window.open_case(summary.id)
    window.open_meeting(meetings[-1].id)
    session = window.meeting_page.session
    assert session is not None
    fid = next(f for f, c in session.meeting.fields.items() if c.notes)
    note = session.add_note(fid, "Usaga")
    session.set_note_text(note, "Usaga tekst")  # typed, not yet saved
    assert session.dirty
    return str(meetings[-1].id), fid


def _no_case_data_anywhere(window: MainWindow) -> None:
    # Widgets the lock let go of are deleted at the next turn of the event loop.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    texts = "\n".join(all_widget_texts())
    assert "Samtaleduk" in texts  # the walk really sees the widgets
    for marker in MARKERS:
        assert marker not in texts, [t for t in all_widget_texts() if marker in t]
    assert window.windowTitle() == "Samtaleduk"


def _unlock(qtbot: QtBot, window: MainWindow) -> Store:
    window.unlock_page.passphrase.setText(TEST_PASSPHRASE)
    window.unlock_page.attempt()
    qtbot.waitUntil(lambda: window.store is not None, timeout=10_000)
    assert window.store is not None
    return window.store


def test_idle_setting_is_read_from_the_ui_settings(_isolated_data_dir: Path) -> None:
    assert idle_minutes(_isolated_data_dir) == lock_module.DEFAULT_IDLE_MINUTES
    settings = QSettings(str(_isolated_data_dir / "ui-settings.ini"),
                         QSettings.Format.IniFormat)
    settings.setValue("lock/idle_minutes", "ikkje eit tal")
    settings.sync()
    assert idle_minutes(_isolated_data_dir) == lock_module.DEFAULT_IDLE_MINUTES


def test_auto_lock_saves_clears_and_unlock_restores_the_meeting(
        qtbot: QtBot, window: MainWindow) -> None:
    assert window.lock_controller.timer.interval() == 1000
    meeting_id, fid = _open_meeting(window)
    old_store = window.store
    qtbot.waitUntil(lambda: window.store is None, timeout=5_000)
    assert old_store is not None and not old_store.is_open  # store closed, key dropped
    assert window.pages.currentWidget() is window.unlock_page
    assert window.meeting_page.session is None
    _no_case_data_anywhere(window)
    # … and nothing readable in the data folder either (store, WAL, backups, settings).
    for marker in MARKERS:
        assert files_holding([window.data_dir], marker) == []
    store = _unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.meeting_page)
    session = window.meeting_page.session
    assert session is not None and str(session.meeting.id) == meeting_id
    assert "Usaga tekst" in [n.text for n in session.meeting.field(fid).notes]
    events = [e.event for e in store.audit_events()]
    assert events.index("locked") < events.index("unlocked")


def test_ctrl_l_locks_at_once(qtbot: QtBot, window: MainWindow) -> None:
    window.lock_controller.set_idle_ms(60_000)
    _open_meeting(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.store is None
    _no_case_data_anywhere(window)
    store = _unlock(qtbot, window)
    saved = store.list_meetings(store.list_cases()[0].id)[-1]
    assert "Usaga tekst" in [n.text for c in saved.fields.values() for n in c.notes]


def test_auto_lock_waits_while_text_cannot_be_saved(qtbot: QtBot, window: MainWindow,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock_module, "RETRY_MS", 300)
    _open_meeting(window)
    store = window.store
    assert store is not None

    def full(*_args: object, **_kwargs: object) -> int:
        raise SaveFailed("Disken er full, så endringa er ikkje lagra.")

    monkeypatch.setattr(store, "save_meeting", full)
    window.lock_controller.auto_lock()
    assert window.store is store  # not locked: the text would have been lost
    assert window.lock_controller.timer.interval() == 300
    monkeypatch.undo()  # room on the disk again
    qtbot.waitUntil(lambda: window.store is None, timeout=5_000)
    _no_case_data_anywhere(window)


def test_no_auto_lock_while_presenting(qtbot: QtBot, window: MainWindow,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _open_meeting(window)
    monkeypatch.setattr(window.meeting_page, "presentation", lambda: window)
    window.lock_controller.auto_lock()
    assert window.store is not None and window.lock_controller.timer.isActive()
    monkeypatch.undo()
    window.lock_controller.auto_lock()
    assert window.store is None



def test_unlock_to_the_list_writes_its_audit_line_once_the_list_is_drawn(
        qtbot: QtBot, window: MainWindow) -> None:
    """The "unlocked" line (an fsync) is not on the way to the list: it is written
    right after the list's paint; a lock before that paint writes it first."""
    window.lock_controller.set_idle_ms(60_000)
    window.show_cases()
    window.lock()
    at_unlock: list[str] = []
    window.state.unlocked.connect(
        lambda s: at_unlock.extend(e.event for e in s.audit_events()))
    store = _unlock(qtbot, window)
    assert window.pages.currentWidget() is window.cases_page
    since_lock = at_unlock[len(at_unlock) - at_unlock[::-1].index("locked"):]
    assert "unlocked" not in since_lock  # the list was being shown: no line yet …
    qtbot.waitUntil(lambda: store.audit_events()[-1].event == "unlocked")  # … then it is
    window.lock()
    window.hide()  # a window that does not paint
    store = _unlock(qtbot, window)
    window.lock()  # before the line was written: it is written first
    store = _unlock(qtbot, window)
    events = [e.event for e in store.audit_events() if e.event in ("locked", "unlocked")]
    last_lock = len(events) - 1 - events[::-1].index("locked")
    assert events[last_lock - 2:last_lock + 1] == ["locked", "unlocked", "locked"]
