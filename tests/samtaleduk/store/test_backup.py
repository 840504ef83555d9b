"""Backups: encrypted with the store's key, verified before they get their name,
rotated by a rule with a hard age limit, made automatically only when needed."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from samtaleduk.store import backup, db
from samtaleduk.store.backup import BackupInfo, to_keep
from samtaleduk.store.store import Store, StoreError, key_file, store_file
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.trust.trust_support import files_holding, marked_case

NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)


def test_backup_is_encrypted_verified_and_opens_with_the_key(
        store: Store, _isolated_data_dir: Path, tmp_path: Path) -> None:
    case = marked_case(store, "Bakkupmerke")
    info = backup.make_backup(store)
    assert info.path.parent == _isolated_data_dir / "backups"
    assert backup.parse_name(info.path) == info
    assert info.path.name.startswith("manual-") and "Bakkup" not in info.path.name
    assert not list(info.path.parent.glob("*.tmp"))
    assert files_holding([info.path.parent], "Bakkupmerke") == []
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(info.path).execute("SELECT * FROM cases").fetchall()
    assert backup.check_backup(info.path, store.data_key, store.setting("store_id"))
    # The backup and the key file together are a complete store.
    other = tmp_path / "copy"
    other.mkdir()
    shutil.copy(info.path, store_file(other))
    shutil.copy(key_file(_isolated_data_dir), key_file(other))
    with Store.open(other, TEST_PASSPHRASE) as copy:
        assert copy.get_case(case.id) == case
        assert len(copy.list_meetings(case.id)) == 2


def test_failed_verification_leaves_no_file(store: Store, _isolated_data_dir: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    marked_case(store, "Verifisering", meetings=1)
    monkeypatch.setattr(db, "integrity_ok", lambda conn: False)
    with pytest.raises(StoreError, match="Tryggingskopien vart ikkje rett"):
        backup.make_backup(store)
    assert list((_isolated_data_dir / "backups").iterdir()) == []


def test_check_backup_refuses_damage_and_other_stores(store: Store, tmp_path: Path) -> None:
    marked_case(store, "Sjekk", meetings=1)
    good = backup.make_backup(store).path
    store_id = store.setting("store_id")
    assert backup.check_backup(good, store.data_key, store_id)
    assert not backup.check_backup(good, store.data_key, "another-store")
    assert not backup.check_backup(good, bytes(32), None)
    flipped = tmp_path / "flipped.db"
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x01
    flipped.write_bytes(bytes(data))
    assert not backup.check_backup(flipped, store.data_key, store_id)
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert not backup.check_backup(empty, store.data_key, None)
    assert empty.read_bytes() == b""  # checking never writes


def _infos(*ages: dt.timedelta) -> list[BackupInfo]:
    return [BackupInfo(Path(f"b{i}"), "auto", NOW - age, 1) for i, age in enumerate(ages)]


def test_rotation_keeps_last_ten_and_one_per_day() -> None:
    hourly = _infos(*(dt.timedelta(hours=h) for h in range(0, 24 * 10)))  # ten days, hourly
    keep = to_keep(hourly, NOW)
    by_path = {b.path: b for b in hourly}
    kept = sorted((by_path[p] for p in keep), key=lambda b: b.made_at, reverse=True)
    newest_ten = sorted(hourly, key=lambda b: b.made_at, reverse=True)[:10]
    assert set(newest_ten) <= set(kept)
    older = [b for b in kept if b not in newest_ten]
    # one per day for the week (today's newest is among the ten), nothing older
    assert len({b.made_at.date() for b in kept}) == 7
    assert len(older) == 6
    assert all(NOW - b.made_at < dt.timedelta(days=7) for b in kept)


def test_rotation_has_a_hard_age_limit_but_keeps_the_newest() -> None:
    old = _infos(*(dt.timedelta(days=d) for d in (31, 35, 40)))
    assert to_keep(old, NOW) == {Path("b0")}  # only the newest: something to restore
    mixed = _infos(dt.timedelta(days=29), dt.timedelta(days=31))
    assert to_keep(mixed, NOW) == {Path("b0")}
    assert to_keep([], NOW) == set()


def test_rotate_deletes_only_our_expired_files(store: Store, _isolated_data_dir: Path) -> None:
    marked_case(store, "Rotasjon", meetings=1)
    folder = _isolated_data_dir / "backups"
    made = [backup.write_backup(store.conn, store.data_key, folder, "auto",
                                NOW - dt.timedelta(days=d)) for d in (40, 35, 2, 0)]
    mine = folder / "mi-eiga-fil.db"
    mine.write_bytes(b"not ours")
    leftover = folder / "auto-20260101T000000000000Z.db.tmp"
    leftover.write_bytes(b"half")
    gone = backup.rotate(_isolated_data_dir, now=NOW)
    assert set(gone) == {made[0].path, made[1].path, leftover}
    assert mine.exists()
    assert [b.path for b in backup.list_backups(_isolated_data_dir)] == [
        made[3].path, made[2].path]


def test_auto_backup_only_when_changed_and_due(store: Store, _isolated_data_dir: Path) -> None:
    marked_case(store, "Auto", meetings=1)
    first = backup.auto_backup(store, now=NOW)
    assert first is not None and first.kind == "auto"
    assert backup.auto_backup(store, now=NOW + dt.timedelta(minutes=30)) is None  # too soon
    later = NOW + dt.timedelta(hours=2)
    assert backup.auto_backup(store, now=later) is None  # nothing changed
    store.log_event("view_case")  # the audit log growing is not a change
    assert backup.auto_backup(store, now=later) is None
    marked_case(store, "Endring", meetings=1)
    second = backup.auto_backup(store, now=later)
    assert second is not None
    assert len(backup.list_backups(_isolated_data_dir)) == 2


def test_expiry_text_names_the_age_limit() -> None:
    for lang in ("nn", "nb", "en"):
        assert str(backup.MAX_AGE_DAYS) in backup.expiry_text(lang)
    assert backup.expiry_text("xx") == backup.expiry_text("nn")


def test_unwritable_backup_folder_is_a_clear_error(store: Store, _isolated_data_dir: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from samtaleduk.store.errors import DiskFull

    def no_room(path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(db, "private_file", no_room)
    with pytest.raises(DiskFull, match="^Tryggingskopien vart ikkje laga: disken er full\\. "
                                       "Arbeidet ditt er lagra som før"):
        backup.make_backup(store)
    assert list((_isolated_data_dir / "backups").iterdir()) == []
    assert store.check_integrity()


@pytest.mark.parametrize("code", ["EACCES", "EPERM", "EROFS"])
def test_a_backup_folder_without_rights_says_so_in_every_language(
        store: Store, _isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch,
        code: str) -> None:
    """Issue 18, point 4: not "(Permission denied). Frigjer plass": what happened
    (the folder could not be written), that the work is saved, and who can help."""
    import errno

    from samtaleduk.errors import UserError

    def refused(path: Path) -> None:
        raise PermissionError(getattr(errno, code), "Permission denied")

    monkeypatch.setattr(db, "private_file", refused)
    with pytest.raises(UserError) as caught:
        backup.make_backup(store)
    folder = str(_isolated_data_dir / "backups")
    expected = {
        "nn": ("Samtaleduk får ikkje skriva i mappa", "Arbeidet ditt er lagra som før",
               "Be IT om skriverett"),
        "nb": ("Samtaleduk får ikke skrive i mappen", "Arbeidet ditt er lagret som før",
               "Be IT om skrivetilgang"),
        "en": ("Samtaleduk may not write in the folder", "Your work is saved as before",
               "Ask IT for write access"),
    }
    for lang, words in expected.items():
        text = caught.value.render(lang)
        assert all(w in text for w in words), text
        assert folder in text
        assert "Permission" not in text and "Frigj" not in text and "Free some" not in text


def test_a_backup_never_fsyncs_a_read_only_handle(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 17, defect 1: Windows refuses FlushFileBuffers on a handle opened without
    write access ("Permission denied"), so every backup failed there. The fake fsync
    refuses the same way on Linux."""
    import errno
    import fcntl

    real_fsync = os.fsync

    def windows_fsync(fd: int) -> None:
        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY and \
                not os.path.isdir(f"/proc/self/fd/{fd}"):
            raise PermissionError(errno.EACCES, "Permission denied")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", windows_fsync)
    info = backup.make_backup(store)
    assert info.path.exists()


