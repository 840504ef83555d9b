"""Between meetings › Pilot figures: choose a period, see the figures, save them.

The figures are counted on the store's lane of the job runner with a progress bar
(over 10,000 cases it takes a while); the preview is the report's plain text, the
same words as the PDF. Saving builds the PDF or the CSV on the other lane and writes
it atomically. The dialog shows nothing the report does not hold: counts and words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from samtaleduk.pilot import PilotReport
from samtaleduk.pilot.facts import Progress
from samtaleduk.pilot.tables import to_csv, to_text
from ui.dialogs import file_dialogs
from ui.dialogs.work import WorkDialog
from ui.tools.jobs import Report, jobs

Make = Callable[[dt.date, dt.date, Progress], PilotReport]
"""Counts the figures of a period (on a worker), reporting (read, total) meetings."""


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last twelve months up to and including `today`."""
    try:
        year_before = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        year_before = today.replace(year=today.year - 1, day=28)
    return year_before + dt.timedelta(days=1), today


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class PilotReportDialog(WorkDialog):
    """The period, the preview, and saving as PDF or CSV (see the module docstring)."""

    def __init__(self, make: Make, *, ui_lang: str, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pilotReportDialog")
        self.make = make
        self.report: PilotReport | None = None
        start, end = default_period(today)
        self.start_edit = QDateEdit(_qdate(start))
        self.end_edit = QDateEdit(_qdate(end))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.dateChanged.connect(self._period_changed)
        self.lang_box = QComboBox()
        for code, name in (("nn", "Nynorsk"), ("nb", "Bokmål"), ("en", "English")):
            self.lang_box.addItem(name, code)
        self.lang_box.setCurrentIndex(max(0, self.lang_box.findData(ui_lang)))
        self.lang_box.currentIndexChanged.connect(self._show)
        self.labels = [QLabel() for _ in range(3)]
        for label, field in zip(self.labels, (self.start_edit, self.end_edit, self.lang_box),
                                strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("pilotPreview")
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setMinimumHeight(self.fontMetrics().height() * 22)
        self.lay.addWidget(self.preview, 1)
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("pilotSavePdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.csv_button = QPushButton()
        self.csv_button.setObjectName("pilotSaveCsv")
        self.csv_button.clicked.connect(self.save_csv)
        for button in (self.pdf_button, self.csv_button):
            self.buttons.addButton(button, self.buttons.ButtonRole.ActionRole)
            button.setAutoDefault(False)
        self._finish_layout()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)
        self.retranslate()
        self._enable_saving()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        # The button box makes Cancel the default once it is shown (after this);
        # Enter must count the figures, from the date fields too.
        QTimer.singleShot(0, self, lambda: self.go_button.setDefault(True))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pilot figures"))
        self.intro.setText(self.tr(
            "Anonymous figures for the municipality over a period: cases, meetings, goals, "
            "actions and consents. No names and no free text; every count under 5 reads "
            "“< 5”."))
        for label, text in zip(self.labels, (self.tr("&From"), self.tr("&To"),
                                             self.tr("&Language of the report")), strict=True):
            label.setText(text)
        self.go_button.setText(self.tr("&Count the figures"))
        self.pdf_button.setText(self.tr("Save as &PDF …"))
        self.csv_button.setText(self.tr("Save as CS&V …"))
        self.preview.setAccessibleName(self.tr("The figures"))
        self.preview.setPlaceholderText(self.tr(
            "Choose the period and press Enter to count the figures."))

    # --- counting -------------------------------------------------------------------

    @property
    def period(self) -> tuple[dt.date, dt.date]:
        return _date(self.start_edit.date()), _date(self.end_edit.date())

    def _period_changed(self) -> None:
        self.report = None
        self.preview.clear()
        self._enable_saving()

    def go(self) -> None:
        start, end = self.period
        if end < start:
            self.show_problem(self.tr("The period ends before it starts."))
            return

        def reporting(report: Report) -> object:
            def progress(read: int, total: int) -> None:
                report((read, total))

            return self.make(start, end, progress)

        self.busy.setRange(0, 0)
        self.run(lambda: None, self._counted, self.tr("Counting the figures …"),
                 on_progress=self._progress, reporting=reporting)

    def _progress(self, value: object) -> None:
        if isinstance(value, tuple) and len(value) == 2 and value[1]:
            self.busy.setRange(0, int(value[1]))
            self.busy.setValue(int(value[0]))

    def _counted(self, result: object) -> None:
        if not isinstance(result, PilotReport):
            self.show_problem(self.error_text(result, self.tr(
                "The figures could not be counted.")))
            return
        self.report = result
        self._show()
        self._enable_saving()
        self.pdf_button.setFocus()

    def _show(self) -> None:
        if self.report is not None:
            self.preview.setPlainText(to_text(self.report, self.lang))

    def _enable_saving(self) -> None:
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(self.report is not None)

    @property
    def lang(self) -> str:
        return str(self.lang_box.currentData())

    # --- saving ---------------------------------------------------------------------

    def save_pdf(self) -> None:
        self._save(self.tr("Save the pilot figures as PDF"), "gevinstmaling.pdf",
                   self.tr("PDF files (*.pdf)"), "pdf")

    def save_csv(self) -> None:
        self._save(self.tr("Save the pilot figures as CSV"), "gevinstmaling.csv",
                   self.tr("CSV files (*.csv)"), "csv")

    def _save(self, caption: str, name: str, name_filter: str, kind: str) -> None:
        report, lang = self.report, self.lang
        if report is None:
            return
        chosen = file_dialogs.save_file_name(self, caption, name, name_filter)
        if not chosen:
            return
        target = Path(chosen)

        def work() -> object:
            from samtaleduk.printing.atomic import write_atomically

            if kind == "pdf":
                from samtaleduk.printing.pilot_report import write_pilot_pdf

                return write_pilot_pdf(report, lang, target)
            return write_atomically(target, to_csv(report, lang).encode("utf-8-sig"))

        def done(result: object) -> None:
            self._set_busy(False, "")
            self._enable_saving()
            if isinstance(result, Path):
                self.message.setProperty("role", "")
                self.message.setText(self.tr("Saved: %1").replace("%1", result.name))
                self.message.show()
                self._repolish()
            else:
                self.show_problem(self.error_text(result, self.tr(
                    "The file could not be saved.")))

        self._set_busy(True, self.tr("Saving …"))
        jobs().run(work, done, owner=self)
