"""Building blocks shared by the report prints (evaluation, action list, case
journey): a title block, headings, bullet lists and a finished PDF."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from samtaleduk.printing.pages import PageContext, build_pdf, report_size, style
from samtaleduk.printing.text import markup

INK = "#1F2933"
HEADING = "#2F4858"
QUIET = "#5B6670"


class Styles:
    """The paragraph styles of a report, scaled for the paper."""

    def __init__(self, base: float = 10.0) -> None:
        self.title = style("r_title", base * 1.8, bold=True, colour=HEADING, spaceAfter=base * 0.2)
        self.subtitle = style("r_sub", base * 1.05, colour=QUIET, spaceAfter=base * 1.2)
        self.h1 = style("r_h1", base * 1.35, bold=True, colour=HEADING, keepWithNext=1,
                        spaceBefore=base * 1.1, spaceAfter=base * 0.4)
        self.h2 = style("r_h2", base * 1.1, bold=True, colour=HEADING, keepWithNext=1,
                        spaceBefore=base * 0.7, spaceAfter=base * 0.25)
        self.body = style("r_body", base, colour=INK, spaceAfter=base * 0.3)
        self.quiet = style("r_quiet", base * 0.85, colour=QUIET, spaceAfter=base * 0.3)
        self.item = style("r_item", base, colour=INK, leftIndent=base * 1.4, bulletIndent=0,
                          spaceAfter=base * 0.3)


def title_block(st: Styles, title: str, subtitle: str) -> list[Flowable]:
    """Title and a quiet line under it (both plain text, escaped here)."""
    return [Paragraph(markup(title), st.title), Paragraph(markup(subtitle), st.subtitle)]


def bullets(st: Styles, lines: Iterable[str], *, mark: str = "•",
            empty: str | None = None) -> list[Flowable]:
    """A list of plain-text lines, each escaped, with a visible mark."""
    out: list[Flowable] = [Paragraph(markup(line), st.item, bulletText=mark) for line in lines]
    if not out and empty:
        out.append(Paragraph(markup(empty), st.quiet))
    return out


def marked(st: Styles, items: Iterable[tuple[str, str]]) -> list[Flowable]:
    """A list of (mark, markup) pairs; the markup must already be escaped."""
    return [Paragraph(text, st.item, bulletText=mark) for mark, text in items]


def section(st: Styles, heading: str, body: Sequence[Flowable]) -> list[Flowable]:
    """A heading kept with the start of its body."""
    head = Paragraph(markup(heading), st.h1)
    if not body:
        return [head]
    return [KeepTogether([head, body[0]]), *body[1:]]


def finish(story: list[Flowable], paper: str, lang: str, left_out: str = "") -> bytes:
    """The story as a portrait PDF with footers on every page."""
    ctx = PageContext(lang=lang, left_out=left_out)
    return build_pdf([*story, Spacer(1, 1)], pagesize=report_size(paper), ctx=ctx)
