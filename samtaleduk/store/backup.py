"""Verified, encrypted, rotating backups of the store.

A backup is a SQLCipher copy of the store made with `VACUUM INTO` on the open
connection: the copy is encrypted with the same data key (the key file opens it),
holds no free pages, and is written under a temporary name, checked (integrity check,
SQLCipher's HMAC check, the same row counts as the store) and only then renamed
(`store_db.verified_copy`). File names carry only the kind and a UTC timestamp,
never anything from a case.

Every backup, including the one before a schema migration, is made by
`write_backup`. Rotation (`rotate`) keeps:

- the `KEEP_LAST` newest backups,
- the newest backup of each of the last `KEEP_DAILY` days,
- and deletes every backup older than `MAX_AGE_DAYS`, except the single newest
  one (so there is always something to restore),
- and, `MAX_AGE_DAYS` after a complete case deletion, every backup made before it,
  even the newest (it may hold the deleted case; `expiry`).

Rotation also expires the copies in `aside/` (`expiry.expire_aside`). So a deleted
case can be found in an older copy for at most `MAX_AGE_DAYS` days after its
deletion (counted the next time Samtaleduk runs; `EXPIRY_TEXT`). Files in the
backup folder that do not follow the naming scheme are never touched.
"""

from __future__ import annotations

import datetime as dt
import errno
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from samtaleduk.messages import Message, msg, os_reason
from samtaleduk.store import db, faults
from samtaleduk.store.durable import fsync_dir
from samtaleduk.store.errors import DiskFull, SaveFailed, StoreError, StoreTooNew
from samtaleduk.trust import expiry

BACKUP_DIR = "backups"
KEEP_LAST = 10
KEEP_DAILY = 7
MAX_AGE_DAYS = expiry.MAX_AGE_DAYS
AUTO_INTERVAL = dt.timedelta(hours=1)
"""An automatic backup is made when the newest one is at least this old and the
store has changed since."""

_NAME = re.compile(
    r"^(?P<kind>auto|manual|after-delete|after-rekey|before-restore|before-migration-v\d{1,6})-"
    r"(?P<stamp>\d{8}T\d{6}(?:\d{6})?Z)\.db$"
)

EXPIRY_TEXT = {
    "nn": (f"Saka finst framleis i eldre tryggingskopiar og i lager som er lagde til side "
           f"(mappa aside). Dei vert sletta automatisk {MAX_AGE_DAYS} dagar etter slettinga "
           "(første gong Samtaleduk vert opna etter det). Ein ny tryggingskopi utan saka "
           "vert laga med ein gong."),
    "nb": (f"Saken finnes fortsatt i eldre sikkerhetskopier og i lagre som er lagt til side "
           f"(mappen aside). De slettes automatisk {MAX_AGE_DAYS} dager etter slettingen "
           "(første gang Samtaleduk åpnes etter det). En ny sikkerhetskopi uten saken "
           "lages med én gang."),
    "en": (f"The case is still in older backups and in stores put aside (the aside "
           f"folder). They are deleted automatically {MAX_AGE_DAYS} days after the "
           "deletion (the first time Samtaleduk is opened after that). A new backup "
           "without the case is made at once."),
}
"""What happens to a deleted case in older backups: shown in the deletion dialog."""


def expiry_text(lang: str = "nn") -> str:
    """The backup-expiry sentence for the deletion dialog, in `lang` (nn/nb/en)."""
    return EXPIRY_TEXT.get(lang, EXPIRY_TEXT["nn"])


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    """auto, manual, after-delete, before-restore or before-migration-vN."""
    made_at: dt.datetime
    size: int


def backup_dir(data_dir: Path) -> Path:
    """The folder of the verified backups in `data_dir`."""
    return Path(data_dir) / BACKUP_DIR


