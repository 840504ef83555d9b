"""The main window's menu bar: File, View, Language, Help, with their shortcuts.

The menus only trigger the window's own methods; which actions are enabled follows
the window's state through `update()`. Shortcuts have one owner each: F5 belongs to
the meeting view (two owners make Qt fire neither), so the menu shows it as a hint.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow

from ui.tools.i18n import LANGUAGES


class MenuHost(Protocol):
    """What the menus call on the main window."""

    def new_case(self) -> None: ...
    def new_meeting(self) -> None: ...
    def edit_people(self) -> None: ...
    def go_back(self) -> None: ...
    def show_cases(self) -> None: ...
    def lock(self) -> None: ...
    def choose_idle_lock(self) -> None: ...
    def start_presentation(self) -> None: ...
    def review_last_time(self, only_if_needed: bool = False) -> None: ...
    def print_meeting(self, export: bool = False) -> None: ...
    def toggle_contrast(self, checked: bool) -> None: ...
    def set_language(self, lang: str) -> None: ...


class MainMenus(QObject):
    """Builds the menu bar of `window` and keeps its texts in the UI language."""

    def __init__(self, window: QMainWindow, host: MenuHost, *, language: str,
                 high_contrast: bool) -> None:
        super().__init__(window)
        self._window = window
        bar = window.menuBar()

        self.file_menu = bar.addMenu("")
        self.act_new_case = self._action(QKeySequence.StandardKey.New, host.new_case)
        self.act_new_meeting = self._action("Ctrl+Shift+N", host.new_meeting)
        self.act_people = self._action("Ctrl+Shift+P", host.edit_people)
        self.act_back = self._action(QKeySequence.StandardKey.Back, host.go_back)
        self.act_cases = self._action("Ctrl+Home", host.show_cases)
        self.act_print = self._action(QKeySequence.StandardKey.Print, host.print_meeting)
        self.act_export = self._action("Ctrl+Shift+E", lambda: host.print_meeting(export=True))
        self.act_lock = self._action("Ctrl+L", host.lock)
        self.act_idle_lock = self._action(None, host.choose_idle_lock)
        self.act_quit = self._action(QKeySequence.StandardKey.Quit, window.close)
        self.act_quit.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        for a in (self.act_new_case, self.act_new_meeting, self.act_people, self.act_back,
                  self.act_cases):
            self.file_menu.addAction(a)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_print)
        self.file_menu.addAction(self.act_export)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_lock)
        self.file_menu.addAction(self.act_idle_lock)
        self.file_menu.addAction(self.act_quit)

        self.view_menu = bar.addMenu("")
        self.act_review = self._action("Ctrl+R", lambda: host.review_last_time())
        self.act_present = self._action(None, host.start_presentation)
        self.act_contrast = self._action(None, host.toggle_contrast)
        self.act_contrast.setCheckable(True)
        self.act_contrast.setChecked(high_contrast)
        self.view_menu.addAction(self.act_review)
        self.view_menu.addAction(self.act_present)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.act_contrast)

        # Between meetings: the facilitator's own tools over all cases (the overview,
        # the invitation, the minutes, the pilot's figures). Filled by their
        # controllers in ui/controllers/, one action group each.
        self.between_menu = bar.addMenu("")

        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(self)
            action.setCheckable(True)
            action.setChecked(lang == language)
            action.setData(lang)
            action.triggered.connect(lambda _c=False, code=lang: host.set_language(code))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action

        self.help_menu = bar.addMenu("")
        # F1: the user guide (docs/guide) in the UI's language, beside the window.
        self.act_guide = self._action(QKeySequence.StandardKey.HelpContents,
                                      lambda: _open_guide(window, self.language()))
        self.help_menu.addAction(self.act_guide)
        self.act_about = self._action(None, self.about)
        self.help_menu.addAction(self.act_about)
        window.installEventFilter(self)
        self.retranslate()

    def _action(self, shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
                slot: Any) -> QAction:
        action = QAction(self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        # Actions live on the window so their shortcuts work on every page.
        self._window.addAction(action)
        return action

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.act_new_case.setText(self.tr("&New case …"))
        self.act_new_meeting.setText(self.tr("New &meeting …"))
        self.act_people.setText(self.tr("P&eople of the case …"))
        self.act_back.setText(self.tr("&Back"))
        self.act_cases.setText(self.tr("&Case list"))
        self.act_print.setText(self.tr("&Print …"))
        self.act_export.setText(self.tr("Save as P&DF …"))
        self.act_lock.setText(self.tr("&Lock"))
        self.act_idle_lock.setText(self.tr("Lock a&fter …"))
        self.act_quit.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.act_review.setText(self.tr("&Since last time …"))
        self.act_present.setText(self.tr("&Presentation mode") + "\tF5")
        self.act_contrast.setText(self.tr("&High contrast"))
        self.between_menu.setTitle(self.tr("Bet&ween meetings"))
        self.language_menu.setTitle(self.tr("&Language"))
        # Each language is named in itself, so it can be found from any language.
        self.language_actions["nn"].setText("Nynorsk")
        self.language_actions["nb"].setText("Bokmål")
        self.language_actions["en"].setText("English")
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_guide.setText(self.tr("&User guide"))
        self.act_about.setText(self.tr("&About Samtaleduk"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def update(self, *, unlocked: bool, page: str, has_case: bool, in_meeting: bool,
               continued: bool, editable: bool = True) -> None:
        """Enable what makes sense now; `page` is cases, case, meeting or unlock."""
        # In a meeting, Ctrl+N belongs to the canvas (a new note); a second owner
        # would make Qt fire neither.
        self.act_new_case.setEnabled(unlocked and page != "meeting")
        self.act_cases.setEnabled(unlocked and page != "cases")
        self.act_back.setEnabled(unlocked and page in ("case", "meeting"))
        self.act_lock.setEnabled(unlocked)
        self.act_idle_lock.setEnabled(unlocked)
        self.act_new_meeting.setEnabled(unlocked and has_case and page in ("case", "meeting"))
        # In a meeting the people are edited through it, so not while it is read-only.
        self.act_people.setEnabled(unlocked and has_case and (
            page == "case" or (page == "meeting" and in_meeting and editable)))
        self.act_present.setEnabled(in_meeting)
        self.act_print.setEnabled(in_meeting)
        self.act_export.setEnabled(in_meeting)
        self.act_review.setEnabled(in_meeting and continued)

    def about(self) -> QDialog:
        """Help > About: what this is, that it works offline, the font's licence, and
        the versions of the program, Qt, Python, SQLCipher and its OpenSSL (ui/dialogs/about.py)."""
        # Imported on first use: not needed for the first frame.
        from ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def language(self) -> str:
        """The UI language ticked in the Language menu."""
        checked = self.language_group.checkedAction()
        return str(checked.data()) if checked is not None else "nn"

    def check_language(self, lang: str) -> None:
        self.language_actions[lang].setChecked(True)


def _open_guide(window: QMainWindow, lang: str) -> None:
    # Imported on first use: the help window is not needed for the first frame.
    from ui.dialogs.help import open_user_guide

    open_user_guide(window, lang)
