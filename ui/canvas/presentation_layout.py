"""Where the presentation sheet's cells go on a screen of a given size.

The template's grid is cut into bands of rows that no field crosses (on the
family duk: the header, the columns of the conversation, the next step); inside
a band each column stacks its fields, as tall as their words need. `SheetLayout`
chooses the type: the largest that lets the whole sheet fit, never smaller than
the room can read (TARGET_PT_AT_1080); a meeting with more words than that
allows is cut into pages, a band's columns turning over when they do not fit
under what a page already shows. `place` then gives every block of one page its
rectangle, the spare height shared out in the paper's proportions.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFontMetrics

from samtaleduk.templates.model import Template
from ui.canvas.presentation_content import Block, SheetMetrics, Stack, Strip, bands

LARGEST_PT_AT_1080 = 34.0
"""The body type at 1080 pixels of height when the words leave room for it."""
TARGET_PT_AT_1080 = 24.0
"""The body type is never smaller than this at 1080 pixels of height (in
proportion on other screens): when the whole duk needs less, it is shown in
pages."""
SMALLEST_PT = 10.0
"""Below this the sheet would be no easier to read than the editing canvas;
a meeting that needs less is drawn at it (its last lines may be cut)."""
PT_STEP = 0.5
PAGE_GROWTH = 1.4
"""A page of pages may take type up to this many times the target, when its
words leave room (the next step, with fewer words than the conversation)."""
STRETCH_LINES = 5
"""A card grows by at most this many lines beyond its words to fill the screen."""


class SheetLayout:
    """The sheet's blocks laid out for `size`: the type and the pages (chosen
    at once), and each block's rectangle on the page asked for (`place`)."""

    def __init__(self, template: Template, blocks: list[Block], size: QSize) -> None:
        self.template = template
        self.blocks = blocks
        self.size = QSize(size)
        self.pages: list[list[Strip]] = []
        self.page_metrics: list[SheetMetrics] = []
        self.fits = True
        self._page_room = 0
        self.body_pt = self._paginate(self.size)
        """The body size in points: of the whole sheet, or the smallest page's."""

    def _paginate(self, size: QSize) -> float:
        scale = max(size.height(), 1) / 1080
        target = max(SMALLEST_PT, round(TARGET_PT_AT_1080 * scale / PT_STEP) * PT_STEP)
        pt = pt_top = max(target, round(LARGEST_PT_AT_1080 * scale / PT_STEP) * PT_STEP)
        # The whole duk at once, as large as it fits, but not below the target.
        while pt >= target:
            metrics = SheetMetrics(pt)
            strips = self._band_strips(metrics, size.width(), with_domains=True)
            if self._fits(metrics, [strips], size.height()):
                self.pages, self.page_metrics, self.fits = [strips], [metrics], True
                return pt
            pt -= PT_STEP
        # Too much for one screen at a size the room can read: pages.
        metrics = SheetMetrics(target)
        room = size.height() - self._footer(metrics)
        self._page_room = room
        pages: list[list[Strip]] = [[]]
        for strip in self._band_strips(metrics, size.width(), with_domains=False):
            rest: Strip | None = strip
            while rest is not None:
                page = pages[-1]
                left = room - self._height(metrics, page) - (metrics.gap if page else 0)
                if rest.need <= left:
                    page.append(rest)
                    break
                # What of the band fits under what the page already shows goes
                # there (its first columns, side by side); the rest turns over.
                part, rest = self._split(metrics, rest, size.width(), left if page else room)
                if part is not None:
                    page.append(part)
                if rest is not None:
                    pages.append([])
        self.pages = pages
        self.fits = all(self._height(metrics, p) <= room for p in pages)
        # A page with fewer words (the next step) may take larger type, up to
        # a calm step above the others.
        self.page_metrics = [self._page_metrics(p, size, target, min(pt_top, target * PAGE_GROWTH))
                             for p in pages]
        return min(m.body_pt for m in self.page_metrics)

    def place(self, page: int) -> SheetMetrics:
        """Place the blocks of page `page` (0-based; the others get an empty
        rectangle) and return that page's metrics."""
        for b in self.blocks:
            b.rect = QRect()
        metrics = self.page_metrics[page]
        size = self.size
        for strip in self.pages[page]:
            strip.need = self._strip_need(metrics, strip, size.width())
        height = size.height() - (self._footer(metrics) if len(self.pages) > 1 else 0)
        self._place(metrics, self.pages[page], size.width(), height)
        return metrics

    def _page_metrics(self, page: list[Strip], size: QSize, target: float,
                      top: float) -> SheetMetrics:
        pt = round(top / PT_STEP) * PT_STEP
        while pt > target:
            metrics = SheetMetrics(pt)
            for strip in page:
                strip.need = self._strip_need(metrics, strip, size.width())
            if self._height(metrics, page) <= size.height() - self._footer(metrics):
                return metrics
            pt -= PT_STEP
        return SheetMetrics(target)

    def _footer(self, metrics: SheetMetrics) -> int:
        return QFontMetrics(metrics.body).height()

    def _band_strips(self, metrics: SheetMetrics, width: int,
                     with_domains: bool) -> list[Strip]:
        grid = self.template.grid
        strips: list[Strip] = []
        for first, last in bands(self.template):
            stacks: dict[tuple[int, int], Stack] = {}
            for b in self.blocks:
                c = b.cell.cell
                if first <= c.row <= last and (with_domains or b.kind != "domains"):
                    stacks.setdefault((c.col, c.col_span), Stack(c.col, c.col_span, []))
                    stacks[(c.col, c.col_span)].blocks.append(b)
            if stacks:
                ordered = sorted(stacks.values(), key=lambda s: s.col)
                for stack in ordered:
                    stack.blocks.sort(key=lambda b: b.cell.cell.row)
                weight = sum(grid.row_weight(r) for r in range(first, last + 1))
                strip = Strip(ordered, weight)
                strip.need = self._strip_need(metrics, strip, width)
                strips.append(strip)
        return strips

    def _split(self, metrics: SheetMetrics, strip: Strip, width: int,
               room: int) -> tuple[Strip | None, Strip | None]:
        """The first columns of `strip` that fit `room` side by side, and the
        rest (None when nothing is left). A column too tall even alone is
        taken alone (and cut at the foot) when the page is empty."""
        for take in range(len(strip.stacks), 0, -1):
            part = Strip(strip.stacks[:take], strip.weight)
            part.need = self._strip_need(metrics, part, width)
            if part.need <= room or (take == 1 and room >= self._page_room):
                rest = None
                if take < len(strip.stacks):
                    rest = Strip(strip.stacks[take:], strip.weight)
                    rest.need = self._strip_need(metrics, rest, width)
                return part, rest
        return None, strip

    def _widths(self, metrics: SheetMetrics, strip: Strip, width: int) -> list[int]:
        """Each stack's width: the paper's column weights over the columns the
        strip covers; the life-domain strip as wide as its longest word."""
        grid = self.template.grid
        m = metrics.gap
        if all(len(s.blocks) == 1 and s.blocks[0].blank for s in strip.stacks):
            return self._blank_widths(metrics, strip, width)
        cols = sorted({c for s in strip.stacks for c in range(s.col, s.col + s.col_span)})
        fixed: dict[int, int] = {}
        for s in strip.stacks:
            domains = next((b for b in s.blocks if b.kind == "domains"), None)
            if domains is not None and s.col_span == 1:
                fm_title, fm_body = QFontMetrics(metrics.title), QFontMetrics(metrics.body)
                words = [fm_title.horizontalAdvance(w) for w in domains.title.split()]
                words += [fm_body.horizontalAdvance(x.text) for x in domains.lines]
                fixed[s.col] = max(words) + 2 * metrics.pad
        room = width - (len(cols) + 1) * m - sum(fixed.values())
        total = sum(grid.col_weight(c) for c in cols if c not in fixed) or 1.0
        col_w = {c: fixed.get(c, int(room * grid.col_weight(c) / total)) for c in cols}
        return [sum(col_w[c] for c in range(s.col, s.col + s.col_span)) + (s.col_span - 1) * m
                for s in strip.stacks]

    def _blank_widths(self, metrics: SheetMetrics, strip: Strip, width: int) -> list[int]:
        """A row of header blanks: a short blank (a date) takes what its words
        need, the long one (today's participants) the rest, so the header is
        a few lines, not a narrow column of names."""
        room = width - (len(strip.stacks) + 1) * metrics.gap
        fm_title, fm_body = QFontMetrics(metrics.title), QFontMetrics(metrics.body)
        natural = []
        for s in strip.stacks:
            b = s.blocks[0]
            words = [fm_title.horizontalAdvance(b.heading)]
            words += [fm_body.horizontalAdvance(x.text) for x in b.lines]
            natural.append(max(words) + 2 * metrics.pad + 1)
        if sum(natural) <= room:
            extra = room - sum(natural)
            return [n + extra * n // sum(natural) for n in natural]
        # Water-filling: the blanks that need less than an equal share get
        # what they need; the others share what is left equally.
        widths = [0] * len(natural)
        left, open_ = room, list(range(len(natural)))
        while open_:
            share = left // len(open_)
            small = [i for i in open_ if natural[i] <= share]
            if not small:
                for i in open_:
                    widths[i] = share
                break
            for i in small:
                widths[i] = natural[i]
                left -= natural[i]
                open_.remove(i)
        return widths

    def _strip_need(self, metrics: SheetMetrics, strip: Strip, width: int) -> int:
        need = 0
        for s, w in zip(strip.stacks, self._widths(metrics, strip, width), strict=True):
            if w <= 0:
                return 1_000_000
            need = max(need, sum(metrics.need(b, w) for b in s.blocks)
                       + (len(s.blocks) - 1) * metrics.gap)
        return need

    def _height(self, metrics: SheetMetrics, strips: list[Strip]) -> int:
        return sum(s.need for s in strips) + (len(strips) + 1) * metrics.gap

    def _fits(self, metrics: SheetMetrics, pages: list[list[Strip]], height: int) -> bool:
        return all(self._height(metrics, p) <= height for p in pages)

    def _place(self, metrics: SheetMetrics, strips: list[Strip], width: int,
               height: int) -> None:
        m = metrics.gap
        # The spare height goes to the strips by their paper weight, so the
        # page fills the screen in the paper's proportions.
        spare = max(0, height - self._height(metrics, strips))
        total = sum(s.weight for s in strips) or 1.0
        # A few lines' room to spare at most: a sparse page leaves paper below
        # rather than drawing huge empty cards.
        most = STRETCH_LINES * QFontMetrics(metrics.body).height()
        y = m
        for strip in strips:
            h = strip.need + min(most, int(spare * strip.weight / total))
            x = m
            for stack, w in zip(strip.stacks, self._widths(metrics, strip, width), strict=True):
                self._place_stack(metrics, stack, x, y, w, h)
                x += w + m
            y += h + m

    def _place_stack(self, metrics: SheetMetrics, stack: Stack, x: int, y: int, width: int,
                     height: int) -> None:
        needs = [metrics.need(b, width) for b in stack.blocks]
        gaps = (len(stack.blocks) - 1) * metrics.gap
        spare = max(0, height - sum(needs) - gaps)
        # Headings keep their height; fields share what is left by their rows.
        stretch = [b.cell.cell.row_span if b.kind != "group" else 0 for b in stack.blocks]
        total = sum(stretch) or 1
        for b, need, s in zip(stack.blocks, needs, stretch, strict=True):
            h = need + int(spare * s / total)
            b.rect = QRect(x, y, width, h)
            y += h + metrics.gap
