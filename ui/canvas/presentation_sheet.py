"""The duk drawn for the family to read: no editors, only what is written.

`PresentationSheet` paints the meeting from the template with QPainter, each
cell where `presentation_layout.SheetLayout` placed it, in the largest type
that lets the whole sheet fit the widget, never smaller than the room can read;
a meeting with more words than that allows is shown in pages. Nothing ever
scrolls.
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
from ui.canvas.presentation_content import Block, SheetMetrics, Strip, sheet_blocks
from ui.canvas.presentation_layout import SMALLEST_PT, SheetLayout
from ui.canvas.style import CanvasStyle


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
        self.page = 0
        self._layout: SheetLayout | None = None
        self.tick_boxes: list[tuple[QRect, bool]] = []
        """The tick boxes of the last drawing, where and whether ticked."""
        self.metrics = SheetMetrics(SMALLEST_PT)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        # The canvas's colours: the template's paper look, or black on white
        # when the app runs its high-contrast theme.
        self.style_ = CanvasStyle(template, lang, parent=self)
        self.setAccessibleName(template.name.get(lang))

    @property
    def pages(self) -> list[list[Strip]]:
        """The pages of the last layout, each a list of strips."""
        return self._layout.pages if self._layout is not None else []

    @property
    def page_metrics(self) -> list[SheetMetrics]:
        """Each page's fonts and spacings."""
        return self._layout.page_metrics if self._layout is not None else []

    @property
    def fits(self) -> bool:
        """False when a page is taller than the screen (its foot is cut)."""
        return self._layout.fits if self._layout is not None else True

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
        self._layout = SheetLayout(self.template, self.blocks, size)
        self.show_page(min(self.page, len(self.pages) - 1))
        return self._layout.body_pt

    def show_page(self, page: int) -> None:
        """Place the cells of page `page` (0-based) and draw it."""
        self.page = max(0, min(page, len(self.pages) - 1))
        if self._layout is not None:
            self.metrics = self._layout.place(self.page)
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
        if self._layout is not None and len(self.pages) > 1:
            self._draw_footer(p, self._layout.size)
        p.end()

    def page_label(self) -> str:
        """"Side 2 av 3 · → neste": where the room is, and how to go on."""
        text = tr("Page %1 of %2").replace("%1", str(self.page + 1)).replace(
            "%2", str(len(self.pages)))
        if self.page + 1 < len(self.pages):
            text += " · " + tr("→ next")
        return text

    def _draw_footer(self, p: QPainter, size: QSize) -> None:
        m = self.metrics
        height = QFontMetrics(m.body).height()
        box = QRect(m.gap, size.height() - height - m.gap // 4,
                    size.width() - 2 * m.gap, height)
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
