"""Between meetings › the invitation to the next meeting (Ctrl+Shift+I) and the
minutes for the record system (Ctrl+Shift+M).

Both start from the case shown: in a meeting, the meeting on screen (its editor
committed first, so a date being typed is in the letter); on the case page, the
case's latest meeting. The dialogs open window-modal through `WindowDialogs` (a
lock closes them). The invitation's contact line is remembered in the app's own
settings, not with the case; copied minutes go through the clipboard guard,
which clears them at lock if they are still there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ui.controllers.menu_actions import MenuActions

if TYPE_CHECKING:
    from samtaleduk.domain.model import Case, Meeting
    from samtaleduk.templates.model import Template
    from ui.pages.meeting_page import MeetingPage
    from ui.shell.menus import MainMenus
    from ui.shell.state import AppState
    from ui.shell.window_dialogs import WindowDialogs
    from ui.tools.clipboard_guard import ClipboardGuard

INVITATION_SHORTCUT = "Ctrl+Shift+I"
MINUTES_SHORTCUT = "Ctrl+Shift+M"


class LetterHost(Protocol):
    """What the letters need of the main window."""

    @property
    def meeting_page(self) -> MeetingPage: ...
    @property
    def clipboard_guard(self) -> ClipboardGuard: ...
    def template_for(self, template_id: str, version: int) -> Template: ...


class LetterActions(MenuActions):
    """The two actions in the Between meetings menu and the dialogs they open."""

    def __init__(self, window: QWidget, state: AppState, menus: MainMenus,
                 dialogs: WindowDialogs, host: LetterHost) -> None:
        super().__init__(window, self.retranslate)
        self.state = state
        self._dialogs = dialogs
        self._host = host
        self.dialog: QDialog | None = None
        self.act_invitation = QAction(window)
        self.act_invitation.setObjectName("actInvitation")
        self.act_invitation.setShortcut(QKeySequence(INVITATION_SHORTCUT))
        self.act_invitation.triggered.connect(self.invitation)
        self.act_minutes = QAction(window)
        self.act_minutes.setObjectName("actMinutes")
        self.act_minutes.setShortcut(QKeySequence(MINUTES_SHORTCUT))
        self.act_minutes.triggered.connect(self.minutes)
        for action in (self.act_invitation, self.act_minutes):
            window.addAction(action)  # the shortcut works on every page
            menus.between_menu.addAction(action)
        state.page_changed.connect(lambda _p: self.update())
        state.unlocked.connect(lambda _s: self.update())
        state.locked.connect(self.update)
        self.retranslate()
        self.update()

    def retranslate(self) -> None:
        self.act_invitation.setText(self.tr("&Invitation to the next meeting …"))
        self.act_minutes.setText(self.tr("Minutes for the &record …"))

    def update(self) -> None:
        on_case = (self.state.store is not None and self.state.case is not None
                   and self.state.page in ("case", "meeting"))
        self.act_invitation.setEnabled(on_case)
        self.act_minutes.setEnabled(on_case)

    def _subject(self) -> tuple[Case, Meeting, Template] | None:
        """The case shown, its meeting (on screen, else the latest) and its duk."""
        store, case = self.state.store, self.state.case
        if store is None or case is None:
            return None
        page = self._host.meeting_page
        session = page.session
        if self.state.page == "meeting" and session is not None:
            page.commit_pending_edit()
            return session.case, session.meeting, session.template
        meetings = store.list_meetings(case.id)
        if not meetings:
            QMessageBox.information(self.window, self.tr("No meeting yet"), self.tr(
                "This case has no meeting yet. Start one with File › New meeting."))
            return None
        last = meetings[-1]
        return case, last, self._host.template_for(last.template_id, last.template_version)

    def invitation(self) -> QDialog | None:
        """Open the invitation dialog for the case shown."""
        from ui.dialogs.invitation import InvitationDialog

        subject = self._subject()
        if subject is None:
            return None
        case, meeting, template = subject
        prefs = self.state.prefs
        dialog = InvitationDialog(case, meeting, template, contact=prefs.contact_line,
                                  ui_lang=self.state.language, store=self.state.store,
                                  parent=self.window)
        self.dialog = dialog

        def done(_result: int) -> None:
            line = dialog.contact_line()
            if line and line != prefs.contact_line:
                prefs.contact_line = line
                prefs.sync()
            self.dialog = None
            dialog.deleteLater()

        self._dialogs.open(dialog, done)
        return dialog

    def minutes(self) -> QDialog | None:
        """Open the minutes of the case's meeting, to copy or save."""
        from ui.dialogs.minutes import MinutesDialog

        subject = self._subject()
        if subject is None:
            return None
        case, meeting, template = subject
        dialog = MinutesDialog(case, meeting, template, copy=self._host.clipboard_guard.put,
                               ui_lang=self.state.language, store=self.state.store,
                               parent=self.window)
        self.dialog = dialog

        def done(_result: int) -> None:
            self.dialog = None
            dialog.deleteLater()

        self._dialogs.open(dialog, done)
        return dialog
