"""Every figure the benchmark run measures, in the order of the table.

A figure is a function `fn(ctx: Context) -> list[Figure]` in a module of this
package; to add one, write it there and list it here. A figure that cannot be
measured in this run returns `harness.skipped(...)` with the reason.
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks import (
    app_figures,
    canvas_figures,
    evaluation_figures,
    overview_figures,
    printing_figures,
    save_figures,
    sql_figures,
    startup,
    store_figures,
)
from benchmarks.harness import Context, Figure

FIGURES: list[Callable[[Context], list[Figure]]] = [
    startup.cold_start,
    store_figures.unlock_and_list,
    app_figures.unlock_to_list,
    app_figures.peak_memory,
    store_figures.note_edit,
    save_figures.typing_edit,
    save_figures.two_hour_meeting,
    store_figures.search,
    overview_figures.overview,
    store_figures.growth,
    evaluation_figures.compare_big,
    evaluation_figures.journey,
    printing_figures.family_duk_a3,
    printing_figures.big_duk,
    canvas_figures.canvas,
    sql_figures.sqlite_utils_paths,
]
