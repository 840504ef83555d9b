"""The minutes for the record system (Between meetings › Minutes, Ctrl+Shift+M).

Shows the meeting's minutes (`samtaleduk.letters.minutes`) as they will be
copied, in the chosen language, with two ways out: copy to the clipboard (as the
app's own text, which the clipboard guard clears when the app locks or quits, if
it is still there) or save as a text file whose name names no one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samtaleduk.domain.model import Case, Meeting
from samtaleduk.errors import UserError
from samtaleduk.letters.minutes import build_minutes
from samtaleduk.letters.words import letter_file_name
from samtaleduk.templates.model import Template
from ui.dialogs import file_dialogs
from ui.dialogs.document_language import chosen_language, language_buttons, starting_language
from ui.dialogs.print_audit import log_printed


class MinutesDialog(QDialog):
    """One meeting's minutes to copy or save; `copy` puts them on the clipboard."""

    copied = Signal()
    saved = Signal(str)

    def __init__(self, case: Case, meeting: Meeting, template: Template, *,
                 copy: Callable[[str], None], ui_lang: str = "nn", store: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minutesDialog")
        self.setModal(True)
        self._case, self._meeting, self._template = case, meeting, template
        self._copy = copy
        self._store = store
        self.lang_group, self.lang_buttons = language_buttons(
            self, "minutes", starting_language(ui_lang, case))
        row = QHBoxLayout()
        self.lang_label = QLabel()
        row.addWidget(self.lang_label)
        for button in self.lang_buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        self.text = QPlainTextEdit()
        self.text.setObjectName("minutesText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Minutes"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("minutesStatus")
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("minutesCopy")
        self.copy_button.setProperty("role", "primary")
        self.copy_button.setDefault(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("minutesSave")
        self.close_button = QPushButton()
        self.close_button.setObjectName("minutesClose")
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.save_button.clicked.connect(self.ask_and_save)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for b in (self.save_button, self.copy_button, self.close_button):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 14, 16, 14)
        lay.addLayout(row)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.hint)
        lay.addLayout(buttons)
        self.lang_group.idToggled.connect(self._lang_toggled)
        self.retranslate()
        self.show_minutes()
        self.resize(720, 620)
        self.copy_button.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Minutes for the record"))
        self.lang_label.setText(self.tr("Language:"))
        self.hint.setText(self.tr(
            "For the service's record system or Stafettloggen. The notes are not included. "
            "What you copy is removed from the clipboard when Samtaleduk locks."))
        self.copy_button.setText(self.tr("&Copy"))
        self.save_button.setText(self.tr("&Save as text …"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def language(self) -> str:
        return chosen_language(self.lang_buttons)

    def minutes_text(self) -> str:
        return build_minutes(self._case, self._meeting, self._template,
                             lang=self.language()).text()

    def _lang_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.show_minutes()

    def show_minutes(self) -> None:
        self.text.setPlainText(self.minutes_text())
        self.status.setText("")

    def copy_to_clipboard(self) -> None:
        """Put the minutes on the clipboard (cleared at lock while still there)."""
        self._copy(self.minutes_text())
        log_printed(self._store, self._case.id)
        self.status.setText(self.tr("Copied. Paste it into the record system."))
        self.copied.emit()

    def ask_and_save(self) -> None:
        """Ask where (a name without personal data), then write the text file."""
        from samtaleduk.printing.atomic import write_atomically

        name = letter_file_name("minutes", self.language(), self._meeting.number,
                                self._meeting.date, ".txt")
        out = file_dialogs.save_path_in_documents(self, self.tr("Save minutes"), name,
                                                  self.tr("Text files (*.txt)"), ".txt")
        if out is None:
            return
        try:
            written = write_atomically(out, self.minutes_text().encode("utf-8"))
        except UserError as exc:
            self.status.setText(str(exc))
            return
        log_printed(self._store, self._case.id)
        self.status.setText(self.tr("Saved as %1").replace("%1", written.name))
        self.saved.emit(str(written))
