"""The pilot's figures as a value: tables of counts (each "< 5" where it must be)
and medians, with labels in nynorsk, bokmål and English. No names, no free text,
no ids of cases or meetings: only counts, day counts and the duk's own words."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from samtaleduk.pilot.suppression import SUPPRESSED_TEXT

Words = dict[str, str]
"""A label in nn, nb and en."""


@dataclass(frozen=True)
class Count:
    """One count as it may be shown: `value` is None when it is under 5 (or must be
    hidden so that a count under 5 cannot be worked out)."""

    value: int | None

    @property
    def suppressed(self) -> bool:
        return self.value is None

    def text(self) -> str:
        """The count as printed: the number, or "< 5"."""
        return SUPPRESSED_TEXT if self.value is None else str(self.value)

    def json(self) -> int | str:
        return SUPPRESSED_TEXT if self.value is None else self.value


@dataclass(frozen=True)
class Line:
    """A row or a column of a table: a key for machines and its label."""

    key: str
    label: Words


@dataclass(frozen=True)
class Table:
    key: str
    title: Words
    rows: tuple[Line, ...]
    columns: tuple[Line, ...]
    counts: dict[tuple[str, str], Count]
    """(row key, column key) → the count."""
    note: Words | None = None

    def count(self, row: str, column: str) -> Count:
        return self.counts[(row, column)]


@dataclass(frozen=True)
class Median:
    """A median number of days over `n` values; both hidden when n is under 5 (a
    median of one or two values is a person's own figure)."""

    key: str
    label: Words
    n: Count
    days: int | None


@dataclass(frozen=True)
class PilotReport:
    start: dt.date
    end: dt.date
    tables: tuple[Table, ...]
    medians: tuple[Median, ...]

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)

    def median(self, key: str) -> Median:
        return next(m for m in self.medians if m.key == key)


def words(nn: str, nb: str, en: str) -> Words:
    return {"nn": nn, "nb": nb, "en": en}


def say(label: Words, lang: str) -> str:
    """`label` in `lang`, falling back to bokmål."""
    return label.get(lang) or label["nb"]
