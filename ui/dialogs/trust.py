"""The trust dialogs: bring back a backup, and delete a case for good.

`RestoreDialog` lists backups (the verified candidates when the store was found
damaged, else every backup, checked when chosen), asks for the passphrase, and calls
`samtaleduk.store.restore.restore_backup`, which puts the current store aside and never
deletes anything. `DeleteCaseDialog` says what deletion does, including how long the
case stays in older backups (`samtaleduk.trust.deletion.deletion_text`), and needs an
explicit tick before the delete button works.

`ui.controllers.trust.TrustActions` puts them in the main window. All logic is in
the engine; this module only asks and shows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samtaleduk.errors import UserError
from samtaleduk.store import backup, restore
from samtaleduk.store.backup import BackupInfo
from samtaleduk.trust import deletion
from ui.look.fonts import scaled_font
from ui.tools.jobs import jobs

if TYPE_CHECKING:
    pass

__all__ = ["DeleteCaseDialog", "RestoreDialog", "fit_bold"]


def fit_bold(*buttons: QPushButton) -> None:
    """Room for the text in bold: the theme makes default buttons bold after Qt has
    sized them, which would clip the text."""
    for button in buttons:
        font = QFont(button.font())
        font.setBold(True)
        width = QFontMetrics(font).horizontalAdvance(button.text().replace("&", ""))
        button.setMinimumWidth(width + 2 * 16 + 8)


class RestoreDialog(QDialog):
    """Choose a backup and bring it back (the current store is put aside)."""

    def __init__(self, data_dir: Path, *, message: str = "",
                 candidates: list[BackupInfo] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.data_dir = Path(data_dir)
        self.restored: restore.Restored | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        lay = QVBoxLayout(self)
        self.message = QLabel(message or self.tr(
            "Choose the backup to bring back. The store you have now is put aside in the "
            "folder “aside”, not deleted."))
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        self.backups = QListWidget()
        self.backups.setAccessibleName(self.tr("Backups, newest first"))
        found = candidates if candidates is not None else backup.list_backups(self.data_dir)
        for info in found:
            item = QListWidgetItem(self._describe(info))
            item.setData(256, str(info.path))
            self.backups.addItem(item)
        if self.backups.count():
            self.backups.setCurrentRow(0)
        lay.addWidget(self.backups)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Your passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        lay.addWidget(self.passphrase)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "warning")
        self.problem.hide()
        lay.addWidget(self.problem)
        self.job: int | None = None
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # an endless "working" bar
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        lay.addWidget(self.busy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(self.backups.count() > 0)
        self.buttons.accepted.connect(self.restore_chosen)
        self.buttons.rejected.connect(self.reject)
        fit_bold(self.restore_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        lay.addWidget(self.buttons)
        if not self.backups.count():
            self.message.setText(self.message.text() + " " + self.tr("There are no backups yet."))
        self.passphrase.setFocus()

    def _describe(self, info: BackupInfo) -> str:
        kinds = {"auto": self.tr("automatic"), "manual": self.tr("made by hand"),
                 "after-delete": self.tr("after a deletion"),
                 "after-rekey": self.tr("after a key change"),
                 "before-restore": self.tr("before a restore")}
        kind = kinds.get(info.kind, self.tr("before an update"))
        when = info.made_at.astimezone().strftime("%d.%m.%Y %H:%M")
        return f"{when} · {kind} · {max(1, info.size // 1024)} KiB"

    def chosen(self) -> Path | None:
        item = self.backups.currentItem()
        return Path(str(item.data(256))) if item is not None else None

    def restore_chosen(self) -> None:
        """Check and copy the chosen backup on a worker (a big store takes seconds);
        the dialog shows a busy state and cannot be closed until it is done."""
        chosen = self.chosen()
        if chosen is None or self.job is not None:
            return
        data_dir, passphrase = self.data_dir, self.passphrase.text()
        self._set_busy(True)
        self.job = jobs().run(lambda: restore.restore_backup(data_dir, passphrase, chosen),
                              self._restore_done, owner=self, uses_store=True)

    def _set_busy(self, busy: bool) -> None:
        for w in (self.backups, self.passphrase, self.restore_button,
                  self.buttons.button(QDialogButtonBox.StandardButton.Cancel)):
            w.setEnabled(not busy)
        self.busy.setVisible(busy)
        if busy:
            self.problem.hide()
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _restore_done(self, result: object) -> None:
        self.job = None
        self._set_busy(False)
        if isinstance(result, restore.Restored):
            self.restored = result
            self.passphrase.clear()
            self.accept()
            return
        self.problem.setText(str(result) if isinstance(result, UserError) else self.tr(
            "The backup could not be restored. Nothing was changed."))
        self.problem.show()
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def reject(self) -> None:
        if self.job is not None:
            return  # a restore half done is never cut off
        super().reject()


class DeleteCaseDialog(QDialog):
    """Confirm the complete deletion of one case, then run it with a busy bar.

    `deleting` is the engine call (a VACUUM and a verified backup take seconds on a
    big store); it runs on the job runner's store lane and its result, or the
    exception, is kept in `outcome` before the dialog is accepted. Without it the
    dialog only asks."""

    def __init__(self, case_name: str, lang: str,
                 deleting: Callable[[], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteCaseDialog")
        self._deleting = deleting
        self.job: int | None = None
        self.outcome: object = None
        self.setWindowTitle(self.tr("Delete case"))
        lay = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Delete “%1” for good?").replace("%1", case_name))
        self.heading.setWordWrap(True)
        self.heading.setFont(scaled_font(self.font(), 1.2))
        lay.addWidget(self.heading)
        self.explanation = QLabel(deletion.deletion_text(lang))
        self.explanation.setWordWrap(True)
        lay.addWidget(self.explanation)
        self.understood = QCheckBox(self.tr("I understand that this cannot be undone"))
        lay.addWidget(self.understood)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = self.buttons.addButton(
            self.tr("Delete for good"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setEnabled(False)
        self.understood.toggled.connect(self.delete_button.setEnabled)
        self.delete_button.clicked.connect(self._delete)
        self.buttons.rejected.connect(self.reject)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        fit_bold(self.delete_button, cancel)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.busy_label = QLabel(self.tr("Deleting, then making a new backup …"))
        self.busy_label.setProperty("role", "muted")
        self.busy_label.hide()
        lay.addWidget(self.busy_label)
        lay.addWidget(self.busy)
        lay.addWidget(self.buttons)
        cancel.setFocus()
        # Lines of a readable length at any text size, and the height the
        # wrapped explanation needs at that width (Qt guesses it too low).
        width = self.fontMetrics().averageCharWidth() * 56
        self.setMinimumSize(width, lay.totalHeightForWidth(width))
        self.adjustSize()

    def _delete(self) -> None:
        if self._deleting is None:
            self.accept()
            return
        if self.job is not None:
            return
        for w in (self.understood, self.delete_button,
                  self.buttons.button(QDialogButtonBox.StandardButton.Cancel)):
            w.setEnabled(False)
        self.busy.show()
        self.busy_label.show()
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.job = jobs().run(self._deleting, self._deleted, owner=self, uses_store=True)

    def _deleted(self, outcome: object) -> None:
        self.job = None
        self.outcome = outcome
        self.unsetCursor()
        self.accept()

    def reject(self) -> None:
        if self.job is not None:
            return  # a deletion half done is never cut off
        super().reject()
