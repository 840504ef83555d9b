"""Run the benchmarks: `python benchmarks/run.py [--quick] [--json FILE]`.

Prints a table of every figure with its baseline from the same run, the ratio and
the target; `--json FILE` writes the same as a list of objects with the keys name,
value, unit, baseline, ratio, target (and note). `--quick` uses small sizes and
finishes within a minute.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path

if __package__ in (None, ""):
    # Run as a script: make the repository root importable for `benchmarks.*`.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import Context, Figure, skipped
from benchmarks.registry import FIGURES


def _fmt(x: float | None, digits: int = 1) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def table(figures: list[Figure]) -> str:
    rows = [("figure", "value", "baseline", "ratio", "target", "ok")]
    for f in figures:
        ok = {True: "yes", False: "NO", None: "—"}[f.met]
        rows.append((f.name, f"{_fmt(f.value)} {f.unit}" if f.value is not None else "skipped",
                     _fmt(f.baseline), f"{_fmt(f.ratio, 2)}×" if f.ratio else "—", f.target, ok))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    notes = [f"  {f.name}: {f.note}" for f in figures if f.note]
    return "\n".join(lines + (["", "notes:"] + notes if notes else []))


def run(quick: bool, cases: list[int], only: str | None = None,
        cache: Path | None = None) -> list[Figure]:
    ctx = Context(quick=quick, cases=cases, store_cache=cache)
    results: list[Figure] = []
    try:
        for fn in FIGURES:
            if only and only not in fn.__name__:
                continue
            started = time.perf_counter()
            print(f"measuring {fn.__module__.split('.')[-1]}.{fn.__name__} …", flush=True)
            try:
                results.extend(fn(ctx))
            except Exception as exc:  # one broken figure must not hide the others
                traceback.print_exc()
                results.append(skipped(fn.__name__, "", "", f"failed: {exc!r}"))
            print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    finally:
        ctx.cleanup()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, under a minute")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the figures as JSON")
    parser.add_argument("--cases", metavar="N,N", help="store sizes (default 100,1000,10000; quick 10,40)")
    parser.add_argument("--only", metavar="NAME", help="only figures whose function name has NAME")
    parser.add_argument("--cache", type=Path, metavar="DIR",
                        help="keep the synthetic stores in DIR and reuse them in later runs "
                             "(10,000 cases take ~5 minutes to make and ~7 GB)")
    args = parser.parse_args(argv)
    if args.cases:
        cases = [int(n) for n in args.cases.split(",")]
    else:
        cases = [10, 40] if args.quick else [100, 1000, 10000]
    figures = run(args.quick, cases, args.only, args.cache)
    print()
    print(table(figures))
    if args.json:
        args.json.write_text(json.dumps([f.as_json() for f in figures], ensure_ascii=False,
                                        indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
