"""Re-keying the store: a new random data key for the database, the key file and the
backups, so that an old copy of the key file (with an old passphrase) no longer opens
anything. For after a recovery, a suspected compromise, or a recovery-key rotation.

Changing the passphrase only re-wraps the data key; the key stays the same, and a key
file copied before still opens the store and every backup. `rekey` changes the key:

1. check: the passphrase unwraps the current key; the store passes the full check
   (a damaged store is restored first, never re-keyed);
2. copy: `VACUUM INTO` a private temporary file beside the store, `PRAGMA rekey` on
   that copy (SQLCipher re-encrypts every page under the new key), then the copy is
   opened with the new key and checked (integrity, SQLCipher's HMACs, the same row
   counts) and synced. The store itself is not touched yet;
3. key: the key file gets a "rekey_pending" wrapping (the new key under the same
   passphrase, and for the recovery recipient), beside the current ones;
4. swap: the store is closed and the checked copy renamed over it (atomic); then the
   key file's pending wrappings replace the old ones (and the "rekey_advised" mark a
   recovery leaves, `advised`);
5. backup: a fresh verified backup under the new key ("after-rekey");
6. clean: only after that backup is verified, every backup that the old key opens is
   deleted (it would open with the old key file copy).

A crash between 3 and 4 leaves a key file with both keys; `finish_interrupted`, run
before every open (`safe_open.open_store`), looks at which key the store file opens
with and completes or drops the pending wrappings. Nothing ever leaves a store whose
key is not in the key file.

The recovery wrapping is carried over to the new key when its recipient is
authenticated under the old key (`recovery.trusted_recipient`); an old-style
wrapping (before HPKE) has no recipient, so it is dropped and the result says so,
unless the public key is given again (`recovery_public`). Stores in `aside/` under
the old key are left alone (they are never deleted here) and counted.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from samtaleduk.messages import msg
from samtaleduk.store import backup, instance_lock
from samtaleduk.store import db as store_db
from samtaleduk.store.durable import fsync_dir
from samtaleduk.store.errors import StoreDamaged, StoreError, WrongPassphrase
from samtaleduk.store.restore import list_aside
from samtaleduk.store.store import Store, key_file, store_file
from samtaleduk.trust import audit_chain, keyfile, recovery, unlock_failures
from samtaleduk.trust.keyfile import KeyFile

PENDING_KIND = "rekey_pending"
"""Key file wrapping kind holding the new key's wrappings during a re-key."""
TMP_NAME = ".samtaleduk.db.rekey"
BACKUP_KIND = "after-rekey"
STEPS = ("check", "copy", "key", "swap", "backup", "clean")
"""The steps `progress` is told about, in order."""

Progress = Callable[[int, str], None]
"""Called with (index in STEPS, step name) as each step starts."""


@dataclass(frozen=True)
class Rekeyed:
    backup: Path | None
    """The fresh verified backup under the new key (None when it could not be made)."""
    removed_backups: int
    """Backups under the old key deleted after the new backup was verified."""
    recovery: str
    """"kept" (wrapped for the same recipient), "none" (not set up) or "dropped"."""
    aside_old_key: int
    """Stores in aside/ still under the old key (left where they are)."""
    backup_problem: str | None = None
    """Why the new backup was not made; then no old backup was deleted."""


def _tmp(data_dir: Path) -> Path:
    return Path(data_dir) / TMP_NAME


def _opens_with(path: Path, data_key: bytes) -> bool:
    try:
        conn = backup.open_readonly(path, data_key)
    except (OSError, StoreError):
        return False
    conn.close()
    return True


def _without(kf: KeyFile, *kinds: str) -> list[dict[str, Any]]:
    return [w for w in kf.wrappings if w.get("kind") not in kinds]


def advised(data_dir: Path) -> bool:
    """True when a re-key is advised: the passphrase was set with the recovery key
    (`recovery.recover`) and no re-key has been done since."""
    try:
        kf = keyfile.read_key_file(key_file(data_dir))
    except StoreError:
        return False
    return any(w.get("kind") == recovery.REKEY_ADVISED for w in kf.wrappings)


def finish_interrupted(data_dir: Path, passphrase: str) -> bool:
    """Complete or undo a re-key that was cut off (see the module docstring). Returns
    True when a pending re-key was completed. `WrongPassphrase` when the passphrase
    does not fit; no change when there is nothing pending."""
    path = key_file(data_dir)
    if not path.exists():
        return False
    kf = keyfile.read_key_file(path)
    pending = next((w for w in kf.wrappings if w.get("kind") == PENDING_KIND), None)
    if pending is None:
        return False
    fresh = [w for w in pending.get("wrappings", []) if isinstance(w, dict)]
    phrase = next((w for w in fresh if w.get("kind") == "passphrase"), None)
    if phrase is None:
        kf.wrappings = _without(kf, PENDING_KIND)
        keyfile.write_key_file(path, kf)
        return False
    new_key = keyfile.unwrap_passphrase_wrapping(phrase, passphrase, kf.store_id)
    done = _opens_with(store_file(data_dir), new_key)
    if done:
        kf.wrappings = fresh + _without(kf, "passphrase", "recovery", PENDING_KIND,
                                        recovery.REKEY_ADVISED)
    elif _opens_with(store_file(data_dir), keyfile.unwrap_with_passphrase(kf, passphrase)):
        kf.wrappings = _without(kf, PENDING_KIND)
    else:
        # Opens with neither (damaged, missing): keep both keys, so that whatever is
        # put aside or restored next can still be opened with one of them.
        return False
    keyfile.write_key_file(path, kf)
    _tmp(data_dir).unlink(missing_ok=True)
    return done


