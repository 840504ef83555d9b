"""The report of duk files that could not be read, or that differ from the version
the cases were written with (issue 14).

It waits for the unlock: a box opened over the unlock page took the keystrokes
meant for the passphrase. Then it opens beside the window, not modal, and lists
*every* problem in a scrollable text (the old box cut the list at ten). Only file
names, lines, fields and problems are shown, never a case's content.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class Shown(Protocol):
    """A duk file's problem or change: `message()` renders it in the current language."""

    def message(self) -> str: ...


class DukProblemsDialog(QDialog):
    """Every duk file problem and every file changed without a version bump, in the
    UI's language (rendered again when it changes)."""

    def __init__(self, problems: Sequence[Shown], changed: Sequence[Shown],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dukProblemsDialog")
        self.setModal(False)
        self._problems, self._changed = problems, changed
        lay = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        self.details = QPlainTextEdit()
        self.details.setObjectName("dukProblemsList")
        self.details.setReadOnly(True)
        lay.addWidget(self.details, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        lay.addWidget(self.buttons)
        self.resize(max(560, self.fontMetrics().averageCharWidth() * 90),
                    self.fontMetrics().lineSpacing() * 24)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language (the listed problems are the engine's)."""
        self.setWindowTitle(self.tr("Problems with duk files"))
        parts: list[str] = []
        if self._problems:
            parts.append(self.tr(
                "Problems found in duk files: %1. These files are left out; a case that "
                "used one goes on with the version stored with its meetings, so nothing "
                "is lost. Correct the files (check one with: samtaleduk duker check FILE).")
                .replace("%1", str(len(self._problems))))
        if self._changed:
            parts.append(self.tr(
                "Some duk files were changed without raising their version. Cases, "
                "prints and new meetings use the stored version; raise \u201cversion\u201d "
                "in the file to use the changes."))
        self.intro.setText("\n\n".join(parts))
        self.details.setPlainText("\n".join(
            p.message() for p in [*self._problems, *self._changed]))

    def text(self) -> str:
        """Everything the dialog says (for tests and the accessible description)."""
        return self.intro.text() + "\n" + self.details.toPlainText()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _show(window: Any) -> None:
    problems: list[Shown] = list(window.templates.problems)
    changed: list[Shown] = []
    if window.store is not None:
        from samtaleduk.templates.identity import find_drift

        changed = list(find_drift(window.store, window.templates))
    if not problems and not changed:
        return
    dialog = DukProblemsDialog(problems, changed, parent=window)
    window.duk_problems = dialog
    dialog.show()


def report_after_unlock(window: Any) -> None:
    """Show the report once, just after the store is unlocked (at once when it is
    open already)."""
    if window.store is not None:
        _show(window)
        return

    def unlocked(_store: object) -> None:
        window.unlock_page.unlocked.disconnect(unlocked)
        # After the window's own slot has opened the store and shown the cases.
        QTimer.singleShot(0, lambda: _show(window))

    window.unlock_page.unlocked.connect(unlocked)
