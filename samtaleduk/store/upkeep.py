"""The upkeep of an open store, after the cases are on screen: every page's HMAC
after each unlock, the full check on the first open of a day, and the automatic
backup when one is due.

Each reads the whole file (a page's HMAC costs about 10-35 µs, so a few seconds
for a large store; the full check about a second per 60 MB; the backup several),
so none runs before the user sees the case list (issue 16): unlock opens the
store with the checks that cost the same at any size (`db.check_on_open`: page 1
authenticates, the file is as long as it says), and the app then runs the steps
here one at a time on a worker (`after_unlock`); the command line runs them after
it has answered.

- Each step reads through a second connection of its own (`Upkeep`), so the
  store's own connection stays free for the person working: nothing waits for a
  check. WAL gives that connection a consistent snapshot while saves go on.
- `Upkeep.stop()` (lock, quit) interrupts the step that runs (SQLite's interrupt,
  from any thread) and no later step starts; a stopped step leaves nothing behind
  and is due again at the next unlock.
- The page step reads the file with plain Python (`proof.scan_pages`), beside
  SQLite: a page SQLite was writing as it was read is read again before it counts
  (`proof.still_bad`); only a page that fails every time is damage.
- A failed check raises `SuspectedDamage`: the caller closes the store and proves
  the file exactly as when damage is met in use (`safe_open.damage_in_use`).
- The few writes that follow a step (the day of the check, the backup's
  fingerprint and audit line, rotation) are small and go through the store's own
  connection on the caller's thread: `record_check`, `record_backup`.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from samtaleduk.store import backup, db, proof
from samtaleduk.store.errors import StoreError
from samtaleduk.store.faults import SuspectedDamage, sqlite_code
from samtaleduk.store.files import store_file

SQLITE_INTERRUPT = 9


class Step(Enum):
    """One piece of upkeep, in the order they run."""

    PAGES = "pages"
    """Every page's HMAC (`proof.scan_pages`), after every unlock: damage made
    since the day's full check is found the next time the store is opened."""
    CHECK = "check"
    """Every page read and every b-tree checked (`db.full_check`), once a day."""
    BACKUP = "backup"
    """A verified automatic backup (`backup.auto_backup`'s rule of when)."""


class Stopped(Exception):
    """The step was stopped (lock, quit) before it finished; nothing was left."""


@dataclass(frozen=True)
class BackupDone:
    """What a backup step made, for `record_backup`."""

    info: backup.BackupInfo | None
    """The new backup, or None when none was needed after all."""
    fingerprint: str
    """The store's fingerprint as the backup saw it (taken just before copying)."""


def due(store: Any, now: dt.datetime | None = None) -> list[Step]:
    """The steps due for the open, writable `store` (cheap: a setting, a folder
    listing, five counts). A read-only store gets none: nothing could be recorded."""
    if getattr(store, "read_only", None) is not None:
        return []
    steps = []
    if db.full_check_due(store.conn):
        steps.append(Step.CHECK)
    if backup_due(store, now):
        steps.append(Step.BACKUP)
    return steps


def after_unlock(store: Any, now: dt.datetime | None = None) -> list[Step]:
    """What runs after an unlock of the open, writable `store`: the page step every
    time, then the day's steps that are due (`due`). None for a read-only store
    (its pages were checked as it opened: `opening.open_read_only`)."""
    if getattr(store, "read_only", None) is not None:
        return []
    return [Step.PAGES, *due(store, now)]


def backup_due(store: Any, now: dt.datetime | None = None) -> bool:
    """True when the automatic backup rule (`backup.auto_backup`) would make one."""
    when = now or dt.datetime.now(dt.UTC)
    existing = backup.list_backups(store.data_dir)
    if existing and when - existing[0].made_at < backup.AUTO_INTERVAL:
        return False
    return not (existing and store.setting("backup_fingerprint")
                == backup.fingerprint(store.conn))


class Upkeep:
    """Runs the steps of one open store on a connection of its own (see the module
    text). Made on the caller's thread; `run` may be called on a worker, `stop`
    from any thread."""

    def __init__(self, store: Any) -> None:
        self._data_dir: Path = Path(store.data_dir)
        self._path: Path = store_file(self._data_dir)
        self._key: bytes = store.data_key
        self._guard = threading.Lock()
        self._conn: Any = None
        self._stopped = False

    @property
    def stopped(self) -> bool:
        return self._stopped

    def stop(self) -> None:
        """No step starts after this; the one running is interrupted. SQLite's
        interrupt reaches only a statement already running, so a caller that waits
        calls this again until the step has ended (`JobRunner.stop_upkeep`)."""
        with self._guard:
            self._stopped = True
            if self._conn is not None:
                self._conn.interrupt()

    def run(self, step: Step, now: dt.datetime | None = None) -> BackupDone | None:
        """Run one step; `Stopped` when stopped, `SuspectedDamage` when the check
        (or the backup's read) met damage, `StoreError` when a backup could not be
        made (a full disk: to tell, not to stop work)."""
        if step is Step.PAGES:
            self._pages()
            return None
        conn = self._connect()
        try:
            if step is Step.CHECK:
                self._check(conn)
                return None
            return self._backup(conn, now)
        except db.DbError as exc:
            if self._stopped or sqlite_code(exc) == SQLITE_INTERRUPT:
                raise Stopped from None
            raise
        except StoreError:
            if self._stopped:
                raise Stopped from None
            raise
        finally:
            with self._guard:
                self._conn = None
            conn.close()

    def _connect(self) -> Any:
        with self._guard:
            if self._stopped:
                raise Stopped
            self._conn = db.connect(self._path, self._key)
            return self._conn

    def _pages(self) -> None:
        if self._stopped:
            raise Stopped
        try:
            scan = proof.scan_pages(self._path, self._key, stop=lambda: self._stopped)
            bad = proof.still_bad(self._path, self._key, scan.bad) if scan.bad else []
        except OSError:
            return  # unreadable is not damage; SQLite says more when it reads
        if scan.stopped or self._stopped:
            raise Stopped
        if bad:
            raise SuspectedDamage(db.DAMAGED)

    def _check(self, conn: Any) -> None:
        if self._stopped:
            raise Stopped
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        except db.DbError as exc:
            if self._stopped or sqlite_code(exc) == SQLITE_INTERRUPT:
                raise Stopped from None
            raise SuspectedDamage(db.DAMAGED) from None
        if self._stopped:
            raise Stopped
        if rows != [("ok",)]:
            raise SuspectedDamage(db.DAMAGED)

    def _backup(self, conn: Any, now: dt.datetime | None) -> BackupDone:
        # Taken before the copy: a save made while copying makes the next backup
        # due again rather than being skipped.
        fingerprint = backup.fingerprint(conn)
        if self._stopped:
            raise Stopped
        info = backup.write_backup(conn, self._key, backup.backup_dir(self._data_dir),
                                   "auto", now)
        return BackupDone(info, fingerprint)


def record_check(store: Any, today: dt.date | None = None) -> None:
    """The day's full check passed: it is not due again today."""
    db.mark_full_check(store.conn, today)


def record_backup(store: Any, done: BackupDone, now: dt.datetime | None = None) -> None:
    """Note the automatic backup (fingerprint, audit line) and rotate the backups
    and the aside/ copies (`backup.rotate`, `expiry`)."""
    if done.info is not None:
        store.set_setting("backup_fingerprint", done.fingerprint)
        store.log_event("backup_made")
    backup.rotate(store.data_dir, now=now)
