"""The audit log's tamper evidence: an HMAC chain over its entries, and its head
kept outside the store.

- Every entry carries `mac = HMAC-SHA256(K, previous mac ‖ the entry)`, where the
  entry is its id, time, event, pseudonymous case reference, account and detail,
  and K is derived from the data key (HKDF-SHA256, `CHAIN_INFO`). Editing, deleting
  or reordering an entry breaks the chain at that point.
- A case's entries also carry `case_ref`, a keyed hash of the case id. When a case is
  deleted its entries lose the case id but keep `case_ref` (and stay in the chain):
  the access log of a deleted case survives without anything that points to it.
- The chain's head (number of entries, last id, last MAC, itself MACed with K) is
  also written to `audit-head.json` beside the store after every logged event, so
  cutting entries off the end, or putting back an older store, is noticed.
  SQLite's AUTOINCREMENT counter must equal the last id as well.

What it does not do: someone who has the passphrase, reads this code and writes
their own program can rebuild the chain and the head. The chain makes an edit with
ordinary tools, a deleted entry and a rolled-back store visible; it is not a
signature from outside. A restore (`note_restore`) and a re-key (`rekey_audit_chain`)
are the program's own ways of changing the chain, and both are logged.

The key lives in the connection: `attach` registers two SQL functions bound to K,
so code that writes the log (`store_index.write_audit`) needs no key argument.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from samtaleduk.messages import Message, msg
from samtaleduk.store.durable import write_atomically

CHAIN_INFO = b"samtaleduk audit chain v1"
HEAD_FILE = "audit-head.json"
HEAD_FORMAT = "samtaleduk-audit-head"
CHAIN_FROM = "audit_chain_from"
"""A setting: the last entry id before the chain began (schema 3); from there on
ids have no gaps, since entries are never deleted."""
VERIFIED_ON = "audit_verified_on"
"""A setting: the day the whole chain was last verified without a problem."""
VERIFIED_TO = "audit_verified_to"
"""A setting: the last entry id verified without a problem."""
HEAD_WRITTEN = "audit_head_written"
"""A setting: once set, the head file must be there."""
GENESIS = "0" * 64
"""The "previous MAC" of the first entry."""
ACKNOWLEDGED = "audit_problem_acknowledged"
MAC_FUNCTION = "samtaleduk_audit_mac"
ENTRY_FUNCTION = "samtaleduk_audit_entry_mac"
REF_FUNCTION = "samtaleduk_case_ref"


def chain_key(data_key: bytes) -> bytes:
    """The audit chain's key, derived from the data key (never stored)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=CHAIN_INFO).derive(data_key)


def _mac(key: bytes, prev: str, payload: str) -> str:
    return hmac.new(key, (prev + "\n" + payload).encode("utf-8"), hashlib.sha256).hexdigest()


