"""The benchmark harness runs and writes its JSON in the documented shape.
No test asserts a time: only that figures, baselines and ratios are there."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import run
from benchmarks.harness import Figure, combine, pin, skipped
from benchmarks.registry import FIGURES

KEYS = {"name", "value", "unit", "baseline", "ratio", "target", "note", "runs", "spread"}


def test_quick_run_on_a_tiny_store_writes_figures_with_baselines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bench.json"
    assert run.main(["--quick", "--sizes", "2", "--only", "search", "--json", str(out),
                     "--cache", str(tmp_path / "stores")]) == 0
    figures = json.loads(out.read_text("utf-8"))
    assert len(figures) == 1
    [fig] = figures
    assert set(fig) == KEYS
    assert fig["name"].startswith("full-text search, 2 cases")
    assert fig["unit"] == "ms" and fig["target"] == "≤ 1.5×"
    assert fig["value"] > 0 and fig["baseline"] > 0
    assert fig["ratio"] == pytest.approx(fig["value"] / fig["baseline"], rel=0.01)
    assert fig["runs"] == 1 and fig["spread"] is None
    printed = capsys.readouterr().out
    assert "full-text search, 2 cases" in printed and "ratio" in printed
    # The header says where and how it ran; the store is kept for the next run.
    assert "CPUs: " in printed and "Qt platform: " in printed and "1 run" in printed
    assert any((tmp_path / "stores").glob("store-2-*/complete"))


def test_three_runs_are_one_figure_with_the_median_and_the_spread_of_the_ratio() -> None:
    runs = [Figure("s", value=v, unit="ms", baseline=b, target="≤ 1.5×", target_ratio=1.5)
            for v, b in ((12.0, 10.0), (30.0, 10.0), (14.0, 10.0))]
    fig = combine(runs)
    assert fig.value == 14.0 and fig.baseline == 10.0
    assert fig.ratio == pytest.approx(1.4) and fig.spread == "1.20–3.00×"
    assert fig.met is True
    assert fig.as_json()["runs"] == 3 and fig.as_json()["spread"] == "1.20–3.00×"
    assert "1.20–3.00×" in run.table([fig])


def test_a_figure_is_met_only_when_the_ratio_and_the_absolute_value_hold() -> None:
    both = {"unit": "ms", "target": "≤ 100 ms and ≤ 3×", "target_ratio": 3.0,
            "target_value": 100.0}
    assert Figure("a", value=90.0, baseline=40.0, **both).met is True  # type: ignore[arg-type]
    assert Figure("b", value=120.0, baseline=60.0, **both).met is False  # type: ignore[arg-type]
    assert Figure("c", value=90.0, baseline=20.0, **both).met is False  # type: ignore[arg-type]


def test_runs_of_several_figures_combine_by_name() -> None:
    first = [Figure("x", 1.0, "ms", 1.0), Figure("y", 2.0, "ms", 1.0)]
    second = [Figure("x", 3.0, "ms", 1.0), Figure("y", 4.0, "ms", 1.0)]
    combined = run._combined([first, second])
    assert [(f.name, f.value, len(f.runs)) for f in combined] == [("x", 2.0, 2), ("y", 3.0, 2)]


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="Linux only")
def test_the_run_pins_itself_and_its_children_to_the_chosen_cpus() -> None:
    before = os.sched_getaffinity(0)
    one = frozenset({min(before)})
    try:
        pin(one)
        assert os.sched_getaffinity(0) == one
        child = subprocess.run([sys.executable, "-c", "import os; print(sorted(os.sched_getaffinity(0)))"],
                               capture_output=True, text=True, check=True)
        assert child.stdout.strip() == str(sorted(one))
    finally:
        os.sched_setaffinity(0, before)


def test_table_shows_skipped_figures_and_their_reason() -> None:
    figures = [
        Figure("a", value=3.0, unit="ms", baseline=2.0, target="≤ 1.3×", target_ratio=1.3),
        skipped("b", "ms", "≤ 80 ms", "no canvas yet"),
    ]
    text = run.table(figures)
    assert "1.50×" in text and "NO" in text
    assert "skipped" in text and "b: no canvas yet" in text
    assert figures[1].as_json()["value"] is None


def test_every_registered_figure_is_a_function_of_a_benchmarks_module() -> None:
    assert FIGURES
    assert all(fn.__module__.startswith("benchmarks.") for fn in FIGURES)


def test_a_kept_store_of_an_older_schema_is_moved_and_migrated(tmp_path: Path) -> None:
    from benchmarks.store_figures import _cache_name, brought_forward
    from samtaleduk.store import db
    from samtaleduk.store.schema import SCHEMA_VERSION
    from samtaleduk.store.store import Store
    from tests.conftest import TEST_PASSPHRASE

    older = tmp_path / _cache_name(2, SCHEMA_VERSION - 1)
    shutil.copytree(Path(__file__).parent / "fixtures" / f"store_v{SCHEMA_VERSION - 1}", older)
    info = {"passphrase": TEST_PASSPHRASE, "cases": 1, "meetings": 1, "notes": 1}
    (older / "complete").write_text(json.dumps(info))

    kept = brought_forward(tmp_path, 2)

    assert kept is not None and kept.data_dir == tmp_path / _cache_name(2)
    assert (kept.cases, kept.meetings) == (1, 1)
    assert not older.exists()
    assert not (kept.data_dir / "backups").exists()  # no backup of a synthetic store
    with Store.open(kept.data_dir, TEST_PASSPHRASE) as store:
        assert db.user_version(store.conn) == SCHEMA_VERSION
        assert store.search("nuvv")  # the migration ran: names have their own table
    assert brought_forward(tmp_path / "empty", 2) is None
