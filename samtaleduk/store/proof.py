"""Proving that a store file is damaged, without writing a byte.

A store is called damaged only when that is proved, never because SQLite could
not open it (a full disk, a folder without write rights and a stray -wal file all
make SQLite fail too). The proof reads the files with plain Python:

- Every SQLCipher page carries an HMAC-SHA512 over its ciphertext, IV and page
  number, under a key derived from the data key and the file's salt (SQLCipher 4
  defaults: 4096-byte pages, 80 reserved bytes, PBKDF2-HMAC-SHA512 with 2
  iterations over the salt xor 0x3a). `scan_pages` checks each one.
- When every page authenticates but one does not, the file is damaged (proved:
  the key fits the file, and bytes changed). When no page authenticates, the key
  does not belong to this file (a key file from another store): that is not
  damage of the file and nothing is put aside.
- When every page authenticates, SQLite's own b-tree check (`quick_check`) on a
  read-only, immutable connection decides (it writes no -wal/-shm).

The WAL is checked the same way, frame by frame (`scan_wal`): SQLite's running
checksum tells where SQLite would stop reading; the HMAC tells whether a frame
was written with this store's key. A WAL whose committed frames SQLite would drop
(a flipped byte) or that belongs to another store is reported, so the caller can
keep it aside and say so instead of losing its work in silence.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

PAGE_SIZE = 4096
RESERVE = 80
"""SQLCipher 4's reserved bytes per page: 16-byte IV and 64-byte HMAC-SHA512."""
IV_SIZE = 16
SALT_SIZE = 16
HMAC_SALT_MASK = 0x3A
FAST_KDF_ITER = 2
LOCK_BYTE_PAGE = 0x40000000 // PAGE_SIZE + 1
"""The page holding SQLite's "pending byte" (at 1 GiB), which its file locks use:
SQLite never writes it, so in a store over 1 GiB it is zeros and no HMAC fits.
It holds no data and is not damage."""
STOP_EVERY = 256
"""Pages between two questions to `scan_pages`' `stop` (about a megabyte)."""
WAL_HEADER = 32
FRAME_HEADER = 24
WAL_MAGIC = (0x377F0682, 0x377F0683)


class Verdict(enum.Enum):
    HEALTHY = "healthy"
    DAMAGED = "damaged"
    """Proved: the key fits the file and some of it does not check."""
    FOREIGN_KEY = "foreign_key"
    """No page authenticates with this key: the key file belongs to another store."""
    UNKNOWN = "unknown"
    """Could not be decided (the file could not be read); never treated as damage."""


@dataclass
class PageScan:
    pages: int = 0
    good: int = 0
    bad: list[int] = field(default_factory=list)
    """Page numbers whose HMAC does not check (at most a few are kept)."""
    stopped: bool = False
    """The scan was stopped before the end (`scan_pages`' `stop`)."""


@dataclass
class WalScan:
    frames: int = 0
    """Frames present in the file (whole ones)."""
    valid_frames: int = 0
    """Frames SQLite would read: salts and running checksum fit, up to the last commit."""
    committed_after_break: int = 0
    """Commit frames after the first frame SQLite would reject: work it would drop."""
    foreign_frames: int = 0
    """Frames whose page HMAC does not check with this store's key."""
    header_ok: bool = True

    @property
    def drops_work(self) -> bool:
        """True when SQLite would silently leave out committed work in this WAL."""
        return self.committed_after_break > 0

    @property
    def foreign(self) -> bool:
        """True when frames SQLite would read were not written with this key."""
        return self.foreign_frames > 0


def _hmac_key(data_key: bytes, salt: bytes) -> bytes:
    mask = bytes(b ^ HMAC_SALT_MASK for b in salt)
    return hashlib.pbkdf2_hmac("sha512", data_key, mask, FAST_KDF_ITER, 32)


def page_ok(page: bytes, pgno: int, hmac_key: bytes) -> bool:
    """True when `page` (PAGE_SIZE bytes, number `pgno`) authenticates."""
    if len(page) != PAGE_SIZE:
        return False
    start = SALT_SIZE if pgno == 1 else 0
    end = PAGE_SIZE - RESERVE + IV_SIZE  # ciphertext then IV, as SQLCipher signs it
    mac = hmac.new(hmac_key, page[start:end] + struct.pack("<I", pgno), hashlib.sha512)
    return hmac.compare_digest(mac.digest(), page[end:PAGE_SIZE])


def file_salt(db_path: Path) -> bytes:
    """The SQLCipher salt: the first 16 bytes of the database file."""
    with open(db_path, "rb") as fh:
        return fh.read(SALT_SIZE)


def scan_pages(db_path: Path, data_key: bytes,
               stop: Callable[[], bool] | None = None) -> PageScan:
    """Check the HMAC of every page of the database file (reads only). `stop` is
    asked every `STOP_EVERY` pages; when it says True the scan ends there with
    `PageScan.stopped` set (the background check at unlock: `upkeep`)."""
    result = PageScan()
    with open(db_path, "rb") as fh:
        salt = fh.read(SALT_SIZE)
        if len(salt) < SALT_SIZE:
            return result
        key = _hmac_key(data_key, salt)
        fh.seek(0)
        pgno = 0
        while page := fh.read(PAGE_SIZE):
            pgno += 1
            if stop is not None and pgno % STOP_EVERY == 0 and stop():
                result.stopped = True
                return result
            result.pages += 1
            if pgno == LOCK_BYTE_PAGE or page_ok(page, pgno, key):
                result.good += 1
            elif len(result.bad) < 20:
                result.bad.append(pgno)
    return result