def _ref(key: bytes, case_id: str) -> str:
    # 16 bytes: no collisions between a store's cases, nothing to recover the id from.
    return hmac.new(key, b"case:" + case_id.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def _never_raises(fn: Any) -> Any:
    # A value planted outside the program (a blob, a lone surrogate) must show up as
    # a broken entry, not as an exception out of SQLite.
    def call(*args: Any) -> str | None:
        try:
            result: str | None = fn(*args)
        except Exception:  # noqa: BLE001 - any such value is simply "does not fit"
            return "ugyldig"
        return result
    return call


def attach(conn: Any, data_key: bytes) -> None:
    """Bind the chain's SQL functions to this connection's data key."""
    key = chain_key(data_key)
    conn.create_function(MAC_FUNCTION, 2, _never_raises(
        lambda prev, payload: _mac(key, prev, payload)), deterministic=True)
    conn.create_function(ENTRY_FUNCTION, 7, _never_raises(
        lambda prev, entry_id, at, event, case_ref, who, detail: _mac(
            key, prev, payload(entry_id, at, event, case_ref, who, detail))),
        deterministic=True)
    conn.create_function(REF_FUNCTION, 1, _never_raises(
        lambda cid: None if cid is None else _ref(key, str(cid))), deterministic=True)


def payload(entry_id: int, at: str, event: str, case_ref: str | None, who: str | None,
            detail: str | None) -> str:
    """What an entry's MAC covers (not `case_id`: it is dropped when the case is
    deleted; `case_ref` is checked against it while it is there)."""
    return json.dumps([entry_id, at, event, case_ref, who, detail], ensure_ascii=True,
                      separators=(",", ":"))


def seal(c: Any, entry_id: int) -> None:
    """Give the entry `entry_id` (just inserted, the newest) its case reference and
    its place in the chain, inside the caller's transaction."""
    row = c.execute("SELECT mac FROM audit WHERE id < ? ORDER BY id DESC LIMIT 1",
                    (entry_id,)).fetchone()
    prev = row[0] if row and row[0] else GENESIS
    c.execute(f"UPDATE audit SET case_ref = {REF_FUNCTION}(case_id) "
              "WHERE id = ? AND case_id IS NOT NULL", (entry_id,))
    c.execute(f"UPDATE audit SET mac = {ENTRY_FUNCTION}(?, id, at, event, case_ref, who, "
              "detail) WHERE id = ?", (prev, entry_id))


def seal_all(c: Any) -> int:
    """(Re)compute every entry's case reference and MAC in order: the migration that
    starts the chain, and a re-key. Returns the number of entries."""
    c.execute(f"UPDATE audit SET case_ref = {REF_FUNCTION}(case_id) WHERE case_id IS NOT NULL")
    c.execute("INSERT OR IGNORE INTO settings(key, value) "
              "SELECT ?, coalesce(max(id), 0) FROM audit", (CHAIN_FROM,))
    prev, n = GENESIS, 0
    for entry_id, at, event, case_ref, who, detail in c.execute(
            "SELECT id, at, event, case_ref, who, detail FROM audit ORDER BY id").fetchall():
        (prev,) = c.execute(f"SELECT {MAC_FUNCTION}(?, ?)",
                            (prev, payload(entry_id, at, event, case_ref, who, detail))).fetchone()
        c.execute("UPDATE audit SET mac = ? WHERE id = ?", (prev, entry_id))
        n += 1
    return n


# -- the head outside the store ---------------------------------------------------

@dataclass(frozen=True)
class Head:
    count: int
    last_id: int
    mac: str


def current_head(conn: Any) -> Head:
    """The chain's head as the store holds it now."""
    count, last_id = conn.execute("SELECT count(*), coalesce(max(id), 0) FROM audit").fetchone()
    row = conn.execute("SELECT mac FROM audit WHERE id = ?", (last_id,)).fetchone()
    return Head(int(count), int(last_id), (row[0] if row and row[0] else GENESIS))


def _head_mac(conn: Any, store_id: str, head: Head) -> str:
    text = f"head|{store_id}|{head.count}|{head.last_id}|{head.mac}"
    (mac,) = conn.execute(f"SELECT {MAC_FUNCTION}(?, ?)", (GENESIS, text)).fetchone()
    return str(mac)


def _store_id(conn: Any) -> str:
    row = conn.execute("SELECT value FROM settings WHERE key = 'store_id'").fetchone()
    return str(row[0]) if row else ""


def write_head(conn: Any, data_dir: Path, force: bool = False) -> None:
    """Write the chain's head beside the store (atomically, synced). A head that
    the store does not match (entries cut off, an older store put back) is kept as
    evidence unless `force` (a restore, a re-key, an acknowledgement: the
    program's own changes, each logged). A folder that cannot be written is not an
    error here: the head stays behind, which verification accepts."""
    if not force and _check_head(conn, Path(data_dir)):
        return
    head, store_id = current_head(conn), _store_id(conn)
    data = {"format": HEAD_FORMAT, "version": 1, "store_id": store_id,
            "count": head.count, "last_id": head.last_id, "mac": head.mac,
            "head_mac": _head_mac(conn, store_id, head)}
    try:
        write_atomically(Path(data_dir) / HEAD_FILE,
                         json.dumps(data, indent=1).encode("ascii"), prefix=".audit-head-")
    except OSError:
        return
    row = conn.execute("SELECT 1 FROM settings WHERE key = ?", (HEAD_WRITTEN,)).fetchone()
    if row is None:
        conn.execute("INSERT INTO settings(key, value) VALUES (?, '1')", (HEAD_WRITTEN,))


def read_head(data_dir: Path) -> dict[str, Any] | None:
    """The head file's content, or None when there is none (or it is not JSON)."""
    try:
        data = json.loads((Path(data_dir) / HEAD_FILE).read_text(encoding="ascii"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


# -- verification -----------------------------------------------------------------

@dataclass
class Verdict:
    """What verification found: `problems` are messages for the user (rendered in
    the current language by `str`)."""

    entries: int = 0
    problems: list[Message] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def message(self) -> str:
        """One warning for the GUI and the command line ('' when all is well)."""
        if self.ok:
            return ""
        found = " ".join(str(p) for p in self.problems)
        return str(msg("audit.changed", problems=found))


def verify(conn: Any, data_dir: Path | None = None, from_id: int = 0) -> Verdict:
    """Check every entry's MAC and case reference, that no id is missing since the
    chain began, the AUTOINCREMENT counter, and (with `data_dir`) the head file.
    Breaks before an acknowledgement (`acknowledge`) count as known. `from_id`
    checks only the entries from that id on (`verify_on_open`). Reads only."""
    verdict = Verdict()
    (before,) = conn.execute("SELECT count(*) FROM audit WHERE id < ?", (from_id,)).fetchone()
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (CHAIN_FROM,)).fetchone()
    chain_from = int(row[0]) if row else 0
    (known,) = conn.execute("SELECT coalesce(max(id), 0) FROM audit WHERE event = ?",
                            (ACKNOWLEDGED,)).fetchone()
    # One pass in SQL: each entry's MAC recomputed over the stored MAC before it.
    rows = conn.execute(
        f"SELECT id, at, mac, {ENTRY_FUNCTION}(coalesce(lag(mac) OVER (ORDER BY id), "
        "(SELECT mac FROM audit WHERE id < ? ORDER BY id DESC LIMIT 1), ?), "
        f"id, at, event, case_ref, who, detail), case_id IS NULL "
        f"OR {REF_FUNCTION}(case_id) IS case_ref FROM audit WHERE id >= ? ORDER BY id",
        (from_id, GENESIS, from_id)).fetchall()
    # From the middle, the gap check starts at the entry before the window.
    prev_id = conn.execute("SELECT max(id) FROM audit WHERE id < ?", (from_id,)).fetchone()[0]
    found: list[Message] = []
    for n, (entry_id, at, mac, expected, ref_ok) in enumerate(rows, before + 1):
        if entry_id > known:
            if mac is None or not hmac.compare_digest(str(expected), str(mac)) or not ref_ok:
                found.append(msg("audit.entry_broken", number=n, at=str(at)))
            if prev_id is not None and prev_id >= chain_from and entry_id != prev_id + 1:
                found.append(msg("audit.entries_removed_before", number=n, at=str(at)))
        prev_id = entry_id
    verdict.problems = found[:3]
    if len(found) > 3:
        verdict.problems.append(msg("audit.total", count=len(found)))
    verdict.entries = before + len(rows)
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit'").fetchone()
    (last_id,) = conn.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()
    if seq is not None and int(seq[0]) != last_id:
        verdict.problems.append(msg("audit.newest_removed"))
    if data_dir is not None:
        verdict.problems += _check_head(conn, Path(data_dir))
    return verdict


def verify_on_open(conn: Any, data_dir: Path, today: dt.date | None = None) -> Verdict:
    """What an unlock checks: the whole chain on the first open of a day (about
    16 µs an entry), otherwise the entries after the last one verified (every
    older one was checked in full earlier today), and always the head."""
    day = (today or dt.date.today()).isoformat()
    marks = dict(conn.execute("SELECT key, value FROM settings WHERE key IN (?, ?)",
                              (VERIFIED_ON, VERIFIED_TO)).fetchall())
    upto = marks.get(VERIFIED_TO, "")
    in_full = not (marks.get(VERIFIED_ON) == day and upto.isdigit())
    verdict = verify(conn, data_dir, from_id=0 if in_full else int(upto) + 1)
    if verdict.ok:
        (last_id,) = conn.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()
        new_marks = {VERIFIED_TO: str(last_id)}
        if in_full:
            new_marks[VERIFIED_ON] = day
        for key, value in new_marks.items():
            conn.execute("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) "
                         "DO UPDATE SET value = excluded.value", (key, value))
    return verdict


def _check_head(conn: Any, data_dir: Path) -> list[Message]:
    data = read_head(data_dir)
    if data is None:
        written = conn.execute("SELECT 1 FROM settings WHERE key = ?",
                               (HEAD_WRITTEN,)).fetchone()
        return [msg("audit.head_missing", file=HEAD_FILE)] if written else []
    try:
        head = Head(int(data["count"]), int(data["last_id"]), str(data["mac"]))
        store_id, head_mac = str(data["store_id"]), str(data["head_mac"])
    except (KeyError, TypeError, ValueError):
        return [msg("audit.head_damaged", file=HEAD_FILE)]
    if store_id != _store_id(conn):
        return [msg("audit.head_other_store", file=HEAD_FILE)]
    if not hmac.compare_digest(_head_mac(conn, store_id, head), head_mac):
        return [msg("audit.head_changed", file=HEAD_FILE)]
    # Ids are never reused and entries never deleted, so the head's last entry must
    # still be there, unchanged (an index lookup, cheap enough for every event).
    (last_id,) = conn.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()
    if last_id < head.last_id:
        return [msg("audit.log_shorter", count=head.count)]
    if head.count == 0:
        return []
    at_head = conn.execute("SELECT id, mac FROM audit WHERE id = ?",
                           (head.last_id,)).fetchone()
    if at_head is None or at_head[1] != head.mac:
        return [msg("audit.log_replaced")]
    return []


# -- the program's own changes of the chain --------------------------------------

def note_restore(before: dict[str, Any] | None) -> str | None:
    """After a restore put an older store in place: the detail for its
    `backup_restored` entry (how long the replaced log was, from the head file read
    before the restore) — the log is shorter on purpose now. The caller logs the
    event and then writes the head with `force`."""
    count = before.get("count") if before else None
    return f"loggen før: {count} oppføringar" if isinstance(count, int) else None


def rekey_audit_chain(conn: Any, old_data_key: bytes, new_data_key: bytes,
                      data_dir: Path | None = None) -> Verdict:
    """Move the chain to a new data key (for a re-key of the store): verify under
    the old key, re-compute every case reference and MAC under the new one in one
    transaction (a savepoint inside the caller's), and with `data_dir` write the
    head. Returns what the verification under the old key found: a chain already
    broken before the re-key is for the caller to report (the re-key must not hide
    it). Deleted cases' entries keep their old case reference (nothing to compute
    it from). Without `data_dir` (re-keying a copy), the caller writes the head
    with `write_head(..., force=True)` once the copy is the store."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(audit)")}
    if "mac" not in columns:
        # A store from before the chain (schema < 3): its migration will seal the
        # log under whatever key opens it then, so there is nothing to move.
        attach(conn, new_data_key)
        return Verdict()
    attach(conn, old_data_key)
    before = verify(conn, data_dir)
    attach(conn, new_data_key)
    with _all_or_nothing(conn):
        seal_all(conn)
    if data_dir is not None:
        write_head(conn, data_dir, force=True)
    return before


@contextlib.contextmanager
def _all_or_nothing(conn: Any) -> Iterator[None]:
    """Every entry re-MACed, or none: a savepoint, inside the caller's transaction
    when there is one (the store's own `transaction` lives above this module)."""
    conn.execute("SAVEPOINT rekey_audit_chain")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK TO rekey_audit_chain")
        conn.execute("RELEASE rekey_audit_chain")
        raise
    conn.execute("RELEASE rekey_audit_chain")


def head_path(data_dir: Path) -> Path:
    """Where the chain's head is kept."""
    return Path(data_dir) / HEAD_FILE


def os_account() -> str:
    """The operating-system account running the program, from the OS itself (never
    from LOGNAME/USER/USERNAME, which anyone can set). Never a name from a case."""
    if os.name == "nt":  # pragma: no cover - Windows only
        return _windows_account()
    import pwd

    uid = os.getuid()
    try:
        return pwd.getpwuid(uid).pw_name[:64]
    except KeyError:  # no passwd entry for this uid (containers)
        return f"uid-{uid}"


def _windows_account() -> str:  # pragma: no cover - Windows only
    import ctypes

    size = ctypes.c_ulong(257)
    buf = ctypes.create_unicode_buffer(size.value)
    if ctypes.windll.advapi32.GetUserNameW(buf, ctypes.byref(size)):  # type: ignore[attr-defined]
        return str(buf.value)[:64]
    return "ukjend"



def acknowledge(conn: Any, data_dir: Path, log: Any) -> Verdict:
    """Someone (IT) has looked at a broken chain: log that, with how many problems
    were seen, and start the head afresh. Breaks before this entry are then
    reported as known, not as new. `log(event, detail)` writes the entry."""
    verdict = verify(conn, data_dir)
    log(ACKNOWLEDGED, f"{len(verdict.problems)} avvik sett")
    write_head(conn, data_dir, force=True)
    return verdict
