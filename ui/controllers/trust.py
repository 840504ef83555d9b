"""The trust actions in the main window: restore and delete, and the retention offer.

`TrustActions` puts the trust dialogs (`ui.dialogs.trust`) in the window: the unlock
page's damage signal opens the restore dialog, the File menu gets "Delete case …"
and "Restore a backup …", and once a day after unlocking, closed cases past the
retention time are pointed out. It depends on the app's state, not on the window.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from samtaleduk.errors import UserError
from samtaleduk.ops import Done
from samtaleduk.ops.cases import delete_case
from samtaleduk.ops.settings import (
    mark_retention_offered,
    retention_offer_due,
)
from samtaleduk.store.backup import BackupInfo
from samtaleduk.store.errors import StoreDamaged
from samtaleduk.store.store import Store
from samtaleduk.trust import deletion
from ui.controllers.menu_actions import MenuActions
from ui.dialogs.trust import DeleteCaseDialog, RestoreDialog

if TYPE_CHECKING:
    from ui.pages.unlock import UnlockPage
    from ui.shell.menus import MainMenus
    from ui.shell.state import AppState


class TrustNavigation(Protocol):
    """The main window's steps the trust actions lead to."""

    def show_cases(self) -> None: ...
    def lock(self) -> None: ...



class TrustActions(MenuActions):
    """Wires the dialogs into the main window (see the module docstring); depends on
    the app's state (`ui.shell.state.AppState`), not on the window's attributes."""

    def __init__(self, window: QWidget, state: AppState, menus: MainMenus,
                 unlock_page: UnlockPage, nav: TrustNavigation) -> None:
        super().__init__(window, self.retranslate)
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
        self.retranslate()
        self.update()

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
                QMessageBox.warning(self.window, self.tr("Case deleted"), problem)

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
            "Closed cases past the retention time of %n days: %1. Open them under "
            "“Closed cases” and choose File › Delete case for good. Nothing is deleted "
            "unless you do it.", "", deletion.retention_days(store))
            .replace("%1", str(len(due))), QMessageBox.StandardButton.Ok, self.window)
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
