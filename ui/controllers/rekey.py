"""Changing the data key from the main window: File › Change the data key …, and the
offer once after unlocking when IT has set the passphrase with the recovery key.

The store is locked first (the re-key swaps in a re-encrypted copy, so nothing may
hold the store open), then `ui.dialogs.rekey.RekeyDialog` asks and runs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from samtaleduk.store.store import Store, store_exists
from samtaleduk.trust import rekey
from ui.controllers.menu_actions import MenuActions
from ui.dialogs.rekey import RekeyDialog

if TYPE_CHECKING:
    from ui.pages.unlock import UnlockPage
    from ui.shell.menus import MainMenus
    from ui.shell.state import AppState


class Locker(Protocol):
    """The main window's lock (the store must be closed for a re-key)."""

    def lock(self) -> None: ...


class RekeyActions(MenuActions):
    """File › Change the data key …, and the offer after a recovery."""

    def __init__(self, window: QWidget, state: AppState, menus: MainMenus,
                 unlock_page: UnlockPage, nav: Locker) -> None:
        super().__init__(window, self.retranslate)
        self.state = state
        self.unlock_page = unlock_page
        self.nav = nav
        self.dialog: RekeyDialog | None = None
        self.offer: QMessageBox | None = None
        self.offered = False
        """Asked once per run: the idle lock must not bring the question back each time."""
        self.act_rekey = QAction(window)
        self.act_rekey.setObjectName("actRekey")
        self.act_rekey.triggered.connect(self.change_key)
        menus.file_menu.insertAction(menus.act_lock, self.act_rekey)
        state.unlocked.connect(self.offer_after_recovery)
        state.page_changed.connect(lambda _p: self.update())
        self.retranslate()
        self.update()

    def retranslate(self) -> None:
        self.act_rekey.setText(self.tr("Change the data &key …"))

    def update(self) -> None:
        self.act_rekey.setEnabled(store_exists(self.state.data_dir))

    def change_key(self) -> None:
        """Lock first (the store must be closed), then ask."""
        if self.state.store is not None:
            self.nav.lock()
            if self.state.store is not None:
                return  # the lock was refused (unsaved work kept)
        dialog = RekeyDialog(self.state.data_dir, parent=self.window)
        self.dialog = dialog

        def done(_result: int) -> None:
            self.dialog = None
            if dialog.result_ is not None:
                self.unlock_page.refresh_mode()
                self.unlock_page.show_message(self.tr(
                    "The data key is changed. Unlock with your passphrase."))
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    def offer_after_recovery(self, store: object) -> None:
        """After unlocking with a passphrase IT set with the recovery key: offer the
        re-key (the old passphrase and key file copies still hold the old key)."""
        if (self.offered or not isinstance(store, Store)
                or not rekey.advised(self.state.data_dir)):
            return
        self.offered = True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Change the data key?"), self.tr(
            "IT set your passphrase with the recovery key. Anyone with your old passphrase "
            "and a copy of the key file can still open your cases until the data key is "
            "changed. Change it now? The app locks while it is done."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window)
        box.setObjectName("rekeyOffer")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.offer = box

        def answered(result: int) -> None:
            self.offer = None
            if result == QMessageBox.StandardButton.Yes:
                self.change_key()

        box.finished.connect(answered)
        box.open()
