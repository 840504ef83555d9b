"""The day's check and the automatic backup run after the store is open, not in
the way of the unlock (issue 16): `samtaleduk.store.upkeep`."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from samtaleduk.store import backup, upkeep
from samtaleduk.store.faults import SuspectedDamage
from samtaleduk.store.safe_open import open_store
from samtaleduk.store.store import FAST_KDF, Store, store_file
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.trust.trust_support import marked_case


def _made(folder: Path) -> None:
    """A store with a case that has not been checked today (a new day)."""
    with Store.create(folder, TEST_PASSPHRASE, FAST_KDF) as store:
        marked_case(store, "Vern", meetings=1, edits=2)
        store.conn.execute("DELETE FROM settings WHERE key = 'last_full_check'")


def test_opening_leaves_the_days_check_and_backup_for_later(tmp_path: Path) -> None:
    _made(tmp_path)
    opened = open_store(tmp_path, TEST_PASSPHRASE, upkeep_now=False)
    with opened.store as store:
        assert store.setting("last_full_check") is None  # not checked before the list
        assert backup.list_backups(tmp_path) == []       # nor backed up
        assert upkeep.due(store) == [upkeep.Step.CHECK, upkeep.Step.BACKUP]
        work = upkeep.Upkeep(store)
        assert work.run(upkeep.Step.CHECK) is None
        upkeep.record_check(store)
        done = work.run(upkeep.Step.BACKUP)
        assert isinstance(done, upkeep.BackupDone) and done.info is not None
        upkeep.record_backup(store, done)
        assert upkeep.due(store) == []
    assert len(backup.list_backups(tmp_path)) == 1


def test_open_store_still_runs_the_upkeep_when_asked(tmp_path: Path) -> None:
    _made(tmp_path)
    with open_store(tmp_path, TEST_PASSPHRASE).store as store:
        assert upkeep.due(store) == []
    assert len(backup.list_backups(tmp_path)) == 1


def test_a_page_damaged_after_the_unlock_is_found_by_the_check(tmp_path: Path) -> None:
    _made(tmp_path)
    with open_store(tmp_path, TEST_PASSPHRASE, upkeep_now=False).store as store:
        root = store.conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'cases'").fetchone()[0]
        with open(store_file(tmp_path), "r+b") as fh:
            fh.seek((root - 1) * 4096 + 2048)
            byte = fh.read(1)
            fh.seek((root - 1) * 4096 + 2048)
            fh.write(bytes([byte[0] ^ 0x10]))
        with pytest.raises(SuspectedDamage):
            upkeep.Upkeep(store).run(upkeep.Step.CHECK)
        assert store.setting("last_full_check") is None


def test_stop_interrupts_the_step_that_runs(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _made(tmp_path)
    started = threading.Event()

    def endless(self: upkeep.Upkeep, conn: object) -> None:
        started.set()
        conn.execute(  # type: ignore[attr-defined]
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
            "SELECT count(*) FROM c").fetchone()

    monkeypatch.setattr(upkeep.Upkeep, "_check", endless)
    with open_store(tmp_path, TEST_PASSPHRASE, upkeep_now=False).store as store:
        work = upkeep.Upkeep(store)
        outcome: list[BaseException] = []

        def run() -> None:
            try:
                work.run(upkeep.Step.CHECK)
            except BaseException as exc:  # noqa: BLE001 - looked at below
                outcome.append(exc)

        thread = threading.Thread(target=run)
        thread.start()
        assert started.wait(10)
        for _ in range(200):  # as JobRunner.stop_upkeep: until the step has ended
            work.stop()
            thread.join(0.05)
            if not thread.is_alive():
                break
        assert not thread.is_alive()
        assert len(outcome) == 1 and isinstance(outcome[0], upkeep.Stopped)
        with pytest.raises(upkeep.Stopped):  # nothing starts after a stop
            work.run(upkeep.Step.BACKUP)
        assert upkeep.due(store) == [upkeep.Step.CHECK, upkeep.Step.BACKUP]
