"""What a figure is, the context figures share, and timing helpers.

The machine is shared and noisy, so every figure is measured against a baseline in
the same run, the two interleaved (subject, baseline, subject, …) and reduced to
medians: a ratio holds where absolute times drift. The whole set of figures is run
several times (`Context.rounds`, three by default) and each figure reported as the
median of its runs with the spread of its ratio (`combine`); subject and baseline,
in this process and in every child process, run on the same CPUs (`pin`).
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Figure:
    """One measured figure. `target_ratio` or `target_value` (in `unit`) says what
    counts as good; `target` is the same in words for the table and the JSON."""

    name: str
    value: float | None
    unit: str
    baseline: float | None = None
    target: str = ""
    target_ratio: float | None = None
    target_value: float | None = None
    note: str = ""
    runs: list[tuple[float | None, float | None]] = field(default_factory=list)
    """(value, baseline) of each run this figure was combined from (`combine`);
    empty for a figure of one run."""

    @property
    def ratio(self) -> float | None:
        """The median of the runs' ratios (each run's subject against the baseline
        measured beside it), or value / baseline for a figure of one run."""
        ratios = self.run_ratios
        if len(ratios) > 1:
            return statistics.median(ratios)
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def run_ratios(self) -> list[float]:
        return [v / b for v, b in self.runs if v is not None and b]

    @property
    def spread(self) -> str:
        """How far the runs were apart: the ratio's min–max over the runs (or the
        value's, for a figure without a baseline); "" for a figure of one run."""
        ratios = self.run_ratios
        if len(ratios) > 1:
            return f"{min(ratios):.2f}–{max(ratios):.2f}×"
        values = [v for v, _ in self.runs if v is not None]
        if len(values) > 1:
            return f"{min(values):.1f}–{max(values):.1f}"
        return ""

    @property
    def met(self) -> bool | None:
        """True/False against the target: met only when every part of it holds (the
        ratio and the absolute value, when both are given); None when there is
        nothing to judge."""
        held = []
        if self.target_ratio is not None and self.ratio is not None:
            held.append(self.ratio <= self.target_ratio)
        if self.target_value is not None and self.value is not None:
            held.append(self.value <= self.target_value)
        return all(held) if held else None

    def as_json(self) -> dict[str, Any]:
        def rounded(x: float | None) -> float | None:
            return None if x is None else round(x, 3)

        return {
            "name": self.name,
            "value": rounded(self.value),
            "unit": self.unit,
            "baseline": rounded(self.baseline),
            "ratio": rounded(self.ratio),
            "target": self.target,
            "note": self.note or None,
            "runs": len(self.runs) or 1,
            "spread": self.spread or None,
        }


def combine(runs: list[Figure]) -> Figure:
    """One figure from the same figure measured in several runs: the median value
    and baseline, the median of the runs' ratios (`Figure.ratio`), and the runs
    kept for the spread. Targets and note are the first run's."""
    first = runs[0]
    values = [f.value for f in runs if f.value is not None]
    baselines = [f.baseline for f in runs if f.baseline is not None]
    return Figure(
        name=first.name, value=statistics.median(values) if values else None, unit=first.unit,
        baseline=statistics.median(baselines) if baselines else None, target=first.target,
        target_ratio=first.target_ratio, target_value=first.target_value, note=first.note,
        runs=[(f.value, f.baseline) for f in runs])


def skipped(name: str, unit: str, target: str, why: str) -> Figure:
    """A figure that could not be measured in this run, and why."""
    return Figure(name=name, value=None, unit=unit, target=target, note=why)


@dataclass
class Context:
    """Shared by every figure in one run: sizes, a scratch folder, cached data."""

    quick: bool
    cases: list[int]
    """Store sizes (number of cases) the store figures run at."""
    workdir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="samtaleduk-bench-")))
    cache: dict[Any, Any] = field(default_factory=dict)
    store_cache: Path | None = None
    """Where synthetic stores are kept between runs (`run.py --cache DIR`), or None."""
    rounds: int = 1
    """How many times the whole set of figures is run (`run.py`: 3, `--quick`: 1)."""
    cpus: frozenset[int] = frozenset()
    """The CPUs every measurement runs on (`pin`); empty when not pinned."""

    @property
    def repeats(self) -> int:
        return 3 if self.quick else 15

    def scratch(self, name: str) -> Path:
        """A new empty folder under the run's scratch folder."""
        path = self.workdir / name
        n = 1
        while path.exists():
            n += 1
            path = self.workdir / f"{name}-{n}"
        path.mkdir(parents=True)
        return path

    def cached(self, key: Any, make: Callable[[], Any]) -> Any:
        """`make()` once per run for `key` (e.g. a synthetic store of one size)."""
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]

    def cleanup(self) -> None:
        shutil.rmtree(self.workdir, ignore_errors=True)


def pin(cpus: frozenset[int]) -> None:
    """Run this process, and every process it starts from now on, on `cpus` only
    (Linux hands a process's CPU affinity down to its children across fork and
    exec): the subject and its baseline, in-process or in a child, share the same
    CPUs. Use `pinned_child` for a child started while other CPUs were allowed."""
    if cpus and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, cpus)


def pinned_child(ctx: Context) -> Callable[[], None] | None:
    """A `preexec_fn` for subprocess that pins the child to the run's CPUs (None when
    the run is not pinned), for figure modules that want to say so explicitly."""
    cpus = ctx.cpus
    if not cpus or not hasattr(os, "sched_setaffinity"):
        return None
    return lambda: os.sched_setaffinity(0, cpus)


def interleaved_ms(subject: Callable[[], Any], baseline: Callable[[], Any],
                   repeats: int, warmup: int = 1) -> tuple[float, float]:
    """Median milliseconds of `subject` and `baseline`, run alternately."""
    for _ in range(warmup):
        subject()
        baseline()
    s: list[float] = []
    b: list[float] = []
    for _ in range(repeats):
        s.append(_ms(subject))
        b.append(_ms(baseline))
    return statistics.median(s), statistics.median(b)


def median_ms(fn: Callable[[], Any], repeats: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    return statistics.median(_ms(fn) for _ in range(repeats))


def _ms(fn: Callable[[], Any]) -> float:
    start = time.perf_counter_ns()
    fn()
    return (time.perf_counter_ns() - start) / 1e6
