"""The base of the handover dialogs: one engine call in the background.

`WorkDialog` runs the call on the application's job runner (`ui.tools.jobs`) with a busy bar, shows the
outcome (or the engine's calm one-line error) in a message line, and cannot be
closed while the call runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samtaleduk.errors import UserError
from samtaleduk.messages import os_reason
from ui.tools.jobs import Report, jobs

log = logging.getLogger(__name__)


class WorkDialog(QDialog):
    """A dialog that runs one engine call in the background with a busy bar, shows
    the outcome in a message line, and cannot be closed while working."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.job: int | None = None
        """The running job's id, None when idle."""
        self.lay = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.lay.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.lay.addLayout(self.form)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.message = QLabel()
        self.message.setObjectName("handoverMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_button.setProperty("role", "primary")
        self.go_button.setDefault(True)
        self.buttons.accepted.connect(self.go)
        self.buttons.rejected.connect(self.reject)
        self.finished_ok = False

    def _finish_layout(self) -> None:
        self.lay.addWidget(self.busy)
        self.lay.addWidget(self.message)
        self.lay.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)

    def _file_row(self, field: QLineEdit, choose: Callable[[], None]) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(field, 1)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(choose)
        box.addWidget(self.choose_button)
        return row

    def go(self) -> None:
        """Start the work (subclasses)."""

    @property
    def working(self) -> bool:
        return self.job is not None

    def show_problem(self, text: str) -> None:
        self.message.setProperty("role", "error")
        self.message.setText(text)
        self.message.show()
        self._repolish()

    def show_done(self, text: str) -> None:
        """The work is done: say so, and leave only a Close button."""
        self.finished_ok = True
        self.message.setProperty("role", "")
        self.message.setText(text)
        self.message.show()
        self._repolish()
        self.go_button.hide()
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Close"))
        cancel.setFocus()

    def _repolish(self) -> None:
        style = self.message.style()
        style.unpolish(self.message)
        style.polish(self.message)

    def run(self, work: Callable[[], object], done: Callable[[object], None],
            busy_text: str, *, on_progress: Callable[[object], None] | None = None,
            reporting: Callable[[Report], object] | None = None) -> None:
        """Run `work` in the background; `done` gets its result or exception. Work
        that reports its steps is given as `reporting(report)` with `on_progress`."""
        self._set_busy(True, busy_text)

        def finished(result: object) -> None:
            self.job = None
            self._set_busy(False, "")
            done(result)

        # Every handover call reads or writes the store or its folder.
        if reporting is not None and on_progress is not None:
            self.job = jobs().run_reporting(reporting, finished, on_progress, owner=self,
                                            uses_store=True)
        else:
            self.job = jobs().run(work, finished, owner=self, uses_store=True)

    def _set_busy(self, busy: bool, text: str) -> None:
        for w in self.findChildren(QLineEdit) + self.findChildren(QPushButton):
            w.setEnabled(not busy)
        self.busy.setVisible(busy)
        if busy:
            self.message.setProperty("role", "muted")
            self.message.setText(text)
            self.message.show()
            self._repolish()
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.message.hide()
            self.unsetCursor()

    def error_text(self, error: object, fallback: str) -> str:
        if isinstance(error, UserError):
            return str(error)
        if isinstance(error, OSError):
            # The reason by errno in the UI language, not the system's English.
            return f"{fallback} ({os_reason(error)})"
        # A bug, not the user's mistake: the kind only, a message could carry content.
        log.error("%s failed: %s", self.objectName(), type(error).__name__)
        return fallback

    def reject(self) -> None:
        if self.working:
            return  # the engine call must finish; it is never cut off half-way
        super().reject()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set the texts (subclasses)."""
