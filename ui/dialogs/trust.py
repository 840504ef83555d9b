"""The trust dialogs: bring back a backup, and delete a case for good.

`RestoreDialog` lists backups (the verified candidates when the store was found
damaged, else every backup, checked when chosen), asks for the passphrase, and calls
`samtaleduk.store.restore.restore_backup`, which puts the current store aside and never
deletes anything. `DeleteCaseDialog` says what deletion does, including how long the
case stays in older backups (`samtaleduk.trust.deletion.deletion_text`), and needs an
explicit tick before the delete button works.

`TrustActions` puts them in the main window: the unlock page's damage signal opens
the restore dialog, the File menu gets "Delete case …" and "Restore a backup …", and
once a day after unlocking, closed cases past the retention time are pointed out.
All logic is in the engine; this module only asks and shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samtaleduk.errors import UserError
from samtaleduk.ops import Done
from samtaleduk.ops.cases import delete_case
from samtaleduk.ops.settings import (
    RETENTION_OFFERED,
    mark_retention_offered,
    retention_offer_due,
)
from samtaleduk.store import backup, restore
from samtaleduk.store.backup import BackupInfo
from samtaleduk.store.errors import StoreDamaged
from samtaleduk.store.store import Store
from samtaleduk.trust import deletion
from ui.look.fonts import scaled_font
from ui.tools.jobs import jobs

if TYPE_CHECKING:
    from ui.pages.unlock import UnlockPage
    from ui.shell.menus import MainMenus
    from ui.shell.state import AppState

__all__ = ["RETENTION_OFFERED", "DeleteCaseDialog", "RestoreDialog", "TrustActions"]


class TrustNavigation(Protocol):
    """The main window's steps the trust actions lead to."""

    def show_cases(self) -> None: ...
    def lock(self) -> None: ...


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


class TrustActions(QObject):
    """Wires the dialogs into the main window (see the module docstring); depends on
    the app's state (`ui.shell.state.AppState`), not on the window's attributes."""

    def __init__(self, window: QWidget, state: AppState, menus: MainMenus,
                 unlock_page: UnlockPage, nav: TrustNavigation) -> None:
        super().__init__(window)
        self.window = window
        self.state = state
        self.unlock_page = unlock_page
        self.nav = nav
        self.dialog: QDialog | None = None
        self.act_delete = QAction(window)
        self.act_delete.triggered.connect(self.delete_case)
        self.act_restore = QAction(window)
        self.act_restore.triggered.connect(self.restore_backup)
        menu = menus.file_menu
        before = menus.act_lock
        menu.insertAction(before, self.act_delete)
        menu.insertAction(before, self.act_restore)
        menu.insertSeparator(before)
        unlock_page.damaged.connect(self.on_damaged)
        state.unlocked.connect(self.offer_retention)
        self.retention_box: QMessageBox | None = None
        state.page_changed.connect(lambda _p: self.update())
        window.installEventFilter(self)
        self.retranslate()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.act_delete.setText(self.tr("D&elete case for good …"))
        self.act_restore.setText(self.tr("&Restore a backup …"))

    def update(self) -> None:
        open_case = self.state.store is not None and self.state.case is not None
        self.act_delete.setEnabled(open_case and self.state.page == "case")

    # --- deleting -------------------------------------------------------------------

    def delete_case(self) -> None:
        store, case = self.state.store, self.state.case
        if store is None or case is None:
            return
        dialog = DeleteCaseDialog(
            case.name, case.language,
            deleting=lambda: delete_case(store, case.id),
            parent=self.window)
        self.dialog = dialog

        def done(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            outcome = dialog.outcome
            if result != QDialog.DialogCode.Accepted or outcome is None:
                return
            if isinstance(outcome, BaseException):
                text = str(outcome) if isinstance(outcome, UserError) else self.tr(
                    "The case could not be deleted. Nothing was changed.")
                QMessageBox.warning(self.window, self.tr("Not deleted"), text)
                return
            if isinstance(outcome, Done):
                # The case page clears itself, the case list reads the cases again.
                self.state.publish(outcome.changes)
                outcome = outcome.value
            self.nav.show_cases()
            problem = getattr(outcome, "backup_problem", None)
            if problem:
                QMessageBox.warning(self.window, self.tr("Backup not made"), problem)

        dialog.finished.connect(done)
        dialog.open()

    # --- retention ------------------------------------------------------------------

    def offer_retention(self, store: object) -> None:
        """Once a day after unlocking: say how many closed cases are past the
        retention time. Only offered; deleting stays the user's choice."""
        if not isinstance(store, Store) or self.state.store is not store:
            return
        today = dt.date.today()
        if not retention_offer_due(store, today):
            return
        due = deletion.cases_past_retention(store, today)
        if not due:
            return
        self.state.publish(mark_retention_offered(store, today))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Cases to delete"), self.tr(
            "Closed cases past the retention time of %1 days: %2. Open them under "
            "“Closed cases” and choose File › Delete case for good. Nothing is deleted "
            "unless you do it.").replace("%1", str(deletion.retention_days(store)))
            .replace("%2", str(len(due))), QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("retentionOffer")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.retention_box = box
        box.finished.connect(lambda _r: setattr(self, "retention_box", None))
        box.open()

    # --- restoring ------------------------------------------------------------------

    def restore_backup(self) -> None:
        """From the menu: lock first (the store must be closed), then choose."""
        if self.state.store is not None:
            self.nav.lock()
            if self.state.store is not None:
                return  # the lock was refused
        self._open_restore("", None)

    def on_damaged(self, exc: object) -> None:
        """The unlock page found the store damaged: offer the verified backups."""
        if isinstance(exc, StoreDamaged):
            # store.errors holds them as plain objects: backup imports errors, not back.
            found = [c for c in exc.candidates if isinstance(c, BackupInfo)]
            self._open_restore(str(exc), found)

    def _open_restore(self, message: str, candidates: list[BackupInfo] | None) -> None:
        dialog = RestoreDialog(self.state.data_dir, message=message, candidates=candidates,
                               parent=self.window)
        self.dialog = dialog

        def done(_result: int) -> None:
            self.dialog = None
            if dialog.restored is not None:
                self.unlock_page.refresh_mode()
                self.unlock_page.show_message(self.tr(
                    "The backup is back. Unlock with your passphrase."))
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