def _stamp(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _parse_stamp(text: str) -> dt.datetime:
    fmt = "%Y%m%dT%H%M%S%fZ" if len(text) > 16 else "%Y%m%dT%H%M%SZ"
    return dt.datetime.strptime(text, fmt).replace(tzinfo=dt.UTC)


def parse_name(path: Path) -> BackupInfo | None:
    """The kind and time of a backup file, or None when the name is not ours."""
    m = _NAME.match(path.name)
    if m is None:
        return None
    try:
        made_at = _parse_stamp(m["stamp"])
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, m["kind"], made_at, size)


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every backup in the data folder's backup folder, newest first."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [info for p in folder.iterdir() if (info := parse_name(p)) is not None]
    found.sort(key=lambda b: b.made_at, reverse=True)
    return found


def write_backup(conn: Any, data_key: bytes, folder: Path, kind: str,
                 now: dt.datetime | None = None) -> BackupInfo:
    """Make one verified backup of the open store in `folder`. This is the only
    function that writes backups: the store's pre-migration backup comes here too.
    Raises `StoreError` (and leaves no partial file) when it cannot be made."""
    when = now or dt.datetime.now(dt.UTC)
    target = folder / f"{kind}-{_stamp(when)}.db"
    while target.exists():  # two backups in the same microsecond (tests)
        when += dt.timedelta(microseconds=1)
        target = folder / f"{kind}-{_stamp(when)}.db"
    if parse_name_text(target.name) is None:
        raise ValueError(f"not a backup kind: {kind!r}")
    try:
        db.verified_copy(conn, data_key, target)
    except OSError as exc:
        # Creating, syncing or renaming the file failed: told by errno.
        target.with_name(target.name + ".tmp").unlink(missing_ok=True)
        raise not_made(exc.errno, folder) from None
    except faults.SuspectedDamage:
        raise
    except DiskFull:
        raise not_made(errno.ENOSPC, folder) from None
    except faults.FolderUnwritable:
        raise not_made(errno.EACCES, folder) from None
    except SaveFailed as exc:
        # Its words are for a change not saved; a backup says its own.
        busy = exc.message_id == "fault.busy"
        raise not_made(None, folder, msg("backup.why.busy") if busy else None) from None
    info = parse_name(target)
    assert info is not None
    return info


def not_made(code: int | None, folder: Path,
             reason: Message | str | None = None) -> StoreError:
    """A backup that could not be written, told by errno (issue 18): what happened
    (a full disk, a folder Samtaleduk may not write in, or else why), that the work
    itself is saved, and who can help. Never the system's own English text."""
    if code in faults.NO_ROOM:
        return DiskFull("backup.not_made.no_room")
    if code in faults.NO_RIGHTS:
        return faults.FolderUnwritable("backup.not_made.no_access", folder=str(folder))
    return StoreError("backup.not_made.other", folder=str(folder),
                      reason=reason if reason is not None else os_reason(code))


def parse_name_text(name: str) -> re.Match[str] | None:
    """The kind and time in a backup file name; None for a file that is not a backup."""
    return _NAME.match(name)


def make_backup(store: Any, kind: str = "manual", now: dt.datetime | None = None) -> BackupInfo:
    """A verified backup of the open `store`, then rotation. Records the store's
    fingerprint so that an automatic backup is skipped while nothing has changed."""
    info = write_backup(store.conn, store.data_key, backup_dir(store.data_dir), kind, now)
    store.set_setting("backup_fingerprint", fingerprint(store.conn))
    store.log_event("backup_made")
    rotate(store.data_dir, now=now)
    return info


