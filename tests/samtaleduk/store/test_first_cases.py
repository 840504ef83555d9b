"""`first_cases`: the case list's first screen read alone at unlock (issue 16)."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from samtaleduk.domain.model import Case, CaseStatus
from samtaleduk.store import db
from samtaleduk.store.reads import _SUMMARY
from samtaleduk.store.store import Store
from samtaleduk.store.summaries import CaseSummary

NAMES = ["Familien Ødegård", "familien ødegård", "Familien Aas", "Familien Åsen",
         "Ærlege Ola", "Zander", "Familien Zeta", "Ylva", "Øystein", "ylva", "Ylva"]


def _undated_last(s: CaseSummary) -> dt.date:
    return s.next_meeting_date or dt.date.max


@pytest.fixture
def many(store: Store) -> Store:
    """70 cases: names that differ only by case or by æ/ø/å, the same name twice,
    both statuses, next meetings on shared dates and none."""
    rng = random.Random(16)
    dates = [dt.date(2026, 1, 5), dt.date(2026, 1, 12), dt.date(2025, 11, 30), None]
    for i in range(70):
        name = NAMES[i % len(NAMES)] if i % 3 else f"{rng.choice(NAMES)} {i}"
        status = CaseStatus.CLOSED if i % 5 == 0 else CaseStatus.OPEN
        case = Case(name=name, template_id="familie", status=status)
        store.save_case(case)
        date = rng.choice(dates)
        with db.transaction(store.conn) as c:
            c.execute("UPDATE cases SET next_meeting_date = ? WHERE id = ?",
                      (date.isoformat() if date else None, str(case.id)))
    return store


@pytest.mark.parametrize("status", [CaseStatus.OPEN, CaseStatus.CLOSED])
@pytest.mark.parametrize("count", [1, 7, 20, 56, 100])
def test_the_first_cases_are_the_start_of_the_lists_first_order(
        many: Store, status: CaseStatus, count: int) -> None:
    # The case list's first order: by next meeting, undated last, stable over
    # list_cases' order (by name the Norwegian way, equal names as stored).
    whole = sorted((s for s in many.list_cases() if s.status == status), key=_undated_last)
    assert many.first_cases(status, count) == whole[:count]


def test_a_renamed_case_moves_in_the_first_order(many: Store) -> None:
    first = many.first_cases(CaseStatus.OPEN, 100)
    last = many.get_case(first[-1].id)
    many.save_case(last.model_copy(update={"name": "Aaberg"}))
    with db.transaction(many.conn) as c:
        c.execute("UPDATE cases SET next_meeting_date = NULL WHERE id = ?", (str(last.id),))
    again = many.first_cases(CaseStatus.OPEN, 100)
    undated = [s.name for s in again if s.next_meeting_date is None]
    assert undated[0] == "Aaberg"


@pytest.mark.parametrize("dated", ["IS NOT NULL ORDER BY next_meeting_date,", "IS NULL ORDER BY"])
def test_the_first_cases_are_read_by_the_index_not_by_reading_every_case(
        store: Store, dated: str) -> None:
    plan = store.conn.execute(
        f"EXPLAIN QUERY PLAN {_SUMMARY} WHERE status = ? AND next_meeting_date {dated} "
        "name_sort_key, rowid LIMIT ?", ("open", 10)).fetchall()
    details = " ".join(row[-1] for row in plan)
    assert "USING INDEX cases_first" in details
    assert "TEMP B-TREE" not in details  # no sort of every matching row


def test_every_case_read_apart_is_the_list_through_a_connection_of_its_own(
        many: Store) -> None:
    assert many.list_cases_apart() == many.list_cases()
    # Not the store's own connection: a case it has not committed is not seen.
    with db.transaction(many.conn):
        many.save_case(Case(name="Familien Uferdig", template_id="familie"))
        assert "Familien Uferdig" in [s.name for s in many.list_cases()]
        assert "Familien Uferdig" not in [s.name for s in many.list_cases_apart()]
    assert "Familien Uferdig" in [s.name for s in many.list_cases_apart()]
