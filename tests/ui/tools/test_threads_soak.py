"""Soak: the UI test files that used to segfault, run again and again in fresh
interpreters (issue 15). Marked slow; run with

    SAMTALEDUK_SOAK_RUNS=200 .venv/bin/pytest -m slow tests/ui/tools/test_threads_soak.py

A crash (a signal, not a failed assertion) in any run fails the soak and names it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
FILES = [
    "tests/ui/dialogs/test_trust_dialogs.py",
    "tests/ui/dialogs/test_handover_dialogs.py",
    "tests/ui/controllers/test_lock.py",
    "tests/ui/dialogs/test_rekey_dialog.py",
    "tests/ui/dialogs/test_print_dialog.py",
    "tests/ui/tools/test_jobs.py",
]


@pytest.mark.slow
def test_threaded_ui_tests_never_crash() -> None:
    runs = int(os.environ.get("SAMTALEDUK_SOAK_RUNS", "20"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    crashes: list[str] = []
    for n in range(1, runs + 1):
        done = subprocess.run(
            [sys.executable, "-X", "faulthandler", "-m", "pytest", "-p", "no:cacheprovider",
             "-q", "-m", "not slow", *FILES],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
        if done.returncode < 0 or done.returncode not in (0, 1):
            crashes.append(f"run {n}: exit {done.returncode}\n{done.stderr[-2000:]}")
        else:
            assert done.returncode == 0, f"run {n} failed:\n{done.stdout[-3000:]}"
        print(f"soak run {n}/{runs}: exit {done.returncode}", file=sys.stderr)
    assert not crashes, "\n\n".join(crashes)
