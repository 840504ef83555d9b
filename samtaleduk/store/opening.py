"""Opening an existing store file when the disk, the folder or the -wal file is
not as it should be.

`lifecycle.open_files` is the ordinary way in. This module adds what a careless
day needs, so that none of it is mistaken for a damaged store:

- The -wal file is checked before SQLite reads it (`store_proof.scan_wal`). A WAL
  whose committed work SQLite would drop in silence (a flipped byte) is copied to
  `aside/` first and the user is told; a WAL written with another store's key is
  moved to `aside/` so that the healthy main file opens as it is.
- A full disk or a folder Samtaleduk may not write in (told by SQLite's code and
  the folder probe's errno, `store_faults`) opens the store read-only, so that
  reading still works, with a notice that says why nothing can be saved.
- Every page's HMAC is checked after every unlock (`store_proof.scan_pages`,
  reads only, about a tenth of SQLite's full check), so damage made after the
  day's full check is still found at the next unlock. It reads the whole file, so
  it runs once the cases are shown, in the background (`upkeep.Step.PAGES`), not
  here: an open costs the same at 10 cases and at 10,000 (issue 16). Page 1
  authenticates as SQLCipher opens the file, and a key that fits no page is told
  by `safe_open`'s proof. The pages are checked here, before anything is read
  or written, when the caller asks (`every_page`: `safe_open.open_store` with its
  upkeep, as the command line runs it after its answer) and for a store opened
  read-only, which gets no background upkeep (`check_pages`).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from samtaleduk.messages import msg, os_reason
from samtaleduk.store import db, faults, lifecycle, proof
from samtaleduk.store.durable import fsync_dir
from samtaleduk.store.errors import SaveFailed, StoreDamaged, StoreError
from samtaleduk.trust import keyfile

ASIDE_DIR = "aside"


@dataclass
class OpenedFiles:
    conn: Any
    data_key: bytes
    notices: list[str] = field(default_factory=list)
    """Plain Norwegian sentences to show once the store is open (never content)."""
    read_only: str | None = None
    """Why the store was opened read-only (a full disk, an unwritable folder), or None."""


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _aside(data_dir: Path) -> Path:
    folder = Path(data_dir) / ASIDE_DIR
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def keep_wal_copy(db_path: Path) -> Path:
    """Copy the main file and its -wal to `aside/wal-<time>.db` (+ `-wal`) before
    SQLite drops the part of the WAL it cannot read. `DiskFull`/`FolderUnwritable`
    when there is no room: then the store is not opened, so nothing is lost."""
    data_dir = db_path.parent
    try:
        folder = _aside(data_dir)
        target = folder / f"wal-{_stamp()}.db"
        for suffix in ("", "-wal"):
            src = db_path.with_name(db_path.name + suffix)
            dst = target.with_name(target.name + suffix)
            with open(src, "rb") as fin, open(dst, "xb") as fout:
                os.chmod(dst, 0o600)
                shutil.copyfileobj(fin, fout, 1024 * 1024)
                fout.flush()
                os.fsync(fout.fileno())
        fsync_dir(folder)
    except OSError as exc:
        for suffix in ("", "-wal"):
            if "target" in locals():
                target.with_name(target.name + suffix).unlink(missing_ok=True)
        raise (faults.error_for_errno(
            exc.errno, data_dir, msg("fault.what.not_opened_kept"))
            or StoreError("store.wal_keep_failed", reason=os_reason(exc))) from None
    return target


def move_wal_aside(db_path: Path) -> Path:
    """Move a -wal (and -shm) that does not belong to this store to
    `aside/foreign-wal-<time>.db-wal`. A rename needs no free space."""
    data_dir = db_path.parent
    target = None
    try:
        folder = _aside(data_dir)
        target = folder / f"foreign-wal-{_stamp()}.db"
        for suffix in ("-shm", "-wal"):
            src = db_path.with_name(db_path.name + suffix)
            if src.exists():
                os.replace(src, target.with_name(target.name + suffix))
        fsync_dir(folder)
        fsync_dir(data_dir)
    except OSError as exc:
        raise (faults.error_for_errno(exc.errno, data_dir, msg("fault.what.not_opened"))
               or StoreError("store.wal_move_failed", reason=os_reason(exc))) from None
    return target.with_name(target.name + "-wal")


def guard_wal(db_path: Path, data_key: bytes) -> list[str]:
    """Look at the -wal before SQLite does (see the module text); the notices."""
    wal = proof.wal_path(db_path)
    if not wal.exists() or wal.stat().st_size <= proof.WAL_HEADER:
        return []
    scan = proof.scan_wal(wal, proof.file_salt(db_path), data_key)
    rel = f"{ASIDE_DIR}/"
    if scan.foreign:
        moved = move_wal_aside(db_path)
        return [str(msg("store.wal_foreign", file=f"{db_path.name}-wal",
                         where=f"{rel}{moved.name}"))]
    if scan.drops_work:
        kept = keep_wal_copy(db_path)
        return [str(msg("store.wal_damaged", count=scan.committed_after_break,
                         where=f"{rel}{kept.name}"))]
    return []


def check_pages(db_path: Path, data_key: bytes) -> None:
    """Every page of the main file must authenticate; `StoreDamaged` otherwise
    (proved: `store_proof.prove` decides what is put aside)."""
    try:
        scan = proof.scan_pages(db_path, data_key)
    except OSError:
        return  # unreadable is not damage; SQLite's own open will say more
    if scan.pages and not scan.good:
        # Not one page fits the key: a key file of another store, or not a store.
        raise StoreDamaged("store.wrong_key_or_damaged")
    if scan.bad:
        raise StoreDamaged(db.DAMAGED)


def open_read_only(db_path: Path, data_key: bytes, problem: SaveFailed) -> OpenedFiles:
    """Open the store for reading only when nothing can be written (`problem`). The WAL is read when SQLite can; otherwise, when the WAL holds no
    committed work, the main file alone is opened immutable."""
    attempts = ["mode=ro"]
    scan = proof.scan_wal(proof.wal_path(db_path),
                                proof.file_salt(db_path), data_key)
    if scan.valid_frames == 0:
        attempts.append("mode=ro&immutable=1")
    import sqlcipher3

    for query in attempts:
        uri = f"{db_path.resolve().as_uri()}?{query}"
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None,
                                  check_same_thread=False)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA query_only = ON")
        except db.DbError as exc:
            conn.close()
            if faults.sqlite_code(exc) in faults.DAMAGE_CODES:
                raise StoreDamaged(db.DAMAGED) from None
            continue
        why = read_only_notice(problem)
        return OpenedFiles(conn, data_key, [why], read_only=why)
    raise type(problem)("store.read_only_too", problem=problem.as_param)


def read_only_notice(problem: SaveFailed) -> str:
    """The notice for a store opened read-only because of `problem`, in the
    current language (`samtaleduk.messages`)."""
    return str(msg("store.read_only_notice", problem=problem.as_param))


def open_existing(db_path: Path, key_path: Path, passphrase: str,
                  backup_dir: Path, writable: bool = True,
                  every_page: bool = False) -> OpenedFiles:
    """Unlock and open an existing store (see the module text). `writable` is
    False when the store lock could not be taken because the folder cannot be
    written: then the store is opened read-only straight away. `every_page`
    checks each page's HMAC first (a read-only open always does)."""
    if db_path.stat().st_size == 0:
        return _plain(db_path, key_path, passphrase, backup_dir)  # says it is empty
    kf = keyfile.read_key_file(key_path)
    data_key = keyfile.unwrap_with_passphrase(kf, passphrase)
    if every_page:
        check_pages(db_path, data_key)
    if not writable:
        folder = db_path.parent
        problem = (faults.error_for_errno(faults.probe_folder(folder), folder)
                   or faults.FolderUnwritable(faults.unwritable_message(folder)))
        if not every_page:
            check_pages(db_path, data_key)
        opened = open_read_only(db_path, data_key, problem)
        lifecycle.check_opened_read_only(opened.conn, db_path, kf.store_id)
        return opened
    notices = guard_wal(db_path, data_key)
    try:
        conn, _key = lifecycle.open_files(db_path, key_path, passphrase, backup_dir,
                                         data_key=data_key)
    except SaveFailed as exc:
        # A full disk or an unwritable folder, never damage: read-only.
        if not every_page:
            check_pages(db_path, data_key)
        opened = open_read_only(db_path, data_key, exc)
        lifecycle.check_opened_read_only(opened.conn, db_path, kf.store_id)
        opened.notices[:0] = notices
        return opened
    return OpenedFiles(conn, data_key, notices)


def _plain(db_path: Path, key_path: Path, passphrase: str, backup_dir: Path) -> OpenedFiles:
    conn, key = lifecycle.open_files(db_path, key_path, passphrase, backup_dir)
    return OpenedFiles(conn, key)
