"""Putting a store aside and bringing back a backup. Nothing here deletes anything.

A store that is damaged, or that a restore replaces, is moved (with its -wal and
-shm files, so SQLite can still read what it holds) into `aside/` in the data folder
under a timestamp-only name. It stays there `expiry.MAX_AGE_DAYS` days (`expiry`
removes it then, so a deleted case does not live on in it).

A backup is restored only after it has been verified with the store's own key
(full integrity check, SQLCipher's HMAC check, and the store id in the key file).
The backup itself is copied, never moved, so it can be restored again.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from samtaleduk.messages import os_reason
from samtaleduk.store import instance_lock
from samtaleduk.store.backup import BackupInfo, check_backup, list_backups, rotate, too_new
from samtaleduk.store.durable import fsync_dir
from samtaleduk.store.errors import StoreError, StoreTooNew
from samtaleduk.store.store import STORE_FILE, Store, key_file, store_file
from samtaleduk.trust import audit_chain, keyfile, unlock_failures
from samtaleduk.trust.expiry import ASIDE_DIR

_SIDE_FILES = ("", "-wal", "-shm")


@dataclass(frozen=True)
class Restored:
    backup: Path
    """The backup that was copied into place."""
    aside: Path | None
    """Where the store it replaced was put, or None when there was none."""


def aside_dir(data_dir: Path) -> Path:
    """Where a damaged or replaced store is put aside (for `expiry.MAX_AGE_DAYS` days)."""
    return Path(data_dir) / ASIDE_DIR


def list_aside(data_dir: Path) -> list[Path]:
    """Store files put aside earlier (damaged or replaced), newest first."""
    folder = aside_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if p.suffix == ".db"), reverse=True)


def set_aside(data_dir: Path, reason: str, now: dt.datetime | None = None) -> Path | None:
    """Move the store file (and its -wal/-shm) to `aside/<reason>-<UTC time>.db`.
    Returns the new path of the store file, or None when there was nothing to move.
    `reason` is a fixed word (damaged, replaced), never anything from a case."""
    if reason not in ("damaged", "replaced"):
        raise ValueError(f"unknown reason {reason!r}")
    db = store_file(data_dir)
    present = [s for s in _SIDE_FILES if db.with_name(STORE_FILE + s).exists()]
    if not present:
        return None
    folder = aside_dir(data_dir)
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{reason}-{stamp}.db"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        # The main file last: until it moves, the store still looks like a store.
        for suffix in sorted(present, key=lambda s: s == ""):
            os.replace(db.with_name(STORE_FILE + suffix), target.with_name(target.name + suffix))
    except OSError as exc:
        raise StoreError("store.set_aside_failed", reason=os_reason(exc)) from None
    fsync_dir(folder)
    fsync_dir(Path(data_dir))
    return target


def data_key_for(data_dir: Path, passphrase: str) -> tuple[bytes, str]:
    """The data key and store id from the key file (`WrongPassphrase` if it does not fit)."""
    kf = keyfile.read_key_file(key_file(data_dir))
    return keyfile.unwrap_with_passphrase(kf, passphrase), kf.store_id


def verified_backups(data_dir: Path, data_key: bytes, store_id: str,
                     limit: int | None = None) -> list[BackupInfo]:
    """The backups that open with the key and pass the full check, newest first
    (at most `limit` of them, checking no more files than needed)."""
    good: list[BackupInfo] = []
    for info in list_backups(data_dir):
        if check_backup(info.path, data_key, store_id):
            good.append(info)
            if limit is not None and len(good) >= limit:
                break
    return good


def restore_backup(data_dir: Path, passphrase: str, backup: Path | None = None) -> Restored:
    """Put the current store aside and copy a verified backup in its place: `backup`,
    or the newest good one. Refuses (changing nothing) when the backup does not check
    out, the passphrase is wrong, or another Samtaleduk has the store open."""
    data_dir = Path(data_dir)
    if instance_lock.held_here(data_dir):
        raise StoreError("store.restore_while_open")
    data_key, store_id = data_key_for(data_dir, passphrase)
    # The restored store's audit log is shorter on purpose: its entry says how long
    # the replaced one was, and the chain's head starts from it (`audit_chain`).
    head_before = audit_chain.read_head(data_dir)
    lock = instance_lock.acquire(data_dir)
    try:
        if backup is None:
            found = verified_backups(data_dir, data_key, store_id, limit=1)
            if not found:
                raise StoreError("backup.none_usable")
            chosen = found[0].path
        else:
            chosen = Path(backup)
            newer = too_new(chosen, data_key)
            if newer is not None:
                raise StoreTooNew("backup.too_new", file=chosen.name, version=newer)
            if not check_backup(chosen, data_key, store_id):
                raise StoreError("backup.unusable", file=chosen.name)
        tmp = data_dir / f".{STORE_FILE}.restore.tmp"
        tmp.unlink(missing_ok=True)
        try:
            with open(chosen, "rb") as src, open(tmp, "xb") as dst:
                os.chmod(tmp, 0o600)
                shutil.copyfileobj(src, dst, 1024 * 1024)
                dst.flush()
                os.fsync(dst.fileno())
            aside = set_aside(data_dir, "replaced")
            os.replace(tmp, store_file(data_dir))
        except OSError as exc:
            raise StoreError("backup.restore_failed", reason=os_reason(exc)) from None
        finally:
            tmp.unlink(missing_ok=True)
        fsync_dir(data_dir)
    finally:
        instance_lock.release(lock)
    with Store.open(data_dir, passphrase) as store:
        unlock_failures.adopt_after_restore(store)
        store.log_event("backup_restored", detail=audit_chain.note_restore(head_before))
        audit_chain.write_head(store.conn, data_dir, force=True)
    rotate(data_dir)  # expiry runs at every restore too (`expiry`)
    return Restored(chosen, aside)
