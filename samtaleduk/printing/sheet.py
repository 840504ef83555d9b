"""Geometry and text fitting for a duk sheet, shared by the filled and blank print.

The grid comes from `Template.grid` (weights) and `Template.layout_cells()`; no
template is known here. Text is fitted into a field by stepping the size down to
a readable minimum; what still does not fit is cut between two items (or, for a
single huge item, between two words) and continues on follow-on pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from samtaleduk.printing.content import Item
from samtaleduk.printing.pages import FOOTER_HEIGHT, MARGIN, style
from samtaleduk.templates.model import Template


@dataclass(frozen=True)
class Metrics:
    """Sizes (points) for one paper format."""

    base: float        # note text, when there is room
    minimum: float     # never smaller than this: the rest continues on a follow-on page
    label: float       # field labels
    title: float       # the sheet's title line
    pad: float         # inside a field
    gap: float         # between fields
    line_step: float   # distance of writing lines on a blank duk
    cont: float        # text on follow-on pages
    cont_columns: int  # columns on follow-on pages


METRICS: dict[str, Metrics] = {
    "a3": Metrics(base=10.5, minimum=7.5, label=11.5, title=15, pad=8, gap=6,
                  line_step=22, cont=10, cont_columns=3),
    "a4": Metrics(base=8.5, minimum=7.0, label=8.5, title=12, pad=5, gap=4,
                  line_step=17, cont=9, cont_columns=2),
}


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height


def grid_rects(template: Template, area: Rect, gap: float) -> dict[str, Rect]:
    """The rectangle of every layout cell, keyed by element id, from the grid's
    column and row weights (rows counted from the top)."""
    grid = template.grid
    col_w = [grid.col_weight(i) for i in range(grid.columns)]
    row_w = [grid.row_weight(i) for i in range(grid.rows)]
    unit_x = area.width / sum(col_w)
    unit_y = area.height / sum(row_w)
    rects: dict[str, Rect] = {}
    for lc in template.layout_cells():
        c = lc.cell
        x = area.x + sum(col_w[: c.col]) * unit_x
        width = sum(col_w[c.col: c.col + c.col_span]) * unit_x
        top = area.top - sum(row_w[: c.row]) * unit_y
        height = sum(row_w[c.row: c.row + c.row_span]) * unit_y
        rects[lc.id] = Rect(x + gap / 2, top - height + gap / 2, width - gap, height - gap)
    return rects


def sheet_area(pagesize: tuple[float, float], m: Metrics) -> tuple[Rect, Rect]:
    """(title band, grid area) of a sheet page."""
    width, height = pagesize
    title_h = m.title * 2.0
    bottom = MARGIN + FOOTER_HEIGHT - 8
    title = Rect(MARGIN, height - MARGIN - title_h, width - 2 * MARGIN, title_h)
    grid = Rect(MARGIN, bottom, width - 2 * MARGIN, title.y - bottom)
    return title, grid


def item_style(size: float) -> ParagraphStyle:
    """Style of an entry in a field: hanging bullet, a little air after."""
    return style(f"item{size}", size, leading=size * 1.22, leftIndent=size * 1.15,
                 bulletIndent=0, bulletFontSize=size,
                 spaceAfter=size * 0.35)


@dataclass
class Placed:
    para: Flowable
    column: int
    offset: float
    """Distance from the top of the content area to the top of the paragraph."""


@dataclass
class Fit:
    """How a field's items went into its box."""

    size: float
    columns: int
    column_width: float
    placed: list[Placed] = field(default_factory=list)
    overflow_from: int | None = None
    """Index of the first item (or part of it) that continues on a follow-on page."""
    split_words: int = 0
    """When > 0, item `overflow_from` was cut after this many words."""


COLUMN_GAP_EMS = 1.5


def column_count(width: float, m: Metrics) -> int:
    """Wide, low fields (the next step across the sheet) set their items in
    columns so that they read like a list rather than one long line each."""
    return max(1, min(4, int(width // (m.base * 26))))


def fit_items(make: Callable[[float], list[Item]], width: float, height: float,
              m: Metrics, reserve: float) -> Fit:
    """Fit items into width × height, shrinking from `m.base` to `m.minimum`; at the
    minimum, keep what fits and mark the rest as overflow (`reserve` points are
    left at the bottom for the "held fram på side …" reference)."""
    columns = column_count(width, m)
    fit = _pack(make(m.base), item_style(m.base), width, height, columns, split=False)
    if fit.overflow_from is None:
        return fit
    st = item_style(m.minimum)
    smallest = _pack(make(m.minimum), st, width, height, columns, split=False)
    if smallest.overflow_from is not None:
        # Does not fit even at the minimum: no need to try the sizes between.
        return _pack(make(m.minimum), st, width, height - reserve, columns, split=True)
    size = m.base - 0.5
    while size > m.minimum:
        fit = _pack(make(size), item_style(size), width, height, columns, split=False)
        if fit.overflow_from is None:
            return fit
        size = max(m.minimum, size - 0.5)
    return smallest


def _pack(items: list[Item], st: ParagraphStyle, width: float, height: float, columns: int,
          *, split: bool) -> Fit:
    gap = st.fontSize * COLUMN_GAP_EMS
    col_w = (width - gap * (columns - 1)) / columns
    fit = Fit(st.fontSize, columns, col_w)
    column, used = 0, 0.0
    for i, item in enumerate(items):
        p = item.para(st)
        _, h = p.wrap(col_w, 1e9)
        if used > 0 and used + h > height and column < columns - 1:
            column, used = column + 1, 0.0
        if used + h <= height:
            fit.placed.append(Placed(p, column, used))
            used += h + st.spaceAfter
            continue
        fit.overflow_from = i
        # Cut an item between words only when its column would otherwise stay
        # empty; a smaller item moves whole, so a note is not torn without need.
        if split and used == 0 and item.word_count() > 1:
            words = _words_that_fit(item, col_w, height, st)
            if words:
                fit.placed.append(Placed(item.split_at(words)[0].para(st), column, 0.0))
                fit.split_words = words
        return fit
    return fit


def _words_that_fit(item: Item, width: float, room: float, st: ParagraphStyle) -> int:
    lo, hi = 0, item.word_count() - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        head = item.split_at(mid)[0].para(st)
        _, h = head.wrap(width, 1e9)
        if h <= room:
            lo = mid
        else:
            hi = mid - 1
    return lo


def overflow_items(items: list[Item], fit: Fit) -> list[Item]:
    """The items (re-made at the follow-on size) that continue after the sheet."""
    if fit.overflow_from is None:
        return []
    rest = items[fit.overflow_from:]
    if fit.split_words and rest:
        rest = [rest[0].split_at(fit.split_words)[1], *rest[1:]]
    return rest
