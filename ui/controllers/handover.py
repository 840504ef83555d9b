"""The handover dialogs in the main window's File menu: hand the case over,
receive a case, and the access copy for the family (see `ui.dialogs.handover`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction

from ui.dialogs.handover import AccessDialog, ExportDialog, ImportDialog
from ui.dialogs.work import WorkDialog

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


class HandoverActions(QObject):
    """Puts the three dialogs in the main window's File menu."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: WorkDialog | None = None
        self.act_export = QAction(window)
        self.act_export.triggered.connect(self.export_case)
        self.act_import = QAction(window)
        self.act_import.triggered.connect(self.import_case)
        self.act_access = QAction(window)
        self.act_access.triggered.connect(self.access_export)
        menu, before = window.menus.file_menu, window.menus.act_print
        for action in (self.act_export, self.act_import, self.act_access):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        window.pages.currentChanged.connect(lambda _i: self.update())
        window.unlock_page.unlocked.connect(lambda _s: self.update())
        window.locked.connect(self.update)
        window.installEventFilter(self)
        self.retranslate()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.act_export.setText(self.tr("&Hand the case over …"))
        self.act_import.setText(self.tr("Rece&ive a case …"))
        self.act_access.setText(self.tr("&Access (copy for the family) …"))

    def update(self) -> None:
        w = self.window
        page = w.pages.currentWidget()
        unlocked = w.store is not None
        on_case = unlocked and page is w.case_page and w.case_page.case is not None
        self.act_export.setEnabled(on_case)
        self.act_access.setEnabled(on_case)
        self.act_import.setEnabled(unlocked and page in (w.cases_page, w.case_page))

    def export_case(self) -> None:
        case = self.window.case_page.case
        if self.window.store is None or case is None:
            return
        self._open(ExportDialog(self.window.store, case.id, kdf=self.window.kdf,
                                parent=self.window))

    def import_case(self) -> None:
        if self.window.store is None:
            return
        self._open(ImportDialog(self.window.store, parent=self.window))

    def access_export(self) -> None:
        case = self.window.case_page.case
        if self.window.store is None or case is None:
            return
        self._open(AccessDialog(self.window.store, case.id, case.language, parent=self.window))

    def _open(self, dialog: WorkDialog) -> None:
        # The idle lock would close the store under a running job: it waits.
        self.window.lock_controller.timer.stop()
        self.dialog = dialog
        self.window.active_dialog = dialog  # a lock closes it (after its job)

        def done(_result: int) -> None:
            self.dialog = None
            if self.window.active_dialog is dialog:
                self.window.active_dialog = None
            if self.window.store is not None:
                self.window.lock_controller.timer.start()
                if isinstance(dialog, ImportDialog) and dialog.imported is not None:
                    self.window.refresh_cases()
                    self.window.open_case(dialog.imported.case_id)  # type: ignore[attr-defined]
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
