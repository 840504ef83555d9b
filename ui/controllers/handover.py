"""The handover dialogs in the main window's File menu: hand the case over,
receive a case, and the access copy for the family (see `ui.dialogs.handover`).

Depends on the app's state (`ui.shell.state.AppState`), not on the window: a case
received is put on the change bus, and the window is only asked to show it."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ui.controllers.menu_actions import MenuActions
from ui.dialogs.handover import AccessDialog, ExportDialog, ImportDialog
from ui.dialogs.work import WorkDialog

if TYPE_CHECKING:
    from ui.shell.menus import MainMenus
    from ui.shell.state import AppState
    from ui.shell.window_dialogs import WindowDialogs


class CaseOpener(Protocol):
    """The main window's step to a case."""

    def open_case(self, case_id: uuid.UUID) -> None: ...


class HandoverActions(MenuActions):
    """Puts the three dialogs in the main window's File menu."""

    def __init__(self, window: QWidget, state: AppState, menus: MainMenus,
                 dialogs: WindowDialogs, idle_timer: QTimer, nav: CaseOpener) -> None:
        super().__init__(window, self.retranslate)
        self.state = state
        self._dialogs = dialogs
        self._idle_timer = idle_timer
        self._nav = nav
        self.dialog: WorkDialog | None = None
        self.act_export = QAction(window)
        self.act_export.triggered.connect(self.export_case)
        self.act_import = QAction(window)
        self.act_import.triggered.connect(self.import_case)
        self.act_access = QAction(window)
        self.act_access.triggered.connect(self.access_export)
        menu, before = menus.file_menu, menus.act_print
        for action in (self.act_export, self.act_import, self.act_access):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        state.page_changed.connect(lambda _p: self.update())
        state.unlocked.connect(lambda _s: self.update())
        state.locked.connect(self.update)
        self.retranslate()
        self.update()

    def retranslate(self) -> None:
        self.act_export.setText(self.tr("&Hand the case over …"))
        self.act_import.setText(self.tr("Rece&ive a case …"))
        self.act_access.setText(self.tr("&Access (copy for the family) …"))

    def update(self) -> None:
        state = self.state
        unlocked = state.store is not None
        on_case = unlocked and state.page == "case" and state.case is not None
        self.act_export.setEnabled(on_case)
        self.act_access.setEnabled(on_case)
        self.act_import.setEnabled(unlocked and state.page in ("cases", "case"))

    def export_case(self) -> None:
        case = self.state.case
        if self.state.store is None or case is None:
            return
        self._open(ExportDialog(self.state.store, case.id, kdf=self.state.kdf,
                                parent=self.window))

    def import_case(self) -> None:
        if self.state.store is None:
            return
        self._open(ImportDialog(self.state.store, parent=self.window))

    def access_export(self) -> None:
        case = self.state.case
        if self.state.store is None or case is None:
            return
        self._open(AccessDialog(self.state.store, case.id, case.language, parent=self.window))

    def _open(self, dialog: WorkDialog) -> None:
        # The idle lock would close the store under a running job: it waits.
        self._idle_timer.stop()
        self.dialog = dialog
        self._dialogs.active = dialog  # a lock closes it (after its job)

        def done(_result: int) -> None:
            self.dialog = None
            if self._dialogs.active is dialog:
                self._dialogs.active = None
            if self.state.store is not None:
                self._idle_timer.start()
                if isinstance(dialog, ImportDialog) and dialog.imported is not None:
                    self.state.publish(dialog.changes)
                    self._nav.open_case(dialog.imported.case_id)
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
