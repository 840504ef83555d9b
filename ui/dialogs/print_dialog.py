"""Print (Ctrl+P) and Export PDF: choose what to print, see it, print or save it.

Left the options (`ui.dialogs.print_options`), right a live preview
(`ui.dialogs.pdf_preview`): the engine's PDF bytes shown by QtPdf, all pages (a
landscape duk whole, a report fitted to the width). The PDF is built in a worker
thread after a short pause in the option changes, so the dialog never freezes on a
big duk; a newer build makes an older one's result stale. Printing paints the
previewed pages onto the system printer; saving uses the engine's atomic writer.
Errors are shown calmly in the dialog, and only the kind of event reaches the
audit log, never what was printed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from samtaleduk.domain.model import Case, Meeting
from samtaleduk.errors import UserError
from samtaleduk.messages import os_reason
from samtaleduk.templates.model import Template
from ui.dialogs import file_dialogs
from ui.dialogs.pdf_preview import PdfPreview
from ui.dialogs.print_audit import log_printed
from ui.dialogs.print_job import PrintChoice, PrintSubject, What, prepare_printer, print_document
from ui.dialogs.print_options import PrintOptions
from ui.tools.jobs import jobs

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250
"""Wait this long after the last option change before building the PDF."""


class PrintDialog(QDialog):
    """The print dialog for one meeting. `store` (optional) gets audit events."""

    preview_ready = Signal(int)
    """A preview was loaded; its page count."""
    saved = Signal(str)
    """A PDF was written to this path."""
    failed = Signal(str)
    """A message was shown instead of a preview, a print or a save."""

    def __init__(self, case: Case, meeting: Meeting, template: Template, *,
                 meetings: Sequence[Meeting] = (), templates: Sequence[Template] | None = None,
                 store: Any = None, ui_lang: str = "nn", export: bool = False,
                 what: What | None = None, compare_with: Meeting | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printDialog")
        self.setModal(True)
        # `what` presets the choice (the comparison and journey windows); the
        # evaluation then compares `compare_with` with `meeting`.
        self.subject = PrintSubject.frozen(case, meeting, template, meetings, templates,
                                           compare_with)
        self._store = store
        self._case_id = case.id
        self._export_first = export
        previous = self.subject.previous
        self.options = PrintOptions(template, lang=case.language, ui_lang=ui_lang,
                                    previous_number=previous[0].number if previous else None)
        if what is not None and self.options.what_buttons[what].isEnabled():
            self.options.select(what)
        self.options.setMinimumWidth(max(300, self.fontMetrics().averageCharWidth() * 40))
        self.options.setMaximumWidth(max(380, self.fontMetrics().averageCharWidth() * 52))

        self.preview = PdfPreview(self, "printPreview")
        self.preview.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.view.setPageSpacing(12)

        self.status = QLabel()
        self.status.setObjectName("printStatus")
        self.status.setProperty("role", "muted")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # an endless "working" bar
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(140)
        self.busy.setMaximumHeight(self.fontMetrics().height() // 2 + 4)
        self.message = QLabel()
        self.message.setObjectName("printMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()

        self.print_button = QPushButton()
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton()
        self.save_button.setObjectName("savePdfButton")
        self.close_button = QPushButton()
        self.close_button.setObjectName("closePrint")
        first = self.save_button if export else self.print_button
        first.setProperty("role", "primary")
        first.setDefault(True)
        self.print_button.clicked.connect(self.ask_and_print)
        self.save_button.clicked.connect(self.ask_and_save)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.ask_and_print)

        right = QVBoxLayout()
        right.setSpacing(6)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.busy)
        right.addLayout(status_row)
        right.addWidget(self.preview.view, 1)
        right.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.save_button, self.print_button, self.close_button):
            buttons.addWidget(b)
        main = QHBoxLayout()
        main.setSpacing(16)
        # At a large text size the options outgrow a laptop's height: they
        # scroll rather than squeeze their buttons.
        self.options_scroll = QScrollArea()
        self.options_scroll.setWidgetResizable(True)
        self.options_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.options_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.options_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.options_scroll.setWidget(self.options)
        main.addWidget(self.options_scroll)
        main.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 14)
        outer.addLayout(main, 1)
        outer.addLayout(buttons)

        self._token = 0
        self._preview_token = -1
        self._save_token = -1
        self._shown: PrintChoice | None = None
        self._pending_choice = PrintChoice()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.options.changed.connect(self._options_changed)

        self.retranslate()
        self._fit_to_screen()
        self.refresh()

    def _fit_to_screen(self) -> None:
        """Large enough to read the preview, never larger than the screen (a
        1366×768 laptop is common in the meeting room)."""
        # Never narrower than the options' longest line (200 % text, long words).
        self.ensurePolished()
        for w in self.options.findChildren(QWidget):
            w.ensurePolished()
        need = self.options.sizeHint().width()
        self.options.setMaximumWidth(max(self.options.maximumWidth(), need))
        self.options.setMinimumWidth(max(self.options.minimumWidth(), need))
        bar = self.options_scroll.verticalScrollBar().sizeHint().width()
        self.options_scroll.setMinimumWidth(self.options.minimumWidth() + bar)
        self.options_scroll.setMaximumWidth(self.options.maximumWidth() + bar)
        width, height = max(1100, self.options.minimumWidth() + 760), 780
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, int(room.width() * 0.95))
            height = min(height, int(room.height() * 0.92))
        self.resize(width, height)

    # --- texts ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print"))
        self.print_button.setText(self.tr("&Print …"))
        self.save_button.setText(self.tr("&Save as PDF …"))
        self.close_button.setText(self.tr("Close"))
        self.preview.view.setAccessibleName(self.tr("Preview of the print"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_status(self) -> None:
        if self.is_building():
            self.status.setText(self.tr("Making the preview …"))
        elif self._shown is not None:
            count = self.preview.document.pageCount()
            pages = self.tr("%n pages", "", count)
            size = self.preview.document.pagePointSize(0)
            turn = (self.tr("landscape") if size.width() > size.height()
                    else self.tr("portrait"))
            self.status.setText(f"{pages} · {self._shown.paper.upper()} {turn}")
        else:
            self.status.setText("")
        self.busy.setVisible(self.is_building())
        ready = self._shown is not None and not self.is_building()
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready and self._save_token < 0)

    # --- building the preview ------------------------------------------------------------

    def is_building(self) -> bool:
        return self._preview_token >= 0 or self._debounce.isActive()

    def _options_changed(self) -> None:
        # A new choice starts afresh: an old message would describe another print.
        self.message.hide()
        self._debounce.start()
        self._show_status()

    def refresh(self) -> None:
        """Build the preview for the current options now."""
        self._debounce.stop()
        choice, subject = self.options.choice(), self.subject
        self._pending_choice = choice
        self._preview_token = self._run("preview", lambda: subject.pdf(choice))
        self._show_status()

    def _run(self, kind: str, work: Callable[[], object]) -> int:
        self._token += 1
        token = self._token
        if kind == "preview" and self._save_token < 0:
            jobs().cancel_queued()  # a queued, not yet started preview is out of date
        # The runner's other lane builds one PDF at a time (the engine's font
        # registry is shared); a result for a closed dialog is dropped.
        jobs().run(work, lambda result: self._job_done(token, kind, result), owner=self)
        return token

    def _job_done(self, token: int, kind: str, result: object) -> None:
        if kind == "preview":
            if token != self._preview_token:
                return  # an older build; a newer one is on its way
            self._preview_token = -1
            if isinstance(result, bytes):
                self._load(result, self._pending_choice)
            else:
                self._shown = None
                self.preview.document.close()
                self._show_error(result, self.tr("The preview could not be made."))
            self._show_status()
            if self._export_first and self._shown is not None:
                self._export_first = False
                self.save_button.setFocus()
        elif kind == "save" and token == self._save_token:
            self._save_token = -1
            QGuiApplication.restoreOverrideCursor()
            if isinstance(result, Path):
                self._log(as_pdf=True)
                self.message.hide()
                self.status.setText(self.tr("Saved as %1").replace("%1", result.name))
                self.saved.emit(str(result))
            else:
                self._show_error(result, self.tr("The PDF could not be saved. Nothing was "
                                                 "written."))
            self.save_button.setEnabled(self._shown is not None)

    def _load(self, data: bytes, choice: PrintChoice) -> None:
        self.preview.load(data)
        document = self.preview.document
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            self._shown = None
            self._show_error(None, self.tr("The preview could not be shown."))
            return
        self._shown = choice
        self.message.hide()
        # A landscape duk is seen whole, as on the table; a report is read by width.
        size = document.pagePointSize(0)
        self.preview.view.setZoomMode(QPdfView.ZoomMode.FitInView if size.width() > size.height()
                                      else QPdfView.ZoomMode.FitToWidth)
        self.preview_ready.emit(document.pageCount())

    def _show_error(self, error: object, fallback: str) -> None:
        if isinstance(error, UserError):
            text = str(error)
        elif isinstance(error, OSError):
            # The reason by errno in the UI language, not the system's English.
            text = f"{fallback} ({os_reason(error)})"
        else:
            if isinstance(error, BaseException):
                # The kind only: a message could carry case content.
                log.error("print job failed: %s", type(error).__name__)
            text = fallback
        self.message.setText(text)
        self.message.show()
        self.failed.emit(text)

    # --- printing and saving --------------------------------------------------------------

    def ask_and_print(self) -> None:
        """Open the system print dialog, then print the previewed pages."""
        if self._shown is None or self.is_building():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.preview.document, self._shown.paper,
                        self.subject.file_name(self._shown))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print the previewed pages on `printer` (already set up); False and a
        message if it fails. A print to a PDF file (the system dialog's "print to
        file") writes the previewed PDF itself instead, as "Save as PDF" does."""
        if self._shown is None:
            return False
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and \
                printer.outputFileName():
            return self._print_to_file(Path(printer.outputFileName()))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = print_document(self.preview.document, printer)
        except OSError as exc:
            self._show_error(exc, self.tr("The printer did not take the print. Check that it "
                                          "is on and connected, and try again."))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._log(as_pdf=False)
        self.message.hide()
        self.status.setText(self.tr("Sent to the printer: %1").replace(
            "%1", self.tr("%n pages", "", pages)))
        return True

    def _print_to_file(self, out: Path) -> bool:
        # QPrinter would write pages of pictures (megabytes) with the umask's
        # mode (readable by all); the engine's PDF goes through the atomic writer:
        # the same text, a few dozen kilobytes, readable by the user only.
        from samtaleduk.printing.atomic import write_atomically

        data = self.preview.data()
        if not data:
            return False
        try:
            written = write_atomically(out, data)
        except UserError as exc:
            self._show_error(exc, self.tr("The PDF could not be saved. Nothing was written."))
            return False
        self._log(as_pdf=True)
        self.message.hide()
        self.status.setText(self.tr("Saved as %1").replace("%1", written.name))
        self.saved.emit(str(written))
        return True

    def ask_and_save(self) -> None:
        """Ask where to save (a name without personal data), then save there."""
        if self._shown is None:
            return
        choice = self._shown
        out = file_dialogs.save_path_in_documents(
            self, self.tr("Save as PDF"), self.subject.file_name(choice),
            self.tr("PDF files (*.pdf)"), ".pdf")
        if out is not None:
            self.save_to(out, choice)

    def save_to(self, out: Path, choice: PrintChoice | None = None) -> None:
        """Write the print to `out` in the background; `saved` or `failed` follows."""
        chosen = choice or self._shown or self.options.choice()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.save_button.setEnabled(False)
        subject = self.subject
        self._save_token = self._run("save", lambda: subject.save(chosen, out))

    def _log(self, *, as_pdf: bool) -> None:
        log_printed(self._store, self._case_id, as_pdf=as_pdf)

    def done(self, result: int) -> None:
        self._debounce.stop()
        if self._save_token >= 0:
            # A PDF being written finishes, and says so, before the dialog goes.
            jobs().wait_for_all()
        if self._save_token >= 0:
            self._save_token = -1
            QGuiApplication.restoreOverrideCursor()
        super().done(result)
