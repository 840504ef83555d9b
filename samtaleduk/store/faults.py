"""What went wrong underneath the store, told by error code, never by SQLite's text.

SQLite reports a full disk, a folder it may not write in and a damaged file with
numeric result codes (`sqlite_errorcode` on the exception); Python reports the
operating system's reason as `errno`. The messages the user sees are chosen from
those numbers only: SQLite's English text is never searched for words like
"disk" (a damaged store once got "the disk is full" that way).

SQLite often says only SQLITE_IOERR (10) or SQLITE_CANTOPEN (14) for a write
that the operating system refused, without the errno. Then `probe_folder` asks the
operating system directly: it writes a small file in the data folder and reports
the errno it gets (ENOSPC, EDQUOT, EACCES, EROFS …). The probe file is removed.

`SAMTALEDUK_FAULTS_INJECT` (tests only) forces the probe to report an errno, so
that the messages for a full disk and a read-only folder can be tested where no
small disk or second user is available.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from samtaleduk import messages
from samtaleduk.messages import Message, msg
from samtaleduk.store.errors import DiskFull, SaveFailed, StoreError

INJECT_ENV = "SAMTALEDUK_FAULTS_INJECT"
"""Tests only: an errno name (ENOSPC, EACCES, EROFS) the folder probe reports."""

# SQLite's primary result codes (https://sqlite.org/rescode.html).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

NO_ROOM = messages.NO_ROOM
"""The errnos of a full disk, a full quota and a file size limit."""
NO_RIGHTS = messages.NO_RIGHTS
"""The errnos of a folder Samtaleduk may not write in (or a read-only disk)."""
NOT_SAVED = msg("fault.what.not_saved")
"""What did not happen, by default: the change was not saved."""
DAMAGE_CODES = frozenset({SQLITE_CORRUPT, SQLITE_NOTADB})
"""SQLite's codes for "this file is not what it should be": damage is suspected
(and then proved or not by `store_proof`), never assumed."""
PROBE_BYTES = 64 * 1024
"""Enough that a disk with a few KB left fails the probe as SQLite's -shm would."""


class FolderUnwritable(SaveFailed):
    """The data folder (or the disk it is on) cannot be written: no rights, or a
    read-only disk. What was saved before is intact."""


def sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of a database exception, or None."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _injected() -> int | None:
    name = os.environ.get(INJECT_ENV, "")
    value = getattr(errno, name, None) if name.startswith("E") else None
    return value if isinstance(value, int) else None


def probe_folder(folder: Path) -> int | None:
    """Try to write `PROBE_BYTES` in `folder`; the errno when the system refuses,
    None when it can be written (the probe file is removed again)."""
    injected = _injected()
    if injected is not None:
        return injected
    probe = Path(folder) / f".samtaleduk-probe-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        return exc.errno
    try:
        written = 0
        chunk = b"\0" * 8192
        while written < PROBE_BYTES:
            written += os.write(fd, chunk)
        os.fsync(fd)
    except OSError as exc:
        return exc.errno
    finally:
        os.close(fd)
        try:
            probe.unlink()
        except OSError:
            pass
    return None


LOW_SPACE_BYTES = 1024 * 1024
"""Less free space than this is a full disk for the store (a save of a long
meeting writes several pages to the WAL, each 4 KB, and the -shm grows by 32 KB)."""


def _file_size_limit_reached(folder: Path) -> bool:
    if sys.platform == "win32":  # pragma: no cover - no RLIMIT_FSIZE on Windows
        return False
    import resource

    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    if soft == resource.RLIM_INFINITY:
        return False
    try:
        sizes = [p.stat().st_size for p in Path(folder).iterdir() if p.is_file()]
    except OSError:
        return False
    return any(size + 64 * 1024 >= soft for size in sizes)


def folder_problem(folder: Path) -> int | None:
    """The errno that stops Samtaleduk writing in `folder` (full, over a file size
    limit, or unwritable), or None when it can write there."""
    found = probe_folder(folder)
    if found in NO_ROOM or found in NO_RIGHTS:
        return found
    if _file_size_limit_reached(folder):
        return errno.EFBIG
    try:
        stat = os.statvfs(folder)
    except (OSError, AttributeError):
        return None
    return errno.ENOSPC if stat.f_bavail * stat.f_frsize < LOW_SPACE_BYTES else None


def disk_full_message(what: Message = NOT_SAVED) -> Message:
    """The words for a full disk: what happened, that nothing is lost, what to do."""
    return msg("fault.disk_full", what=what)


def unwritable_message(folder: Path, what: Message = NOT_SAVED) -> Message:
    """The words for a data folder Samtaleduk may not write in."""
    return msg("fault.unwritable", folder=str(folder), what=what)


def error_for_errno(code: int | None, folder: Path,
                    what: Message = NOT_SAVED) -> SaveFailed | None:
    """`DiskFull` or `FolderUnwritable` for an errno of those kinds, else None."""
    if code in NO_ROOM:
        return DiskFull(disk_full_message(what))
    if code in NO_RIGHTS:
        return FolderUnwritable(unwritable_message(folder, what))
    return None


def folder_of(conn: object) -> Path | None:
    """The folder of the main database file of an open connection."""
    try:
        rows = conn.execute("PRAGMA database_list").fetchall()  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a broken connection has no folder to probe
        return None
    for _seq, name, path in rows:
        if name == "main" and path:
            return Path(path).parent
    return None


def write_failed(exc: BaseException, folder: Path | None) -> SaveFailed:
    """A write that SQLite refused, as a calm sentence chosen by code."""
    code = sqlite_code(exc)
    if code == SQLITE_FULL:
        return DiskFull(disk_full_message())
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return SaveFailed("fault.busy")
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_PERM) and folder:
        found = error_for_errno(folder_problem(folder), folder)
        if found is not None:
            return found
    if code == SQLITE_READONLY and folder is not None:
        return FolderUnwritable(unwritable_message(folder))
    if code in DAMAGE_CODES:
        return SuspectedDamage("fault.read_error")
    name = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
    return SaveFailed("fault.not_saved", code=str(name))


class SuspectedDamage(SaveFailed):
    """SQLite said the file is malformed while it was in use. Not yet proved:
    `store_proof` decides before anything is put aside."""


def is_store_damage(exc: BaseException) -> bool:
    """True for SQLite's "malformed" / "not a database" (by its code, never its text),
    and for a write the engine refused for that reason (`SuspectedDamage`)."""
    if isinstance(exc, SuspectedDamage):
        return True
    return type(exc).__module__.startswith("sqlcipher3") and sqlite_code(exc) in DAMAGE_CODES


def open_failed(exc: BaseException, folder: Path) -> StoreError | None:
    """Why the store could not be opened, when that is the disk or the folder and
    not the file: `DiskFull`/`FolderUnwritable`, or None (then look for damage)."""
    code = sqlite_code(exc) if not isinstance(exc, OSError) else None
    if isinstance(exc, OSError):
        return error_for_errno(exc.errno, folder, msg("fault.what.no_writing"))
    if code in (SQLITE_FULL, SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_PERM):
        return error_for_errno(folder_problem(folder), folder,
                               msg("fault.what.no_writing"))
    return None
