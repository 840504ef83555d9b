"""Cold start to the first window drawn: `samtaleduk` against a bare PySide6 window.

Each start is a new Python process (the operating system's file cache is warm after a
first, uncounted start of each). Time runs from just before the process is spawned
to the first paint of a top-level window, as the child reports it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.harness import Context, Figure, skipped

ROOT = Path(__file__).resolve().parent.parent
CHILD = Path(__file__).resolve().parent / "first_window.py"
NAME = "cold start to the first window drawn"


def _start_ms(args: list[str]) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("SAMTALEDUK_PASSPHRASE", None)
    spawned = time.time()
    result = subprocess.run([sys.executable, str(CHILD), *args], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    for line in result.stdout.splitlines():
        if line.startswith("FIRST_PAINT "):
            return (float(line.split()[1]) - spawned) * 1000
    tail = (result.stderr.strip().splitlines() or ["no output"])[-1]
    raise RuntimeError(f"exit {result.returncode}: {tail}")


def cold_start(ctx: Context) -> list[Figure]:
    repeats = 2 if ctx.quick else 9
    try:
        # The first start of each fills the file cache; it is not counted.
        _start_ms(["bare"])
        _start_ms(["app", str(ctx.scratch("start-data"))])
        app: list[float] = []
        bare: list[float] = []
        for _ in range(repeats):
            bare.append(_start_ms(["bare"]))
            app.append(_start_ms(["app", str(ctx.scratch("start-data"))]))
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        return [skipped(NAME, "ms", "≤ 1.5×", f"the app did not start: {exc}")]
    return [Figure(
        name=NAME, value=statistics.median(app), unit="ms", baseline=statistics.median(bare),
        target="≤ 1.5×", target_ratio=1.5,
        note="baseline: a bare PySide6 script showing an empty QMainWindow (offscreen)")]
