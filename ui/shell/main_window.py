"""The main window: wiring only. Menus with shortcuts, the stacked pages (unlock,
cases, one case, one meeting), the language menu and Help > About, locking and
quitting. The steps between the pages are in `ui.shell.navigation`.

Work that is not presentation happens in the pages, the dialogs and the engine.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.look.theme import apply_theme
from ui.pages.unlock import UnlockPage
from ui.shell.menus import MainMenus
from ui.shell.navigation import PageNavigation
from ui.shell.prefs import Prefs
from ui.shell.state import AppState
from ui.shell.store_banner import StoreBanner
from ui.tools.i18n import LanguageManager
from ui.tools.jobs import jobs

if TYPE_CHECKING:
    # The pages, the store and the models load in `finish_setup`, after the unlock
    # page is drawn (see ARCHITECTURE, start-up path).
    from samtaleduk.store.store import KdfParams, Store
    from samtaleduk.templates.loading import TemplateSet
    from ui.pages.case_list import CaseListPage
    from ui.pages.case_page import CasePage
    from ui.pages.meeting_page import MeetingPage
    from ui.shell.side_windows import SideWindows
    from ui.shell.window_dialogs import WindowDialogs


class MainWindow(QMainWindow, PageNavigation):
    """Samtaleduk's one window. The store is None while locked. What the window
    shows is kept in `state` (`ui.shell.state.AppState`), with the change bus; the
    steps between its pages are `PageNavigation`'s (ui.shell.navigation)."""

    locking = Signal()
    """Emitted when a lock starts, while the store and the meeting are still open."""
    locked = Signal()
    """Emitted when a lock has finished (or was refused: then the store is still set)."""

    def __init__(
        self,
        data_dir: Path,
        templates: TemplateSet | None,
        languages: LanguageManager,
        prefs: Prefs,
        *,
        kdf: KdfParams | None = None,
        hint: str = "",
    ) -> None:
        """With `templates`, the window is complete at once. Without (the app's own
        start), only the unlock page and the menus are built, so the first frame
        comes quickly; `finish_setup(templates)` builds the rest after it is drawn."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.data_dir = data_dir
        self.kdf = kdf
        """Key derivation for new keys (case files too); None is the strong default."""
        self.languages = languages
        self.prefs = prefs
        self.state = AppState(data_dir, prefs, languages, kdf, self)
        """The open store, the shown case and page, and the change bus."""
        self._active_dialog: QDialog | None = None
        self.duk_problems: QDialog | None = None
        """The duk-file problem report, once shown (after the unlock)."""
        self.ready = False
        """True once `finish_setup` has built the pages behind the unlock page."""

        self.pages = QStackedWidget()
        self.unlock_page = UnlockPage(data_dir, kdf=kdf, hint=hint)
        self.pages.addWidget(self.unlock_page)
        # A calm line above the pages when the automatic backup could not be made.
        self.backup_banner = StoreBanner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.backup_banner)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.unlock_page.backup_failed.connect(self.backup_banner.show_backup_problem)
        self.unlock_page.store_notices.connect(self.backup_banner.show_store_notices)
        self.unlock_page.audit_broken.connect(self.backup_banner.show_audit_problem)
        from ui.tools.clipboard_guard import ClipboardGuard

        self.clipboard_guard = ClipboardGuard(self)  # copied case text goes at lock/quit
        # The state's lock signals follow the window's (after the clipboard guard's).
        self.locking.connect(self.state.locking)
        self.locked.connect(self.state.locked)
        self.pages.currentChanged.connect(self._page_shown)
        self.menus = MainMenus(self, self, language=languages.language,
                               high_contrast=prefs.theme == "high_contrast")
        self.retranslate()
        self.resize(1200, 760)
        geometry = prefs.geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        if templates is not None:
            self.finish_setup(templates)
        else:
            self.menus.update(unlocked=False, page="unlock", has_case=False, in_meeting=False,
                              continued=False)

    def finish_setup(self, templates: TemplateSet) -> None:
        """Build the case, case and meeting pages, the side windows, the lock and the
        trust actions (and import what they need)."""
        from ui.controllers.pilot import PilotReportActions
        from ui.pages.case_list import CaseListPage
        from ui.pages.case_page import CasePage
        from ui.pages.meeting_page import MeetingPage
        from ui.shell.side_windows import SideWindows
        from ui.shell.window_dialogs import WindowDialogs

        if self.ready:
            return
        self.templates = templates
        self.state.templates = templates
        self.cases_page: CaseListPage = CaseListPage(search=self._search)
        self.case_page: CasePage = CasePage()
        self.meeting_page: MeetingPage = MeetingPage()
        for page in (self.cases_page, self.case_page, self.meeting_page):
            self.pages.addWidget(page)
        self.cases_page.follow(self.state, self.duk_names)
        self.case_page.follow(self.state, self.duk_names)
        self.dialogs: WindowDialogs = WindowDialogs(self, self.state, self.meeting_page, self)
        """The dialogs opened over this window (new case, meeting, people, print)."""
        self.side: SideWindows = SideWindows(self, self.state, self.dialogs.print_from_side)
        """Comparison and journey windows: beside this one, closed on lock."""

        self.unlock_page.unlocked.connect(self._unlocked)
        self.unlock_page.first_screen_read.connect(self._first_screen_read)
        self.unlock_page.open_failed.connect(self._unlock_failed)
        self.unlock_page.read_ahead = lambda: self.cases_page.first_screen_plan().read
        self.cases_page.open_case.connect(self.open_case)
        self.cases_page.new_case.connect(self.new_case)
        self.case_page.back.connect(self.show_cases)
        self.case_page.new_meeting.connect(self.new_meeting)
        self.case_page.open_meeting.connect(self.open_meeting)
        self.case_page.toggle_closed.connect(self.toggle_case_closed)
        self.case_page.people.connect(self.edit_people)
        # The window's menu action owns Ctrl+Shift+P on every page; a second
        # owner would make Qt call the key ambiguous and fire neither.
        self.case_page.people_shortcut.setEnabled(False)
        self.case_page.compare.connect(lambda: self.open_side_window("compare"))
        self.case_page.journey.connect(lambda: self.open_side_window("journey"))
        self.meeting_page.back.connect(self.back_to_case)
        self.meeting_page.editing_changed.connect(self._update_actions)
        self.pages.currentChanged.connect(lambda _i: self._update_actions())

        # Idle auto-lock, audit of lock/unlock, and back to the meeting after unlock.
        from ui.controllers.lock import LockController

        self.lock_controller = LockController(self, self.state, self, self.dialogs)
        from ui.controllers.trust import TrustActions

        self.trust_actions = TrustActions(self, self.state, self.menus, self.unlock_page, self)
        from ui.controllers.handover import HandoverActions

        self.handover_actions = HandoverActions(self, self.state, self.menus, self.dialogs,
                                                self.lock_controller.timer, self)
        from ui.controllers.rekey import RekeyActions

        self.rekey_actions = RekeyActions(self, self.state, self.menus, self.unlock_page, self)
        from ui.controllers.overview import OverviewActions

        self.overview_actions = OverviewActions(self, self.state, self.menus, self.dialogs, self)
        from ui.controllers.letters import LetterActions

        self.letter_actions = LetterActions(self, self.state, self.menus, self.dialogs, self)
        from ui.controllers.upkeep import UpkeepController

        # The day's check and a due backup, after the cases are shown (issue 16).
        self.upkeep = UpkeepController(self, self.state, self, self.backup_banner)
        self.pilot_actions = PilotReportActions(self, self.state, self.menus, self.dialogs)
        self.ready = True
        self._set_page_language(self.languages.language)
        self._update_actions()

    def retranslate(self) -> None:
        self.setWindowTitle("Samtaleduk")

    # --- state ----------------------------------------------------------------------

    @property
    def store(self) -> Store | None:
        """The open store (`state.store`); None while locked."""
        return self.state.store

    @store.setter
    def store(self, store: Store | None) -> None:
        self.state.store = store

    @property
    def active_dialog(self) -> QDialog | None:
        """The window-modal dialog open over the window (a lock closes it)."""
        if self.ready:
            return self.dialogs.active
        return self._active_dialog

    @active_dialog.setter
    def active_dialog(self, dialog: QDialog | None) -> None:
        if self.ready:
            self.dialogs.active = dialog
        else:
            self._active_dialog = dialog

    def _page_shown(self, _index: int) -> None:
        page = self.pages.currentWidget()
        names = ((self.cases_page, "cases"), (self.case_page, "case"),
                 (self.meeting_page, "meeting")) if self.ready else ()
        self.state.set_page(next((n for widget, n in names if widget is page), "unlock"))

    # --- the dialogs (menu actions and tests call them here) --------------------------

    def new_case(self) -> None:
        """File › New case."""
        self.dialogs.new_case()

    def new_meeting(self) -> None:
        """File › New meeting (of the shown case)."""
        self.dialogs.new_meeting()

    def edit_people(self) -> None:
        """File › People of the case."""
        self.dialogs.edit_people()

    def review_last_time(self, only_if_needed: bool = False) -> None:
        """View › Review last time."""
        self.dialogs.review_last_time(only_if_needed)

    def print_meeting(self, export: bool = False) -> None:
        """File › Print (or Save as PDF) the open meeting."""
        self.dialogs.print_meeting(export)

    def _update_actions(self) -> None:
        if not self.ready:
            return
        page = self.pages.currentWidget()
        pages = ((self.cases_page, "cases"), (self.case_page, "case"),
                 (self.meeting_page, "meeting"))
        name = next((n for widget, n in pages if widget is page), "unlock")
        session = self.meeting_page.session
        in_meeting = page is self.meeting_page and session is not None
        # The review marks last time's actions: not in a meeting shown read-only.
        self.menus.update(
            unlocked=self.store is not None, page=name,
            has_case=self.case_page.case is not None, in_meeting=in_meeting,
            continued=session is not None and session.meeting.continued_from is not None
            and not session.read_only,
            editable=session is None or not session.read_only)

    # --- language and theme -----------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Switch the UI language now and remember it."""
        self.languages.set_language(lang)
        self.prefs.language = self.languages.language
        self.menus.check_language(self.languages.language)
        self._set_page_language(self.languages.language)

    def _set_page_language(self, lang: str) -> None:
        if not self.ready:
            return  # finish_setup sets it
        self.cases_page.set_language(lang)
        self.case_page.set_language(lang)
        self.meeting_page.ui_lang = lang
        if self.store is not None:
            self.refresh_cases()
            case = self.case_page.case
            if case is not None:  # the duk's name is in the UI language too
                self.case_page.set_case(case, self.store.meeting_summaries(case.id),
                                        self.duk_names())

    def toggle_contrast(self, checked: bool) -> None:
        """Switch between the paper theme and the high-contrast theme."""
        theme = "high_contrast" if checked else "paper"
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self.prefs.theme = theme

    # --- lock and quit --------------------------------------------------------------
    # (The unsaved question is asked here and by `leave_meeting`.)

    def unsaved_question(self) -> QMessageBox:
        """The question asked when the last changes could not be saved (not shown)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Not saved"),
            self.tr("The latest changes to this meeting could not be saved. If you go on, "
                    "they are lost. Stay in the meeting and try again?"),
            QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Discard, self)
        box.setDefaultButton(QMessageBox.StandardButton.Retry)
        return box

    def _confirm_unsaved(self) -> bool:
        """Asked when the last changes could not be saved; True to go on anyway."""
        box = self.unsaved_question()
        try:
            return box.exec() == QMessageBox.StandardButton.Discard
        finally:
            box.deleteLater()

    def lock(self) -> None:
        """Save, close the store and show the unlock page with no case data left."""
        if self.store is None:
            return
        # A case file or copy being written with the store finishes first, and its
        # dialog hears so, before anything here touches the store (the "locked"
        # audit line, the save): the connection is never used by two threads at
        # once, and the audit chain's functions run inside SQLite and need the
        # GIL, so sharing it can deadlock. A read for a view is dropped first.
        self.state.store_closing.emit()
        jobs().wait_for_store()
        self.locking.emit()
        if not self.meeting_page.leave() and not self._confirm_unsaved():
            self.locked.emit()
            return
        self.meeting_page.leave(force=True)
        if self.active_dialog is not None:
            self.active_dialog.reject()
        self.close_side_windows()
        self.cases_page.set_cases([], {})
        self.cases_page.search_field.clear()
        self.case_page.case = None
        self.case_page.model.set_meetings([], {})
        self.state.close_store()
        self.backup_banner.hide()
        self.unlock_page.refresh_mode()
        self.pages.setCurrentWidget(self.unlock_page)
        self.unlock_page.passphrase.setFocus()
        self._update_actions()
        self.locked.emit()

    def choose_idle_lock(self) -> None:
        """File > Lock after …: how many minutes without input lock the window."""
        if self.ready:
            self.lock_controller.choose_idle_minutes()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.ready:  # closed before the pages were built: nothing is open
            self.prefs.geometry = self.saveGeometry()
            self.prefs.sync()
            super().closeEvent(event)
            return
        self.state.store_closing.emit()
        jobs().wait_for_all()  # a case file or copy being written finishes first (see lock)
        if not self.meeting_page.leave() and not self._confirm_unsaved():
            event.ignore()
            return
        self.meeting_page.leave(force=True)
        self.close_side_windows()
        # A store still being opened on the worker arrives first, then is closed.
        self.unlock_page.wait()
        self.state.close_store()
        self.prefs.geometry = self.saveGeometry()
        self.prefs.sync()
        super().closeEvent(event)
