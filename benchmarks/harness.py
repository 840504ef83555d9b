"""What a figure is, the context figures share, and timing helpers.

The machine is shared and noisy, so every figure is measured against a baseline in
the same run, the two interleaved (subject, baseline, subject, …) and reduced to
medians: a ratio holds where absolute times drift.
"""

from __future__ import annotations

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

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

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
        }


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

    @property
    def repeats(self) -> int:
        return 5 if self.quick else 15

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
