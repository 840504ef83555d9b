"""The pilot's figures on paper: the tables of `samtaleduk.pilot` and a few quiet
bar charts, in the calm style of the other reports.

A chart is drawn from the counts as they may be shown, never from the raw ones: a
count hidden as "< 5" gets no bar (its length would tell the number), only an open
outline and the words "< 5".
"""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, TableStyle
from reportlab.platypus import Table as GridTable

from samtaleduk.domain.vocab import format_date
from samtaleduk.pilot.model import Count, PilotReport, Table, say
from samtaleduk.pilot.tables import median_text
from samtaleduk.pilot.words import w
from samtaleduk.printing.atomic import write_atomically
from samtaleduk.printing.fonts import BOLD, REGULAR
from samtaleduk.printing.pages import MARGIN, report_size
from samtaleduk.printing.report import HEADING, INK, QUIET, Styles, finish, title_block
from samtaleduk.printing.text import markup

BAR = colors.HexColor("#33658A")
RULE = colors.HexColor("#B8AE9C")
PAPER = colors.HexColor("#FBF8F1")
HIDDEN_BAR = 14.0
"""The outline drawn for a hidden count, in points: the same for every one."""

CHARTS: tuple[tuple[str, str, str], ...] = (
    # (table, row or "" for a column, the line drawn): which counts get a chart.
    ("gaps", "", "count"),
    ("goals", "all", ""),
    ("actions", "total", ""),
    ("actions", "", "total"),
)


def pilot_pdf(report: PilotReport, lang: str, paper: str = "a4") -> bytes:
    """The report as PDF bytes (portrait, footers with page numbers)."""
    st = Styles()
    width = report_size(paper)[0] - 2 * MARGIN
    story: list[Flowable] = title_block(
        st, w("title", lang),
        w("subtitle", lang, start=format_date(report.start), end=format_date(report.end)))
    for t in report.tables:
        story += _table(st, t, lang, width)
    story.append(Paragraph(markup(w("medians", lang)), st.h1))
    for m in report.medians:
        story.append(Paragraph(
            f"{markup(say(m.label, lang))}: <b>{markup(median_text(m, lang))}</b> "
            f"({markup(w('n', lang))} {markup(m.n.text())})", st.body))
    story += [Spacer(1, 6), Paragraph(markup(w("definitions", lang)), st.quiet)]
    return finish(story, paper, lang)


def write_pilot_pdf(report: PilotReport, lang: str, out: Path, paper: str = "a4") -> Path:
    """Write the report's PDF to `out` atomically; returns the resolved path."""
    return write_atomically(out, pilot_pdf(report, lang, paper))


def _table(st: Styles, t: Table, lang: str, width: float) -> list[Flowable]:
    head = Paragraph(markup(say(t.title, lang)), st.h1)
    if not t.rows or not t.columns:
        return [head, Paragraph(markup(w("nothing", lang)), st.quiet)]
    cell = st.body.clone("pilot_cell", spaceAfter=0)
    right = cell.clone("pilot_num", alignment=2)
    data: list[list[object]] = [[""] + [Paragraph(markup(say(c.label, lang)), right)
                                        for c in t.columns]]
    for r in t.rows:
        data.append([Paragraph(markup(say(r.label, lang)), cell),
                     *(Paragraph(markup(t.count(r.key, c.key).text()), right)
                       for c in t.columns)])
    first = min(width * 0.4, 62 * mm) if len(t.columns) > 2 else width * 0.55
    rest = (width - first) / len(t.columns)
    grid = GridTable(data, colWidths=[first] + [rest] * len(t.columns), repeatRows=1)
    style = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
             ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
             ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if t.rows[-1].key in ("all", "total"):
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE))
    grid.setStyle(TableStyle(style))
    out: list[Flowable] = [KeepTogether([head, grid])]
    if t.note is not None:
        out.append(Paragraph(markup(say(t.note, lang)), st.quiet))
    for key, row, column in CHARTS:
        if key != t.key:
            continue
        if row:
            bars = [(say(c.label, lang), t.count(row, c.key)) for c in t.columns
                    if c.key != "total"]
        else:
            bars = [(say(r.label, lang), t.count(r.key, column)) for r in t.rows
                    if r.key not in ("all", "total")]
        out += [Spacer(1, 4), bar_chart(bars, width)]
    return out


def bar_chart(bars: list[tuple[str, Count]], width: float) -> Drawing:
    """Horizontal bars, one line each: label, bar, count. A hidden count ("< 5")
    gets a short open outline of the same size whatever it hides, never a bar."""
    line, size = 15.0, 8.5
    label_w = width * 0.32
    bar_w = width - label_w - 40
    top = max((c.value or 0) for _, c in bars) or 1
    drawing = Drawing(width, line * len(bars) + 4)
    for i, (label, count) in enumerate(bars):
        y = drawing.height - (i + 1) * line + 3
        drawing.add(String(label_w - 6, y + 2, label, fontName=REGULAR, fontSize=size,
                           fillColor=colors.HexColor(INK), textAnchor="end"))
        if count.value is None:
            drawing.add(Rect(label_w, y, HIDDEN_BAR, line - 6, fillColor=PAPER,
                             strokeColor=colors.HexColor(QUIET), strokeWidth=0.5,
                             strokeDashArray=[2, 2]))
            end = label_w + HIDDEN_BAR
        else:
            length = bar_w * count.value / top
            drawing.add(Rect(label_w, y, length, line - 6, fillColor=BAR, strokeColor=None))
            end = label_w + length
        drawing.add(String(end + 4, y + 2, count.text(), fontName=BOLD, fontSize=size,
                           fillColor=colors.HexColor(HEADING)))
    return drawing
