"""kill -9 in the middle of a stream of edits: every edit reported as committed is
there after the restart, and the store passes its integrity check.

Starting Python for every kill would take most of the time, so one helper process
imports everything once and forks a writer per round (a fork is a new process: it
dies by SIGKILL like any other). The writer opens the store, then appends a note
"edit N" and saves, printing N after each commit returns.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from samtaleduk.store.store import FAST_KDF, Store
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.trust.trust_support import marked_case

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="os.fork and /proc: the Linux CI runs it")

ZYGOTE = r"""
import os, sys, uuid
from pathlib import Path
from samtaleduk.domain.model import Note
from samtaleduk.store.store import Store

folder, passphrase, meeting_id, field = sys.argv[1:5]
for command in sys.stdin:
    while True:  # reap writers killed earlier
        try:
            if os.waitpid(-1, os.WNOHANG)[0] == 0:
                break
        except ChildProcessError:
            break
    if os.fork() == 0:
        out = os.fdopen(1, "w", buffering=1)
        out.write(f"pid {os.getpid()}\n")
        store = Store.open(Path(folder), passphrase)
        meeting = store.get_meeting(uuid.UUID(meeting_id))
        done = [int(n.text.split()[1]) for n in meeting.field(field).notes
                if n.text.startswith("edit ")]
        n = max(done, default=0)
        while True:
            n += 1
            meeting.field(field).notes.append(Note(text=f"edit {n}"))
            store.save_meeting(meeting)
            out.write(f"{n}\n")
"""


@pytest.fixture
def stream(_isolated_data_dir: Path) -> Iterator[tuple[subprocess.Popen[str], str, str]]:
    with Store.create(_isolated_data_dir, TEST_PASSPHRASE, FAST_KDF) as store:
        case = marked_case(store, "Krasj", meetings=1, edits=1)
        (meeting,) = store.list_meetings(case.id)
        field = next(fid for fid, c in meeting.fields.items() if c.notes)
    zygote = subprocess.Popen(
        [sys.executable, "-c", ZYGOTE, str(_isolated_data_dir), TEST_PASSPHRASE,
         str(meeting.id), field],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
    yield zygote, str(meeting.id), field
    assert zygote.stdin is not None
    zygote.stdin.close()
    zygote.wait(timeout=30)
    assert zygote.stdout is not None
    zygote.stdout.close()


def _dead(pid: int) -> bool:
    """True once the process has exited (a zombie until its parent reaps it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("Z", "X")


def _rounds(stream: tuple[subprocess.Popen[str], str, str], folder: Path, rounds: int,
            seed: int) -> int:
    zygote, meeting_id, field = stream
    assert zygote.stdin is not None and zygote.stdout is not None
    rng = random.Random(seed)
    reported = 0
    for _ in range(rounds):
        zygote.stdin.write("go\n")
        zygote.stdin.flush()
        while True:
            # Numbers the previous (killed) writer printed after we stopped reading
            # come first: printed means committed, so they count as reported.
            line = zygote.stdout.readline().split()
            if line[0] == "pid":
                pid = int(line[1])
                break
            reported = max(reported, int(line[0]))
        # Sometimes kill before the first edit (while opening), mostly mid-stream.
        for _ in range(rng.choice([0, 1, 2, 3, 5, 8, 13])):
            reported = int(zygote.stdout.readline())
        os.kill(pid, signal.SIGKILL)
        while not _dead(pid):
            pass  # a few microseconds: SIGKILL is not deferred
        with Store.open(folder, TEST_PASSPHRASE) as store:
            assert store.check_integrity()
            notes = store.get_meeting(uuid.UUID(meeting_id)).field(field).notes
            saved = {int(n.text.split()[1]) for n in notes if n.text.startswith("edit ")}
            assert set(range(1, reported + 1)) <= saved, (reported, sorted(saved)[-3:])
    return reported


def test_kill_9_twenty_times(stream: tuple[subprocess.Popen[str], str, str],
                             _isolated_data_dir: Path) -> None:
    assert _rounds(stream, _isolated_data_dir, rounds=20, seed=7) > 20


@pytest.mark.slow
def test_kill_9_two_hundred_times(stream: tuple[subprocess.Popen[str], str, str],
                                  _isolated_data_dir: Path) -> None:
    assert _rounds(stream, _isolated_data_dir, rounds=200, seed=11) > 200
