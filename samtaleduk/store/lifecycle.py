"""Creating, opening and migrating a store file.

`create_files` writes a new key file and database; `open_files` unlocks an existing
one, checks it (the store id; every page once a day when a migration is due, else
later by `upkeep`) and brings its schema up to
date with `migrate`, after a verified backup. It sits above `db` (the connection,
transactions and checks) and `backup` (the one writer of backups), so neither of
those needs the other's module at import or at run time.
"""

from __future__ import annotations

from pathlib import Path

from samtaleduk.messages import msg
from samtaleduk.store import db
from samtaleduk.store.backup import write_backup
from samtaleduk.store.errors import DiskFull, SaveFailed, StoreDamaged, StoreError
from samtaleduk.store.schema import SCHEMA_VERSION, pending
from samtaleduk.trust import keyfile
from samtaleduk.trust.keyfile import KdfParams


def migrate(conn: db.Connection, data_key: bytes, backup_dir: Path) -> int:
    """Bring the schema up to date; returns the version it started at.

    A newer store is refused, untouched; one with data gets a verified backup
    first. Each migration runs in one db.transaction with its `db.user_version` bump,
    foreign keys off (a table rebuild, `wrap(conn)[t].transform`, must not cascade)
    and checked before it commits.
    """
    start = db.check_not_too_new(conn)
    steps = pending(start)
    if steps and start > 0:
        write_backup(conn, data_key, backup_dir, f"before-migration-v{start}")
    conn.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a db.transaction
    try:
        for step in steps:
            with db.transaction(conn):
                step.apply(conn)
                if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                    raise StoreError("store.migration_broken", version=int(step.version))
                conn.execute(f"PRAGMA user_version = {int(step.version)}")  # from our list
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    return start


def create_files(
    db_path: Path, key_path: Path, passphrase: str, kdf: KdfParams
) -> tuple[db.Connection, bytes]:
    """Write a new key file and a new database with the current schema. On any
    failure nothing is left behind."""
    kf, data_key = keyfile.new_key_file(passphrase, kdf)
    # Only the user may list or read the data folder (no effect on Windows,
    # where the profile folder is already private).
    db_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        keyfile.write_key_file(key_path, kf)
        db.private_file(db_path)
        conn = db.connect(db_path, data_key)
        db.configure(conn)
        migrate(conn, data_key, db_path.parent)
        with db.transaction(conn):
            conn.execute(
                "INSERT INTO settings(key, value) VALUES ('store_id', ?), ('created_at', ?)",
                (kf.store_id, db.now_utc()),
            )
    except BaseException:
        for leftover in (db_path, db_path.with_name(db_path.name + "-wal"),
                         db_path.with_name(db_path.name + "-shm"), key_path):
            leftover.unlink(missing_ok=True)
        raise
    return conn, data_key


def check_store_id(conn: db.Connection, store_id: str) -> None:
    """The store must be the one the key file was made for."""
    if db.user_version(conn) > 0:
        row = conn.execute("SELECT value FROM settings WHERE key = 'store_id'").fetchone()
        if row is None or row[0] != store_id:
            raise StoreError("store.key_file_other_store")


def check_opened_read_only(conn: db.Connection, db_path: Path, store_id: str) -> None:
    """The checks of `open_files` for a store opened read-only (nothing can be
    migrated or recorded); closes `conn` when one fails."""
    try:
        db.check_on_open(conn, db_path)
        check_store_id(conn, store_id)
        if db.full_check_due(conn) and not db.full_check(conn):
            raise StoreDamaged(db.DAMAGED)
        if db.user_version(conn) != SCHEMA_VERSION:
            db.check_not_too_new(conn)
            raise DiskFull("store.migration_needs_room")
    except BaseException:
        conn.close()
        raise


def open_files(
    db_path: Path, key_path: Path, passphrase: str, backup_dir: Path,
    data_key: bytes | None = None,
) -> tuple[db.Connection, bytes]:
    """Unlock and open an existing store; migrate it (after a verified backup).
    `data_key`, when the caller has unwrapped it already, saves a key derivation."""
    if db_path.stat().st_size == 0:
        # SQLite would silently treat it as a new, empty database.
        raise StoreDamaged(msg("store.empty_file", file=db_path.name, folder=backup_dir.name))
    kf = keyfile.read_key_file(key_path)
    if data_key is None:
        data_key = keyfile.unwrap_with_passphrase(kf, passphrase)
    try:
        conn = db.connect(db_path, data_key)
    except SaveFailed:
        raise  # the disk or the folder, not the file
    except StoreError as exc:
        # The passphrase was right, so the file itself does not fit the key.
        raise StoreDamaged(exc.as_param) from None
    try:
        db.check_on_open(conn, db_path)
        check_store_id(conn, kf.store_id)
        # Every page's HMAC and the day's full check (b-trees too) run after the
        # case list is shown (`upkeep`); the full check runs here only before a
        # migration writes to the file.
        version = db.check_not_too_new(conn)
        checked = bool(pending(version)) and db.full_check_due(conn)
        if checked and not db.full_check(conn):
            raise StoreDamaged(db.DAMAGED)
        db.configure(conn)
        migrate(conn, data_key, backup_dir)
        if checked:
            db.mark_full_check(conn)
    except BaseException:
        conn.close()
        raise
    return conn, data_key
