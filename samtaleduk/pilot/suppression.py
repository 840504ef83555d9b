"""Small counts are never shown: every count under 5 reads "< 5".

Hiding a small count is not enough when other figures add up to it: with "active
cases 12", "opened 9" and nothing else, the 3 cases carried into the period can be
worked out. So each figure that is a sum of others is given as a constraint
(`total = part + part + …`), parts that are not printed included (`hidden`), and
while some constraint leaves exactly one unknown figure that is under 5, the
smallest printed figure of that constraint is hidden too ("secondary suppression").
A hidden figure of 5 or more that can be worked out does no harm and is left alone.

This is the usual rule of statistics offices for one-way and two-way tables; it
does not try to solve systems of many constraints at once (docs/pilot-figures.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

THRESHOLD = 5
"""Counts below this (0 to 4) are shown as "< 5"."""

SUPPRESSED_TEXT = f"< {THRESHOLD}"


@dataclass(frozen=True)
class Constraint:
    """`total` is the sum of `parts` (keys of figures, printed or hidden)."""

    total: str
    parts: tuple[str, ...]


def suppressed_keys(values: Mapping[str, int], printed: Iterable[str],
                    constraints: Sequence[Constraint]) -> set[str]:
    """The printed figures to show as "< 5": those under the threshold, and those
    hidden so that no figure under it can be worked out from a constraint."""
    printed_set = set(printed)
    small = {k for k, v in values.items() if v < THRESHOLD}
    suppressed = small & printed_set
    unknown = suppressed | (set(values) - printed_set)
    changed = True
    while changed:
        changed = False
        for c in constraints:
            cells = (c.total, *c.parts)
            missing = [k for k in cells if k in unknown]
            if len(missing) != 1 or values[missing[0]] >= THRESHOLD:
                continue
            known = [k for k in cells if k not in unknown]
            if not known:
                continue
            pick = min(known, key=lambda k: (values[k], k))
            unknown.add(pick)
            suppressed.add(pick)
            changed = True
    return suppressed
