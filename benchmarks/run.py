"""Run the benchmarks: `python -m benchmarks.run [--quick] [--sizes N,N] [--json FILE]`.

Prints a header (CPUs, Qt platform, runs, sizes), then a table of every figure with
its baseline from the same run, the ratio and the target. The whole set of figures
is run three times (`--rounds`) and each figure shown as the median of its runs,
with the spread of its ratio (min–max over the runs); `--quick` uses small sizes,
fewer repetitions and one run, and says so. A figure is "met" only when every part
of its target holds (`harness.Figure.met`). Every measurement runs pinned to the
same CPUs (`--cpus`; children inherit it). Synthetic stores are kept in
`.bench-cache/` (keyed by the generator's source and the schema version) and
reused by later runs. `--json FILE` writes the figures as a list of objects with
the keys name, value, unit, baseline, ratio, target, note, runs and spread.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from pathlib import Path

if __package__ in (None, ""):
    # Run as a script: make the repository root importable for `benchmarks.*`.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import Context, Figure, combine, pin, skipped
from benchmarks.registry import FIGURES

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CACHE = ROOT / ".bench-cache"
"""Kept synthetic stores (ignored by git): a 10,000-case store takes minutes to make."""
CHILD_QT_PLATFORM = "offscreen"
"""What the child processes (cold start, unlock, memory) are started with."""


def _fmt(x: float | None, digits: int = 1) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def table(figures: list[Figure]) -> str:
    rows = [("figure", "value", "baseline", "ratio", "spread", "target", "ok")]
    for f in figures:
        ok = {True: "yes", False: "NO", None: "—"}[f.met]
        rows.append((f.name, f"{_fmt(f.value)} {f.unit}" if f.value is not None else "skipped",
                     _fmt(f.baseline), f"{_fmt(f.ratio, 2)}×" if f.ratio else "—",
                     f.spread or "—", f.target, ok))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    notes = [f"  {f.name}: {f.note}" for f in figures if f.note]
    return "\n".join(lines + (["", "notes:"] + notes if notes else []))


def qt_platform() -> str:
    """The Qt platform the figures ran on: this process's (if it made a Qt
    application) and the children's."""
    here = os.environ.get("QT_QPA_PLATFORM") or "Qt's default"
    gui = sys.modules.get("PySide6.QtGui")
    if gui is not None and gui.QGuiApplication.instance() is not None:
        here = gui.QGuiApplication.platformName()
    return f"{here} (in process), {CHILD_QT_PLATFORM} (child processes)"


def header(ctx: Context) -> str:
    cpus = ",".join(map(str, sorted(ctx.cpus))) or "not pinned"
    runs = (f"{ctx.rounds} runs, median and ratio spread (min–max) shown" if ctx.rounds > 1
            else "1 run (no spread shown)")
    mode = "quick: small sizes, fewer repetitions, " if ctx.quick else ""
    return "\n".join([
        f"CPUs: {cpus} (subject and baseline alike; child processes inherit it)",
        f"Qt platform: {qt_platform()}",
        f"runs: {mode}{runs}; {ctx.repeats} repetitions per measurement",
        f"store sizes: {', '.join(map(str, ctx.cases))} cases; stores kept in "
        f"{ctx.store_cache or 'a scratch folder (not kept)'}",
    ])


def run(quick: bool, cases: list[int], only: str | None = None,
        cache: Path | None = None, rounds: int = 1,
        cpus: frozenset[int] = frozenset()) -> list[Figure]:
    """Every registered figure (or those whose function name has `only`), `rounds`
    times over, combined per figure (`harness.combine`)."""
    pin(cpus)
    ctx = Context(quick=quick, cases=cases, store_cache=cache, rounds=rounds, cpus=cpus)
    print(header(ctx), flush=True)
    names = only.split(",") if only else []
    chosen = [fn for fn in FIGURES if not names or any(n in fn.__name__ for n in names)]
    measured: list[list[list[Figure]]] = [[] for _ in chosen]  # figure function, run, figures
    try:
        for round_no in range(1, rounds + 1):
            if rounds > 1:
                print(f"run {round_no} of {rounds}", flush=True)
            for i, fn in enumerate(chosen):
                started = time.perf_counter()
                print(f"measuring {fn.__module__.split('.')[-1]}.{fn.__name__} …", flush=True)
                try:
                    measured[i].append(fn(ctx))
                except Exception as exc:  # one broken figure must not hide the others
                    traceback.print_exc()
                    measured[i].append([skipped(fn.__name__, "", "", f"failed: {exc!r}")])
                print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    finally:
        ctx.cleanup()
    print(f"Qt platform used: {qt_platform()}", flush=True)
    return [figure for runs in measured for figure in _combined(runs)]


def _combined(runs: list[list[Figure]]) -> list[Figure]:
    """The figures of one function over its runs, matched by name (a run that
    failed or skipped some keeps its own)."""
    if len(runs) == 1:
        return runs[0]
    by_name: dict[str, list[Figure]] = {}
    for figures in runs:
        for f in figures:
            by_name.setdefault(f.name, []).append(f)
    return [combine(group) for group in by_name.values()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="small sizes, fewer repetitions, one run; under 30 s")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the figures as JSON")
    parser.add_argument("--sizes", "--cases", dest="sizes", metavar="N,N",
                        help="store sizes in cases (default 100,1000,10000; quick 10,40)")
    parser.add_argument("--only", metavar="NAME[,NAME]",
                        help="only figures whose function name has one of the NAMEs")
    parser.add_argument("--rounds", type=int, metavar="N",
                        help="runs of the whole set (default 3; quick 1)")
    parser.add_argument("--cpus", metavar="N,N",
                        help="the CPUs to pin every measurement to (default: all this "
                             "process may use, pinned so that no side moves)")
    parser.add_argument("--cache", type=Path, metavar="DIR", default=DEFAULT_CACHE,
                        help="keep the synthetic stores in DIR and reuse them in later runs "
                             "(default .bench-cache; 10,000 cases take minutes and GBs)")
    parser.add_argument("--no-cache", action="store_true",
                        help="make the synthetic stores afresh in a scratch folder")
    args = parser.parse_args(argv)
    if args.sizes:
        cases = [int(n) for n in args.sizes.split(",")]
    else:
        cases = [10, 40] if args.quick else [100, 1000, 10000]
    rounds = args.rounds or (1 if args.quick else 3)
    if args.cpus:
        cpus = frozenset(int(n) for n in args.cpus.split(","))
    else:
        cpus = frozenset(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
            else frozenset()
    cache = None if args.no_cache else args.cache
    figures = run(args.quick, cases, args.only, cache, rounds, cpus)
    print()
    print(table(figures))
    if args.json:
        args.json.write_text(json.dumps([f.as_json() for f in figures], ensure_ascii=False,
                                        indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