@pytest.mark.parametrize(("refusal", "expected"), [
    ("unwritable", "backup.not_made.no_access"),
    ("full", "backup.not_made.no_room"),
    ("busy", "backup.not_made.other"),
])
def test_a_backup_sqlite_refused_is_told_as_a_backup_not_as_a_lost_change(
        store: Store, monkeypatch: pytest.MonkeyPatch, refusal: str, expected: str) -> None:
    """SQLite's refusal (told by `faults.write_failed`) says "the change was not
    saved"; for a backup that is not true: the work is saved, only the copy is not."""
    from samtaleduk.errors import UserError
    from samtaleduk.messages import msg
    from samtaleduk.store import faults
    from samtaleduk.store.errors import DiskFull, SaveFailed

    errors = {
        "unwritable": faults.FolderUnwritable(faults.unwritable_message(Path("x"))),
        "full": DiskFull(faults.disk_full_message()),
        "busy": SaveFailed("fault.busy"),
    }

    def refused(*_args: object, **_kwargs: object) -> None:
        raise errors[refusal]

    monkeypatch.setattr(db, "verified_copy", refused)
    with pytest.raises(UserError) as caught:
        backup.make_backup(store)
    assert caught.value.message_id == expected
    for lang in ("nn", "nb", "en"):
        text = caught.value.render(lang)
        assert str(msg("fault.what.not_saved").render(lang)) not in text
        assert "IT" in text
