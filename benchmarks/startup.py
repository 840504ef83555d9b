"""Cold start: `samtaleduk` against a bare PySide6 script, to the first window drawn
and to the first moment it accepts typing ("usable": the passphrase field has the
focus and takes a key).

Each start is a new Python process (the operating system's file cache is warm, and
the bytecode compiled, after a first, uncounted start of each). Time runs from just before the process is spawned
to the first paint of a top-level window, and to the first key the focused field
takes, as the child reports them (`first_window.py`). The Qt platform the child
ran on is named in the notes.
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
USABLE = "cold start to typing accepted (usable)"


def _start(args: list[str]) -> dict[str, str]:
    """The child's lines by key, with the two times as ms since the spawn."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("SAMTALEDUK_PASSPHRASE", None)
    # An installed program starts from compiled bytecode (pip and the Windows
    # bundle compile it): the uncounted first start writes it, as installing would.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    spawned = time.time()
    result = subprocess.run([sys.executable, str(CHILD), *args], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    out: dict[str, str] = {}
    for line in result.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in ("FIRST_PAINT", "USABLE"):
            out[key] = str((float(value) - spawned) * 1000)
        elif key == "PLATFORM":
            out[key] = value
    if "FIRST_PAINT" not in out:
        tail = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"exit {result.returncode}: {tail}")
    return out


def cold_start(ctx: Context) -> list[Figure]:
    repeats = 2 if ctx.quick else 9
    try:
        # The first start of each fills the file cache; it is not counted.
        _start(["bare"])
        _start(["bare-input"])
        _start(["app", str(ctx.scratch("start-data"))])
        runs: dict[str, list[dict[str, str]]] = {"bare": [], "bare-input": [], "app": []}
        for _ in range(repeats):
            runs["bare"].append(_start(["bare"]))
            runs["bare-input"].append(_start(["bare-input"]))
            runs["app"].append(_start(["app", str(ctx.scratch("start-data"))]))
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        return [skipped(NAME, "ms", "≤ 1.5×", f"the app did not start: {exc}"),
                skipped(USABLE, "ms", "≤ 1.5×", f"the app did not start: {exc}")]

    def median(kind: str, key: str) -> float | None:
        values = [float(r[key]) for r in runs[kind] if key in r]
        return statistics.median(values) if len(values) == len(runs[kind]) else None

    platform = runs["app"][0].get("PLATFORM", "?")
    usable = median("app", "USABLE")
    figures = [Figure(
        name=NAME, value=median("app", "FIRST_PAINT"), unit="ms",
        baseline=median("bare", "FIRST_PAINT"), target="≤ 1.5×", target_ratio=1.5,
        note=f"baseline: a bare PySide6 script showing an empty QMainWindow; "
             f"Qt platform: {platform}")]
    if usable is None:
        figures.append(skipped(USABLE, "ms", "≤ 1.5×",
                               "the passphrase field never took a key"))
    else:
        figures.append(Figure(
            name=USABLE, value=usable, unit="ms", baseline=median("bare-input", "USABLE"),
            target="≤ 1.5×", target_ratio=1.5,
            note=f"a key posted to the focused field after the first paint landed; baseline: a bare "
                 f"PySide6 script with one focused QLineEdit; Qt platform: {platform}"))
    return figures
