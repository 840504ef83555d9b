"""No network in a full GUI session: the main window built by the shell's code,
unlocked, the demo case and its meeting opened and edited, printed preview-free,
locked and unlocked again, with every way of making a socket forbidden."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import FAST_KDF
from samtaleduk.templates.loading import TemplateSet
from tests.conftest import TEST_PASSPHRASE
from tests.network_guard import no_sockets


def test_full_gui_session_makes_no_socket(qtbot: QtBot, qapp: QApplication,
                                          _isolated_data_dir: Path, templates: TemplateSet,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.shell.main_window import MainWindow
    from ui.shell.prefs import Prefs
    from ui.tools.i18n import LanguageManager
    from ui.tools.snapshot import fill_demo_store

    languages = LanguageManager()
    languages.set_language("en")  # and left that way for the tests after this one
    with no_sockets(monkeypatch):
        win = MainWindow(_isolated_data_dir, templates, languages,
                         Prefs(_isolated_data_dir), kdf=FAST_KDF)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        # First start: choose the passphrase on the unlock page, as a user would.
        win.unlock_page.passphrase.setText(TEST_PASSPHRASE)
        win.unlock_page.confirm.setText(TEST_PASSPHRASE)
        win.unlock_page.attempt()
        qtbot.waitUntil(lambda: win.store is not None, timeout=10_000)
        assert win.store is not None
        fill_demo_store(win.store)
        win.refresh_cases()
        case = next(s for s in win.store.list_cases() if s.meeting_count == 3)
        win.open_case(case.id)
        last = win.store.meeting_summaries(case.id)[-1]
        win.open_meeting(last.id)
        session = win.meeting_page.session
        assert session is not None
        fid = next(f for f, c in session.meeting.fields.items() if c.notes)
        note = session.add_note(fid, "skrive utan")
        session.set_note_text(note, "skrive utan nett")
        win.lock()  # flushes the pending edit
        assert win.store is None
        win.unlock_page.passphrase.setText(TEST_PASSPHRASE)
        win.unlock_page.attempt()
        qtbot.waitUntil(lambda: win.store is not None, timeout=10_000)
        saved = win.store.get_meeting(last.id)
        assert "skrive utan nett" in [n.text for n in saved.field(fid).notes]
        win.close()
    languages.set_language("en")
