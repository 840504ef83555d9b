"""The pilot's figures over the whole store (issue 19: "the report over 10,000 cases").

The report reads the JSON of every meeting in the period (and each case's meeting
before it) once, with `json.loads`, into small facts. Its baseline is loading the
same meetings as models (`Meeting.model_validate_json`), the first step of any view
of them: the ratio says whether the report costs less than merely loading what it
counts the ordinary way.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from benchmarks.harness import Context, Figure, interleaved_ms
from benchmarks.store_figures import synthetic
from benchmarks.synthetic import PASSPHRASE
from samtaleduk.domain.model import Meeting
from samtaleduk.pilot import pilot_report
from samtaleduk.pilot.facts import MEETINGS_READ
from samtaleduk.store.store import Store

PERIOD = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
"""A year inside the synthetic meetings (they run from 2024 into 2026)."""


def pilot_figures(ctx: Context) -> list[Figure]:
    figures = []
    for n in ctx.cases:
        made = synthetic(ctx, n)
        params = {"start": PERIOD[0].isoformat(), "end": PERIOD[1].isoformat()}
        with Store.open(made.data_dir, PASSPHRASE) as store:
            meetings = store.conn.execute(f"SELECT count(*) FROM ({MEETINGS_READ})",
                                          params).fetchone()[0]

            def subject(store: Store = store) -> None:
                pilot_report(store, *PERIOD)

            def as_models(conn: Any = store.conn, params: dict[str, str] = params) -> None:
                for row in conn.execute(MEETINGS_READ, params):
                    Meeting.model_validate_json(row[5])

            repeats = ctx.repeats if n <= 1000 else 3
            value, base = interleaved_ms(subject, as_models, repeats, warmup=0 if n > 1000 else 1)
        figures.append(Figure(
            name=f"pilot figures for a year, {n} cases × 12 meetings ({meetings} meetings read)",
            value=value, unit="ms", baseline=base, target="≤ 0.8×", target_ratio=0.8,
            note="baseline: the same meetings loaded as models (Meeting.model_validate_json)"))
    return figures
