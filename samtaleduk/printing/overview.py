""""My cases now" on paper: the overview's sections as a list, for the facilitator's
own desk (it names families, so its footer says so)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from samtaleduk.domain.vocab import format_date
from samtaleduk.overview.build import Overview, Section
from samtaleduk.overview.words import w, when, where
from samtaleduk.printing.atomic import write_atomically
from samtaleduk.printing.fonts import REGULAR
from samtaleduk.printing.report import Styles, finish, section, title_block
from samtaleduk.printing.text import markup


def overview_story(overview: Overview, lang: str) -> list[Flowable]:
    """The overview's flowables: a title, then each section as a table."""
    st = Styles(10)
    story: list[Flowable] = title_block(
        st, w("title", lang),
        w("subtitle", lang, n=overview.open_cases, date=format_date(overview.today)))
    story.append(Paragraph(markup(w("for_own_use", lang)), st.quiet))
    for part in Section:
        items = overview.sections[part]
        if not items:
            story += section(st, w(part, lang), [Paragraph(markup(w("none", lang)), st.quiet)])
            continue
        rows = []
        for item in items:
            what = markup(item.text) if item.text else ""
            if item.who:
                what += f'  <font color="#5B6670">{markup(item.who)}</font>'
            rows.append([Paragraph(markup(when(item, lang)), st.body),
                         Paragraph(what or markup(where(item, lang)), st.body),
                         Paragraph(markup(where(item, lang)) if item.text else "", st.body)])
        table = Table(rows, colWidths=["27%", "45%", "28%"], hAlign="LEFT", repeatRows=0)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), REGULAR),  # else Table sets Helvetica
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#B8AE9C")),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
        ]))
        story += section(st, w(part, lang), [table])
    return story


def overview_pdf(overview: Overview, *, paper: str = "a4", lang: str = "nn") -> bytes:
    """The overview as PDF bytes (portrait)."""
    return finish(overview_story(overview, lang), paper, lang)


def print_overview(overview: Overview, out: Path, *, paper: str = "a4",
                   lang: str = "nn") -> Path:
    """Write the overview as a PDF to `out` (atomically)."""
    return write_atomically(out, overview_pdf(overview, paper=paper, lang=lang))
