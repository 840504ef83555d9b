"""How long copies of a deleted case can live: the promise of the deletion dialog.

A complete deletion removes the case from the store at once, but older copies of
the store still hold it: the backups in `backups/` and the stores put aside in
`aside/` (damaged ones, and the one a restore replaced). This module keeps the
promise that no such copy outlives the deletion by more than `MAX_AGE_DAYS`:

- every complete deletion appends its time (UTC, nothing else: no case id, no
  name) to `case-deletions.txt` in the data folder. It lives outside the store on
  purpose: restoring a backup from before the deletion must not forget it;
- a copy in `aside/` older than `MAX_AGE_DAYS` is removed, with its `-wal`,
  `-shm`, `-journal` and key companions (a lone `-wal` whose main file is gone too);
- every copy made before a deletion (aside/ and backups, even the newest backup)
  is removed once that deletion is `MAX_AGE_DAYS` old. Backups made after the
  deletion are kept: they cannot hold the case.

It runs whenever backups rotate (`backup.rotate`: after every backup, on every open
by `safe_open.open_store`, after a restore), so "30 days" means "the first time
Samtaleduk runs 30 days or more after the deletion". Files whose names are not
ours are never touched.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from samtaleduk.store.durable import fsync_dir, write_atomically

MAX_AGE_DAYS = 30
"""The longest a copy of a deleted case (backup or aside/) outlives the deletion."""
ASIDE_DIR = "aside"
DELETIONS_FILE = "case-deletions.txt"
_MAX_AGE = dt.timedelta(days=MAX_AGE_DAYS)

_ASIDE_NAME = re.compile(
    r"^(?P<reason>[a-z][a-z-]{0,30})-(?P<stamp>\d{8}T\d{6}(?:\d{6})?Z)"
    r"(?P<rest>\.db(?:-wal|-shm|-journal|\.key)?|\.key)$"
)


def _utc(when: dt.datetime | None) -> dt.datetime:
    return (when or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)


def record_deletion(data_dir: Path, now: dt.datetime | None = None) -> None:
    """Note that a case was deleted completely at `now` (the time only). Appended
    and synced, so a crash keeps the lines already written."""
    path = Path(data_dir) / DELETIONS_FILE
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="ascii") as fh:
        fh.write(_utc(now).isoformat() + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    fsync_dir(Path(data_dir))


def deletion_times(data_dir: Path) -> list[dt.datetime]:
    """The recorded deletion times, oldest first (unreadable lines are skipped)."""
    try:
        text = (Path(data_dir) / DELETIONS_FILE).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return []
    found = []
    for line in text.split():
        try:
            when = dt.datetime.fromisoformat(line)
        except ValueError:
            continue
        if when.tzinfo is not None:
            found.append(when.astimezone(dt.UTC))
    return sorted(found)


def predates_expired_deletion(made_at: dt.datetime, now: dt.datetime,
                              deletions: Sequence[dt.datetime]) -> bool:
    """True when a copy made at `made_at` was made before a deletion that is now
    `MAX_AGE_DAYS` old: it may hold the deleted case and must go."""
    return any(made_at < d and now - d >= _MAX_AGE for d in deletions)


def aside_time(path: Path) -> dt.datetime | None:
    """When a file in aside/ was put there (from its name); None when not ours."""
    m = _ASIDE_NAME.match(path.name)
    if m is None:
        return None
    stamp = m["stamp"]
    fmt = "%Y%m%dT%H%M%S%fZ" if len(stamp) > 16 else "%Y%m%dT%H%M%SZ"
    try:
        return dt.datetime.strptime(stamp, fmt).replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def expire_aside(data_dir: Path, now: dt.datetime | None = None,
                 deletions: Sequence[dt.datetime] | None = None) -> list[Path]:
    """Remove the aside/ files that are too old or predate an expired deletion (see
    the module docstring). Returns what was removed; a file that cannot be removed
    (read-only folder) is left and tried again next time."""
    when = _utc(now)
    folder = Path(data_dir) / ASIDE_DIR
    if not folder.is_dir():
        return []
    if deletions is None:
        deletions = deletion_times(data_dir)
    gone = []
    for path in sorted(folder.iterdir()):
        made = aside_time(path)
        if made is None:
            continue
        if when - made >= _MAX_AGE or predates_expired_deletion(made, when, deletions):
            if _remove(path):
                gone.append(path)
    if gone:
        fsync_dir(folder)
    return gone


def _remove(path: Path) -> bool:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def prune_deletions(data_dir: Path, now: dt.datetime | None = None) -> None:
    """Keep the deletion record small: of the deletions already `MAX_AGE_DAYS` old,
    only the newest matters (every copy that predates an older one predates it too)."""
    when = _utc(now)
    times = deletion_times(data_dir)
    expired = [d for d in times if when - d >= _MAX_AGE]
    if len(expired) < 2:
        return
    keep = [expired[-1], *(d for d in times if when - d < _MAX_AGE)]
    _rewrite(data_dir, keep)


def _rewrite(data_dir: Path, times: Iterable[dt.datetime]) -> None:
    text = "".join(t.isoformat() + "\n" for t in times)
    try:
        out = write_atomically(Path(data_dir) / DELETIONS_FILE, text.encode("ascii"))
        os.chmod(out, 0o600)
    except OSError:
        pass  # a read-only folder: the longer record still keeps the promise
