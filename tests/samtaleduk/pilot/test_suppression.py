"""Small counts are never shown, nor can they be worked out from the others."""

from __future__ import annotations

import datetime as dt
import json

from samtaleduk.pilot import PilotReport, pilot_report
from samtaleduk.pilot.suppression import Constraint, suppressed_keys
from samtaleduk.pilot.tables import to_csv, to_json, to_text
from samtaleduk.printing.pilot_report import pilot_pdf
from samtaleduk.store.store import Store
from tests.samtaleduk.pilot.cases import haugland_times
from tests.samtaleduk.printing.pdfcheck import flat

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_a_small_count_hides_the_smallest_other_part_of_its_sum() -> None:
    values = {"total": 12, "a": 3, "b": 9}
    assert suppressed_keys(values, values, [Constraint("total", ("a", "b"))]) == {"a", "b"}


def test_a_small_part_that_is_not_printed_hides_a_printed_one() -> None:
    # "active 12, opened 9": the 3 carried in could be worked out.
    values = {"active": 12, "opened": 9, "carried_in": 3}
    found = suppressed_keys(values, ["active", "opened"],
                            [Constraint("active", ("opened", "carried_in"))])
    assert found == {"opened"}


def test_a_large_part_that_is_not_printed_needs_nothing_hidden() -> None:
    values = {"active": 20, "opened": 9, "carried_in": 11}
    assert suppressed_keys(values, ["active", "opened"],
                           [Constraint("active", ("opened", "carried_in"))]) == set()


def test_hiding_spreads_through_a_two_way_table() -> None:
    # rows r1, r2 and their totals; columns c1, c2 and theirs.
    v = {"r1c1": 2, "r1c2": 10, "r1": 12, "r2c1": 8, "r2c2": 9, "r2": 17,
         "c1": 10, "c2": 19, "all": 29}
    rules = [Constraint("r1", ("r1c1", "r1c2")), Constraint("r2", ("r2c1", "r2c2")),
             Constraint("c1", ("r1c1", "r2c1")), Constraint("c2", ("r1c2", "r2c2")),
             Constraint("all", ("r1", "r2")), Constraint("all", ("c1", "c2"))]
    found = suppressed_keys(v, v, rules)
    # Hiding 2 and the 10 beside it is not enough: 8 under it is then told by its
    # column (10 − 8) ... a reader with a pencil finds nothing under 5.
    assert {"r1c1", "r1c2"} <= found
    assert "all" not in found
    assert not {k for k in worked_out(v, set(v) - found, rules) if v[k] < 5}


def worked_out(values: dict[str, int], shown: set[str], rules: list[Constraint]) -> set[str]:
    """Every figure a reader can find from `shown`, one sum at a time."""
    known = set(shown)
    while True:
        found = {m[0] for r in rules
                 if len(m := [k for k in (r.total, *r.parts) if k not in known]) == 1}
        if not found:
            return known
        known |= found


def _every_line_hides_none_or_two(report: PilotReport) -> None:
    for t in report.tables:
        totals_row = t.rows[-1].key in ("all", "total")
        totals_col = t.columns[-1].key == "total"
        if totals_row:
            for c in t.columns:
                hidden = [t.count(r.key, c.key).suppressed for r in t.rows]
                assert sum(hidden) != 1, (t.key, c.key)
        if totals_col:
            for r in t.rows:
                hidden = [t.count(r.key, c.key).suppressed for c in t.columns]
                assert sum(hidden) != 1, (t.key, r.key)


def test_three_cases_show_no_count_under_five_anywhere(store: Store) -> None:
    haugland_times(store, 3)
    report = pilot_report(store, *YEAR)
    cases = report.table("cases")
    assert all(cases.count(r.key, "count").suppressed for r in cases.rows)
    meetings = report.table("meetings")
    # 9 meetings: 3 first and 6 follow-ups; with the first hidden, the follow-ups
    # would tell it (9 − 6), so one more is hidden.
    assert meetings.count("first", "count").suppressed
    assert sum(meetings.count(r.key, "count").suppressed for r in meetings.rows) >= 2
    _every_line_hides_none_or_two(report)
    for t in report.tables:
        for count in t.counts.values():
            assert count.value is None or count.value >= 5
    for m in report.medians:
        assert m.days is None or m.n.value is None or m.n.value >= 5

    for lang in ("nn", "nb", "en"):
        text = to_text(report, lang)
        csv_text = to_csv(report, lang)
        data = json.dumps(to_json(report, lang))
        pdf = flat(pilot_pdf(report, lang))
        for shown in (text, csv_text, pdf):
            assert "< 5" in shown
        assert '"< 5"' in data
        rows = [line.rsplit(",", 1)[1] for line in csv_text.splitlines()[1:]]
        assert all(v in ("< 5", "") or int(v) >= 5 for v in rows)
