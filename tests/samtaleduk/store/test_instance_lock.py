"""A second process cannot open a store that is open: not the app, not the CLI."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from samtaleduk.store import instance_lock
from samtaleduk.store.instance_lock import StoreBusy
from samtaleduk.store.store import FAST_KDF, Store, store_file
from tests.conftest import TEST_PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]

HOLDER = """
import sys
from pathlib import Path
from samtaleduk.store.store import Store
store = Store.open(Path(sys.argv[1]), sys.argv[2])
print("open", flush=True)
sys.stdin.read()   # hold the store until the test closes our stdin
store.close()
"""


def _holder(folder: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder), TEST_PASSPHRASE],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "open"
    return proc


def _cli(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SAMTALEDUK_PASSPHRASE": TEST_PASSPHRASE}
    return subprocess.run([sys.executable, "-m", "samtaleduk", "--data-dir", str(folder), *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


def test_second_process_is_refused_until_the_first_closes(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    Store.create(folder, TEST_PASSPHRASE, FAST_KDF).close()
    proc = _holder(folder)
    files = [store_file(folder), folder / "samtaleduk.db-wal"]
    before = [f.read_bytes() for f in files]
    try:
        with pytest.raises(StoreBusy, match="alt ope i ein annan Samtaleduk \\(prosess \\d+\\)"):
            Store.open(folder, TEST_PASSPHRASE)
        result = _cli(folder, "cases")
        assert result.returncode == 1
        assert "alt ope i ein annan Samtaleduk" in result.stderr
        assert "Traceback" not in result.stderr
        assert [f.read_bytes() for f in files] == before  # the refusals wrote nothing
    finally:
        proc.communicate("", timeout=30)
    assert proc.returncode == 0
    Store.open(folder, TEST_PASSPHRASE).close()


def test_lock_of_a_killed_process_is_not_stale(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    Store.create(folder, TEST_PASSPHRASE, FAST_KDF).close()
    proc = _holder(folder)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.close()
    proc.stdout.close()
    # The operating system dropped the lock with the process; no pid guessing needed.
    with Store.open(folder, TEST_PASSPHRASE) as store:
        assert store.check_integrity()


def test_lock_is_shared_within_one_process(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    first = Store.create(folder, TEST_PASSPHRASE, FAST_KDF)
    second = Store.open(folder, TEST_PASSPHRASE)
    first.close()
    assert instance_lock.held_here(folder)  # the second store still holds it
    second.close()
    assert not instance_lock.held_here(folder)
    assert instance_lock.lock_path(folder).read_bytes() == b""  # no pid left behind
