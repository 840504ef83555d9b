"""The invitation to the next meeting (Between meetings › Invitation, Ctrl+Shift+I).

Left what the facilitator types (`ui.dialogs.invitation_form`: date, time, length,
place, their contact line, whom to invite, the language, whether the calendar may
name the case), right the letter as it will print (the engine's PDF in QtPdf,
`ui.dialogs.pdf_preview`, built on the job runner after a short pause in typing).
Buttons: print (system dialog, the previewed pages), save as PDF and save a
calendar file (.ics), each with a file name that names no one.
Nothing typed here is stored with the case; the contact line is remembered in
the app's own settings (`Prefs.contact_line`).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from samtaleduk.domain.model import Case, Meeting
from samtaleduk.errors import UserError
from samtaleduk.letters.invitation import Invitation, build_invitation
from samtaleduk.letters.words import letter_file_name
from samtaleduk.templates.model import Template
from ui.dialogs import file_dialogs
from ui.dialogs.document_language import starting_language
from ui.dialogs.invitation_form import InvitationForm, NotUnderstood
from ui.dialogs.pdf_preview import PdfPreview
from ui.dialogs.print_audit import log_printed
from ui.dialogs.print_job import prepare_printer, print_document
from ui.tools.jobs import jobs

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250


class InvitationDialog(QDialog):
    """The invitation after `meeting` of `case` (see the module docstring)."""

    preview_ready = Signal(int)
    saved = Signal(str)
    """A PDF or calendar file was written to this path."""
    failed = Signal(str)

    def __init__(self, case: Case, meeting: Meeting, template: Template, *,
                 contact: str = "", ui_lang: str = "nn", store: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invitationDialog")
        self.setModal(True)
        # Frozen copies: the worker builds from these while the meeting may change.
        self._case = case.model_copy(deep=True)
        self._meeting = meeting.model_copy(deep=True)
        self._template = template
        self._store = store
        self._letter: Invitation | None = None
        self._token = 0
        self._preview_token = -1

        self.form = InvitationForm(self._case, self._meeting, template,
                                   contact=contact or case.facilitator,
                                   lang=starting_language(ui_lang, case))

        self.preview = PdfPreview(self, "invitationPreview")
        self.preview.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.message = QLabel()
        self.message.setObjectName("invitationMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()

        self.save_button = QPushButton()
        self.save_button.setObjectName("invitationSavePdf")
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.print_button = QPushButton()
        self.print_button.setObjectName("invitationPrint")
        self.ics_button = QPushButton()
        self.ics_button.setObjectName("invitationIcs")
        self.close_button = QPushButton()
        self.close_button.setObjectName("invitationClose")
        self.save_button.clicked.connect(self.ask_and_save)
        self.print_button.clicked.connect(self.ask_and_print)
        self.ics_button.clicked.connect(self.ask_and_save_ics)
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.ask_and_print)

        right = QVBoxLayout()
        right.addWidget(self.preview.view, 1)
        right.addWidget(self.message)
        main = QHBoxLayout()
        main.setSpacing(16)
        # At large text or on a low screen the fields are taller than the dialog:
        # they scroll rather than squeeze (a squeezed label loses its last line).
        fields = QScrollArea()
        fields.setWidget(self.form)
        fields.setWidgetResizable(True)
        fields.setFrameShape(QScrollArea.Shape.NoFrame)
        fields.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fields.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        fields.setStyleSheet("QScrollArea, #qt_scrollarea_viewport, #invitationFields "
                             "{ background: transparent; }")
        fields.setMaximumWidth(max(360, self.fontMetrics().averageCharWidth() * 48))
        self.fields = fields
        main.addWidget(fields)
        main.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.ics_button, self.save_button, self.print_button, self.close_button):
            buttons.addWidget(b)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 14)
        outer.addLayout(main, 1)
        outer.addLayout(buttons)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.form.changed.connect(self._changed)
        self.retranslate()
        self.resize(1040, 720)
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            self.resize(min(1040, int(room.width() * 0.95)), min(720, int(room.height() * 0.92)))
        self.refresh()

    # --- texts ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Invitation to the next meeting"))
        self.form.retranslate()
        self.save_button.setText(self.tr("&Save as PDF …"))
        self.print_button.setText(self.tr("&Print …"))
        self.ics_button.setText(self.tr("Calendar &file …"))
        self.close_button.setText(self.tr("Close"))
        self.preview.view.setAccessibleName(self.tr("Preview of the invitation"))
        self._fit_fields_width()

    def _fit_fields_width(self) -> None:
        """A scroll area asks for little room: give it what its widest field
        needs in this language (and a scroll bar), within its maximum."""
        # Not shown yet, the layout has not heard of the new texts: ask it afresh.
        self.form.rows.invalidate()
        self.form.column.invalidate()
        bar = self.fields.verticalScrollBar().sizeHint().width()
        need = self.form.column.minimumSize().width() + bar
        self.fields.setMinimumWidth(min(need, self.fields.maximumWidth()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the letter ---------------------------------------------------------------------

    def letter(self) -> Invitation:
        """The letter for what is typed now; `NotUnderstood` naming a bad date or
        time."""
        return build_invitation(self._case, self._meeting, self._template,
                                self.form.details(), lang=self.form.language())

    def contact_line(self) -> str:
        """The contact line as typed (the controller remembers it)."""
        return self.form.contact_line()

    def _changed(self) -> None:
        self._debounce.start()

    def is_building(self) -> bool:
        return self._preview_token >= 0 or self._debounce.isActive()

    def refresh(self) -> None:
        """Build the preview for what is typed now."""
        from samtaleduk.printing.invitation import invitation_pdf

        self._debounce.stop()
        try:
            letter = self.letter()
        except (NotUnderstood, UserError) as exc:
            self._show_message(str(exc))
            self._set_ready(False)
            return
        self._token += 1
        token = self._token
        self._preview_token = token
        self._set_ready(False)
        jobs().run(lambda: (letter, invitation_pdf(letter)),
                   lambda result: self._built(token, result), owner=self)

    def _built(self, token: int, result: object) -> None:
        if token != self._preview_token:
            return
        self._preview_token = -1
        if not isinstance(result, tuple):
            if isinstance(result, BaseException):
                log.error("invitation preview failed: %s", type(result).__name__)
            self._show_message(self.tr("The preview could not be made."))
            return
        letter, data = result
        self.preview.load(data)
        self._letter = letter
        self.message.hide()
        self._set_ready(True)
        self.preview_ready.emit(self.preview.document.pageCount())

    def _set_ready(self, ready: bool) -> None:
        for b in (self.save_button, self.print_button, self.ics_button):
            b.setEnabled(ready)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.failed.emit(text)

    # --- print, PDF, calendar --------------------------------------------------------------

    def _file_name(self, what: str, suffix: str) -> str:
        letter = self._letter
        return letter_file_name(what, letter.lang if letter else "nn", self._meeting.number + 1,
                                letter.date if letter else None, suffix)

    def ask_and_save(self) -> None:
        """Ask where (a name without personal data), then write the PDF there."""
        if not self.preview.loaded() or self.is_building():
            return
        out = file_dialogs.save_path_in_documents(
            self, self.tr("Save as PDF"), self._file_name("invitation", ".pdf"),
            self.tr("PDF files (*.pdf)"), ".pdf")
        if out is not None:
            self._write(out, self.preview.data(), "printed")

    def ask_and_save_ics(self) -> None:
        """Ask where, then write the calendar file for the facilitator's calendar."""
        from samtaleduk.letters.calendar import CalendarEvent, calendar_file

        letter = self._letter
        if letter is None or self.is_building():
            return
        if letter.date is None:
            self._show_message(self.tr("The calendar file needs a date."))
            return
        out = file_dialogs.save_path_in_documents(
            self, self.tr("Save calendar file"), self._file_name("calendar", ".ics"),
            self.tr("Calendar files (*.ics)"), ".ics")
        if out is None:
            return
        title = self._case.name if self.form.name_in_title.isChecked() else ""
        place = letter.place if self.form.place_in_calendar.isChecked() else ""
        event = CalendarEvent(self._meeting.id, letter.date, letter.time, self.form.length.value(),
                              place, title)
        self._write(out, calendar_file(event, letter.lang),
                    "printed" if title or place else "")

    def _write(self, out: Path, data: bytes, audit: str) -> None:
        from samtaleduk.printing.atomic import write_atomically

        try:
            written = write_atomically(out, data)
        except UserError as exc:
            self._show_message(str(exc))
            return
        if audit:
            self._log(audit)
        self.message.hide()
        self.saved.emit(str(written))

    def ask_and_print(self) -> None:
        """The system print dialog, then the previewed page on the printer."""
        if not self.preview.loaded() or self.is_building():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.preview.document, "a4", self._file_name("invitation", ".pdf"))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_document(self.preview.document, printer)
        except OSError:
            self._show_message(self.tr("The printer did not take the print. Check that it "
                                       "is on and connected, and try again."))
            return
        self._log("printed")

    def _log(self, _event: str) -> None:
        log_printed(self._store, self._case.id)

    def done(self, result: int) -> None:
        self._debounce.stop()
        super().done(result)