def fingerprint(conn: Any) -> str:
    """Changes whenever a case, meeting or template is added, changed or deleted
    (not when only the audit log grows)."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM cases), (SELECT max(updated_at) FROM cases), "
        "(SELECT count(*) FROM meetings), (SELECT max(id) FROM revisions), "
        "(SELECT count(*) FROM templates)"
    ).fetchone()
    return "/".join(str(v) for v in row)


def auto_backup(store: Any, now: dt.datetime | None = None,
                interval: dt.timedelta = AUTO_INTERVAL) -> BackupInfo | None:
    """Back up when the store changed since the last backup and the newest backup is
    at least `interval` old. Returns the new backup, or None when none was needed."""
    when = now or dt.datetime.now(dt.UTC)
    existing = list_backups(store.data_dir)
    if existing and when - existing[0].made_at < interval:
        return None
    if existing and store.setting("backup_fingerprint") == fingerprint(store.conn):
        rotate(store.data_dir, now=when)
        return None
    return make_backup(store, "auto", when)


def to_keep(backups: list[BackupInfo], now: dt.datetime,
            deletions: Sequence[dt.datetime] = ()) -> set[Path]:
    """The backups the rotation keeps (see the module docstring); `deletions` are
    the times of complete case deletions (`expiry.deletion_times`)."""
    newest_first = sorted(backups, key=lambda b: b.made_at, reverse=True)
    keep = {b.path for b in newest_first[:KEEP_LAST]}
    days_seen: set[dt.date] = set()
    first_day = now.date() - dt.timedelta(days=KEEP_DAILY - 1)
    for b in newest_first:
        day = b.made_at.date()
        if day >= first_day and day not in days_seen:
            days_seen.add(day)
            keep.add(b.path)
    too_old = now - dt.timedelta(days=MAX_AGE_DAYS)
    keep = {p for p in keep if next(b for b in backups if b.path == p).made_at >= too_old}
    if newest_first:
        keep.add(newest_first[0].path)
    # After the deletion's grace time, not even the newest may still hold the case.
    return {b.path for b in backups if b.path in keep
            and not expiry.predates_expired_deletion(b.made_at, now, deletions)}


def rotate(data_dir: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the rotation does not keep, leftovers of interrupted
    backups, and the expired copies in aside/ (`expiry`). Returns what was deleted
    (a file that cannot be deleted, in a read-only folder, is tried again next time)."""
    when = now or dt.datetime.now(dt.UTC)
    deletions = expiry.deletion_times(data_dir)
    backups = list_backups(data_dir)
    keep = to_keep(backups, when, deletions)
    gone = [b.path for b in backups if b.path not in keep]
    folder = backup_dir(data_dir)
    if folder.is_dir():
        # An interrupted backup leaves `<name>.db.tmp` (and its `-journal`); never
        # a valid backup.
        gone += [p for p in folder.iterdir()
                 if (p.name.endswith(".db.tmp") and parse_name_text(p.name[:-4]))
                 or (p.name.endswith(".db.tmp-journal") and parse_name_text(p.name[:-12]))]
    removed = []
    for path in gone:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            continue
        removed.append(path)
    if removed:
        fsync_dir(folder)
    removed += expiry.expire_aside(data_dir, when, deletions)
    expiry.prune_deletions(data_dir, when)
    return removed


def open_readonly(path: Path, data_key: bytes) -> Any:
    """Open a backup (or any store file) read-only with the data key; `StoreError`
    when the key does not fit. Read-only, so checking a file never changes it."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except db.DbError:
        conn.close()
        raise StoreError("backup.wrong_key") from None
    return conn


def too_new(path: Path, data_key: bytes) -> int | None:
    """The schema version of a backup this program is too old to open (a newer
    Samtaleduk made it), else None (also when it cannot be read). Never writes."""
    try:
        conn = open_readonly(path, data_key)
    except (OSError, StoreError):
        return None
    try:
        db.check_not_too_new(conn)
    except StoreTooNew:
        return db.user_version(conn)
    except db.DbError:
        return None
    finally:
        conn.close()
    return None


def check_backup(path: Path, data_key: bytes, store_id: str | None = None) -> bool:
    """True when `path` opens with the data key, passes the full integrity check,
    is not newer than this program (it could not open it once restored) and (if
    given) belongs to the store `store_id`. Never writes to the file."""
    try:
        if path.stat().st_size == 0:
            return False
        conn = open_readonly(path, data_key)
    except (OSError, StoreError):
        return False
    try:
        if not db.integrity_ok(conn):
            return False
        db.check_not_too_new(conn)
        if store_id is not None:
            row = conn.execute("SELECT value FROM settings WHERE key = 'store_id'").fetchone()
            return row is not None and row[0] == store_id
        return True
    except (db.DbError, StoreTooNew):
        return False
    finally:
        conn.close()
