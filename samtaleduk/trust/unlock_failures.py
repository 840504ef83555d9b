"""Failed unlocks, noted outside the store and moved into the audit log.

A wrong passphrase cannot write to the encrypted audit log, so its time goes to
`unlock-failures.txt` in the data folder (timestamps only). Nothing secret is
available at that moment, so the file cannot be sealed; what can be done is to
make its deletion visible:

- every line carries a running number (`<n> <UTC time>`), and the file starts with
  the number the store has already taken in (`#samtaleduk-unlock-failures seen=<n>`);
- the next successful unlock moves the lines into the audit log (`unlock_failed`),
  keeps the last number in the store (`unlock_failures_seen`), and leaves the file
  with just its header — it is never removed;
- so a deleted file (missing while the store says one was left), a file started
  afresh (a header that is not the store's number) or a missing number is noticed,
  logged as `unlock_log_tampered` and reported to the user.

Someone who rewrites the file to exactly the state the store expects, after
failed attempts of their own, is not noticed; that needs a secret the failing
attempt does not have.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from samtaleduk.messages import Message, msg
from samtaleduk.store import db
from samtaleduk.store.durable import write_atomically
from samtaleduk.store.index import write_audit
from samtaleduk.trust.audit_chain import write_head

FAILED_UNLOCKS = "unlock-failures.txt"
SEEN_SETTING = "unlock_failures_seen"
HEADER = "#samtaleduk-unlock-failures seen="
MAX_RECORDED_FAILURES = 1000
"""The file cannot grow without bound under a guessing attack; the count still shows."""


@dataclass
class Parsed:
    seen: int | None = None
    """The header's number (None: no header, a file from before numbering)."""
    entries: list[tuple[int | None, str]] = field(default_factory=list)
    """(running number or None for an old line, ISO time) per failed unlock."""

    @property
    def last(self) -> int:
        numbers = [n for n, _ in self.entries if n is not None]
        return max([self.seen or 0, *numbers])


def _parse(text: str) -> Parsed:
    parsed = Parsed()
    for line in text.splitlines():
        line = line.strip()
        if line.startswith(HEADER):
            try:
                parsed.seen = int(line[len(HEADER):])
            except ValueError:
                continue
            continue
        parts = line.split()
        try:
            if len(parts) == 2:
                parsed.entries.append((int(parts[0]), _stamp(parts[1])))
            elif len(parts) == 1:
                parsed.entries.append((None, _stamp(parts[0])))
        except ValueError:
            continue
    return parsed


def _stamp(text: str) -> str:
    return dt.datetime.fromisoformat(text).isoformat(timespec="seconds")


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="ascii")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        return ""


def record_failed_unlock(data_dir: Path, now: dt.datetime | None = None) -> None:
    """Note the time of a wrong passphrase, with the next running number."""
    path = Path(data_dir) / FAILED_UNLOCKS
    when = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat(timespec="seconds")
    try:
        if path.exists() and path.stat().st_size > MAX_RECORDED_FAILURES * 48:
            return
        text = _read(path)
        number = _parse(text).last + 1 if text else 1
        head = f"{HEADER}0\n" if text is None else ""
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="ascii") as fh:
            fh.write(f"{head}{number} {when}\n")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        pass  # a read-only folder must not turn a wrong passphrase into a crash


def _problems(seen: int | None, text: str | None, parsed: Parsed) -> list[Message]:
    if seen is None:
        return []  # nothing taken in yet: no file, or one from before numbering
    if text is None:
        return [msg("unlocks.file_deleted", file=FAILED_UNLOCKS)]
    if parsed.seen != seen:
        return [msg("unlocks.file_replaced", file=FAILED_UNLOCKS)]
    numbers = [n for n, _ in parsed.entries]
    if numbers != list(range(seen + 1, seen + 1 + len(numbers))):
        return [msg("unlocks.lines_missing", file=FAILED_UNLOCKS)]
    return []


def move_failed_unlocks(store: Any) -> tuple[int, str | None]:
    """Put the recorded failed unlocks into the audit log, keep their last number in
    the store, and leave the file with only its header. Returns how many were
    moved, and a warning when the file was deleted or tampered with."""
    path = store.data_dir / FAILED_UNLOCKS
    raw_seen = store.setting(SEEN_SETTING)
    seen = int(raw_seen) if raw_seen is not None and raw_seen.isdigit() else None
    text = _read(path)
    parsed = _parse(text or "")
    problems = _problems(seen, text, parsed)
    stamps = [stamp for _, stamp in parsed.entries][:MAX_RECORDED_FAILURES]
    last = max(parsed.last, seen or 0)
    if not stamps and not problems and seen is not None and text is not None:
        return 0, None
    with db.transaction(store.conn) as c:
        for stamp in stamps:
            write_audit(c, "unlock_failed", None, at=stamp)
        if problems:
            write_audit(c, "unlock_log_tampered", None)
        c.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                  (SEEN_SETTING, str(last)))
    # A failure noted meanwhile (another attempt at the same moment) is kept for
    # next time, after the new header.
    later = [f"{n} {stamp}\n" for n, stamp in _parse(_read(path) or "").entries
             if n is not None and n > last]
    try:
        write_atomically(path, (f"{HEADER}{last}\n" + "".join(later)).encode("ascii"),
                         prefix=".unlock-failures-")
    except OSError:
        pass  # read-only folder: the lines are in the log; next time they are seen
    write_head(store.conn, store.data_dir)
    return len(stamps), " ".join(str(p) for p in problems) or None


def adopt_after_restore(store: Any) -> None:
    """After a restore put an older store in place: it has taken in fewer failed
    unlocks than the file says. The file's header is the truth (the lines after it
    are still to come), so the store takes its number; otherwise the next unlock
    would call the file tampered with."""
    text = _read(store.data_dir / FAILED_UNLOCKS)
    seen = _parse(text).seen if text else None
    if seen is not None:
        store.set_setting(SEEN_SETTING, str(seen))
