"""My cases now at scale: the overview read from its read model (`store.due`),
against the case list on the same store, and against what it avoids (reading each
open case's latest meeting)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from benchmarks.harness import Context, Figure, interleaved_ms
from benchmarks.store_figures import synthetic
from benchmarks.synthetic import PASSPHRASE
from samtaleduk.domain.model import Meeting
from samtaleduk.overview.build import read
from samtaleduk.store import stored_json
from samtaleduk.store.due import due_entries
from samtaleduk.store.store import Store

TODAY = dt.date(2025, 3, 1)
"""Inside the synthetic cases' meeting dates, so every section has lines."""


def overview(ctx: Context) -> list[Figure]:
    """`overview.build.read` at each size, against `list_cases` (the case list the
    window shows, summary columns only) and against parsing every open case's latest
    meeting for the same items."""
    figures = []
    for n in ctx.cases:
        made = synthetic(ctx, n)
        with Store.open(made.data_dir, PASSPHRASE) as store:
            conn = store.conn
            shown = read(store, TODAY)
            lines = len(shown.items())

            def subject(store: Store = store) -> None:
                read(store, TODAY)

            def case_list(store: Store = store) -> None:
                store.list_cases()

            def every_meeting(conn: Any = conn) -> None:
                rows = conn.execute(
                    "SELECT m.data FROM cases c JOIN meetings m ON m.id = (SELECT id FROM "
                    "meetings WHERE case_id = c.id ORDER BY number DESC LIMIT 1) "
                    "WHERE c.status = 'open'")
                for (data,) in rows:
                    due_entries(stored_json.read(Meeting, data))

            value, base = interleaved_ms(subject, case_list, ctx.repeats)
            figures.append(Figure(
                name=f"my cases now (overview), {n} open cases, {lines} lines",
                value=value, unit="ms", baseline=base, target="≤ 5×", target_ratio=5.0,
                note="baseline: the case list (list_cases) on the same store; the overview "
                     "also reads ~9 dated items per case and shows ~3.4 lines per case"))
            value, base = interleaved_ms(subject, every_meeting, max(3, ctx.repeats // 3))
            figures.append(Figure(
                name=f"my cases now, {n} open cases, against reading their meetings",
                value=value, unit="ms", baseline=base, target="≤ 0.2×", target_ratio=0.2,
                note="baseline: parsing each open case's latest meeting JSON for its items"))
    return figures
