"""The day's check and the automatic backup run after the store is open, not in
the way of the unlock (issue 16): `samtaleduk.store.upkeep`."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from samtaleduk.store import backup, proof, restore, upkeep
from samtaleduk.store.errors import StoreDamaged
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


def _flip_in_table(folder: Path, table: str) -> None:
    """Flip a byte in the root page of `table`, behind SQLite's back."""
    with Store.open(folder, TEST_PASSPHRASE) as store:
        root = int(store.conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0])
    with open(store_file(folder), "r+b") as fh:
        fh.seek((root - 1) * 4096 + 2048)
        byte = fh.read(1)
        fh.seek((root - 1) * 4096 + 2048)
        fh.write(bytes([byte[0] ^ 0x10]))


def test_opening_does_not_read_every_page(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """What an unlock costs must not grow with the store (issue 16): the page scan
    is not part of a writable open; it is the first step after it."""
    _made(tmp_path)

    def scan(*_a: object, **_k: object) -> None:
        raise AssertionError("every page read before the list")

    monkeypatch.setattr(proof, "scan_pages", scan)
    with open_store(tmp_path, TEST_PASSPHRASE, upkeep_now=False).store as store:
        assert [c.name for c in store.list_cases()] == ["Familien Vern"]
        assert upkeep.after_unlock(store) == [upkeep.Step.PAGES, upkeep.Step.CHECK,
                                              upkeep.Step.BACKUP]


def test_every_page_is_checked_after_every_unlock(tmp_path: Path) -> None:
    _made(tmp_path)
    with open_store(tmp_path, TEST_PASSPHRASE).store as store:
        assert upkeep.due(store) == []  # the day's steps are done …
        assert upkeep.after_unlock(store) == [upkeep.Step.PAGES]  # … the pages are not
    _flip_in_table(tmp_path, "revisions")  # a page the unlock and the list never read
    with open_store(tmp_path, TEST_PASSPHRASE, upkeep_now=False).store as store:
        with pytest.raises(SuspectedDamage):
            upkeep.Upkeep(store).run(upkeep.Step.PAGES)
    assert restore.list_aside(tmp_path) == []  # suspecting moves nothing


def test_a_page_damaged_before_the_open_is_put_aside_when_upkeep_runs_now(
        tmp_path: Path) -> None:
    """`open_store` with its upkeep (the CLI after its answer) puts proved damage
    aside and offers the backups, as the unlock did when it read every page."""
    _made(tmp_path)
    with open_store(tmp_path, TEST_PASSPHRASE).store:
        pass  # checked and backed up today
    _flip_in_table(tmp_path, "revisions")
    with pytest.raises(StoreDamaged) as caught:
        open_store(tmp_path, TEST_PASSPHRASE)
    assert caught.value.aside is not None and caught.value.candidates
    assert len(restore.list_aside(tmp_path)) == 1


def test_a_page_read_while_sqlite_writes_it_is_not_damage(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The page step reads beside the store's own connection: a page that fails
    once (torn by a checkpoint) and checks when read again is not damage."""
    _made(tmp_path)
    real = proof.page_ok
    failed: list[int] = []

    def torn_once(page: bytes, pgno: int, key: bytes) -> bool:
        if pgno == 3 and not failed:
            failed.append(pgno)
            return False
        return real(page, pgno, key)

    monkeypatch.setattr(proof, "page_ok", torn_once)
    with open_store(tmp_path, TEST_PASSPHRASE, upkeep_now=False).store as store:
        assert upkeep.Upkeep(store).run(upkeep.Step.PAGES) is None
    assert failed == [3]


def test_stop_ends_the_page_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _made(tmp_path)
    monkeypatch.setattr(proof, "STOP_EVERY", 1)
    with open_store(tmp_path, TEST_PASSPHRASE, upkeep_now=False).store as store:
        work = upkeep.Upkeep(store)
        real = proof.page_ok
        seen: list[int] = []

        def stop_on_second(page: bytes, pgno: int, key: bytes) -> bool:
            seen.append(pgno)
            if pgno == 2:
                work.stop()  # lock or quit, from the GUI thread, half-way
            return real(page, pgno, key)

        monkeypatch.setattr(proof, "page_ok", stop_on_second)
        with pytest.raises(upkeep.Stopped):
            work.run(upkeep.Step.PAGES)
        assert seen == [1, 2]  # no page read after the stop


def test_a_read_only_open_still_checks_every_page(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A store opened read-only (a full disk) gets no upkeep afterwards, so its
    pages are checked as it opens."""
    _made(tmp_path)
    _flip_in_table(tmp_path, "revisions")
    monkeypatch.setattr("samtaleduk.store.store.instance_lock.acquire_for_reading",
                        lambda folder: None)  # as when the folder cannot be written
    with pytest.raises(StoreDamaged):
        Store.open(tmp_path, TEST_PASSPHRASE)
