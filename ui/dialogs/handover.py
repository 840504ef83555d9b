"""Handing a case over and the family's right of access, in the app.

- `ExportDialog` ("Hand the case over …"): a file name without personal data
  (`sak-<short id>.samtaleduk`) and a passphrase of its own, typed twice, that the
  colleague needs to open the file; `samtaleduk.handover.case_file.export_case` writes it.
- `ImportDialog` ("Receive a case …"): a case file and its passphrase;
  `samtaleduk.ops.cases.import_case` checks everything before it writes anything. A case
  that is already here gets a question: keep both (a copy), replace, cancel.
- `AccessDialog` ("Access (copy for the family) …"): `samtaleduk.handover.access` writes
  the JSON and the PDFs into a new folder inside the one chosen.

Each engine call runs on the job runner, `ui.tools.jobs` (Argon2 and PDFs take seconds), with a
busy bar (`ui.dialogs.work.WorkDialog`); the dialogs are window-modal and cannot be
closed while it runs, and a lock waits for it (`ui.controllers.handover` puts them in
the File menu), so nothing else touches the store meanwhile. Errors are the
engine's one-line Norwegian messages, shown in the dialog.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from samtaleduk.ops import NOTHING, Changes
from samtaleduk.store.files import MIN_NEW_PASSPHRASE_CHARS
from samtaleduk.trust.keyfile import KdfParams
from ui.dialogs import file_dialogs
from ui.dialogs.work import WorkDialog
from ui.tools.new_passphrase import new_passphrase_problem

if TYPE_CHECKING:
    from samtaleduk.handover.case_file import Imported, OnConflict
    from samtaleduk.store.store import Store

log = logging.getLogger(__name__)

CASE_FILE_SUFFIX = ".samtaleduk"


def default_file_name(case_id: uuid.UUID) -> str:
    """A case file's suggested name: the case's short id, never its name."""
    return f"sak-{str(case_id)[:8]}{CASE_FILE_SUFFIX}"


def access_folder(parent: Path, case_id: uuid.UUID, today: dt.date | None = None) -> Path:
    """A new folder for an access export inside `parent` (short id and date only)."""
    base = f"innsyn-{str(case_id)[:8]}-{(today or dt.date.today()).isoformat()}"
    candidate, n = Path(parent) / base, 2
    while candidate.exists():
        candidate, n = Path(parent) / f"{base}-{n}", n + 1
    return candidate


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home()))


class ExportDialog(WorkDialog):
    """Write one case to an encrypted case file with its own passphrase."""

    def __init__(self, store: Store, case_id: uuid.UUID, *, kdf: KdfParams | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportCaseDialog")
        self.store, self.case_id, self.kdf = store, case_id, kdf
        self.written: Path | None = None
        self.with_history = True
        """False when the history made the case too big for one file and was left out."""
        self.path = QLineEdit(str(_documents() / default_file_name(case_id)))
        self.path.setObjectName("caseFilePath")
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.path_label, self.pass_label, self.confirm_label = QLabel(), QLabel(), QLabel()
        self.path_label.setBuddy(self.path)
        self.pass_label.setBuddy(self.passphrase)
        self.confirm_label.setBuddy(self.confirm)
        self.form.addRow(self.path_label, self._file_row(self.path, self.choose_file))
        self.form.addRow(self.pass_label, self.passphrase)
        self.form.addRow(self.confirm_label, self.confirm)
        self._finish_layout()
        self.retranslate()
        self.passphrase.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand the case over"))
        self.intro.setText(self.tr(
            "The case, with all its meetings and their history, is written to one "
            "encrypted file for the colleague who takes over. Choose a passphrase for this "
            "file only (at least %1 characters). The colleague needs it to open the file: "
            "give it to them another way than the file itself, for example by phone.")
            .replace("%1", str(MIN_NEW_PASSPHRASE_CHARS)))
        self.path_label.setText(self.tr("&File"))
        self.pass_label.setText(self.tr("&Passphrase for the file"))
        self.confirm_label.setText(self.tr("&Repeat the passphrase"))
        self.path.setAccessibleName(self.tr("File"))
        self.passphrase.setAccessibleName(self.tr("Passphrase for the file"))
        self.confirm.setAccessibleName(self.tr("Repeat the passphrase"))
        self.choose_button.setText(self.tr("C&hoose …"))
        self.go_button.setText(self.tr("&Write the case file"))

    def choose_file(self) -> None:
        path = file_dialogs.save_file_name(
            self, self.tr("Hand the case over"), self.path.text(),
            self.tr("Samtaleduk case files (*.samtaleduk)"))
        if path:
            self.path.setText(path)

    def problem(self) -> str | None:
        """What is wrong with what was typed, or None."""
        if not self.path.text().strip():
            return self.tr("Choose where to save the case file.")
        return new_passphrase_problem(self.passphrase.text(), self.confirm.text())

    def go(self) -> None:
        if self.working or self.finished_ok:
            return
        problem = self.problem()
        if problem is not None:
            self.show_problem(problem)
            self.confirm.clear()
            self.passphrase.setFocus()
            return
        out = Path(self.path.text().strip())
        if out.suffix != CASE_FILE_SUFFIX:
            out = out.with_name(out.name + CASE_FILE_SUFFIX)
        self._export(out, self.passphrase.text(), history=True)

    def _export(self, out: Path, passphrase: str, *, history: bool) -> None:
        from samtaleduk.handover.case_file import export_case
        from samtaleduk.handover.limits import CaseFileTooBig

        store, case_id, kdf = self.store, self.case_id, self.kdf
        self.with_history = history

        def done(result: object) -> None:
            if history and isinstance(result, CaseFileTooBig):
                # Over the limits a colleague's import would refuse: the case travels
                # without its history rather than not at all.
                self._export(out, passphrase, history=False)
            else:
                self._done(result)

        self.run(lambda: export_case(store, case_id, out, passphrase, kdf=kdf,
                                     revisions=history), done,
                 self.tr("Encrypting the case file …") if history else self.tr(
                     "The history is too big for one file; encrypting the case without "
                     "it …"))

    def _done(self, result: object) -> None:
        if isinstance(result, Path):
            self.written = result
            self.passphrase.clear()
            self.confirm.clear()
            text = self.tr(
                "The case file is saved as %1. Remember: the colleague also needs the "
                "passphrase.").replace("%1", str(result))
            if not self.with_history:
                text += " " + self.tr(
                    "The history of the meetings was too big for one file and was left "
                    "out; every meeting is in the file as last saved.")
            self.show_done(text)
        else:
            self.show_problem(self.error_text(result, self.tr(
                "The case file could not be written. Nothing was saved.")))


class ImportDialog(WorkDialog):
    """Bring in a case file from a colleague (checked whole before anything is written)."""

    def __init__(self, store: Store, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importCaseDialog")
        self.store = store
        self.imported: Imported | None = None
        """`samtaleduk.handover.case_file.Imported` once the case is in."""
        self.changes: Changes = NOTHING
        """What the import changed (for the app's change bus)."""
        self.conflict_box: QMessageBox | None = None
        self.path = QLineEdit()
        self.path.setObjectName("caseFilePath")
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.path_label, self.pass_label = QLabel(), QLabel()
        self.path_label.setBuddy(self.path)
        self.pass_label.setBuddy(self.passphrase)
        self.form.addRow(self.path_label, self._file_row(self.path, self.choose_file))
        self.form.addRow(self.pass_label, self.passphrase)
        self._finish_layout()
        self.retranslate()
        self.choose_button.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Receive a case"))
        self.intro.setText(self.tr(
            "Choose the case file a colleague gave you, and type the passphrase they "
            "chose for it. The whole file is checked before anything is saved."))
        self.path_label.setText(self.tr("&File"))
        self.pass_label.setText(self.tr("&Passphrase for the file"))
        self.path.setAccessibleName(self.tr("File"))
        self.passphrase.setAccessibleName(self.tr("Passphrase for the file"))
        self.choose_button.setText(self.tr("C&hoose …"))
        self.go_button.setText(self.tr("&Receive the case"))

    def choose_file(self) -> None:
        path = file_dialogs.open_file_name(
            self, self.tr("Receive a case"), str(_documents()),
            self.tr("Samtaleduk case files (*.samtaleduk);;All files (*)"))
        if path:
            self.path.setText(path)
            self.passphrase.setFocus()

    def go(self) -> None:
        if self.working or self.finished_ok:
            return
        if not self.path.text().strip():
            self.show_problem(self.tr("Choose the case file first."))
            return
        if not self.passphrase.text():
            self.show_problem(self.tr("Type the passphrase for the file first."))
            self.passphrase.setFocus()
            return
        self.start(None)

    def start(self, on_conflict: OnConflict) -> None:
        """Import with the given resolution (None, "copy" or "replace")."""
        from samtaleduk.ops.cases import import_case

        store, path, passphrase = self.store, Path(self.path.text().strip()), self.passphrase.text()
        self.run(lambda: import_case(store, path, passphrase, on_conflict),
                 self._done, self.tr("Opening and checking the case file …"))

    def _done(self, result: object) -> None:
        from samtaleduk.handover.case_file import BundleConflict, Imported
        from samtaleduk.ops import Done

        if isinstance(result, Done) and isinstance(result.value, Imported):
            self.changes = result.changes
            result = result.value
        if isinstance(result, Imported):
            self.imported = result
            self.passphrase.clear()
            text = self.tr("The case is received: %n meetings.", "", result.meetings)
            if result.replaced:
                text += " " + self.tr("The case that was here before has been replaced.")
            self.show_done(text)
        elif isinstance(result, BundleConflict):
            self.ask_conflict()
        else:
            self.show_problem(self.error_text(result, self.tr(
                "The case file could not be received. Nothing was saved.")))
            self.passphrase.setFocus()
            self.passphrase.selectAll()

    def ask_conflict(self) -> None:
        """The case is already here: keep both, replace it, or stop."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("The case is already here"),
                          self.tr("This case is already in Samtaleduk on this computer. Keep "
                                  "both (the received one is saved as a copy), or replace the "
                                  "one here with the received one? Replacing deletes the one "
                                  "here completely."), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("importConflict")
        self.copy_button = box.addButton(self.tr("&Keep both"),
                                         QMessageBox.ButtonRole.AcceptRole)
        self.replace_button = box.addButton(self.tr("&Replace"),
                                            QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(self.cancel_button)
        self.conflict_box = box

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            self.conflict_box = None
            box.deleteLater()
            if clicked is self.copy_button:
                self.start("copy")
            elif clicked is self.replace_button:
                self.start("replace")
            else:
                self.show_problem(self.tr("Nothing was received."))

        box.finished.connect(answered)
        box.open()


class AccessDialog(WorkDialog):
    """Write everything about one family into a new folder (JSON and PDFs)."""

    def __init__(self, store: Store, case_id: uuid.UUID, lang: str, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accessDialog")
        self.store, self.case_id, self.lang = store, case_id, lang
        self.written: object | None = None
        """`samtaleduk.handover.access.AccessExport` once done."""
        self.folder = QLineEdit(str(_documents()))
        self.folder.setObjectName("accessFolder")
        self.folder_label = QLabel()
        self.folder_label.setBuddy(self.folder)
        self.form.addRow(self.folder_label, self._file_row(self.folder, self.choose_folder))
        self._finish_layout()
        self.retranslate()
        self.go_button.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Access: a copy for the family"))
        self.intro.setText(self.tr(
            "Everything Samtaleduk holds about this family — every meeting as a PDF, the "
            "journey, and all details with their history and the log — is written to a new "
            "folder inside the one you choose. The files are not encrypted: hand them over "
            "safely."))
        self.folder_label.setText(self.tr("&In the folder"))
        self.folder.setAccessibleName(self.tr("In the folder"))
        self.choose_button.setText(self.tr("C&hoose …"))
        self.go_button.setText(self.tr("&Write the copy"))

    def choose_folder(self) -> None:
        path = file_dialogs.existing_directory(self, self.tr("Access: a copy for the family"),
                                               self.folder.text())
        if path:
            self.folder.setText(path)

    def go(self) -> None:
        if self.working or self.finished_ok:
            return
        if not self.folder.text().strip():
            self.show_problem(self.tr("Choose a folder first."))
            return
        from samtaleduk.handover.access import access_export

        out = access_folder(Path(self.folder.text().strip()), self.case_id)
        store, case_id, lang = self.store, self.case_id, self.lang
        self.run(lambda: access_export(store, case_id, out, lang=lang), self._done,
                 self.tr("Writing the copy: one PDF per meeting …"))

    def _done(self, result: object) -> None:
        from samtaleduk.handover.access import AccessExport

        if isinstance(result, AccessExport):
            self.written = result
            self.show_done(self.tr("Written: %n files in the folder %1.", "", len(result.files))
                           .replace("%1", str(result.folder)))
        else:
            self.show_problem(self.error_text(result, self.tr(
                "The copy could not be written. Check the folder and try again.")))
