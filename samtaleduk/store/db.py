"""Low-level access to the encrypted database file: connect with the data key,
transactions, checks, verified copies. Creating, opening and migrating a store
file is `samtaleduk.store.lifecycle`.

sqlcipher3 bundles SQLCipher and OpenSSL. sqlite-utils catches only the exception
classes of the module it imports as `pysqlite3`/`sqlite3`, so sqlcipher3 is
registered as `pysqlite3` before sqlite_utils is first imported (anywhere).
sqlite-utils itself is imported by `wrap` only, on first use: the hot paths do not
use it (ARCHITECTURE.md, "SQL by hand"), and it was half the store's import time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
import sqlcipher3.dbapi2

if "sqlite_utils" in sys.modules and "pysqlite3" not in sys.modules:
    # Too late to register: sqlite-utils would miss sqlcipher3's errors.
    raise ImportError("samtaleduk.store.db must be imported before sqlite_utils")
sys.modules["pysqlite3"] = sqlcipher3
sys.modules["pysqlite3.dbapi2"] = sqlcipher3.dbapi2

from samtaleduk.messages import Hint, Message  # noqa: E402
from samtaleduk.store import faults  # noqa: E402
from samtaleduk.store.durable import fsync_dir  # noqa: E402
from samtaleduk.store.errors import (  # noqa: E402
    SaveFailed,
    StoreDamaged,
    StoreError,
    StoreTooNew,
)
from samtaleduk.store.schema import SCHEMA_VERSION  # noqa: E402
from samtaleduk.trust import audit_chain  # noqa: E402

if TYPE_CHECKING:
    import sqlite_utils

Connection = Any
DatabaseError = sqlcipher3.dbapi2.DatabaseError
DbError = sqlcipher3.dbapi2.Error

COUNTED_TABLES = ("cases", "meetings", "revisions", "templates", "audit")
"""Tables whose row counts a verified copy must match."""


def now_utc() -> str:
    """A timestamp for rows: UTC, seconds, ISO 8601."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def utc_text(when: dt.datetime) -> str:
    """`when` as `now_utc` writes a timestamp (a naive time is taken as UTC)."""
    aware = when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)
    return aware.isoformat(timespec="seconds")


def connect(path: Path, data_key: bytes) -> Connection:
    """Open the database file with the raw 32-byte data key and check the key fits.

    The key is given in SQLCipher's raw-key form (x'…' hex), so SQLCipher skips its
    own key derivation; it is built only from random bytes, never from user input.
    """
    # The app opens the store on a worker thread (key derivation and the daily
    # integrity check take a while) and then uses it on the GUI thread; a
    # connection is never used by two threads at once, so sqlite's same-thread
    # guard is lifted.
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        # A wrong key only shows on the first real read.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        audit_chain.attach(conn, data_key)  # the audit log's MACs need the key
    except DatabaseError as exc:
        conn.close()
        # By SQLite's code, never its text: a full disk or an unwritable folder
        # (no room for -wal/-shm) is not a file that does not fit the key.
        if faults.sqlite_code(exc) not in faults.DAMAGE_CODES:
            raise (faults.open_failed(exc, Path(path).parent) or StoreError(
                "store.not_opened", code=str(exc.sqlite_errorname))) from None
        raise StoreError("store.wrong_key_or_damaged") from None
    return conn


def private_file(path: Path) -> None:
    """Create `path` empty, readable and writable by the user only. SQLite gives its
    -wal and -shm files the same permissions as the database file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def configure(conn: Connection) -> None:
    """The durability and privacy settings every connection runs with."""
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Builds differ in their default; deleted content must not linger in free pages.
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")


def wrap(conn: Connection) -> sqlite_utils.Database:
    """A sqlite-utils view of the connection: for migrations that rebuild a table
    (`Table.transform`) and for introspection."""
    import sqlite_utils  # after the registration above, which ran on import

    return sqlite_utils.Database(conn)


_WRITERS: dict[int, threading.RLock] = {}
_WRITERS_GUARD = threading.Lock()


def _writer(conn: Connection) -> threading.RLock:
    """The lock a thread holds while it writes through `conn` (see `transaction`)."""
    lock = _WRITERS.get(id(conn))
    if lock is None:
        with _WRITERS_GUARD:
            lock = _WRITERS.setdefault(id(conn), threading.RLock())
    return lock


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction: everything inside commits together or not at all.
    A database error becomes `SaveFailed`, with the reason in plain words.
    Inside another transaction of the same thread it is a savepoint, so that a
    larger unit (a case import) can reuse the store's own writers and still commit
    once. A transaction of another thread on the same connection (the app's store
    lane and its GUI thread share one) is waited for: joined, a write would be
    lost with that one's rollback, or fail its commit ("statements in progress")."""
    with _writer(conn):
        if conn.in_transaction:
            with _savepoint(conn):
                yield conn
        else:
            with _top_level(conn):
                yield conn


