"""Issue 13, point 13: a deleted case must not live on in `aside/` or in backups
longer than the 30 days the deletion dialog promises.

Every test injects `now`, so "400 days later" is a date, not a wait.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from samtaleduk.store import backup, restore, safe_open
from samtaleduk.store.store import FAST_KDF, Store
from samtaleduk.trust import deletion, expiry
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.trust.trust_support import marked_case

T0 = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)


def _days(n: float) -> dt.datetime:
    return T0 + dt.timedelta(days=n)


def _aside_files(folder: Path) -> list[str]:
    aside = restore.aside_dir(folder)
    return sorted(p.name for p in aside.iterdir()) if aside.is_dir() else []


def test_the_issue_scenario_restore_delete_and_400_days_later(tmp_path: Path) -> None:
    """Restore a backup, delete the case, open 400 days later: nothing in aside/ and
    no backup still holds it. (The restore puts the store aside at the real time, so
    the other times are set around it.)"""
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    folder = tmp_path / "data"
    with Store.create(folder, TEST_PASSPHRASE, FAST_KDF) as store:
        case = marked_case(store, "Slettmerke", meetings=1)
        backup.make_backup(store, now=start)
    restore.restore_backup(folder, TEST_PASSPHRASE)
    assert _aside_files(folder)  # the replaced store is in aside/, holding the case
    deleted_at = start + dt.timedelta(days=2)
    with Store.open(folder, TEST_PASSPHRASE) as store:
        deletion.delete_case_completely(store, case.id, now=deleted_at)
    assert expiry.deletion_times(folder) == [deleted_at]

    opened = safe_open.open_store(folder, TEST_PASSPHRASE,
                                  now=deleted_at + dt.timedelta(days=400))
    opened.store.close()
    assert _aside_files(folder) == []
    kept = backup.list_backups(folder)
    assert kept and all(b.made_at >= deleted_at for b in kept)


def test_aside_copies_expire_after_30_days_with_their_companions(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    aside = restore.aside_dir(folder)
    aside.mkdir(parents=True)
    old = "damaged-20260101T000000000000Z.db"
    young = "replaced-20260201T000000000000Z.db"
    for name in (old, old + "-wal", old + "-shm", old + ".key", young, young + "-wal"):
        (aside / name).write_bytes(b"x")
    lone_wal = "damaged-20251201T000000000000Z.db-wal"  # its main file was never there
    (aside / lone_wal).write_bytes(b"x")
    (aside / "notes-from-it.txt").write_bytes(b"not ours")  # never touched

    now = dt.datetime(2026, 2, 15, tzinfo=dt.UTC)  # old: 45 days, young: 14 days
    removed = expiry.expire_aside(folder, now)

    assert sorted(p.name for p in removed) == sorted(
        [old, old + "-wal", old + "-shm", old + ".key", lone_wal])
    assert _aside_files(folder) == sorted([young, young + "-wal", "notes-from-it.txt"])


def test_backups_predating_a_deletion_go_30_days_after_it_even_the_newest(
        tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store.create(folder, TEST_PASSPHRASE, FAST_KDF) as store:
        marked_case(store, "Andre", meetings=1)
        before = backup.make_backup(store, now=_days(0))
    expiry.record_deletion(folder, _days(2))  # the after-delete backup failed (full disk)

    # 29 days after the deletion: still the only backup, still kept.
    assert backup.rotate(folder, now=_days(31)) == []
    assert before.path.exists()
    # 30 days after the deletion: the deleted case may be in it, so it goes.
    removed = backup.rotate(folder, now=_days(32))
    assert before.path in removed
    assert backup.list_backups(folder) == []


def test_backups_made_after_the_deletion_are_kept(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store.create(folder, TEST_PASSPHRASE, FAST_KDF) as store:
        case = marked_case(store, "Slettast", meetings=1)
        before = backup.make_backup(store, now=_days(0))
        result = deletion.delete_case_completely(store, case.id, now=_days(1))
        assert result.backup is not None
        after = backup.make_backup(store, now=_days(20))

    backup.rotate(folder, now=_days(40))
    names = {b.path for b in backup.list_backups(folder)}
    assert before.path not in names
    assert after.path in names  # newer than the deletion: nothing of the case in it


def test_deletion_record_holds_only_times(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store.create(folder, TEST_PASSPHRASE, FAST_KDF) as store:
        case = marked_case(store, "Namnmerke", meetings=1)
        deletion.delete_case_completely(store, case.id, now=_days(3))
    raw = (folder / expiry.DELETIONS_FILE).read_text(encoding="ascii")
    assert str(case.id) not in raw and "Namnmerke" not in raw
    assert raw.strip() == _days(3).isoformat()
    if os.name == "posix":
        assert (folder / expiry.DELETIONS_FILE).stat().st_mode & 0o777 == 0o600


def test_the_deletion_text_promises_what_expiry_does() -> None:
    for lang in ("nn", "nb", "en"):
        text = deletion.deletion_text(lang)
        assert f"{expiry.MAX_AGE_DAYS}" in text
        assert "aside" in text
