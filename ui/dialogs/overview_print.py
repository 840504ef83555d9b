"""The overview's print preview: the engine's PDF (`samtaleduk.printing.overview`)
shown by QtPdf, printed on the system printer or saved as a PDF.

The PDF is built on the job runner's other lane from a frozen `Overview` (no store
access off the GUI thread). It names families, so the print is for the
facilitator's own desk; that it was printed goes to the audit log, never what.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from samtaleduk.errors import UserError
from samtaleduk.overview.build import Overview
from samtaleduk.printing.words import suggested_file_name
from ui.dialogs import file_dialogs
from ui.dialogs.pdf_preview import PdfPreview
from ui.dialogs.print_job import prepare_printer, print_document
from ui.tools.jobs import jobs

log = logging.getLogger(__name__)


class OverviewPrintDialog(QDialog):
    """Preview, print and save the overview; `printed()` is called after each print
    or save (the caller writes the audit line)."""

    preview_ready = Signal(int)
    """The preview is shown; its page count."""
    saved = Signal(str)

    def __init__(self, overview: Overview, *, lang: str, printed: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPrintDialog")
        self.setModal(True)
        self._overview = overview
        self._lang = lang if lang in ("nn", "nb", "en") else "nn"
        self._printed = printed
        self._preview = PdfPreview(self, "overviewPreview")
        self.document, self.view = self._preview.document, self._preview.view
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel()
        self.status.setProperty("role", "muted")
        self.print_button = QPushButton()
        self.print_button.setProperty("role", "primary")
        self.print_button.setDefault(True)
        self.save_button = QPushButton()
        self.close_button = QPushButton()
        self.print_button.clicked.connect(self.ask_and_print)
        self.save_button.clicked.connect(self.ask_and_save)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.ask_and_print)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for b in (self.save_button, self.print_button, self.close_button):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        lay.addLayout(buttons)
        self.resize(760, 720)
        self.retranslate()
        self._set_ready(False)
        from samtaleduk.printing.overview import overview_pdf

        frozen, language = self._overview, self._lang
        jobs().run(lambda: overview_pdf(frozen, lang=language), self._built, owner=self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print my cases now"))
        self.print_button.setText(self.tr("&Print …"))
        self.save_button.setText(self.tr("Save as P&DF …"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        if not ready:
            self.status.setText(self.tr("Making the preview …"))

    def _built(self, result: object) -> None:
        if not isinstance(result, bytes):
            if isinstance(result, BaseException):
                log.error("overview print failed: %s", type(result).__name__)
            self.status.setText(self.tr("The preview could not be made."))
            return
        self._preview.load(result)
        pages = self.document.pageCount()
        self._set_ready(pages > 0)
        self.status.setText(self.tr("%n pages", "", pages))
        self.preview_ready.emit(pages)

    def file_name(self) -> str:
        """A name without personal data: "oversikt-2026-05-10.pdf"."""
        return suggested_file_name("overview", self._lang, meeting_date=self._overview.today)

    def ask_and_print(self) -> None:
        """The system print dialog, then the previewed pages on the printer."""
        if not self._preview.loaded():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.document, "a4", self.file_name())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print the previewed pages on `printer` (a PDF file printer gets the
        engine's PDF itself); False and a message when it fails."""
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and \
                printer.outputFileName():
            return self.save_to(Path(printer.outputFileName()))
        try:
            pages = print_document(self.document, printer)
        except OSError:
            self.status.setText(self.tr("The printer did not take the print. Check that it "
                                        "is on and connected, and try again."))
            return False
        self._printed()
        self.status.setText(self.tr("Sent to the printer: %1").replace(
            "%1", self.tr("%n pages", "", pages)))
        return True

    def ask_and_save(self) -> None:
        """Ask where (a name without personal data), then write the PDF there."""
        if not self._preview.loaded():
            return
        out = file_dialogs.save_path_in_documents(self, self.tr("Save as PDF"), self.file_name(),
                                                  self.tr("PDF files (*.pdf)"), ".pdf")
        if out is not None:
            self.save_to(out)

    def save_to(self, out: Path) -> bool:
        """Write the previewed PDF to `out` (atomically, readable by the user only)."""
        from samtaleduk.printing.atomic import write_atomically

        try:
            written = write_atomically(out, self._preview.data())
        except UserError as exc:
            self.status.setText(str(exc))
            return False
        self._printed()
        self.status.setText(self.tr("Saved as %1").replace("%1", written.name))
        self.saved.emit(str(written))
        return True
