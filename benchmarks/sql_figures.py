"""sqlite-utils against the store's hand-written SQL, on the same encrypted store:
the figures behind ARCHITECTURE.md's "SQL by hand; sqlite-utils for rebuilds".

Each figure's value is sqlite-utils doing what the store does, its baseline the
store's own statement; a ratio above 1 is what moving that path to sqlite-utils
would cost. Nothing is judged (target "report"): the figures explain a decision.
"""

from __future__ import annotations

from typing import Any

from benchmarks.harness import Context, Figure, interleaved_ms
from benchmarks.store_figures import synthetic
from benchmarks.synthetic import PASSPHRASE
from samtaleduk.store import db
from samtaleduk.store.store import Store

_CASE_COLUMNS = ("id, name, kind, status, template_id, members, meeting_count, "
                 "last_meeting_date, next_meeting_date, open_actions")


def sqlite_utils_paths(ctx: Context) -> list[Figure]:
    """One meeting's JSON by id, the case list's rows, and a durable save of a case
    row, each through sqlite-utils and through the store's SQL."""
    made = synthetic(ctx, ctx.cases[0])
    with Store.open(made.data_dir, PASSPHRASE) as store:
        conn, utils = store.conn, store.db
        mid = conn.execute("SELECT id FROM meetings LIMIT 1").fetchone()[0]
        cursor = conn.execute("SELECT * FROM cases LIMIT 1")
        row = dict(zip([d[0] for d in cursor.description], cursor.fetchone(), strict=True))
        reps = ctx.repeats * 20

        def query() -> Any:
            return next(utils.query("SELECT data FROM meetings WHERE id = ?", (mid,)))["data"]

        def get() -> Any:
            return utils["meetings"].get(mid)["data"]

        def by_hand() -> Any:
            return conn.execute("SELECT data FROM meetings WHERE id = ?", (mid,)).fetchone()[0]

        def rows_where() -> Any:
            return list(utils["cases"].rows_where(select=_CASE_COLUMNS))

        def list_by_hand() -> Any:
            return conn.execute(f"SELECT {_CASE_COLUMNS} FROM cases").fetchall()

        def upsert() -> None:
            with db.transaction(conn):
                utils["cases"].upsert(row, pk="id")

        def update_by_hand() -> None:
            with db.transaction(conn):
                conn.execute("UPDATE cases SET name=?, kind=?, status=?, template_id=?, "
                             "members=?, data=?, updated_at=? WHERE id=?",
                             (row["name"], row["kind"], row["status"], row["template_id"],
                              row["members"], row["data"], row["updated_at"], row["id"]))

        measured = [
            ("one meeting's JSON by id: db.query", *interleaved_ms(query, by_hand, reps)),
            ("one meeting's JSON by id: table.get", *interleaved_ms(get, by_hand, reps)),
            ("the case list's rows: rows_where", *interleaved_ms(rows_where, list_by_hand, reps)),
            ("save a case row, durable: upsert", *interleaved_ms(upsert, update_by_hand,
                                                                  ctx.repeats * 2)),
        ]
    return [Figure(name=f"sqlite-utils, {name} ({ctx.cases[0]} cases)", value=value, unit="ms",
                   baseline=base, target="report",
                   note="baseline: the store's hand-written statement")
            for name, value, base in measured]
