"""The dialogs the main window opens over itself: new case, new meeting, the people
of a case, the review
of last time, and print (from a meeting, or from the comparison and journey windows).

A mixin of `MainWindow` (it uses the window's store, pages, templates and
languages); kept apart so the window itself stays wiring only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from samtaleduk.domain.model import Case, Meeting


class WindowDialogs:
    """Opening dialogs window-modal and non-blocking; see the module docstring."""

    active_dialog: QDialog | None
    store: Any
    templates: Any
    languages: Any
    prefs: Any
    case_page: Any
    meeting_page: Any
    pages: Any

    def new_case(self) -> None:
        from ui.dialogs.new_case import NewCaseDialog

        if self.store is None:
            return
        dialog = NewCaseDialog(self.store, self.templates.ordered(),
                               ui_lang=self.languages.language,
                               facilitator=self.prefs.facilitator, parent=self)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.case is not None:
                if dialog.case.facilitator:
                    self.prefs.facilitator = dialog.case.facilitator
                self.refresh_cases()
                self.open_case(dialog.case.id)
            dialog.deleteLater()

        self._open_dialog(dialog, done)

    def edit_people(self) -> None:
        """People of the case: members and known participants, by keyboard. In an
        open meeting the edit goes through the meeting (undoable, today's list too)."""
        from ui.dialogs.people import open_people_dialog

        case = self.case_page.case
        if self.store is None or case is None:
            return
        in_meeting = self.pages.currentWidget() is self.meeting_page
        session = self.meeting_page.session if in_meeting else None
        if session is not None and session.read_only:
            return
        if in_meeting:
            self.meeting_page.commit_pending_edit()
        self.active_dialog = open_people_dialog(
            self, self.store, self.store.get_case(case.id) if session is None else case,
            session, on_saved=None if in_meeting else (lambda c: self.open_case(c.id)))

    def new_meeting(self) -> None:
        from ui.dialogs.new_meeting import NewMeetingDialog

        case = self.case_page.case
        if self.store is None or case is None:
            return
        if not self.meeting_page.leave() and not self._confirm_unsaved():
            return
        self.meeting_page.leave(force=True)
        case = self.store.get_case(case.id)
        dialog = NewMeetingDialog(self.store, case, self.templates,
                                  ui_lang=self.languages.language, parent=self)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.meeting is not None:
                self.open_meeting(dialog.meeting.id)
                # A follow-up starts by going through what was promised last time.
                if dialog.meeting.continued_from is not None:
                    self.review_last_time(only_if_needed=True)
            dialog.deleteLater()

        self._open_dialog(dialog, done)

    def _open_dialog(self, dialog: QDialog, done: Any) -> None:
        # Window-modal and non-blocking: the event loop keeps running (autosave,
        # tests drive the dialog through `active_dialog`).
        self.active_dialog = dialog

        def finished(result: int) -> None:
            if self.active_dialog is dialog:
                self.active_dialog = None
            # Give the keyboard back to this window (not every platform does).
            self.activateWindow()
            done(result)

        dialog.finished.connect(finished)
        dialog.open()
        dialog.activateWindow()

    def review_last_time(self, only_if_needed: bool = False) -> None:
        """Open the review of the actions and goals carried from the last meeting."""
        from ui.evaluation.review import ReviewDialog, review_needed

        session = self.meeting_page.session
        if self.store is None or session is None or session.meeting.continued_from is None \
                or session.read_only:
            return
        self.meeting_page.commit_pending_edit()
        previous = self.store.previous_meeting(session.meeting)
        if previous is None:  # a reference outside the case is never followed
            return
        if only_if_needed and not review_needed(previous, session.meeting):
            return
        dialog = ReviewDialog(session, previous, session.case.language, parent=self)

        def done(_result: int) -> None:
            # Back in the duk, not on the view around it: there F6, Ctrl+N and
            # Tab would find no field.
            view = self.meeting_page.view
            if view is not None:
                view.focus_duk()
            dialog.deleteLater()

        self._open_dialog(dialog, done)

    def print_meeting(self, export: bool = False) -> None:
        """The print dialog for the open meeting (with a live preview); `export`
        starts at "Save as PDF"."""
        from ui.dialogs.print_dialog import PrintDialog

        session = self.meeting_page.session
        if self.store is None or session is None:
            return
        # The date or name still being typed belongs in the print.
        self.meeting_page.commit_pending_edit()
        meetings = self.store.list_meetings(session.case.id)
        templates = [self.template_for(m.template_id, m.template_version) for m in meetings]
        dialog = PrintDialog(session.case, session.meeting, session.template,
                             meetings=meetings, templates=templates, store=self.store,
                             ui_lang=self.languages.language, export=export, parent=self)
        self._open_dialog(dialog, lambda _result: dialog.deleteLater())


    def print_from_side(self, side: QWidget, case: Case, what: str, meetings: list[Meeting],
                        pair: tuple[Meeting, Meeting] | None = None) -> QDialog | None:
        """The print dialog preset to the comparison of `pair` ("evaluation") or the
        case's journey ("journey"), opened over the comparison or journey window
        `side`."""
        from ui.dialogs.print_dialog import PrintDialog

        if self.store is None or not meetings:
            return None
        self.meeting_page.commit_pending_edit()
        meetings = sorted(meetings, key=lambda m: m.number)
        last = pair[1] if pair is not None else meetings[-1]
        templates = [self.template_for(m.template_id, m.template_version) for m in meetings]
        template = self.template_for(last.template_id, last.template_version)
        dialog = PrintDialog(case, last, template, meetings=meetings, templates=templates,
                             store=self.store, ui_lang=self.languages.language,
                             what=what, compare_with=pair[0] if pair is not None else None,
                             parent=side)
        self.active_dialog = dialog  # a lock closes it with the side windows

        def finished(_result: int) -> None:
            if self.active_dialog is dialog:
                self.active_dialog = None
            side.activateWindow()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog
