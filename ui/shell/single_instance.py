"""One running Samtaleduk per data folder.

Two processes writing the same encrypted store would race each other's saves, so
the app takes a QLockFile in the data folder before it opens the store. A lock
left by a crashed process is detected by Qt (its process id is gone) and taken
over; a live one is refused and the second start says so plainly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_NAME = "samtaleduk.lock"


class InstanceLock:
    """The data folder's lock; `acquire()` is False while another instance holds it."""

    def __init__(self, data_dir: Path) -> None:
        try:
            data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:
            pass  # `acquire` fails, and `held_elsewhere` tells it from a running app
        self.path = data_dir / LOCK_NAME
        self._lock = QLockFile(str(self.path))
        # Never treat a live lock as stale because it is old: a meeting can last
        # for hours. A dead owner is still detected through its process id.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        """Take the lock without waiting; False if another instance holds it."""
        if self._lock.isLocked():
            return True
        if self._lock.tryLock(0):
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            # The owner may have died: let Qt check its process id and retry once.
            if self._lock.removeStaleLockFile():
                return self._lock.tryLock(0)
        return False

    def held_elsewhere(self) -> bool:
        """After a failed `acquire`: True when another instance holds the lock,
        False when the lock file could not be made at all (a folder without
        write rights, a read-only or full disk): that is not "already open"."""
        return self._lock.error() == QLockFile.LockError.LockFailedError

    def holder_pid(self) -> int | None:
        """The process id of the instance holding the lock, if known."""
        info = self._lock.getLockInfo()
        pid = int(info[0]) if info and isinstance(info[0], int) else 0
        return pid if pid > 0 else None

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
