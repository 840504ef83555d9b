"""Changing the data key from the app: File › Change the data key …, and offered
once after unlocking when IT has set the passphrase with the recovery key.

The store is locked first (the engine's `samtaleduk.trust.rekey.rekey` re-encrypts a copy
and swaps it in, so nothing may hold the store open); `RekeyDialog` asks for the
passphrase, runs the re-key on a worker thread with a progress bar that follows the
engine's steps, and says what was done. All logic is in the engine.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from samtaleduk.store.store import Store, store_exists
from samtaleduk.trust import rekey
from ui.dialogs.work import WorkDialog

if TYPE_CHECKING:
    from ui.pages.unlock import UnlockPage
    from ui.shell.menus import MainMenus
    from ui.shell.state import AppState


class Locker(Protocol):
    """The main window's lock (the store must be closed for a re-key)."""

    def lock(self) -> None: ...


class RekeyDialog(WorkDialog):
    """Ask for the passphrase and change the data key of the (closed) store."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rekeyDialog")
        self.data_dir = Path(data_dir)
        self.result_: rekey.Rekeyed | None = None
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.form.addRow(self.passphrase_label, self.passphrase)
        self._finish_layout()
        self.retranslate()
        self.passphrase.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the data key"))
        self.intro.setText(self.tr(
            "Your cases get a new encryption key. Afterwards an old copy of the key file, "
            "with an old passphrase, no longer opens them, and the backups are made again "
            "under the new key. Your passphrase stays the same. Do this after IT has "
            "reset your passphrase, or if a copy of the key file may have gone astray."))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Your passphrase"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.go_button.setText(self.tr("C&hange the key"))

    def step_text(self, step: str) -> str:
        """The words for one engine step (`samtaleduk.trust.rekey.STEPS`)."""
        return {
            "check": self.tr("Checking the passphrase and the store …"),
            "copy": self.tr("Encrypting a copy with the new key and checking it …"),
            "key": self.tr("Writing the new key into the key file …"),
            "swap": self.tr("Switching to the new copy …"),
            "backup": self.tr("Making a new, checked backup …"),
            "clean": self.tr("Deleting the backups under the old key …"),
        }.get(step, "")

    def go(self) -> None:
        if self.working or not self.passphrase.text():
            return
        data_dir, secret = self.data_dir, self.passphrase.text()
        # The engine's steps reach the bar through the job runner (queued to the GUI
        # thread: the worker never touches a widget).
        self.run(lambda: None, self._done, self.step_text("check"),
                 reporting=lambda report: rekey.rekey(
                     data_dir, secret, progress=lambda i, s: report((i, s))),
                 on_progress=self._on_step)
        # A bar that follows the steps, not an endless one.
        self.busy.setRange(0, len(rekey.STEPS))
        self.busy.setValue(0)

    def _on_step(self, value: object) -> None:
        index, step = value if isinstance(value, tuple) else (0, "")
        if self.working:
            self.busy.setValue(index)
            self.message.setText(self.step_text(step))

    def _done(self, result: object) -> None:
        self.busy.setValue(len(rekey.STEPS))
        if not isinstance(result, rekey.Rekeyed):
            self.show_problem(self.error_text(
                result, self.tr("The data key could not be changed. Nothing was changed.")))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.result_ = result
        self.passphrase.clear()
        lines = [self.tr("The data key is changed. An old copy of the key file no longer "
                         "opens your cases. Unlock with your passphrase.")]
        if result.backup is not None:
            lines.append(self.tr("A new backup was made; %1 backup(s) under the old key were "
                                 "deleted.").replace("%1", str(result.removed_backups)))
        if result.backup_problem:
            lines.append(result.backup_problem)
        if result.recovery == "kept":
            lines.append(self.tr("Recovery by IT works with the new key."))
        elif result.recovery == "dropped":
            lines.append(self.tr("Recovery by IT was of the old kind and is no longer set up: "
                                 "ask IT to set it up again."))
        self.show_done(" ".join(lines))


class RekeyActions(QObject):
    """File › Change the data key …, and the offer after a recovery."""

    def __init__(self, window: QWidget, state: AppState, menus: MainMenus,
                 unlock_page: UnlockPage, nav: Locker) -> None:
        super().__init__(window)
        self.window = window
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
        window.installEventFilter(self)
        self.retranslate()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

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
