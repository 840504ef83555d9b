"""Damage and restore: a flipped byte, a truncated, empty or missing file is
detected on open, put aside (never deleted, never replaced by an empty store), the
newest verified backup is offered, and restoring it brings the data back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from samtaleduk.store import backup, restore, safe_open
from samtaleduk.store import db as store_db
from samtaleduk.store.errors import StoreDamaged, StoreTooNew
from samtaleduk.store.schema import SCHEMA_VERSION
from samtaleduk.store.store import (
    FAST_KDF,
    Store,
    StoreError,
    WrongPassphrase,
    key_file,
    store_exists,
    store_file,
)
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.trust.trust_support import marked_case


def _store_with_backup(folder: Path) -> tuple[str, str]:
    """A closed store with one backup; returns (case id kept in the backup, case id
    added after it)."""
    with Store.create(folder, TEST_PASSPHRASE, FAST_KDF) as store:
        kept = marked_case(store, "Ibackup", meetings=1)
        backup.make_backup(store)
        later = marked_case(store, "Etterpå", meetings=1)
        store.compact()
    return str(kept.id), str(later.id)


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x40
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _remove(path: Path) -> None:
    path.unlink()


@pytest.mark.parametrize("damage", [_flip, _truncate, _empty, _remove])
def test_damage_is_put_aside_and_the_backup_offered(damage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "data"
    kept, _later = _store_with_backup(folder)
    db = store_file(folder)
    damage(db)
    damaged_bytes = db.read_bytes() if db.exists() else None
    backups_before = backup.list_backups(folder)
    if damaged_bytes is not None:
        # An open that checks every page first (as `open_store` with its upkeep
        # does; the app's unlock checks them after the list) refuses it.
        with pytest.raises(StoreDamaged):
            Store.open(folder, TEST_PASSPHRASE, every_page=True)
        assert db.read_bytes() == damaged_bytes  # a plain open changes nothing
    with pytest.raises(StoreDamaged, match="samtaleduk restore.*Ingenting er sletta") as info:
        safe_open.open_store(folder, TEST_PASSPHRASE)
    err = info.value
    assert [c.path for c in err.candidates] == [b.path for b in backups_before]
    assert backup.list_backups(folder) == backups_before  # nothing deleted
    if damaged_bytes is None:
        assert err.aside is None
    else:
        assert isinstance(err.aside, Path) and err.aside.read_bytes() == damaged_bytes
        assert err.aside.parent == restore.aside_dir(folder)
        assert restore.list_aside(folder) == [err.aside]
    assert not db.exists() and store_exists(folder)
    with pytest.raises(StoreError):  # never silently a new, empty store
        Store.create(folder, TEST_PASSPHRASE, FAST_KDF)
    done = restore.restore_backup(folder, TEST_PASSPHRASE)
    assert done.backup == backups_before[0].path and done.aside is None
    opened = safe_open.open_store(folder, TEST_PASSPHRASE, auto_backup=False)
    with opened.store as store:
        assert [str(s.id) for s in store.list_cases()] == [kept]
        assert store.check_integrity()
        assert "backup_restored" in [e.event for e in store.audit_events()]


def test_wrong_passphrase_on_a_damaged_store_moves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _store_with_backup(folder)
    _empty(store_file(folder))
    with pytest.raises(WrongPassphrase):
        safe_open.open_store(folder, "feil passordfrase")
    assert store_file(folder).exists() and restore.list_aside(folder) == []


def test_restore_puts_the_current_store_aside(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    kept, later = _store_with_backup(folder)
    (only,) = backup.list_backups(folder)
    done = restore.restore_backup(folder, TEST_PASSPHRASE, only.path)
    assert done.aside is not None and only.path.exists()  # copied, not moved
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert [str(s.id) for s in store.list_cases()] == [kept]
    # The replaced store is whole and still opens with the same key file.
    other = tmp_path / "aside-copy"
    other.mkdir()
    for p in done.aside.parent.glob(done.aside.name + "*"):
        (other / p.name.replace(done.aside.name, "samtaleduk.db")).write_bytes(p.read_bytes())
    (other / "samtaleduk.key").write_bytes(key_file(folder).read_bytes())
    with Store.open(other, TEST_PASSPHRASE) as replaced:
        assert {str(s.id) for s in replaced.list_cases()} == {kept, later}


def test_restore_refuses_bad_backups_and_open_stores(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    kept, later = _store_with_backup(folder)
    bad = tmp_path / "auto-20260101T000000Z.db"
    bad.write_bytes(b"\0" * 8192)
    with pytest.raises(StoreError, match="kan ikkje brukast"):
        restore.restore_backup(folder, TEST_PASSPHRASE, bad)
    with pytest.raises(WrongPassphrase):
        restore.restore_backup(folder, "feil passordfrase")
    with Store.open(folder, TEST_PASSPHRASE), pytest.raises(StoreError, match="Lageret er ope"):
        restore.restore_backup(folder, TEST_PASSPHRASE)
    assert restore.list_aside(folder) == []
    with Store.open(folder, TEST_PASSPHRASE) as store:  # the store is as it was
        assert {str(s.id) for s in store.list_cases()} == {kept, later}


def test_failed_unlocks_reach_the_audit_log(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    Store.create(folder, TEST_PASSPHRASE, FAST_KDF).close()
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            safe_open.open_store(folder, "feil passordfrase")
    record = folder / safe_open.FAILED_UNLOCKS
    lines = record.read_text().splitlines()
    # a header with the number already taken in, then a running number and a time
    assert lines[0] == "#samtaleduk-unlock-failures seen=0"
    assert [line.split()[0] for line in lines[1:]] == ["1", "2"]
    assert all(line.split()[1][:2] == "20" for line in lines[1:])  # times only
    with safe_open.open_store(folder, TEST_PASSPHRASE).store as store:
        events = [e.event for e in store.audit_events()]
    assert events.count("unlock_failed") == 2
    # The file stays, with only its header: deleting it is noticed next time.
    assert record.read_text() == "#samtaleduk-unlock-failures seen=2\n"


def test_full_check_runs_on_the_first_open_of_a_day(tmp_path: Path) -> None:
    from samtaleduk.store.safe_open import open_store

    folder = tmp_path / "data"
    _store_with_backup(folder)
    # The open itself leaves it for later (issue 16: after the list, `upkeep`) …
    with Store.open(folder, TEST_PASSPHRASE) as store:
        store.conn.execute("DELETE FROM settings WHERE key = ?", (store_db.LAST_FULL_CHECK,))
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert store_db.full_check_due(store.conn)
    # … and the day's upkeep runs it once.
    with open_store(folder, TEST_PASSPHRASE).store as store:
        assert store.setting(store_db.LAST_FULL_CHECK) == dt.date.today().isoformat()
        assert not store_db.full_check_due(store.conn)
        tomorrow = dt.date.today() + dt.timedelta(days=1)
        assert store_db.full_check_due(store.conn, tomorrow)
    _flip(store_file(folder))
    # A flipped byte in the middle is found the same day too: each page's HMAC is
    # checked after every unlock (issue 13, point 4; it used to go unnoticed until
    # tomorrow), before anything is written when the upkeep runs at once.
    with pytest.raises(StoreDamaged):
        open_store(folder, TEST_PASSPHRASE)


def test_a_backup_from_a_newer_program_is_not_restored(tmp_path: Path) -> None:
    """An older program (a downgrade) must not swap in a backup it cannot open: the
    store would be put aside for one that is refused at the next unlock."""
    folder = tmp_path / "data"
    kept, later = _store_with_backup(folder)
    (only,) = backup.list_backups(folder)
    with Store.open(folder, TEST_PASSPHRASE) as store:
        key = store.data_key
    newer = store_db.connect(only.path, key)
    newer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    newer.close()
    assert restore.verified_backups(folder, key, _store_id(folder)) == []
    with pytest.raises(StoreTooNew, match="nyare Samtaleduk"):
        restore.restore_backup(folder, TEST_PASSPHRASE, only.path)
    with pytest.raises(StoreError, match="Fann ingen brukande"):
        restore.restore_backup(folder, TEST_PASSPHRASE)
    assert restore.list_aside(folder) == []
    with Store.open(folder, TEST_PASSPHRASE) as store:  # the store is as it was
        assert {str(s.id) for s in store.list_cases()} == {kept, later}


def _store_id(folder: Path) -> str:
    from samtaleduk.trust import keyfile

    return keyfile.read_key_file(key_file(folder)).store_id
