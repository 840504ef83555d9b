"""My cases now: the "Between meetings" menu's overview (Ctrl+Shift+O).

`OverviewActions` opens the overview (`ui.dialogs.overview`) over the window, keeps
it current on the change bus, leads a chosen line to its meeting and field (the
case, when it has no meeting yet) and opens the print preview. It depends on the
app's state and a few steps of the window (`OverviewNavigation`), not on the window.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from samtaleduk.fieldkinds import next_meeting_field
from samtaleduk.ops.audit import overview_printed
from samtaleduk.overview.build import Item, Overview, build, read, read_apart
from ui.controllers.menu_actions import MenuActions
from ui.dialogs.overview import OverviewDialog

if TYPE_CHECKING:
    from ui.pages.meeting_page import MeetingPage
    from ui.shell.menus import MainMenus
    from ui.shell.state import AppState
    from ui.shell.window_dialogs import WindowDialogs

SHORTCUT = "Ctrl+Shift+O"
"""O for "Oversikt"; free on every page (the canvas's keys are listed in ui/canvas/keys.py)."""


class OverviewNavigation(Protocol):
    """The main window's steps the overview leads to."""

    meeting_page: MeetingPage

    def open_case(self, case_id: uuid.UUID) -> None: ...
    def open_meeting(self, meeting_id: uuid.UUID, *, editable: bool = False) -> None: ...
    def leave_meeting(self) -> bool: ...


def today() -> dt.date:
    """The day the overview counts from (tests hold it still)."""
    return dt.date.today()


class OverviewActions(MenuActions):
    """Between meetings › My cases now (see the module docstring)."""

    def __init__(self, window: QWidget, state: AppState, menus: MainMenus,
                 dialogs: WindowDialogs, nav: OverviewNavigation) -> None:
        super().__init__(window, self.retranslate)
        self.state = state
        self.dialogs = dialogs
        self.nav = nav
        self.dialog: OverviewDialog | None = None
        self.preview: QDialog | None = None
        self.act_overview = QAction(window)
        self.act_overview.setObjectName("actOverview")
        self.act_overview.setShortcut(QKeySequence(SHORTCUT))
        self.act_overview.triggered.connect(self.show_overview)
        window.addAction(self.act_overview)  # the shortcut works on every page
        # First in the menu: the overview is where the facilitator starts.
        first = next(iter(menus.between_menu.actions()), None)
        if first is not None:
            menus.between_menu.insertAction(first, self.act_overview)
        else:
            menus.between_menu.addAction(self.act_overview)
        state.changed.connect(self._changed)
        # Closed before a lock or quit waits for the store's lane: a read under way
        # answers into nothing then, and the dialog never shows it.
        state.store_closing.connect(self.close_all)
        state.locking.connect(self.close_all)
        state.store_opened.connect(lambda _s: self.update())
        state.store_closed.connect(self.update)
        self.retranslate()
        self.update()

    def retranslate(self) -> None:
        self.act_overview.setText(self.tr("My cases &now …"))

    def update(self) -> None:
        self.act_overview.setEnabled(self.state.store is not None)

    def read_job(self) -> Callable[[], Overview]:
        """The read of the open store's overview today, to run on the store's lane
        (the store and the day taken here, on the GUI thread): through a connection
        of its own (`read_apart`), so that the window may write an audit line
        meanwhile. A store opened read-only may not open a second one: it is read
        here, on the GUI thread, as the case list does."""
        store, day = self.state.store, today()
        if store is None:
            empty = build([], [], day)  # locked while open: the dialog closes
            return lambda: empty
        if store.read_only is not None:
            shown = read(store, day)
            return lambda: shown
        return lambda: read_apart(store, day)

    def show_overview(self) -> OverviewDialog | None:
        """Open the overview (what is being typed in a meeting is saved first)."""
        if self.state.store is None:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        self.nav.meeting_page.commit_pending_edit()
        dialog = OverviewDialog(self.read_job, ui_lang=self.state.language, parent=self.window)
        self.dialog = dialog
        dialog.chosen.connect(self._chosen)
        dialog.print_requested.connect(self.print_overview)

        def done(_result: int) -> None:
            self.dialog = None
            dialog.deleteLater()

        self.dialogs.open(dialog, done)
        return dialog

    def close_all(self) -> None:
        """A lock: the preview and the overview go (they name families)."""
        for dialog in (self.preview, self.dialog):
            if dialog is not None:
                dialog.reject()

    def _changed(self, _changes: object) -> None:
        if self.dialog is not None and self.state.store is not None:
            self.dialog.refresh()

    def _chosen(self, item: object) -> None:
        if not isinstance(item, Item) or self.dialog is None:
            return
        self.dialog.accept()
        self.go_to(item)

    def go_to(self, item: Item) -> None:
        """Open the line's meeting with the cursor on its item (or in the field that
        names the next meeting); a case without meetings opens on its page."""
        if self.state.store is None:
            return
        if not self.nav.leave_meeting():
            return
        # Through the case's page, as a person would go: the case page knows its
        # case (Back leads there) and the case is audited as viewed.
        self.nav.open_case(uuid.UUID(item.case_id))
        if item.meeting_id is None:
            return
        self.nav.open_meeting(uuid.UUID(item.meeting_id))
        page = self.nav.meeting_page
        view, session = page.view, page.session
        if view is None or session is None:
            return
        field_id = item.field_id
        if field_id is None:
            field = next_meeting_field(session.template)
            field_id = field.id if field is not None else None
        if field_id is not None:
            view.go_to(field_id, uuid.UUID(item.item_id) if item.item_id else None)

    def print_overview(self) -> QDialog | None:
        """The print preview of the overview shown (Ctrl+P in the overview)."""
        store, dialog = self.state.store, self.dialog
        if store is None or dialog is None or dialog.overview is None:
            return None
        from ui.dialogs.overview_print import OverviewPrintDialog

        preview = OverviewPrintDialog(dialog.overview, lang=self.state.language,
                                      printed=lambda: self.state.publish(
                                          overview_printed(store)), parent=dialog)
        self.preview = preview

        def finished(_r: int) -> None:
            self.preview = None
            preview.deleteLater()

        preview.finished.connect(finished)
        preview.open()
        return preview
