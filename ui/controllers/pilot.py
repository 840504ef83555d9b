"""Between meetings › Pilot figures ("Gevinstmåling", Ctrl+Shift+G).

`PilotReportActions` puts the action in the menu and opens `ui.dialogs.pilot_report`
over the window; the figures are counted by `samtaleduk.pilot` on the store's lane.
It depends on the app's state and the window's dialogs, not on the window. The
figures and the dialog are imported when first asked for, not at start-up.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from samtaleduk.errors import UserError
from ui.controllers.menu_actions import MenuActions

if TYPE_CHECKING:
    from samtaleduk.pilot import PilotReport
    from samtaleduk.pilot.facts import Progress
    from ui.dialogs.pilot_report import PilotReportDialog
    from ui.shell.menus import MainMenus
    from ui.shell.state import AppState
    from ui.shell.window_dialogs import WindowDialogs

SHORTCUT = "Ctrl+Shift+G"
"""G for "Gevinstmåling"; free on every page (the canvas's keys: ui/canvas/keys.py)."""


def today() -> dt.date:
    """The day the default period ends (tests hold it still)."""
    return dt.date.today()


class PilotReportActions(MenuActions):
    """Between meetings › Pilot figures (see the module docstring)."""

    def __init__(self, window: QWidget, state: AppState, menus: MainMenus,
                 dialogs: WindowDialogs) -> None:
        super().__init__(window, self.retranslate)
        self.state = state
        self.dialogs = dialogs
        self.dialog: PilotReportDialog | None = None
        self.act_report = QAction(window)
        self.act_report.setObjectName("actPilotReport")
        self.act_report.setShortcut(QKeySequence(SHORTCUT))
        self.act_report.triggered.connect(self.show_report)
        window.addAction(self.act_report)  # the shortcut works on every page
        menus.between_menu.addAction(self.act_report)
        state.store_opened.connect(lambda _s: self.update())
        state.store_closed.connect(self.update)
        self.retranslate()
        self.update()

    def retranslate(self) -> None:
        self.act_report.setText(self.tr("&Pilot figures …"))
        # Read on the store's lane, where no Qt call is made: translated here.
        self.locked_text = self.tr("The store is locked.")

    def update(self) -> None:
        self.act_report.setEnabled(self.state.store is not None)

    def show_report(self) -> PilotReportDialog | None:
        """Open the dialog (or bring it forward)."""
        if self.state.store is None:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        # Imported when first asked for: the figures, their tables and the dialog
        # are not part of every start and unlock (issue 16).
        from ui.dialogs.pilot_report import PilotReportDialog

        dialog = PilotReportDialog(self.count, ui_lang=self.state.language, today=today(),
                                   parent=self.window)
        self.dialog = dialog

        def done(_result: int) -> None:
            self.dialog = None
            dialog.deleteLater()

        self.dialogs.open(dialog, done)
        return dialog

    def count(self, start: dt.date, end: dt.date, progress: Progress) -> PilotReport:
        """The figures of the period; runs on the store's lane."""
        from samtaleduk.pilot import pilot_report

        store = self.state.store
        if store is None:
            raise UserError(self.locked_text)
        return pilot_report(store, start, end, progress)
