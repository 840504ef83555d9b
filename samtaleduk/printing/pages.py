"""Shared page machinery: paper sizes, styles, the footer on every page, and a
canvas that knows the page count before it writes the footers.

Every page carries the confidentiality line (`vocab.CONFIDENTIAL`), what was left
out of the print (if anything), and "side x av y". The canvas keeps each page until
the document is complete, so it can write "av y" and draw late references such as
"held fram på side 3 →" that are only known once the follow-on pages are laid out.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from samtaleduk.domain import vocab
from samtaleduk.errors import UserError
from samtaleduk.printing.fonts import BOLD, REGULAR, register_fonts
from samtaleduk.printing.text import plain
from samtaleduk.printing.words import w

Paper = Literal["a3", "a4"]
PrintLang = Literal["nn", "nb", "en"]

FOOTER_HEIGHT = 22.0
MARGIN = 28.0
QUIET_INK = colors.HexColor("#5B6670")

LateDraw = Callable[[Canvas], None]


def check_paper(paper: str) -> Paper:
    """`paper` as a Paper, or UserError."""
    if paper not in ("a3", "a4"):
        raise UserError("print.unknown_paper", paper=paper)
    return paper  # type: ignore[return-value]


def sheet_size(paper: str) -> tuple[float, float]:
    """Landscape page size for a duk."""
    return landscape(A3 if check_paper(paper) == "a3" else A4)  # type: ignore[no-any-return]


def report_size(paper: str) -> tuple[float, float]:
    """Portrait page size for a report (evaluation, action list, journey)."""
    return portrait(A3 if check_paper(paper) == "a3" else A4)  # type: ignore[no-any-return]


@dataclass
class PageContext:
    """What every page of one print shares; filled in while the document builds."""

    lang: str
    left_out: str = ""
    """Already-worded list of what was left out, "" when nothing was."""
    late: dict[int, list[LateDraw]] = field(default_factory=dict)
    """Drawings for page n (1-based) made once the page count is known."""
    marks: dict[str, int] = field(default_factory=dict)
    """Page numbers recorded by PageMark flowables, by key."""

    def later(self, page: int, draw: LateDraw) -> None:
        self.late.setdefault(page, []).append(draw)


def draw_footer(canvas: Canvas, ctx: PageContext, page: int, total: int) -> None:
    """The discreet line at the foot of every page."""
    width, _ = canvas._pagesize
    y = MARGIN * 0.55
    canvas.saveState()
    canvas.setFillColor(QUIET_INK)
    canvas.setFont(REGULAR, 7.5)
    canvas.drawString(MARGIN, y, vocab.CONFIDENTIAL.get(ctx.lang) or vocab.CONFIDENTIAL["nb"])
    canvas.drawRightString(width - MARGIN, y, w("page", ctx.lang, x=page, y=total))
    if ctx.left_out:
        # Its own line above the footer: stated plainly, never crowded out.
        canvas.setFillColor(colors.HexColor("#1F2933"))
        canvas.setFont(BOLD, 7.5)
        canvas.drawString(MARGIN, y + 9.5, plain(ctx.left_out))
    canvas.restoreState()


def canvas_class(ctx: PageContext) -> type[Canvas]:
    """A Canvas class that holds pages back until save(), then adds footers and
    late drawings with the final page count."""

    class _DeferredCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Start every page in the print font: no Helvetica reference at all.
            kwargs.setdefault("initialFontName", REGULAR)
            kwargs.setdefault("initialFontSize", 10)
            kwargs.setdefault("lang", "nn" if ctx.lang == "nn" else "nb")
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                for draw in ctx.late.get(number, []):
                    draw(self)
                draw_footer(self, ctx, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return _DeferredCanvas


def fit_line(text: str, font: str, size: float, min_size: float,
             width: float) -> tuple[str, float]:
    """A one-line label (a title, never user field content) made to fit `width`:
    smaller down to `min_size`, then shortened with "…"."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while size > min_size and stringWidth(text, font, size) > width:
        size = max(min_size, size - 0.5)
    if stringWidth(text, font, size) <= width:
        return text, size
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…", size


class PageMark(Flowable):  # type: ignore[misc]
    """An invisible flowable that records the page it lands on under `key`."""

    def __init__(self, ctx: PageContext, key: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.key = key
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return (0, 0)

    def draw(self) -> None:
        self.ctx.marks[self.key] = self.canv.getPageNumber()


def frame_for(pagesize: tuple[float, float], ident: str = "body") -> Frame:
    """The text frame of a page: margins all round, room for the footer."""
    width, height = pagesize
    return Frame(MARGIN, MARGIN + FOOTER_HEIGHT - 6, width - 2 * MARGIN,
                 height - 2 * MARGIN - FOOTER_HEIGHT + 6, id=ident,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


def build_pdf(story: Sequence[Flowable], *, pagesize: tuple[float, float], ctx: PageContext,
              templates: Sequence[PageTemplate] | None = None) -> bytes:
    """Lay out `story` and return the PDF bytes, with the print font embedded.

    The document is `invariant` (no creation time inside): the same duk prints to
    the same bytes, and the PDF carries no trace of when or where it was made.
    """
    register_fonts()
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=pagesize, invariant=1, title="Samtaleduk", author="",
        subject="", creator="Samtaleduk", producer="Samtaleduk",
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        initialFontName=REGULAR, initialFontSize=10,
    )
    doc.addPageTemplates(list(templates) if templates else
                         [PageTemplate(id="body", frames=[frame_for(pagesize)])])
    doc.build(list(story), canvasmaker=canvas_class(ctx))
    return buf.getvalue()


def style(name: str, size: float, *, bold: bool = False, leading: float | None = None,
          colour: str | colors.Color = "#1F2933", **extra: Any) -> ParagraphStyle:
    """A paragraph style in the print font."""
    register_fonts()
    extra.setdefault("bulletFontName", REGULAR)  # reportlab's default is Helvetica
    return ParagraphStyle(
        name, fontName=BOLD if bold else REGULAR, fontSize=size,
        leading=leading if leading is not None else size * 1.25,
        textColor=colour if isinstance(colour, colors.Color) else colors.HexColor(colour),
        splitLongWords=1, **extra,
    )
