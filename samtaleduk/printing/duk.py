"""The duk on paper: a filled duk for the family to take home, or a blank duk
for a meeting held with pens.

Everything is drawn from `Template.layout_cells()` and the grid weights: each
layout cell is a field, a group heading or the life-domain strip, and each field
prints according to its kind. A field whose text does not fit keeps a readable
minimum size and continues on follow-on pages, with a reference in the field and
a heading on the follow-on page naming the field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from samtaleduk.domain.model import Case, Meeting
from samtaleduk.domain.vocab import format_date
from samtaleduk.fieldkinds import spec_of
from samtaleduk.printing import leave_out as lo
from samtaleduk.printing.atomic import write_atomically
from samtaleduk.printing.content import UNCHECKED, Item, field_items, label_text
from samtaleduk.printing.fonts import BOLD, REGULAR
from samtaleduk.printing.item_lines import item_flowable
from samtaleduk.printing.pages import (
    FOOTER_HEIGHT,
    MARGIN,
    QUIET_INK,
    PageContext,
    PageMark,
    build_pdf,
    fit_line,
    sheet_size,
    style,
)
from samtaleduk.printing.sheet import (
    METRICS,
    Fit,
    Metrics,
    Rect,
    fit_items,
    grid_rects,
    item_style,
    overflow_items,
    sheet_area,
)
from samtaleduk.printing.text import markup, plain
from samtaleduk.printing.words import w
from samtaleduk.templates.model import Template, TemplateField


@dataclass
class _Box:
    tfield: TemplateField
    rect: Rect
    label: Flowable
    label_h: float
    content: Rect
    fit: Fit | None  # None on a blank duk
    blank_items: list[Item]
    ref_in_label: bool = False
    """The "held fram på side …" reference fits to the right of a one-line label."""
    inline: bool = False
    """The label is set at the start of the text, not above it."""


def _hex(value: str) -> colors.Color:
    return colors.HexColor(value)


class _Sheet(Flowable):  # type: ignore[misc]
    """The whole first page, drawn by a function."""

    def __init__(self, draw: Callable[[Canvas], None]) -> None:
        super().__init__()
        self._draw = draw

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return (availWidth, availHeight - 1)

    def draw(self) -> None:
        self._draw(self.canv)


class _DukPrint:
    """Plans and draws one duk print (filled when `meeting` is given)."""

    def __init__(self, template: Template, meeting: Meeting | None, case: Case | None,
                 paper: str, lang: str, leave: lo.LeaveOut) -> None:
        self.t = template
        self.meeting = meeting
        self.case = case
        self.lang = lang
        self.leave = leave
        self.pagesize = sheet_size(paper)
        self.m: Metrics = METRICS[paper]
        self.ctx = PageContext(lang=lang, left_out=leave.notice(lang))
        self.title_rect, self.grid_area = sheet_area(self.pagesize, self.m)
        self.rects = grid_rects(template, self.grid_area, self.m.gap)
        self.label_style = style("label", self.m.label, bold=True, colour=template.colours.heading)
        self.boxes = [self._plan(f) for f in template.fields]

    # --- planning -----------------------------------------------------------------
    def _items(self, tfield: TemplateField, size: float) -> list[Item]:
        if tfield.id in self.leave.fields:
            return [Item(w("field_left_out", self.lang), indent=False)]
        assert self.meeting is not None
        return field_items(self.meeting, self.t, tfield, self.lang, size)

    def _plan(self, tfield: TemplateField) -> _Box:
        rect = self.rects[tfield.id]
        m = self.m
        content = self.meeting.fields.get(tfield.id) if self.meeting else None
        lead = m.label * 1.5 if tfield.number is not None else 0.0
        label = item_flowable(label_text(tfield, content, self.lang,
                                         blank=self.meeting is None), self.label_style, None)
        _, label_h = label.wrap(rect.width - 2 * m.pad - lead, rect.height)
        label_h = max(label_h, lead)
        inner = Rect(rect.x + m.pad, rect.y + m.pad, rect.width - 2 * m.pad,
                     rect.height - 2 * m.pad - label_h - m.pad * 0.5)
        if self.meeting is None:
            blank = [Item(k.label.get(self.lang) + (": ____________" if k.free_text else ""),
                          bullet=UNCHECKED) for k in tfield.consent_kinds]
            return _Box(tfield, rect, label, label_h, inner, None, blank)
        ref_w = stringWidth(w("continues", self.lang, n=999), BOLD, m.minimum + 0.5)
        lines = label.getActualLineWidths0()
        in_label = len(lines) == 1 and lead + lines[0] + ref_w + m.pad * 2 < inner.width
        fit = fit_items(lambda size: self._items(tfield, size), inner.width, inner.height, m,
                        reserve=0.0 if in_label else m.minimum * 1.8)
        if spec_of(tfield.kind).one_line and tfield.number is None and fit.size < m.base:
            # A low header box: "Namna våre er  Sara, Emil og Nora" in one run, as on
            # the paper, when that gives bigger (or more) text than a label above it.
            inline = Rect(inner.x, inner.y, inner.width, rect.height - 2 * m.pad)
            prefix = (f'<font name="{BOLD}" color="{self.t.colours.heading}">'
                      f'{label_text(tfield, content, self.lang)}</font>  ')

            def make(size: float) -> list[Item]:
                items = self._items(tfield, size) or [Item("", indent=False)]
                return [replace(items[0], before=prefix + items[0].before), *items[1:]]

            other = fit_items(make, inline.width, inline.height, m, reserve=m.minimum * 1.8)
            if (other.overflow_from is None, other.size) > (fit.overflow_from is None, fit.size):
                return _Box(tfield, rect, label, 0.0, inline, other, [], inline=True)
        return _Box(tfield, rect, label, label_h, inner, fit, [], in_label)

    def story(self) -> list[Flowable]:
        """The sheet, then a follow-on section for every field that overflowed."""
        flow: list[Flowable] = [_Sheet(self.draw_sheet)]
        rest: list[Flowable] = []
        heading = style("cont_head", self.m.label * 1.1, bold=True,
                        colour=self.t.colours.heading, keepWithNext=1,
                        spaceBefore=self.m.cont * 0.8, spaceAfter=self.m.cont * 0.5)
        st = item_style(self.m.cont)
        for box in self.boxes:
            if box.fit is None or box.fit.overflow_from is None:
                continue
            items = overflow_items(self._items(box.tfield, self.m.cont), box.fit)
            content = self.meeting.fields.get(box.tfield.id) if self.meeting else None
            label = label_text(box.tfield, content, self.lang)
            rest.append(PageMark(self.ctx, box.tfield.id))
            rest.append(Paragraph(w("continued_from", self.lang, label=label, n=1), heading))
            rest += [item.para(st) for item in items]
        if rest:
            flow += [NextPageTemplate("cont"), PageBreak(), *rest]
        return flow

    def page_templates(self) -> list[PageTemplate]:
        width, height = self.pagesize
        sheet = PageTemplate(id="sheet", frames=[Frame(0, 0, width, height, leftPadding=0,
                                                       rightPadding=0, topPadding=0,
                                                       bottomPadding=0)])
        cols = self.m.cont_columns
        gutter = 18.0
        top = height - MARGIN - self.m.title * 2.0
        bottom = MARGIN + FOOTER_HEIGHT
        col_w = (width - 2 * MARGIN - gutter * (cols - 1)) / cols
        frames = [Frame(MARGIN + i * (col_w + gutter), bottom, col_w, top - bottom,
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                        id=f"col{i}") for i in range(cols)]
        return [sheet, PageTemplate(id="cont", frames=frames, onPage=self._draw_title)]

    # --- drawing ------------------------------------------------------------------
    def _draw_title(self, canvas: Canvas, _doc: object = None) -> None:
        r = self.title_rect
        canvas.saveState()
        canvas.setFillColor(_hex(self.t.colours.heading))
        baseline = r.y + r.height * 0.35
        name, size = fit_line(plain(self.t.name.get(self.lang)), BOLD, self.m.title, 8,
                              r.width * 0.5)
        canvas.setFont(BOLD, size)
        canvas.drawString(r.x, baseline, name)
        room = r.width - stringWidth(name, BOLD, size) - 24
        canvas.setFillColor(QUIET_INK)
        if self.meeting is not None:
            right = " · ".join(p for p in (
                plain(self.case.name) if self.case else "",
                w("meeting", self.lang, n=self.meeting.number),
                format_date(self.meeting.date)) if p)
        else:
            right = w("blank_hint", self.lang)
        right, size = fit_line(right, REGULAR, self.m.title * 0.75, 7, room)
        canvas.setFont(REGULAR, size)
        canvas.drawRightString(r.x + r.width, baseline, right)
        canvas.setStrokeColor(_hex(self.t.colours.line))
        canvas.setLineWidth(0.8)
        canvas.line(r.x, r.y + 2, r.x + r.width, r.y + 2)
        canvas.restoreState()

    def draw_sheet(self, canvas: Canvas) -> None:
        self._draw_title(canvas)
        # The sheet itself, in the template's paper colour, behind the fields.
        g, inset = self.grid_area, self.m.gap / 2
        canvas.saveState()
        canvas.setFillColor(_hex(self.t.colours.paper))
        canvas.roundRect(g.x - inset, g.y - inset, g.width + 2 * inset, g.height + 2 * inset,
                         self.m.pad, stroke=0, fill=1)
        canvas.restoreState()
        for lc in self.t.layout_cells():
            if lc.element == "group":
                self._draw_group(canvas, lc.id)
            elif lc.element == "domains":
                self._draw_domains(canvas, self.rects[lc.id])
        for box in self.boxes:
            self._draw_field(canvas, box)

    def _draw_group(self, canvas: Canvas, group_id: str) -> None:
        group = self.t.group(group_id)
        assert group is not None
        r = self.rects[group_id]
        colour = group.colour or self.t.colours.heading
        text = f"<b>{markup(group.label.get(self.lang))}</b>"
        if group.subtitle is not None:
            text += (f'<br/><font name="{REGULAR}" size="{self.m.base:.1f}" '
                     f'color="#5B6670">{markup(group.subtitle.get(self.lang))}</font>')
        para = Paragraph(text, style("group", self.m.label * 1.2, colour=colour))
        _, h = para.wrap(r.width - self.m.pad, r.height)
        para.drawOn(canvas, r.x + self.m.pad / 2, r.y + max(0.0, (r.height - h) / 2))
        canvas.saveState()
        canvas.setStrokeColor(_hex(colour))
        canvas.setLineWidth(1.2)
        canvas.line(r.x + self.m.pad / 2, r.y, r.x + r.width - self.m.pad / 2, r.y)
        canvas.restoreState()

    def _draw_domains(self, canvas: Canvas, r: Rect) -> None:
        shown = [d for d in self.t.life_domains if d.id not in self.leave.domains]
        c = self.t.colours
        canvas.saveState()
        canvas.setFillColor(_hex(c.paper))
        canvas.setStrokeColor(_hex(c.line))
        canvas.setLineWidth(0.6)
        canvas.roundRect(r.x, r.y, r.width, r.height, self.m.pad * 0.8, stroke=1, fill=1)
        canvas.restoreState()
        if not shown:
            return
        band = r.height / len(shown)
        st = style("domain", min(self.m.label, self.m.base * 1.1), bold=True,
                   colour=c.heading)
        for i, d in enumerate(shown):
            top = r.top - i * band
            para = item_flowable(markup(d.label.get(self.lang)), st, None)
            _, h = para.wrap(r.width - 2 * self.m.pad, band)
            para.drawOn(canvas, r.x + self.m.pad, top - band / 2 - h / 2)
            if i:
                canvas.saveState()
                canvas.setStrokeColor(_hex(c.line))
                canvas.setLineWidth(0.4)
                canvas.line(r.x + self.m.pad, top, r.x + r.width - self.m.pad, top)
                canvas.restoreState()

    def _draw_field(self, canvas: Canvas, box: _Box) -> None:
        r, m, c = box.rect, self.m, self.t.colours
        canvas.saveState()
        canvas.setFillColor(_hex(box.tfield.colour or c.field))
        canvas.setStrokeColor(_hex(c.line))
        canvas.setLineWidth(0.6)
        canvas.roundRect(r.x, r.y, r.width, r.height, m.pad * 0.8, stroke=1, fill=1)
        label_x = r.x + m.pad
        label_top = r.top - m.pad
        if box.tfield.number is not None:
            radius = m.label * 0.62
            cx, cy = label_x + radius, label_top - radius
            canvas.setFillColor(_hex(c.accent))
            canvas.circle(cx, cy, radius, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont(BOLD, m.label * 0.85)
            canvas.drawCentredString(cx, cy - m.label * 0.3, str(box.tfield.number))
            label_x += m.label * 1.5
        canvas.restoreState()
        if not box.inline:
            box.label.drawOn(canvas, label_x, label_top - box.label.height)
        inner = box.content
        if box.fit is None:
            self._draw_blank(canvas, box)
            return
        fit = box.fit
        gap = (inner.width - fit.column_width * fit.columns) / max(1, fit.columns - 1)
        for placed in fit.placed:
            _, h = placed.para.wrap(fit.column_width, 1e9)
            x = inner.x + placed.column * (fit.column_width + gap)
            placed.para.drawOn(canvas, x, inner.top - placed.offset - h)
        if box.fit.overflow_from is not None:
            self.ctx.later(canvas.getPageNumber(), self._reference(box))

    def _reference(self, box: _Box) -> Callable[[Canvas], None]:
        def draw(canvas: Canvas) -> None:
            page = self.ctx.marks.get(box.tfield.id)
            if page is None:
                return
            canvas.saveState()
            canvas.setFillColor(_hex(self.t.colours.accent))
            canvas.setFont(BOLD, self.m.minimum + 0.5)
            y = (box.rect.top - self.m.pad - self.m.label if box.ref_in_label
                 else box.rect.y + self.m.pad * 0.9)
            canvas.drawRightString(box.rect.x + box.rect.width - self.m.pad, y,
                                   w("continues", self.lang, n=page))
            canvas.restoreState()
        return draw

    def _draw_blank(self, canvas: Canvas, box: _Box) -> None:
        inner = box.content
        y = inner.top
        st = item_style(self.m.base)
        for item in box.blank_items:
            para = item.para(st)
            _, h = para.wrap(inner.width, 1e9)
            para.drawOn(canvas, inner.x, y - h)
            y -= h + st.spaceAfter
        canvas.saveState()
        canvas.setStrokeColor(_hex(self.t.colours.line))
        canvas.setLineWidth(0.35)
        canvas.setDash(1, 2)
        line_y = y - self.m.line_step * 0.8
        if line_y < inner.y and not box.blank_items:  # at least one line to write on
            line_y = inner.y + 2
        while line_y >= inner.y:
            canvas.line(inner.x, line_y, inner.x + inner.width, line_y)
            line_y -= self.m.line_step
        canvas.restoreState()

    def pdf(self) -> bytes:
        return build_pdf(self.story(), pagesize=self.pagesize, ctx=self.ctx,
                         templates=self.page_templates())


def duk_pdf(meeting: Meeting, case: Case, template: Template, *, paper: str = "a3",
            lang: str | None = None, leave_out: Iterable[str] = ()) -> bytes:
    """The filled duk as PDF bytes (see `print_duk`)."""
    language = lang or case.language
    leave = lo.resolve(template, leave_out, language)
    return _DukPrint(template, lo.apply(meeting, leave), case, paper, language, leave).pdf()


def print_duk(meeting: Meeting, case: Case, template: Template, out: Path, *,
              paper: str = "a3", lang: str | None = None,
              leave_out: Iterable[str] = ()) -> Path:
    """Print one meeting's duk to `out` (A3 or A4 landscape) and return the path.

    `lang` defaults to the case's language; `leave_out` names life domains and/or
    fields (by id or label) to omit, which every page then states. Written
    atomically: a failed print leaves no file.
    """
    return write_atomically(out, duk_pdf(meeting, case, template, paper=paper, lang=lang,
                                         leave_out=leave_out))


def blank_pdf(template: Template, *, paper: str = "a3", lang: str = "nn") -> bytes:
    """The empty duk as PDF bytes (see `print_blank`), for an in-app preview."""
    return _DukPrint(template, None, None, paper, lang, lo.LeaveOut()).pdf()


def print_blank(template: Template, out: Path, *, paper: str = "a3",
                lang: str = "nn") -> Path:
    """Print an empty duk with writing lines, for a meeting held on paper."""
    return write_atomically(out, blank_pdf(template, paper=paper, lang=lang))
