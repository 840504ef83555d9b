"""Changing the data key from the app: File › Change the data key …, and offered
once after unlocking when IT has set the passphrase with the recovery key.

The store is locked first (the engine's `samtaleduk.trust.rekey.rekey` re-encrypts a copy
and swaps it in, so nothing may hold the store open); `RekeyDialog` asks for the
passphrase, runs the re-key on a worker thread with a progress bar that follows the
engine's steps, and says what was done. All logic is in the engine.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from samtaleduk.trust import rekey
from ui.dialogs.work import WorkDialog

if TYPE_CHECKING:
    pass


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
            lines.append(self.tr("A new backup was made; %n backups under the old key were "
                                 "deleted.", "", result.removed_backups))
        if result.backup_problem:
            lines.append(result.backup_problem)
        if result.recovery == "kept":
            lines.append(self.tr("Recovery by IT works with the new key."))
        elif result.recovery == "dropped":
            lines.append(self.tr("Recovery by IT was of the old kind and is no longer set up: "
                                 "ask IT to set it up again."))
        self.show_done(" ".join(lines))
