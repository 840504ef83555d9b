"""Moving between the main window's pages: the case list, one case, one meeting
(with the way back), the comparison and journey windows beside the shown case, and
leaving an open meeting, which asks first when its last changes could not be saved.

`PageNavigation` is mixed into `ui.shell.main_window.MainWindow`: the menus, the
dialogs and the controllers call these steps on the window (their `Navigation`
protocols), so they stay the window's methods; the window builds the pages.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QStackedWidget

if TYPE_CHECKING:
    from samtaleduk.domain.model import Case
    from samtaleduk.store.store import Store
    from samtaleduk.templates.loading import TemplateSet
    from samtaleduk.templates.model import Template
    from ui.pages.case_list import CaseListPage
    from ui.pages.case_page import CasePage
    from ui.pages.meeting_page import MeetingPage
    from ui.pages.unlock import UnlockPage
    from ui.shell.side_windows import SideWindows
    from ui.shell.state import AppState
    from ui.tools.i18n import LanguageManager


CASE_SEARCH_LIMIT = 500
"""Full-text hits the case list's search reads at most (names, then newest first)."""


class PageNavigation:
    """Mixed into MainWindow; uses its state, its pages and its side windows."""

    state: AppState
    store: Store | None
    templates: TemplateSet
    unlock_page: UnlockPage
    languages: LanguageManager
    pages: QStackedWidget
    cases_page: CaseListPage
    case_page: CasePage
    meeting_page: MeetingPage
    side: SideWindows
    # The window's own steps, used here.
    _confirm_unsaved: Callable[[], bool]
    _update_actions: Callable[[], None]

    def duk_names(self) -> dict[str, str]:
        lang = self.languages.language
        return {t.id: t.name.get(lang) for t in self.templates.ordered()}

    def set_store(self, store: object) -> None:
        """The store is open: show the cases."""
        from samtaleduk.store.store import Store

        if not isinstance(store, Store):
            return
        self.state.store = store
        shown_ahead = self.pages.currentWidget() is self.cases_page
        self._show_case_list(at_unlock=True)
        if shown_ahead:
            self._update_actions()  # the page did not change, the store did
        self.state.open_store(store)

    def _unlocked(self, store: object) -> None:
        self.set_store(store)
        if self.store is store:
            self.state.unlocked.emit(store)

    def _first_screen_read(self, screen: object) -> None:
        # The open is recorded; the worker finishes it (the audit chain's head file
        # and check) once the list is drawn. The store comes with `_unlocked`.
        from ui.pages.case_list_first_screen import FirstScreen
        from ui.tools.after_paint import after_next_paint

        if (not isinstance(screen, FirstScreen) or self.store is not None
                or self.pages.currentWidget() is not self.unlock_page):
            self.unlock_page.first_screen_drawn()
            return
        self.cases_page.show_first_screen(screen, self.duk_names())
        self._focus_case_list()
        after_next_paint(self.pages.window(), self.unlock_page.first_screen_drawn)

    def _unlock_failed(self) -> None:
        # A first screen shown ahead of an open that then failed is taken back.
        if self.store is None and self.pages.currentWidget() is self.cases_page:
            self.cases_page.set_cases([], {})
            self.pages.setCurrentWidget(self.unlock_page)

    def _search(self, text: str) -> set[str]:
        # On the job runner's store lane (`CaseListPage`): bounded, newest first.
        store = self.store
        if store is None:
            return set()
        return store.matching_case_id_texts(text, limit=CASE_SEARCH_LIMIT)

    def refresh_cases(self) -> None:
        if self.store is not None:
            self.cases_page.set_cases(self.store.list_cases(), self.duk_names())

    def show_cases(self) -> None:
        self._show_case_list(at_unlock=False)

    def _show_case_list(self, at_unlock: bool) -> None:
        # At unlock the list's first screen is read first (`show_first_cases`).
        if self.store is None or not self.leave_meeting():
            return
        self.case_page.case = self.state.case = None
        if at_unlock:
            self.cases_page.show_first_cases(self.store, self.duk_names())
        else:
            self.refresh_cases()
        self._focus_case_list()

    def _focus_case_list(self) -> None:
        self.pages.setCurrentWidget(self.cases_page)
        page = self.cases_page
        (page.search_field if page.search_field.isEnabled() else page.new_button).setFocus()

    def open_case(self, case_id: uuid.UUID) -> None:
        if self.store is None:
            return
        from samtaleduk.ops import audit

        case = self.store.get_case(case_id)
        audit.case_viewed(self.store, case.id)
        self.case_page.set_case(case, self.store.meeting_summaries(case.id), self.duk_names())
        self.state.case = case
        self.pages.setCurrentWidget(self.case_page)
        target = self.case_page.table if self.case_page.model.rowCount() else self.case_page.new_button
        target.setFocus()

    def open_side_window(self, kind: str) -> QDialog | None:
        """The shown case's comparison ("compare") or journey ("journey")."""
        case = self.case_page.case
        if self.store is None or case is None:
            return None
        # The comparison reads the store: what is being typed is written first.
        self.meeting_page.commit_pending_edit()
        return self.side.open(kind, case, self.store.list_meetings(case.id), self.template_for)

    @property
    def side_windows(self) -> Sequence[QDialog]:
        return self.side.windows

    def close_side_windows(self) -> None:
        self.side.close_all()

    def toggle_case_closed(self) -> None:
        """Close the shown case, or open it again."""
        case = self.case_page.case
        if self.store is None or case is None:
            return
        from samtaleduk.ops.cases import toggle_case_closed

        self.state.apply(toggle_case_closed(self.store, case.id))
        self.open_case(case.id)
        self.case_page.close_button.setFocus()

    def template_for(self, template_id: str, version: int) -> Template:
        """The duk a meeting was written with: the store's snapshot of that version
        (so screen and print agree when a file was edited without a version bump,
        issue 14), else the installed one of that version, else the installed one."""
        if self.store is not None:
            from samtaleduk.templates.identity import meeting_template

            found = meeting_template(self.store, self.templates, template_id, version)
            if found is not None:
                return found
        installed = self.templates.templates.get(template_id)
        if installed is None:
            raise KeyError(template_id)
        return installed

    def open_meeting(self, meeting_id: uuid.UUID, *, editable: bool = False) -> None:
        """Show a meeting: the case's latest for editing, an earlier one read-only
        until "Edit this meeting" (or with `editable`, after an unlock)."""
        if self.store is None:
            return
        meeting = self.store.get_meeting(meeting_id)
        case: Case = self.store.get_case(meeting.case_id)
        template = self.template_for(meeting.template_id, meeting.template_version)
        latest = self.store.meeting_summaries(case.id)[-1].id
        self.meeting_page.ui_lang = self.languages.language
        self.meeting_page.open(self.store, case, meeting, template,
                               read_only=meeting.id != latest and not editable)
        # The page behind the meeting is its own case's, also when the meeting was
        # opened straight from the overview (the way back and a language switch use it).
        self.case_page.set_case(case, self.store.meeting_summaries(case.id), self.duk_names())
        self.state.case = case
        self.pages.setCurrentWidget(self.meeting_page)
        self._update_actions()

    def go_back(self) -> None:
        """One step up: from a meeting to its case, from a case to the list."""
        page = self.pages.currentWidget()
        if page is self.meeting_page:
            self.back_to_case()
        elif page is self.case_page:
            self.show_cases()

    def back_to_case(self) -> None:
        case = self.case_page.case
        if not self.leave_meeting():
            return
        if case is not None:
            self.open_case(case.id)
        else:
            self.show_cases()

    def start_presentation(self) -> None:
        view = self.meeting_page.view
        if view is None or self.pages.currentWidget() is not self.meeting_page:
            return
        view.present()

    def leave_meeting(self) -> bool:
        """Leave the open meeting (saved first); asks when it could not be saved.
        False when the user stays in it."""
        if not self.meeting_page.leave() and not self._confirm_unsaved():
            return False
        self.meeting_page.leave(force=True)
        return True
