"""The benchmark harness runs and writes its JSON in the documented shape.
No test asserts a time: only that figures, baselines and ratios are there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import run
from benchmarks.harness import Figure, skipped
from benchmarks.registry import FIGURES

KEYS = {"name", "value", "unit", "baseline", "ratio", "target", "note"}


def test_quick_run_on_a_tiny_store_writes_figures_with_baselines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bench.json"
    assert run.main(["--quick", "--cases", "2", "--only", "search", "--json", str(out)]) == 0
    figures = json.loads(out.read_text("utf-8"))
    assert len(figures) == 1
    [fig] = figures
    assert set(fig) == KEYS
    assert fig["name"].startswith("full-text search, 2 cases")
    assert fig["unit"] == "ms" and fig["target"] == "≤ 1.5×"
    assert fig["value"] > 0 and fig["baseline"] > 0
    assert fig["ratio"] == pytest.approx(fig["value"] / fig["baseline"], rel=0.01)
    printed = capsys.readouterr().out
    assert "full-text search, 2 cases" in printed and "ratio" in printed


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