@contextlib.contextmanager
def _top_level(conn: Connection) -> Iterator[None]:
    try:
        conn.execute("BEGIN IMMEDIATE")
    except DbError as exc:
        raise save_failed(exc, conn) from exc
    try:
        yield
        conn.execute("COMMIT")
    except BaseException as exc:
        # SQLite may already have rolled back by itself (e.g. on a full disk).
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, DbError):
            raise save_failed(exc, conn) from exc
        raise


@contextlib.contextmanager
def _savepoint(conn: Connection) -> Iterator[None]:
    conn.execute("SAVEPOINT nested")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK TO nested")
        conn.execute("RELEASE nested")
        raise
    conn.execute("RELEASE nested")


def save_failed(exc: Exception, conn: Connection | None = None) -> SaveFailed:
    """SQLite's reason (never content) as a calm Norwegian sentence, chosen by its
    result code and, for I/O errors, the errno of a probe write in the store's
    folder (`store_faults.write_failed`)."""
    folder = faults.folder_of(conn) if conn is not None else None
    return faults.write_failed(exc, folder)


def user_version(conn: Connection) -> int:
    """The schema version stored in the database (`PRAGMA user_version`)."""
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def table_counts(conn: Connection) -> dict[str, int]:
    """Rows in each of `COUNTED_TABLES`, to check that a copy holds everything."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    # Table names come from the fixed tuple above, never from input.
    return {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in COUNTED_TABLES
        if t in present
    }


def integrity_ok(conn: Connection) -> bool:
    """SQLite's full integrity check plus SQLCipher's page HMAC check."""
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    if rows != [("ok",)]:
        return False
    problems: list[Any] = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    return not problems


def verified_copy(conn: Connection, data_key: bytes, target: Path) -> Path:
    """Copy the open database to `target` (same key) and check the copy before it
    gets its final name: integrity, and the same row counts as the original."""
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    try:
        private_file(tmp)
        # Counted just before and just after the copy: the day's backup copies on
        # a connection of its own (`upkeep`) while saves go on, so the copy is the
        # store as it was at one of the two moments.
        before = table_counts(conn)
        conn.execute("VACUUM INTO ?", (str(tmp),))
        after = table_counts(conn)
        copy = connect(tmp, data_key)
        try:
            ok = integrity_ok(copy) and table_counts(copy) in (before, after)
        finally:
            copy.close()
        if not ok:
            raise StoreError("backup.not_right")
        # Opened for writing: Windows refuses to flush a read-only handle
        # (FlushFileBuffers needs write access), and every backup failed there.
        with open(tmp, "r+b") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except DbError as exc:
        # Chosen by SQLite's code (a damaged store is not a full disk).
        failed = faults.write_failed(exc, target.parent)
        if isinstance(failed, faults.SuspectedDamage):
            raise faults.SuspectedDamage("backup.read_error") from None
        raise failed from None
    finally:
        # VACUUM INTO cut off (a full disk) also leaves the copy's rollback journal.
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass
    return target


DAMAGED = Message("store.damaged", {"restore": Hint("restore_newest")})
"""The store file is damaged: what to do names the command or the menu."""


def check_on_open(conn: Connection, db_path: Path) -> None:
    """The checks every open can afford (a few pages): page 1 decrypts and
    authenticates (done by `connect`), and the file is not shorter than the page
    count says (a truncated copy). Reading every page costs about a second per
    60 MB, so that check (`full_check`) runs on the first open of each day and on
    every backup, not on every unlock."""
    try:
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    except DbError:
        raise StoreDamaged(DAMAGED) from None
    wal = db_path.with_name(db_path.name + "-wal")
    # Committed pages may still live only in the WAL; then the file may be shorter.
    wal_has_frames = wal.exists() and wal.stat().st_size > 32
    if not wal_has_frames and db_path.stat().st_size < pages * size:
        raise StoreDamaged(DAMAGED)


LAST_FULL_CHECK = "last_full_check"


def full_check_due(conn: Connection, today: dt.date | None = None) -> bool:
    """True when every page has not yet been checked today (read-only)."""
    if user_version(conn) < 1:
        return False
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (LAST_FULL_CHECK,)).fetchone()
    return row is None or row[0] != (today or dt.date.today()).isoformat()


def mark_full_check(conn: Connection, today: dt.date | None = None) -> None:
    """Record that the full integrity check ran today."""
    with transaction(conn):
        conn.execute("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) "
                     "DO UPDATE SET value = excluded.value",
                     (LAST_FULL_CHECK, (today or dt.date.today()).isoformat()))


def full_check(conn: Connection) -> bool:
    """Read every page (SQLCipher checks each page's HMAC as it decrypts it) and
    check the b-trees: SQLite's quick_check. False when anything is wrong."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except DbError:
        return False
    return bool(rows == [("ok",)])


def check_not_too_new(conn: Connection) -> int:
    """The store's schema version; `StoreTooNew` when this program is older."""
    version = user_version(conn)
    if version > SCHEMA_VERSION:
        raise StoreTooNew("store.too_new", version=version, known=SCHEMA_VERSION)
    return version
