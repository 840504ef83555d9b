"""Dates typed the Norwegian way (samtaleduk.domain.dates)."""

from __future__ import annotations

import datetime as dt
import doctest

import pytest

from samtaleduk.domain import dates
from samtaleduk.domain.dates import format_norwegian_date, parse_norwegian_date

TODAY = dt.date(2026, 12, 5)


def test_the_examples_in_the_docstrings_hold() -> None:
    result = doctest.testmod(dates)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize(("typed", "meant"), [
    ("6.10", dt.date(2026, 10, 6)),
    ("6.10.", dt.date(2026, 10, 6)),
    ("6.10.26", dt.date(2026, 10, 6)),
    ("06.10.26", dt.date(2026, 10, 6)),
    ("6.10.2026", dt.date(2026, 10, 6)),
    ("06.10.2026", dt.date(2026, 10, 6)),
    ("06102026", dt.date(2026, 10, 6)),
    ("061026", dt.date(2026, 10, 6)),
    ("0610", dt.date(2026, 10, 6)),
    ("6-10-2026", dt.date(2026, 10, 6)),
    ("6/10/26", dt.date(2026, 10, 6)),
    ("2026-10-06", dt.date(2026, 10, 6)),
    ("29.2.28", dt.date(2028, 2, 29)),
    ("1.1.99", dt.date(2099, 1, 1)),
])
def test_a_typed_date_means_what_a_norwegian_reader_reads(typed: str, meant: dt.date) -> None:
    assert parse_norwegian_date(typed, TODAY) == meant


@pytest.mark.parametrize("typed", [
    "", " ", "6", "06.12.1", "6.10.202", "31.02.2026", "29.2.27", "32.1", "1.13.2026",
    "0.1.2026", "6..10", "a.b.c", "6.10.2026.", "123", "0610202", "٠٦.١٠.٢٠٢٦",
])
def test_what_is_not_a_date_is_refused(typed: str) -> None:
    assert parse_norwegian_date(typed, TODAY) is None


def test_dates_are_written_as_the_duk_writes_them() -> None:
    assert format_norwegian_date(dt.date(2026, 3, 1)) == "01.03.2026"
    for d in (dt.date(2026, 1, 1), dt.date(2030, 12, 31)):
        assert parse_norwegian_date(format_norwegian_date(d), TODAY) == d
