"""What the print dialog prints, and how a finished PDF reaches a printer.

`PrintSubject` holds one meeting with its case, template and the case's meetings
(frozen copies taken when the dialog opens, so a worker thread never reads data
the meeting page is changing). `PrintChoice` is what the options panel says.
Together they pick the engine's `*_pdf` function for the preview and its atomic
`print_*` function for a saved file. `print_document` paints a loaded PDF onto a
`QPrinter` page by page: the printer gets exactly what the preview shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from samtaleduk.domain.model import Case, Meeting
from samtaleduk.errors import UserError
from samtaleduk.templates.model import Template

What = Literal["duk", "evaluation", "actions", "journey", "blank"]
WHATS: Final[tuple[What, ...]] = ("duk", "evaluation", "actions", "journey", "blank")
DEFAULT_PAPER: Final[dict[str, str]] = {
    "duk": "a3", "blank": "a3", "evaluation": "a4", "actions": "a4", "journey": "a4"}
"""The duk is drawn for A3 like the paper duk; the reports read best on A4."""
MAX_PRINT_DPI: Final = 300
"""Pages are rasterised for the printer at most this fine: an A3 page at a
1200 dpi printer's full resolution would need over a gigabyte of memory."""


@dataclass(frozen=True)
class PrintChoice:
    """One print as chosen in the dialog."""

    what: What = "duk"
    paper: str = "a3"
    lang: str = "nn"
    leave_out: tuple[str, ...] = ()
    """Ids of life domains and fields to omit (ignored for a blank duk)."""


@dataclass
class PrintSubject:
    """The meeting to print from, with everything the reports need."""

    case: Case
    meeting: Meeting
    template: Template
    meetings: list[Meeting] = field(default_factory=list)
    """The case's meetings by number; the printed meeting replaces its stored copy."""
    templates: list[Template] = field(default_factory=list)
    """`templates[i]` is the template of `meetings[i]`."""
    compare: tuple[Meeting, Template] | None = None
    """The meeting the evaluation compares with, when chosen (else the one before)."""

    @classmethod
    def frozen(cls, case: Case, meeting: Meeting, template: Template,
               meetings: Sequence[Meeting] = (),
               templates: Sequence[Template] | None = None,
               compare_with: Meeting | None = None) -> PrintSubject:
        """Deep copies of everything, the live `meeting` in place of its stored
        version, only the meetings up to and including it. `compare_with` (one of
        `meetings`, earlier than `meeting`) is what the evaluation compares with."""
        own = meeting.model_copy(deep=True)
        pairs = list(zip(meetings, templates if templates is not None
                         else [template] * len(meetings), strict=True))
        kept_m: list[Meeting] = []
        kept_t: list[Template] = []
        for m, t in sorted(pairs, key=lambda p: p[0].number):
            if m.id == meeting.id:
                continue
            if m.number < meeting.number:
                kept_m.append(m.model_copy(deep=True))
                kept_t.append(t)
        kept_m.append(own)
        kept_t.append(template)
        compare = next(((m, t) for m, t in zip(kept_m, kept_t, strict=True)
                        if compare_with is not None and m.id == compare_with.id
                        and m.id != own.id), None)
        return cls(case.model_copy(deep=True), own, template, kept_m, kept_t, compare)

    @property
    def previous(self) -> tuple[Meeting, Template] | None:
        """The meeting the evaluation compares with: the chosen one, else the one
        before this one, if there is one."""
        if self.compare is not None:
            return self.compare
        if len(self.meetings) < 2:
            return None
        return self.meetings[-2], self.templates[-2]

    def pdf(self, choice: PrintChoice) -> bytes:
        """The chosen print as PDF bytes (runs in a worker thread)."""
        from samtaleduk import printing

        common: dict[str, Any] = {"paper": choice.paper, "lang": choice.lang,
                                  "leave_out": choice.leave_out}
        if choice.what == "duk":
            return printing.duk_pdf(self.meeting, self.case, self.template, **common)
        if choice.what == "actions":
            return printing.actions_pdf(self.meeting, self.case, self.template, **common)
        if choice.what == "evaluation":
            old, old_template = self._previous_or_error()
            return printing.evaluation_pdf(old, self.meeting, self.case, old_template,
                                           self.template, **common)
        if choice.what == "journey":
            return printing.journey_pdf(self.case, self.meetings, self.templates, **common)
        return printing.blank_pdf(self.template, paper=choice.paper, lang=choice.lang)

    def save(self, choice: PrintChoice, out: Path) -> Path:
        """Write the chosen print to `out` with the engine's atomic writer."""
        from samtaleduk import printing

        common: dict[str, Any] = {"paper": choice.paper, "lang": choice.lang,
                                  "leave_out": choice.leave_out}
        if choice.what == "duk":
            return printing.print_duk(self.meeting, self.case, self.template, out, **common)
        if choice.what == "actions":
            return printing.print_actions(self.meeting, self.case, self.template, out, **common)
        if choice.what == "evaluation":
            old, old_template = self._previous_or_error()
            return printing.print_evaluation(old, self.meeting, self.case, old_template,
                                             self.template, out, **common)
        if choice.what == "journey":
            return printing.print_journey(self.case, self.meetings, self.templates, out,
                                          **common)
        return printing.print_blank(self.template, out, paper=choice.paper, lang=choice.lang)

    def file_name(self, choice: PrintChoice) -> str:
        """A default file name without personal data."""
        from samtaleduk.printing import suggested_file_name

        if choice.what == "blank":
            return suggested_file_name("blank", choice.lang)
        return suggested_file_name(choice.what, choice.lang, self.meeting.number,
                                   self.meeting.date)

    def _previous_or_error(self) -> tuple[Meeting, Template]:
        previous = self.previous
        if previous is None:
            raise UserError("gui.evaluation_needs_earlier")
        return previous


def prepare_printer(printer: QPrinter, document: QPdfDocument, paper: str,
                    doc_name: str) -> None:
    """Paper size and orientation from the choice and the PDF's first page; the
    job's name is the file name (print queues are visible to others)."""
    size = QPageSize(QPageSize.PageSizeId.A3 if paper == "a3" else QPageSize.PageSizeId.A4)
    printer.setPageSize(size)
    first = document.pagePointSize(0) if document.pageCount() else None
    landscape = first is not None and first.width() > first.height()
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                               else QPageLayout.Orientation.Portrait)
    # The PDF carries its own margins: draw on the whole sheet.
    printer.setFullPage(True)
    printer.setDocName(doc_name)


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page of `document` onto `printer`, each rendered at printer
    resolution (capped at MAX_PRINT_DPI) and fitted to the paper keeping its
    proportions. Returns the number of pages; OSError if the printer refuses."""
    pages = document.pageCount()
    if pages < 1:
        raise OSError("nothing to print")
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        scale = printer.resolution() / dpi
        for page in range(pages):
            if page and not printer.newPage():
                raise OSError("the printer refused a new page")
            points = document.pagePointSize(page)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, size)
            area = QRectF(painter.viewport())
            w, h = size.width() * scale, size.height() * scale
            fit = min(area.width() / w, area.height() / h, 1.0) if w and h else 1.0
            target = QRectF(0, 0, w * fit, h * fit)
            target.moveCenter(area.center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.fillRect(target, Qt.GlobalColor.white)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return pages
