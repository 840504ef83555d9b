"""Dates as people type them on a Norwegian form: "6.10", "6.10.26", "06.10.2026",
"06102026". The canvas's date blanks read what was typed with this parser, so a
date typed quickly in a meeting means what a Norwegian reader would take it to mean.

>>> today = dt.date(2026, 12, 5)
>>> parse_norwegian_date("6.10.26", today)
datetime.date(2026, 10, 6)
>>> parse_norwegian_date("06.10.2026", today)
datetime.date(2026, 10, 6)
>>> parse_norwegian_date("6.10", today)
datetime.date(2026, 10, 6)
>>> parse_norwegian_date("06102026", today)
datetime.date(2026, 10, 6)
>>> parse_norwegian_date("31.02.2026", today) is None
True
>>> format_norwegian_date(dt.date(2026, 10, 6))
'06.10.2026'
"""

from __future__ import annotations

import datetime as dt
import re

_SEPARATED = re.compile(r"^(\d{1,2})[.\-/ ](\d{1,2})(?:[.\-/ ](\d{2}|\d{4})?)?$", re.ASCII)
"""Day and month, and maybe a two- or four-digit year, between dots (or - / space);
a trailing dot after the month ("6.10.") is allowed, as people write it."""

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$", re.ASCII)

_DIGITS_ONLY = {4, 6, 8}
"""Lengths of dates typed without separators: ddmm, ddmmyy, ddmmyyyy."""


def _year(text: str, today: dt.date) -> int:
    """The year a person meant: none given is this year, two digits are 20xx."""
    if not text:
        return today.year
    year = int(text)
    return 2000 + year if len(text) == 2 else year


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_norwegian_date(text: str, today: dt.date) -> dt.date | None:
    """The date `text` means in Norwegian day-month-year order, or None when it
    is not a date (31.02.2026, a one- or three-digit year, letters).

    Accepted: d.m, d.m., d.m.yy, d.m.yyyy (one or two digits for day and month;
    "-", "/" or a space may stand for the dot), ddmm, ddmmyy, ddmmyyyy, and the
    ISO form yyyy-mm-dd. A missing year is `today`'s; two-digit years are 20xx.

    >>> today = dt.date(2026, 12, 5)
    >>> parse_norwegian_date("1.3", today), parse_norwegian_date("1.3.", today)
    (datetime.date(2026, 3, 1), datetime.date(2026, 3, 1))
    >>> parse_norwegian_date("1/3-27", today)
    datetime.date(2027, 3, 1)
    >>> parse_norwegian_date("0103", today), parse_norwegian_date("010327", today)
    (datetime.date(2026, 3, 1), datetime.date(2027, 3, 1))
    >>> parse_norwegian_date(" 2026-10-06 ", today)
    datetime.date(2026, 10, 6)
    >>> [parse_norwegian_date(t, today) for t in ("", "6", "06.12.1", "6.10.202", "a.b")]
    [None, None, None, None, None]
    """
    text = text.strip()
    if m := _SEPARATED.match(text):
        return _date(_year(m.group(3) or "", today), int(m.group(2)), int(m.group(1)))
    if m := _ISO.match(text):
        return _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if text.isascii() and text.isdigit() and len(text) in _DIGITS_ONLY:
        return _date(_year(text[4:], today), int(text[2:4]), int(text[:2]))
    return None


def format_norwegian_date(value: dt.date) -> str:
    """A date as the duk writes it: dd.mm.yyyy."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
