"""A fresh process for the file-dialog test: Qt reads where its user settings go
once per process, so the test's HOME must be in place before Qt starts.

`python -m tests.faults.file_dialog_child DATA FAMILY_FOLDER` starts as the app
does (`ui.shell.app.prepare` on DATA), then goes through the case-file dialogs (save,
open) and the access dialog's folder choice, each time picking something inside
FAMILY_FOLDER in Qt's own file dialog, and prints what the dialogs were given.
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    data, family = Path(sys.argv[1]), Path(sys.argv[2])
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

    from samtaleduk.domain.model import Case
    from samtaleduk.store.store import FAST_KDF, Store
    from ui.dialogs.handover import AccessDialog, ExportDialog, ImportDialog
    from ui.shell import app as app_module

    app = app_module.application()
    app_module.prepare(app, data)
    store = Store.create(data, "ei lang og god passordfrase", FAST_KDF)
    case = Case(name=family.name, template_id="familie")  # the folder is named after it
    store.save_case(case)
    case_id = uuid.UUID(str(case.id))
    received = family / "sak-1234.samtaleduk"
    received.write_bytes(b"x")

    def answer(target: Path) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, lambda: answer(target))
            return
        if target.is_dir():
            # A folder dialog's accept() would step into the folder; OK takes it.
            dialog.setDirectory(str(target.parent))
            dialog.selectFile(str(target))
            dialog.done(QDialog.DialogCode.Accepted)
            return
        dialog.setDirectory(str(target.parent))
        dialog.selectFile(str(target))
        dialog.accept()

    export = ExportDialog(store, case_id, kdf=FAST_KDF)
    QTimer.singleShot(0, lambda: answer(family / "overlevering.samtaleduk"))
    export.choose_file()
    importing = ImportDialog(store)
    QTimer.singleShot(0, lambda: answer(received))
    importing.choose_file()
    access = AccessDialog(store, case_id, "nn")
    QTimer.singleShot(0, lambda: answer(family))
    access.choose_folder()
    print(export.path.text())
    print(importing.path.text())
    print(access.folder.text())
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