def still_bad(db_path: Path, data_key: bytes, pages: list[int]) -> list[int]:
    """The pages of `pages` that fail their HMAC when read again. A page read while
    SQLite was writing it (a checkpoint while the store is in use) can fail once;
    damage fails every time. A page no longer in the file is not damage."""
    with open(db_path, "rb") as fh:
        key = _hmac_key(data_key, fh.read(SALT_SIZE))
        bad = []
        for pgno in pages:
            fh.seek((pgno - 1) * PAGE_SIZE)
            page = fh.read(PAGE_SIZE)
            if page and not page_ok(page, pgno, key):
                bad.append(pgno)
    return bad


def _checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def scan_wal(wal_path: Path, db_salt: bytes, data_key: bytes) -> WalScan:
    """Walk the WAL as SQLite's recovery would, and check each frame's HMAC."""
    result = WalScan()
    try:
        data = wal_path.read_bytes()
    except FileNotFoundError:
        return result
    if len(data) < WAL_HEADER:
        return result
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(
        ">8I", data[:WAL_HEADER])
    big = magic == WAL_MAGIC[1]
    s0, s1 = _checksum(data[:24], 0, 0, big)
    if magic not in WAL_MAGIC or page_size != PAGE_SIZE or (s0, s1) != (c1, c2):
        # SQLite ignores a WAL whose header does not check: count what it would drop.
        result.header_ok = False
    key = _hmac_key(data_key, db_salt) if len(db_salt) == SALT_SIZE else b""
    frame_size = FRAME_HEADER + page_size if page_size == PAGE_SIZE else 0
    broken = not result.header_ok
    offset = WAL_HEADER
    pending = 0
    while frame_size and offset + frame_size <= len(data):
        head = data[offset:offset + FRAME_HEADER]
        page = data[offset + FRAME_HEADER:offset + frame_size]
        pgno, commit, f_salt1, f_salt2, f1, f2 = struct.unpack(">6I", head)
        result.frames += 1
        if (f_salt1, f_salt2) != (salt1, salt2):
            break  # a frame of an earlier WAL generation: SQLite never reads these
        if not broken:
            s0, s1 = _checksum(head[:8], s0, s1, big)
            s0, s1 = _checksum(page, s0, s1, big)
            if (s0, s1) != (f1, f2):
                broken = True
        if broken:
            if commit:
                result.committed_after_break += 1
        else:
            pending += 1
            if commit:
                result.valid_frames += pending
                pending = 0
            if key and not page_ok(page, pgno, key):
                result.foreign_frames += 1
        offset += frame_size
    return result


def wal_path(db_path: Path) -> Path:
    """The -wal file beside the database file."""
    return db_path.with_name(db_path.name + "-wal")


@dataclass
class Proof:
    verdict: Verdict
    pages: PageScan
    wal: WalScan
    reason: str = ""
    """For the log: which check decided (never content)."""


def btree_ok(db_path: Path, data_key: bytes, with_wal: bool = False) -> bool | None:
    """SQLite's quick_check of the main file on an immutable read-only connection
    (no -wal, no -shm written), or with `with_wal` a read-only one that reads the
    WAL too. None when it cannot be run."""
    import sqlcipher3

    mode = "mode=ro" if with_wal else "mode=ro&immutable=1"
    uri = f"{db_path.resolve().as_uri()}?{mode}"
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None)
    except Exception:  # noqa: BLE001 - cannot decide, which is not damage
        return None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        rows = conn.execute("PRAGMA quick_check").fetchall()
        return bool(rows == [("ok",)])
    except sqlcipher3.dbapi2.DatabaseError as exc:
        from samtaleduk.store.faults import DAMAGE_CODES, sqlite_code

        return False if sqlite_code(exc) in DAMAGE_CODES else None
    finally:
        conn.close()


def prove(db_path: Path, data_key: bytes) -> Proof:
    """Decide whether the store file at `db_path` is damaged (see the module text).
    Reads only; never moves or writes anything."""
    empty = PageScan()
    try:
        pages = scan_pages(db_path, data_key)
        wal = scan_wal(wal_path(db_path), file_salt(db_path), data_key)
    except OSError:
        return Proof(Verdict.UNKNOWN, empty, WalScan(), "unreadable")
    if pages.pages == 0:
        return Proof(Verdict.DAMAGED, pages, wal, "empty")
    if pages.good == 0:
        return Proof(Verdict.FOREIGN_KEY, pages, wal, "no page authenticates")
    if pages.bad:
        return Proof(Verdict.DAMAGED, pages, wal, "page hmac")
    if db_path.stat().st_size % PAGE_SIZE:
        return Proof(Verdict.DAMAGED, pages, wal, "partial page")
    checked = btree_ok(db_path, data_key)
    if checked is False and wal.valid_frames:
        # A checkpoint cut off half-way leaves the main file needing its WAL: then
        # only a check that reads the WAL too can decide.
        checked = btree_ok(db_path, data_key, with_wal=True)
    if checked is None:
        return Proof(Verdict.UNKNOWN, pages, wal, "quick_check could not run")
    if not checked:
        return Proof(Verdict.DAMAGED, pages, wal, "quick_check")
    return Proof(Verdict.HEALTHY, pages, wal, "all pages and b-trees check")