def rekey(data_dir: Path, passphrase: str, *, progress: Progress | None = None,
          recovery_public: Path | None = None) -> Rekeyed:
    """Give the store in `data_dir` a new data key (see the module docstring). The
    store must be closed in this program (the app locks first). Raises
    `WrongPassphrase`, `StoreDamaged` or `StoreError` with nothing changed when a
    step before the swap fails."""
    data_dir = Path(data_dir)
    say: Progress = progress or (lambda _i, _s: None)
    if instance_lock.held_here(data_dir):
        raise StoreError("rekey.store_open")
    say(0, STEPS[0])
    try:
        finish_interrupted(data_dir, passphrase)
        kf = keyfile.read_key_file(key_file(data_dir))
        old_key = keyfile.unwrap_with_passphrase(kf, passphrase)
    except WrongPassphrase:
        unlock_failures.record_failed_unlock(data_dir)
        raise
    public = (recovery.load_public_key(recovery_public) if recovery_public
              else recovery.trusted_recipient(kf, old_key))
    had_recovery = recovery.recovery_wrapping(kf) is not None
    new_key = secrets.token_bytes(keyfile.DATA_KEY_BYTES)
    lock = instance_lock.acquire(data_dir)
    try:
        _swap(data_dir, kf, passphrase, old_key, new_key, public, say)
    finally:
        instance_lock.release(lock)
    result = _backup_and_clean(data_dir, passphrase, old_key, say)
    state = "kept" if public is not None else "dropped" if had_recovery else "none"
    return Rekeyed(result[0], result[1], state, result[2], result[3])


def _swap(data_dir: Path, kf: KeyFile, passphrase: str, old_key: bytes, new_key: bytes,
          public: Any, say: Progress) -> None:
    db, tmp = store_file(data_dir), _tmp(data_dir)
    conn = store_db.connect(db, old_key)
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'store_id'").fetchone()
        if row is None or row[0] != kf.store_id:
            raise StoreError("store.key_file_other_store")
        if not store_db.full_check(conn):
            raise StoreDamaged("rekey.damaged")
        say(1, STEPS[1])
        _rekeyed_copy(conn, old_key, new_key, tmp)
        say(2, STEPS[2])
        fresh = [keyfile.wrap_with_passphrase(
            new_key, keyfile.normalise_passphrase(passphrase), kf.store_id,
            keyfile.current_kdf(kf))]
        if public is not None:
            fresh.append(recovery.wrap_for_recovery(new_key, public, kf.store_id))
        kf.wrappings = _without(kf, PENDING_KIND) + [{"kind": PENDING_KIND,
                                                      "wrappings": fresh}]
        keyfile.write_key_file(key_file(data_dir), kf)
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    say(3, STEPS[3])
    conn.close()  # the last connection: SQLite checkpoints and removes the WAL
    for side in ("-wal", "-shm"):
        leftover = db.with_name(db.name + side)
        if side == "-wal" and leftover.exists() and leftover.stat().st_size > 0:
            # Committed pages still in a WAL would be lost with the old file.
            finish_interrupted(data_dir, passphrase)
            raise StoreError("rekey.not_closed")
        leftover.unlink(missing_ok=True)
    _replace_store(tmp, db)
    # The store now opens with the new key only: make that the key file's key.
    kf.wrappings = fresh + _without(kf, "passphrase", "recovery", PENDING_KIND,
                                    recovery.REKEY_ADVISED)
    keyfile.write_key_file(key_file(data_dir), kf)


def _replace_store(checked_copy: Path, db: Path) -> None:
    # The one step that changes the store: atomic, then made durable.
    os.replace(checked_copy, db)
    fsync_dir(db.parent)


def _rekeyed_copy(conn: Any, old_key: bytes, new_key: bytes, tmp: Path) -> None:
    tmp.unlink(missing_ok=True)
    store_db.private_file(tmp)
    try:
        conn.execute("VACUUM INTO ?", (str(tmp),))
        expected = store_db.table_counts(conn)
        copy = store_db.connect(tmp, old_key)
        try:
            # Raw key form, from random bytes only (never user input).
            copy.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            audit_chain.rekey_audit_chain(copy, old_key, new_key)
        finally:
            copy.close()
        copy = store_db.connect(tmp, new_key)
        try:
            ok = store_db.integrity_ok(copy) and store_db.table_counts(copy) == expected
        finally:
            copy.close()
    except store_db.DbError as exc:
        raise store_db.save_failed(exc) from None
    if not ok or _opens_with(tmp, old_key):
        raise StoreError("rekey.copy_not_right")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())


def _backup_and_clean(data_dir: Path, passphrase: str, old_key: bytes,
                      say: Progress) -> tuple[Path | None, int, int, str | None]:
    say(4, STEPS[4])
    with Store.open(data_dir, passphrase) as store:
        audit_chain.write_head(store.conn, data_dir, force=True)  # now under the new key
        store.log_event("rekeyed")
        try:
            made = backup.write_backup(store.conn, store.data_key,
                                       backup.backup_dir(data_dir), BACKUP_KIND)
        except StoreError as exc:
            problem = str(msg("rekey.backup_problem", problem=exc.as_param))
            return None, 0, _count_aside(data_dir, old_key), problem
        store.set_setting("backup_fingerprint", backup.fingerprint(store.conn))
        say(5, STEPS[5])
        # Only now, with a verified backup under the new key in place.
        removed = 0
        for info in backup.list_backups(data_dir):
            if info.path != made.path and _opens_with(info.path, old_key):
                info.path.unlink(missing_ok=True)
                removed += 1
        if removed:
            fsync_dir(backup.backup_dir(data_dir))
    return made.path, removed, _count_aside(data_dir, old_key), None


def _count_aside(data_dir: Path, old_key: bytes) -> int:
    return sum(1 for p in list_aside(data_dir) if _opens_with(p, old_key))
