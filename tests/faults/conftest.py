"""The fault-injection suite: every test here carries the `faults` marker.

Each test reproduces a fault found when the program was tried as a careless day
or an attacker would (issue "Trust, second round") and asserts the fixed
behaviour: nothing lost, a clear Norwegian message, no traceback, nothing
deleted, the true state reported.
"""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test collected under tests/faults/ with `faults`."""
    for item in items:
        if "tests/faults/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.faults)


# --- fixtures of the disk, folder and damage faults (issue 13, points 1–4, 6, 8) ---

import contextlib  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

from tests.conftest import TEST_PASSPHRASE  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
INJECT = os.environ.get("SAMTALEDUK_FAULTS_INJECT") == "1"
"""Force the injected fallbacks (no tmpfs, no unprivileged process) to test them."""


@dataclass
class MadeStore:
    folder: Path
    case_id: str
    notes: int
    """Notes in the store (all of them, also those saved after the newest backup)."""
    after_backup: int
    """Notes saved after the newest backup (lost if that backup were restored)."""


def _count_notes(folder: Path) -> int:
    from samtaleduk.store.store import Store

    with Store.open(folder, TEST_PASSPHRASE) as store:
        return sum(len(c.notes) for case in store.list_cases()
                   for m in store.list_meetings(case.id) for c in m.fields.values())


@pytest.fixture
def count_notes() -> Callable[[Path], int]:
    """Open the store in a folder and count its notes (every meeting, every field)."""
    return _count_notes


def _make_store(folder: Path, after_backup: int = 13, backups: int = 1) -> MadeStore:
    import datetime as dt

    from samtaleduk.domain.model import Note
    from samtaleduk.store import backup
    from samtaleduk.store.store import FAST_KDF, Store
    from samtaleduk.templates.model import FieldKind
    from tests.samtaleduk.trust.trust_support import family, marked_case

    with Store.create(folder, TEST_PASSPHRASE, FAST_KDF) as store:
        case = marked_case(store, "Vern", meetings=1, edits=2)
        for i in range(backups):
            backup.make_backup(store, "manual",
                               now=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=10 - i))
        (meeting,) = store.list_meetings(case.id)
        notes = family().fields_of_kind(FieldKind.NOTES)[0].id
        for i in range(after_backup):
            meeting.field(notes).notes.append(Note(text=f"Etter tryggingskopien {i}"))
            store.save_meeting(meeting)
    total = _count_notes(folder)
    return MadeStore(folder, str(case.id), total, after_backup)


@pytest.fixture
def make_store() -> Callable[..., MadeStore]:
    """Make a store in a folder: a case, `backups` verified backups, then
    `after_backup` notes saved after the newest one (closed again)."""
    return _make_store


def flip_byte(path: Path, offset: int) -> None:
    """Flip one bit of the byte at `offset` of `path` (in place)."""
    with open(path, "r+b") as fh:
        fh.seek(offset)
        byte = fh.read(1)
        fh.seek(offset)
        fh.write(bytes([byte[0] ^ 0x10]))


@pytest.fixture
def flip() -> Callable[[Path, int], None]:
    return flip_byte


def page_of_table(folder: Path, table: str) -> int:
    """The root page number of `table` in the store in `folder`."""
    from samtaleduk.store.store import Store

    with Store.open(folder, TEST_PASSPHRASE) as store:
        row = store.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                                 (table,)).fetchone()
    return int(row[0])


def _can_mount() -> bool:
    if INJECT or sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    probe = Path(tempfile.mkdtemp(prefix="sd-mount-"))
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)],
                              capture_output=True)
        if done.returncode != 0:
            return False
        subprocess.run(["umount", str(probe)], check=True)
        return True
    finally:
        probe.rmdir()


CAN_MOUNT = _can_mount()


@dataclass
class SmallDisk:
    """A small disk mounted at `root` (tmpfs), or, injected, an ordinary folder
    whose faults are made by SAMTALEDUK_FAULTS_INJECT and a patched SQLite."""

    root: Path
    real: bool
    monkeypatch: pytest.MonkeyPatch
    _filler: Path | None = None

    def fill(self, leave: int = 0) -> None:
        """Fill the disk until only `leave` bytes are free."""
        if not self.real:
            inject_full(self.monkeypatch, self.root)
            return
        filler = self.root / "filler"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            for size in (65536, 4096, 512):
                with contextlib.suppress(OSError):
                    while True:
                        os.write(fd, b"\0" * size)
        finally:
            os.close(fd)
        if leave:
            os.truncate(filler, max(0, filler.stat().st_size - leave))
        self._filler = filler

    def free(self) -> None:
        """Make room again."""
        if not self.real:
            self.monkeypatch.undo()
            return
        if self._filler is not None:
            self._filler.unlink()
            self._filler = None


def inject_full(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """The injected full disk: SQLite's read-write opens fail with SQLITE_IOERR (as
    when -wal/-shm cannot grow), writes of files in the folder fail with ENOSPC,
    and the folder probe reports ENOSPC."""
    import sqlcipher3

    from samtaleduk.store import db

    real_connect = sqlcipher3.connect

    class Full(sqlcipher3.dbapi2.OperationalError):
        sqlite_errorcode = 10
        sqlite_errorname = "SQLITE_IOERR"

    class Conn:
        def __init__(self, conn: object) -> None:
            self._c = conn

        def execute(self, sql: str, *args: object) -> object:
            if sql.startswith("SELECT count(*) FROM sqlite_master"):
                raise Full("disk I/O error")
            return self._c.execute(sql, *args)  # type: ignore[attr-defined]

        def __getattr__(self, name: str) -> object:
            return getattr(self._c, name)

    def connect(database: str, *args: object, **kwargs: object) -> object:
        conn = real_connect(database, *args, **kwargs)
        return conn if kwargs.get("uri") else Conn(conn)

    monkeypatch.setattr(db.sqlcipher3, "connect", connect)
    monkeypatch.setenv("SAMTALEDUK_FAULTS_INJECT", "ENOSPC")
    real_write = os.write

    def write(fd: int, data: bytes) -> int:
        if "store.lock" in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(28, "No space left on device")
        return real_write(fd, data)

    if sys.platform == "linux":
        monkeypatch.setattr(os, "write", write)


@pytest.fixture
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SmallDisk]:
    """A 3 MB tmpfs (root, Linux), else the injected full disk."""
    root = tmp_path / "disk"
    root.mkdir()
    if CAN_MOUNT:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(root)],
                       check=True)
    disk = SmallDisk(root, CAN_MOUNT, monkeypatch)
    try:
        yield disk
    finally:
        if CAN_MOUNT:
            subprocess.run(["umount", "-l", str(root)], check=False)


@contextlib.contextmanager
def read_only_mount(folder: Path) -> Iterator[bool]:
    """Make `folder` read-only for everyone, root too (a read-only bind mount).
    Yields False when that cannot be done here (then the caller injects EROFS)."""
    if not CAN_MOUNT:
        yield False
        return
    subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
    subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
    try:
        yield True
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _unprivileged_prefix() -> list[str] | None:
    """A command prefix that runs a process without root's right to ignore file
    permissions (same uid, every capability dropped), or None."""
    if INJECT or sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("setpriv"):
        return None
    prefix = ["setpriv", "--bounding-set=-all", "--inh-caps=-all"]
    done = subprocess.run([*prefix, sys.executable, "-c", "pass"], capture_output=True)
    return prefix if done.returncode == 0 else None


UNPRIVILEGED = _unprivileged_prefix()


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch,
            capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """Run `samtaleduk ARGS` in this process (so injected faults apply); with
    `unprivileged=True` in a subprocess without root's file rights."""
    def run(*args: str, unprivileged: bool = False) -> Run:
        monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", TEST_PASSPHRASE)
        if unprivileged:
            assert UNPRIVILEGED is not None
            env = {**os.environ, "PYTHONPATH": str(ROOT)}
            done = subprocess.run([*UNPRIVILEGED, sys.executable, "-m", "samtaleduk", *args],
                                  cwd=ROOT, env=env, capture_output=True, text=True,
                                  timeout=120)
            return Run(done.returncode, done.stdout, done.stderr)
        from samtaleduk import cli
        from samtaleduk.cli import common

        monkeypatch.setattr(common, "_last_opened", None, raising=False)
        capsys.readouterr()
        try:
            code = cli.main(list(args))
        except BaseException as exc:  # noqa: BLE001 - a traceback is the failure shown
            import traceback

            out = capsys.readouterr()
            return Run(99, out.out, out.err + "Traceback:\n" + "".join(
                traceback.format_exception(exc)))
        out = capsys.readouterr()
        return Run(code, out.out, out.err)

    return run
