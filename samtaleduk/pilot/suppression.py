"""Small counts are never shown: every count under 5 reads "< 5".

Hiding a small count is not enough when other figures add up to it: with "active
cases 12", "opened 9" and nothing else, the 3 cases carried into the period can be
worked out. So each figure that is a sum of others is given as a constraint
(`total = part + part + …`), parts that are not printed included, and the report
works out all it can the way a reader would: a sum with one unknown figure tells
it, and a figure so found helps with the next sum. While that finds a figure under
5, the smallest shown figure it was found from is hidden too ("secondary
suppression"). A figure of 5 or more that can be worked out does no harm.

It follows sums one at a time, as a reader with a pencil does; it does not solve
many sums at once as a system of equations (docs/pilot-figures.md).
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
    """The printed figures to show as "< 5": those under the threshold, and as many
    more as it takes so that no figure under it can be worked out, one sum after
    another, from what is shown."""
    printed_set = set(printed)
    suppressed = {k for k in printed_set if values[k] < THRESHOLD}
    while (more := _leak(values, printed_set, suppressed, constraints)) is not None:
        suppressed.add(more)
    return suppressed


def _leak(values: Mapping[str, int], printed: set[str], suppressed: set[str],
          constraints: Sequence[Constraint]) -> str | None:
    """A printed figure to hide because a figure under the threshold can be worked
    out; None when none can."""
    known = printed - suppressed
    source: dict[str, Constraint] = {}
    changed = True
    while changed:  # a sum with one unknown figure tells it; repeat until none does
        changed = False
        for c in constraints:
            missing = [k for k in (c.total, *c.parts) if k not in known]
            if len(missing) == 1 and c.parts:  # a sum of nothing is 0 of no one
                known.add(missing[0])
                source[missing[0]] = c
                changed = True
    small = sorted(k for k in source if values[k] < THRESHOLD)
    if not small:
        return None
    # Walk back from the figure worked out to a shown figure it was worked out from.
    todo, seen = [small[0]], set()
    while todo:
        key = todo.pop(0)
        if key in seen:
            continue
        seen.add(key)
        rule = source[key]
        others = [k for k in (rule.total, *rule.parts) if k != key]
        shown = [k for k in others if k in printed and k not in suppressed]
        if shown:
            return min(shown, key=lambda k: (values[k], k))
        todo += [k for k in others if k in source]
    raise AssertionError("a figure was worked out from nothing shown")  # pragma: no cover
