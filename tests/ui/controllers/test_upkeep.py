"""The first unlock of the day shows the cases first; the day's check and a due
backup run after, in the background, stop at a lock, and a page found damaged
leads to the put-aside flow of unlock (issue 16). Driven through the real window."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samtaleduk.store import backup, db, restore, upkeep
from samtaleduk.store.store import FAST_KDF, Store, store_file
from samtaleduk.templates.loading import TemplateSet
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.trust.trust_support import marked_case
from tests.ui.main_window_support import type_text
from ui.shell.main_window import MainWindow
from ui.shell.prefs import Prefs
from ui.tools.i18n import LanguageManager
from ui.tools.jobs import jobs

WAIT_MS = 20_000


@pytest.fixture
def folder(_isolated_data_dir: Path) -> Path:
    """A store with two cases, not checked today and never backed up."""
    with Store.create(_isolated_data_dir, TEST_PASSPHRASE, FAST_KDF) as store:
        marked_case(store, "Vern", meetings=1)
        marked_case(store, "Haugland", meetings=1)
        store.conn.execute("DELETE FROM settings WHERE key = 'last_full_check'")
    for old in backup.list_backups(_isolated_data_dir):
        old.path.unlink()
    return _isolated_data_dir


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, folder: Path,
           templates: TemplateSet) -> Iterator[MainWindow]:
    languages = LanguageManager()
    languages.set_language("en")
    win = MainWindow(folder, templates, languages, Prefs(folder))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    jobs().stop_upkeep()
    if win.store is not None:
        win.store.close()
    win.store = None


def _type_passphrase(qtbot: QtBot, window: MainWindow) -> None:
    window.unlock_page.passphrase.clear()
    window.activateWindow()
    window.unlock_page.passphrase.setFocus()
    qtbot.waitUntil(window.unlock_page.passphrase.hasFocus, timeout=WAIT_MS)
    type_text(TEST_PASSPHRASE)  # keyClicks aborts on letters beyond ASCII
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)


def test_the_list_is_drawn_before_the_days_check_and_backup(
        qtbot: QtBot, window: MainWindow, folder: Path) -> None:
    seen: dict[str, object] = {}

    def at_unlock(store: Store) -> None:
        seen["checked"] = store.setting("last_full_check")
        seen["backups"] = len(backup.list_backups(folder))

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and window.cases_page.proxy.rowCount():
                seen.setdefault("painted", True)
            return False

    painted = Painted()
    window.cases_page.table.viewport().installEventFilter(painted)

    def at_step(step: str) -> None:
        seen.setdefault("first step", step)
        seen.setdefault("page", window.pages.currentWidget())
        seen.setdefault("rows", window.cases_page.proxy.rowCount())
        seen.setdefault("drawn before", seen.get("painted", False))

    window.state.unlocked.connect(at_unlock)
    window.upkeep.step_started.connect(at_step)
    with qtbot.waitSignal(window.upkeep.finished, timeout=WAIT_MS):
        _type_passphrase(qtbot, window)
    # Nothing slow before the list: no full check, no backup at unlock …
    assert seen["checked"] is None and seen["backups"] == 0
    # … the page check was queued once the list was shown …
    assert seen["first step"] == "pages"
    assert seen["page"] is window.cases_page and seen["rows"] == 2
    assert seen["drawn before"]  # the list had painted when the page check began
    # … and both ran after it.
    assert window.store is not None
    assert window.store.setting("last_full_check") is not None
    assert len(backup.list_backups(folder)) == 1
    assert upkeep.due(window.store) == []
    assert not window.upkeep.status.text()


def test_locking_during_the_background_check_stops_it(
        qtbot: QtBot, window: MainWindow, folder: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    started = threading.Event()

    def endless(self: upkeep.Upkeep, conn: object) -> None:
        started.set()  # a check that only ends when it is interrupted
        conn.execute(  # type: ignore[attr-defined]
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
            "SELECT count(*) FROM c").fetchone()

    monkeypatch.setattr(upkeep.Upkeep, "_check", endless)
    _type_passphrase(qtbot, window)
    qtbot.waitUntil(lambda: started.is_set(), timeout=WAIT_MS)
    assert window.upkeep.status.text()  # the quiet line says what runs
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.store is None
    assert window.pages.currentWidget() is window.unlock_page
    assert not jobs().upkeep_busy
    assert backup.list_backups(folder) == []  # the backup never started
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert upkeep.due(store) == [upkeep.Step.CHECK, upkeep.Step.BACKUP]  # due again


def test_a_page_found_damaged_by_the_check_is_put_aside_as_at_unlock(
        qtbot: QtBot, window: MainWindow, folder: Path) -> None:
    with Store.open(folder, TEST_PASSPHRASE) as store:
        root = int(store.conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'cases'").fetchone()[0])
        store.conn.execute("DELETE FROM settings WHERE key = 'last_full_check'")

    def damage(step: str) -> None:
        # The byte flips after the background page check passed.
        if step == "check":
            with open(store_file(folder), "r+b") as fh:
                fh.seek((root - 1) * 4096 + 2048)
                byte = fh.read(1)
                fh.seek((root - 1) * 4096 + 2048)
                fh.write(bytes([byte[0] ^ 0x10]))

    window.upkeep.step_started.connect(damage)
    _type_passphrase(qtbot, window)
    # Locked, and the unlock page says the file is checked first next time.
    qtbot.waitUntil(lambda: window.store is None and window.unlock_page.message.isVisible(),
                    timeout=WAIT_MS)
    assert window.pages.currentWidget() is window.unlock_page
    with qtbot.waitSignal(window.unlock_page.damaged, timeout=WAIT_MS):
        _type_passphrase(qtbot, window)
    aside = restore.list_aside(folder)
    assert len(aside) == 1 and aside[0].stat().st_size > 0
    assert window.store is None


def test_a_page_damaged_before_the_unlock_is_found_after_the_list(
        qtbot: QtBot, window: MainWindow, folder: Path) -> None:
    """The unlock no longer reads every page before the list (issue 16): a page it
    does not need is checked in the background, and damage there leads to the
    same put-aside flow as at unlock."""
    with Store.open(folder, TEST_PASSPHRASE) as store:
        root = int(store.conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'revisions'").fetchone()[0])
        upkeep.record_check(store)  # checked today: only the page step is due
    with open(store_file(folder), "r+b") as fh:
        fh.seek((root - 1) * 4096 + 2048)
        byte = fh.read(1)
        fh.seek((root - 1) * 4096 + 2048)
        fh.write(bytes([byte[0] ^ 0x10]))
    seen: dict[str, object] = {}
    window.upkeep.step_started.connect(
        lambda step: seen.setdefault("list", (step, window.pages.currentWidget(),
                                              window.cases_page.proxy.rowCount())))
    _type_passphrase(qtbot, window)
    qtbot.waitUntil(lambda: window.store is None and window.unlock_page.message.isVisible(),
                    timeout=WAIT_MS)
    assert seen["list"] == ("pages", window.cases_page, 2)  # the list came first
    assert restore.list_aside(folder) == []  # nothing moved before the proof
    with qtbot.waitSignal(window.unlock_page.damaged, timeout=WAIT_MS):
        _type_passphrase(qtbot, window)
    aside = restore.list_aside(folder)
    assert len(aside) == 1 and aside[0].stat().st_size > 0
    assert window.store is None


def test_the_days_records_wait_for_a_store_job_writing_on_the_connection(
        qtbot: QtBot, window: MainWindow, folder: Path) -> None:
    # A deletion or an import on the store's lane may be inside its transaction when
    # the day's check or backup ends: their records are written after that job, on
    # its lane. Written from the GUI thread they joined the job's transaction (and
    # were lost with its rollback) or failed its commit ("SQL statements in progress").
    in_transaction, go_on = threading.Event(), threading.Event()
    ended: list[object] = []

    def failing_write() -> str:
        assert window.store is not None
        conn = window.store.conn
        try:
            with db.transaction(conn):
                conn.execute("INSERT INTO settings(key, value) VALUES ('half_done', '1')")
                in_transaction.set()
                go_on.wait(WAIT_MS / 1000)
                raise RuntimeError("the job fails: its transaction is rolled back")
        except RuntimeError:
            return "rolled back"

    def at_step(step: str) -> None:
        if step == "check":
            jobs().run(failing_write, ended.append, uses_store=True)
            assert in_transaction.wait(WAIT_MS / 1000)

    window.upkeep.step_started.connect(at_step)
    _type_passphrase(qtbot, window)
    # The check has ended while the job is still inside its transaction …
    qtbot.waitUntil(lambda: in_transaction.is_set() and window.upkeep.running is None,
                    timeout=WAIT_MS)
    with qtbot.waitSignal(window.upkeep.finished, timeout=WAIT_MS):
        go_on.set()  # … which then rolls back; the upkeep goes on after it
    qtbot.waitUntil(lambda: bool(ended) and not jobs().store_busy, timeout=WAIT_MS)
    assert ended == ["rolled back"]
    assert window.store is not None
    assert window.store.setting("half_done") is None
    assert window.store.setting("last_full_check") is not None
    assert window.store.setting("backup_fingerprint") is not None
    assert upkeep.due(window.store) == []


def test_a_lock_as_the_check_ends_closes_the_store_with_nothing_left_running(
        qtbot: QtBot, window: MainWindow, folder: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The check ends; its result waits in the queue when the user locks. The lock
    # delivers it and must not leave a record of it running on the store's lane
    # while the connection closes (that crashed the process).
    started, go_on = threading.Event(), threading.Event()
    real_check = upkeep.Upkeep._check

    def held_check(self: upkeep.Upkeep, conn: object) -> None:
        started.set()
        go_on.wait(WAIT_MS / 1000)
        real_check(self, conn)  # type: ignore[arg-type]

    monkeypatch.setattr(upkeep.Upkeep, "_check", held_check)
    _type_passphrase(qtbot, window)
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    go_on.set()
    assert jobs()._upkeep_lane.waitForDone(WAIT_MS)  # ended; its result not yet delivered
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.store is None
    assert not jobs().busy
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert store.check_integrity()
