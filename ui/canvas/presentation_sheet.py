"""The duk drawn for the family to read: no editors, only what is written.

`PresentationSheet` paints the meeting from the template with QPainter. The
template's grid is cut into bands of rows that no field crosses (on the family
duk: the header, the columns of the conversation, the next step); inside a band
each column stacks its fields, as tall as their words need. The type is the
largest that lets the whole sheet fit the widget, never smaller than the room
can read (TARGET_PT_AT_1080); a meeting with more words than that allows is
shown in pages. Nothing ever scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QWidget

from samtaleduk.domain.model import Meeting
from samtaleduk.templates.model import Template
from ui.canvas.frame import tr
from ui.canvas.presentation_content import (
    Block,
    SheetMetrics,
    Stack,
    Strip,
    bands,
    sheet_blocks,
)
from ui.canvas.style import CanvasStyle

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


class PresentationSheet(QWidget):
    """The meeting's duk, read-only, as large as `size` allows.

    The whole duk on one screen when it fits at TARGET_PT_AT_1080 (scaled to the
    screen's height) or more; otherwise it is shown in pages at that size, each
    a part of the sheet (the header, a column of the conversation, the next
    step), turned with the arrow keys, Page Up/Down or Space."""

    def __init__(self, template: Template, meeting: Meeting, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template = template
        self.meeting = meeting
        self.lang = lang
        self.blocks: list[Block] = []
        self.pages: list[list[Strip]] = []
        self.page_metrics: list[SheetMetrics] = []
        self.page = 0
        self._size = QSize()
        self._page_room = 0
        self.tick_boxes: list[tuple[QRect, bool]] = []
        """The tick boxes of the last drawing, where and whether ticked."""
        self.metrics = SheetMetrics(SMALLEST_PT)
        self.fits = True
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        # The canvas's colours: the template's paper look, or black on white
        # when the app runs its high-contrast theme.
        self.style_ = CanvasStyle(template, lang, parent=self)
        self.setAccessibleName(template.name.get(lang))

    # ------------------------------------------------------------- layout
    def show_meeting(self, meeting: Meeting) -> None:
        """Draw `meeting` (after a change in the main window)."""
        self.meeting = meeting
        self.lay_out(self.size())
        self.update()

    def lay_out(self, size: QSize) -> float:
        """Choose the type and the pages for `size` and place every cell of the
        page shown; returns the body size in points."""
        self.blocks = sheet_blocks(self.template, self.meeting, self.lang)
        self._size = QSize(size)
        scale = max(size.height(), 1) / 1080
        target = max(SMALLEST_PT, round(TARGET_PT_AT_1080 * scale / PT_STEP) * PT_STEP)
        pt = pt_top = max(target, round(LARGEST_PT_AT_1080 * scale / PT_STEP) * PT_STEP)
        # The whole duk at once, as large as it fits, but not below the target.
        while pt >= target:
            metrics = SheetMetrics(pt)
            strips = self._band_strips(metrics, size.width(), with_domains=True)
            if self._fits(metrics, [strips], size.height()):
                self.pages, self.page_metrics, self.fits = [strips], [metrics], True
                self.show_page(0)
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
        self.show_page(min(self.page, len(pages) - 1))
        return self.smallest_pt()

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

    def show_page(self, page: int) -> None:
        """Place the cells of page `page` (0-based) and draw it."""
        self.page = max(0, min(page, len(self.pages) - 1))
        for b in self.blocks:
            b.rect = QRect()
        if self.pages:
            self.metrics = self.page_metrics[self.page]
            size = self._size
            for strip in self.pages[self.page]:
                strip.need = self._strip_need(self.metrics, strip, size.width())
            height = size.height() - (self._footer(self.metrics) if len(self.pages) > 1 else 0)
            self._place(self.metrics, self.pages[self.page], size.width(), height)
        self.update()

    def turn(self, step: int) -> bool:
        """Show the next (1) or previous (-1) page; False when there is none."""
        if not 0 <= self.page + step < len(self.pages):
            return False
        self.show_page(self.page + step)
        return True

    def smallest_pt(self) -> float:
        """The smallest type on the sheet (on any page), in points."""
        return min((m.body_pt for m in self.page_metrics), default=self.metrics.body_pt)

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

    # ------------------------------------------------------------ drawing
    def resizeEvent(self, event: QResizeEvent) -> None:
        self.lay_out(event.size())
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.fillRect(self.rect(), QColor(self.style_.colours["paper"]))
        self.tick_boxes = []
        for b in self.blocks:
            if not b.rect.isEmpty():
                self._draw_block(p, b)
        if len(self.pages) > 1:
            self._draw_footer(p)
        p.end()

    def page_label(self) -> str:
        """"Side 2 av 3 · → neste": where the room is, and how to go on."""
        text = tr("Page %1 of %2").replace("%1", str(self.page + 1)).replace(
            "%2", str(len(self.pages)))
        if self.page + 1 < len(self.pages):
            text += " · " + tr("→ next")
        return text

    def _draw_footer(self, p: QPainter) -> None:
        m = self.metrics
        height = QFontMetrics(m.body).height()
        box = QRect(m.gap, self._size.height() - height - m.gap // 4,
                    self._size.width() - 2 * m.gap, height)
        p.setFont(m.body)
        p.setPen(QColor(self.style_.colours["heading"]))
        p.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                   self.page_label())

    def _draw_block(self, p: QPainter, b: Block) -> None:
        metrics = self.metrics
        k = self.style_.colours
        line_width = 2.0 if self.style_.contrast else 1.0
        title_font, body = metrics.fonts(b)
        pad = metrics.pad if b.kind == "field" else 0
        if b.kind == "field":
            p.setPen(QPen(QColor(k["line"]), max(line_width, metrics.body_pt / 12)))
            p.setBrush(QColor(self.style_.field_colour(b.cell.id)))
            p.drawRoundedRect(QRectF(b.rect).adjusted(0.5, 0.5, -0.5, -0.5), pad, pad)
        elif b.kind == "domains":
            p.setPen(QPen(QColor(k["line"]), line_width))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(b.rect).adjusted(0.5, 0.5, -0.5, -0.5), pad, pad)
        inner = b.rect.adjusted(pad, pad, -pad, -pad)
        p.setFont(title_font)
        p.setPen(QColor(k["heading"]))
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        title = b.heading
        used = metrics.text_height(title_font, title, inner.width())
        p.drawText(QRect(inner.left(), inner.top(), inner.width(), used), flags, title)
        y = inner.top() + used
        p.setFont(body)
        for line in b.lines:
            indent = metrics.line_indent(line)
            height = metrics.text_height(body, line.text, inner.width() - indent)
            y += metrics.line_gap
            if y >= b.rect.bottom():
                break
            if line.tick is not None:
                self._draw_tick(p, QRect(inner.left(), y + (QFontMetrics(body).height()
                                                            - metrics.tick) // 2,
                                         metrics.tick, metrics.tick), line.tick)
            p.setPen(QColor(k["muted"] if line.muted else k["ink"]))
            p.drawText(QRect(inner.left() + indent, y, inner.width() - indent,
                             min(height, b.rect.bottom() - y)), flags, line.text)
            y += height

    def _draw_tick(self, p: QPainter, box: QRect, ticked: bool) -> None:
        """A tick box drawn, not a glyph: every font has it, and it reads as
        the paper's box with a tick."""
        ink = QColor(self.style_.colours["ink"])
        self.tick_boxes.append((QRect(box), ticked))
        p.save()
        p.setPen(QPen(ink, max(1.5, box.width() / 12)))
        p.setBrush(QColor(self.style_.colours["card"]))
        p.drawRoundedRect(QRectF(box), box.width() / 8, box.width() / 8)
        if ticked:
            path = QPainterPath()
            w = box.width()
            path.moveTo(QPointF(box.left() + w * 0.2, box.top() + w * 0.52))
            path.lineTo(QPointF(box.left() + w * 0.42, box.top() + w * 0.75))
            path.lineTo(QPointF(box.left() + w * 0.82, box.top() + w * 0.25))
            p.setPen(QPen(ink, max(2.0, w / 7), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                          Qt.PenJoinStyle.RoundJoin))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        p.restore()

    # -------------------------------------------------------------- checks
    def ticks(self) -> list[tuple[str, bool]]:
        """The tick boxes drawn: (words beside it, ticked)."""
        return [(line.text, bool(line.tick)) for b in self.blocks for line in b.lines
                if line.tick is not None]

    def overlaps(self) -> bool:
        """True when two cells were placed over each other (a layout fault)."""
        rects = [b.rect for b in self.blocks]
        return any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
