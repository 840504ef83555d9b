"""The dialogs the main window opens over itself: new case, new meeting, the people
of a case, the review of last time, and print (from a meeting, or from the
comparison and journey windows).

`WindowDialogs` opens them window-modal and non-blocking, keeps the one that is open
(`active`: a lock closes it), and puts what a dialog changed on the change bus
(`AppState.publish`). It depends on the app's state, the meeting page and a few
navigation steps of the window (`Navigation`), not on the window's attributes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from ui.shell.state import AppState

if TYPE_CHECKING:
    from samtaleduk.domain.model import Case, Meeting
    from samtaleduk.templates.model import Template
    from ui.pages.meeting_page import MeetingPage

PrintWhat = Literal["duk", "evaluation", "actions", "journey", "blank"]


class Navigation(Protocol):
    """The steps of the main window the dialogs lead to."""

    def open_case(self, case_id: uuid.UUID) -> None: ...
    def open_meeting(self, meeting_id: uuid.UUID, *, editable: bool = False) -> None: ...
    def leave_meeting(self) -> bool: ...
    def template_for(self, template_id: str, version: int) -> Template: ...


class WindowDialogs(QObject):
    """Opens the window's dialogs; see the module docstring."""

    def __init__(self, window: QWidget, state: AppState, meeting_page: MeetingPage,
                 nav: Navigation) -> None:
        super().__init__(window)
        self._window = window
        self._state = state
        self._meeting_page = meeting_page
        self._nav = nav
        self.active: QDialog | None = None
        """The window-modal dialog open now (tests drive it; a lock closes it)."""

    def open(self, dialog: QDialog, done: Callable[[int], None]) -> None:
        """Open `dialog` window-modal and non-blocking: the event loop keeps running
        (autosave); `done` gets the result."""
        self.active = dialog

        def finished(result: int) -> None:
            if self.active is dialog:
                self.active = None
            # Give the keyboard back to this window (not every platform does).
            self._window.activateWindow()
            done(result)

        dialog.finished.connect(finished)
        dialog.open()
        dialog.activateWindow()

    def new_case(self) -> None:
        from ui.dialogs.new_case import NewCaseDialog

        state = self._state
        if state.store is None:
            return
        dialog = NewCaseDialog(state.store, state.templates.ordered(),
                               ui_lang=state.language,
                               facilitator=state.prefs.facilitator, parent=self._window)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.case is not None:
                if dialog.case.facilitator:
                    state.prefs.facilitator = dialog.case.facilitator
                state.publish(dialog.changes)
                self._nav.open_case(dialog.case.id)
            dialog.deleteLater()

        self.open(dialog, done)

    def edit_people(self) -> None:
        """People of the case: members and known participants, by keyboard. In an
        open meeting the edit goes through the meeting (undoable, today's list too)."""
        from ui.dialogs.people import open_people_dialog

        state, page = self._state, self._meeting_page
        case = state.case
        if state.store is None or case is None:
            return
        in_meeting = state.page == "meeting"
        session = page.session if in_meeting else None
        if session is not None and session.read_only:
            return
        if in_meeting:
            page.commit_pending_edit()

        def saved(edited: Case) -> None:
            if not in_meeting:
                self._nav.open_case(edited.id)

        self.active = open_people_dialog(
            self._window, state.store,
            state.store.get_case(case.id) if session is None else case,
            session, on_saved=saved, publish=state.publish)

    def new_meeting(self) -> None:
        from ui.dialogs.new_meeting import NewMeetingDialog

        state = self._state
        case = state.case
        if state.store is None or case is None or not self._nav.leave_meeting():
            return
        case = state.store.get_case(case.id)
        dialog = NewMeetingDialog(state.store, case, state.templates,
                                  ui_lang=state.language, parent=self._window)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.meeting is not None:
                state.publish(dialog.changes)
                self._nav.open_meeting(dialog.meeting.id)
                # A follow-up starts by going through what was promised last time.
                if dialog.meeting.continued_from is not None:
                    self.review_last_time(only_if_needed=True)
            dialog.deleteLater()

        self.open(dialog, done)

    def review_last_time(self, only_if_needed: bool = False) -> None:
        """Open the review of the actions and goals carried from the last meeting."""
        from ui.evaluation.review import ReviewDialog, review_needed

        store, page = self._state.store, self._meeting_page
        session = page.session
        if store is None or session is None or session.meeting.continued_from is None \
                or session.read_only:
            return
        page.commit_pending_edit()
        previous = store.previous_meeting(session.meeting)
        if previous is None:  # a reference outside the case is never followed
            return
        if only_if_needed and not review_needed(previous, session.meeting):
            return
        dialog = ReviewDialog(session, previous, session.case.language, parent=self._window)

        def done(_result: int) -> None:
            # Back in the duk, not on the view around it: there F6, Ctrl+N and
            # Tab would find no field.
            view = page.view
            if view is not None:
                view.focus_duk()
            dialog.deleteLater()

        self.open(dialog, done)

    def print_meeting(self, export: bool = False) -> None:
        """The print dialog for the open meeting (with a live preview); `export`
        starts at "Save as PDF"."""
        from ui.dialogs.print_dialog import PrintDialog

        store, page = self._state.store, self._meeting_page
        session = page.session
        if store is None or session is None:
            return
        # The date or name still being typed belongs in the print.
        page.commit_pending_edit()
        meetings = store.list_meetings(session.case.id)
        templates = [self._nav.template_for(m.template_id, m.template_version)
                     for m in meetings]
        dialog = PrintDialog(session.case, session.meeting, session.template,
                             meetings=meetings, templates=templates, store=store,
                             ui_lang=self._state.language, export=export,
                             parent=self._window)
        self.open(dialog, lambda _result: dialog.deleteLater())

    def print_from_side(self, side: QWidget, case: Case, what: str, meetings: list[Meeting],
                        pair: tuple[Meeting, Meeting] | None = None) -> QDialog | None:
        """The print dialog preset to the comparison of `pair` ("evaluation") or the
        case's journey ("journey"), opened over the comparison or journey window
        `side`."""
        from ui.dialogs.print_dialog import PrintDialog

        store = self._state.store
        if store is None or not meetings or what not in ("evaluation", "journey"):
            return None
        kind: PrintWhat = "evaluation" if what == "evaluation" else "journey"
        self._meeting_page.commit_pending_edit()
        meetings = sorted(meetings, key=lambda m: m.number)
        last = pair[1] if pair is not None else meetings[-1]
        template_for = self._nav.template_for
        templates = [template_for(m.template_id, m.template_version) for m in meetings]
        template = template_for(last.template_id, last.template_version)
        dialog = PrintDialog(case, last, template, meetings=meetings, templates=templates,
                             store=store, ui_lang=self._state.language,
                             what=kind, compare_with=pair[0] if pair is not None else None,
                             parent=side)
        self.active = dialog  # a lock closes it with the side windows

        def finished(_result: int) -> None:
            if self.active is dialog:
                self.active = None
            side.activateWindow()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog
