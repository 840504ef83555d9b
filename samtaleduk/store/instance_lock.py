"""One writer per store: an operating-system lock on a file in the data folder.

The app window takes its own Qt lock (ui/shell/single_instance.py), but the command line
and the app can also reach the same store; two processes writing one SQLCipher file
would only meet as "database is locked" errors half-way through a save. So opening a
store takes this lock first, and a second process is refused with a plain message.

The lock is an advisory whole-file lock (`fcntl.flock` on POSIX, `msvcrt.locking`
on Windows). The operating system drops it when the holding process dies, even on
kill -9, so a stale lock cannot outlive its owner and no process-id guessing is
needed. The file holds only the holder's process id, for the message.

Within one process the lock is shared: tests and the app may open the same data
folder twice (one `Store` closed, another opened); the file lock is released when
the last holder in the process lets go.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from samtaleduk.messages import Message, msg
from samtaleduk.store.errors import StoreError, folder_unusable

LOCK_FILE = "store.lock"

_guard = threading.Lock()
_held: dict[Path, tuple[int, int]] = {}
"""Resolved lock path -> (open file descriptor, number of holders in this process)."""


class StoreBusy(StoreError):
    """Another Samtaleduk process has the store open."""


def lock_path(data_dir: Path) -> Path:
    """The lock file that says a program has the store in `data_dir` open."""
    return Path(data_dir) / LOCK_FILE


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _holder(path: Path) -> Message | str:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return msg("store.busy_holder", pid=text) if text.isdigit() else ""


def acquire(data_dir: Path) -> Path:
    """Take the store lock of `data_dir`; `StoreBusy` when another process holds it.
    Returns the key to pass to `release`."""
    path = lock_path(data_dir).resolve()
    with _guard:
        if path in _held:
            fd, count = _held[path]
            _held[path] = (fd, count + 1)
            return path
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise folder_unusable(path.parent, exc) from None
        if not _try_lock(fd):
            os.close(fd)
            raise StoreBusy("store.busy", holder=_holder(path))
        # Our process id, for the message another process shows. Written after
        # the lock is ours, so a reader never sees a half-written id of a holder.
        # Only a courtesy: on a full disk the lock holds without it.
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, str(os.getpid()).encode("ascii"))
        except OSError:
            pass
        _held[path] = (fd, 1)
        return path


def acquire_for_reading(data_dir: Path) -> Path | None:
    """`acquire`, except that a folder where the lock file cannot be created (no
    write rights, a read-only disk, no room) gives None instead of an error: the
    store can then only be read, and a reader needs no lock. An existing lock
    file is still honoured (flock works on a read-only descriptor)."""
    path = lock_path(data_dir)
    try:
        return acquire(data_dir)
    except StoreBusy:
        raise
    except StoreError:
        pass
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None  # no lock file, and none can be made: nobody writes here
    try:
        if not _try_lock(fd):
            raise StoreBusy("store.busy", holder=_holder(path))
        _unlock(fd)
    finally:
        os.close(fd)
    return None


def release(key: Path | None) -> None:
    """Let go of one hold on the lock; the file lock goes with the last one."""
    if key is None:
        return
    with _guard:
        if key not in _held:
            return
        fd, count = _held[key]
        if count > 1:
            _held[key] = (fd, count - 1)
            return
        del _held[key]
        try:
            os.ftruncate(fd, 0)
            _unlock(fd)
        finally:
            os.close(fd)


def held_here(data_dir: Path) -> bool:
    """True when this process holds the lock of `data_dir`."""
    with _guard:
        return lock_path(data_dir).resolve() in _held
