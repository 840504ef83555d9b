"""Presentation mode: the duk alone, full screen, for the family to read.

No menus, no case list, no editors: a drawing of the sheet (`PresentationSheet`)
in the largest type that lets the whole duk fit the screen, so nothing scrolls.
It follows the meeting as the facilitator writes in the main window. Esc or F5
leaves.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QScreen,
)
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from ui.canvas.presentation_sheet import PresentationSheet
from ui.meeting.session import MeetingSession

LEAVE_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_F5)
"""The keys that leave presentation mode (F5 also opens it)."""
PAGE_KEYS = {
    Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageDown: 1, Qt.Key.Key_Space: 1,
    Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageUp: -1, Qt.Key.Key_Backspace: -1,
}
"""The keys that turn the pages, when the duk needs more than one screen."""


class PresentationWindow(QWidget):
    """The duk on a chosen screen, full screen and read-only."""

    closed = Signal()

    def __init__(self, session: MeetingSession, lang: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self._return_to: QWidget | None = None
        lang = lang or session.case.language
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(session.template.name.get(lang))
        self.sheet = PresentationSheet(session.template, session.meeting, lang)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.sheet)
        # Nothing inside takes the keyboard: the window itself has it, so
        # Esc and F5 always reach it.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        leave = QAction(self.tr("Leave presentation mode"), self)
        leave.setShortcuts([QKeySequence(k) for k in ("Esc", "F5")])
        leave.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        leave.triggered.connect(self.close)
        self.addAction(leave)
        session.changed.connect(self._changed)
        self.setAccessibleName(self.tr("Presentation mode"))
        self.setAccessibleDescription(self.tr("Press Esc to leave"))

    def _changed(self, _field_id: str) -> None:
        self.sheet.show_meeting(self.session.meeting)

    def show_on(self, screen: QScreen | None = None, *, full_screen: bool = True) -> None:
        """Show full screen on `screen`; by default on the screen the main window
        is on (where the facilitator pressed F5). `full_screen=False` shows a
        normal window (for snapshots at a chosen size)."""
        active = QApplication.activeWindow()
        if active is not None and active is not self:
            self._return_to = active
        if screen is None:
            screen = active.screen() if active is not None else QGuiApplication.primaryScreen()
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def fit_to(self, available: QSize) -> float:
        """Lay the sheet out for `available` (a screen's size); returns the body
        type in points. The widget itself re-fits on every resize."""
        return self.sheet.lay_out(available)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The shortcut covers a focused window; this covers a key that reaches
        # the window without one (nothing inside takes keys).
        if event.key() in LEAVE_KEYS:
            self.close()
            return
        step = PAGE_KEYS.get(Qt.Key(event.key()))
        if step is not None:
            self.sheet.turn(step)
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.flush()
        self.closed.emit()
        super().closeEvent(event)
        # Back to where F5 was pressed, so typing goes on in the duk.
        back = self._return_to
        if back is not None and shiboken6.isValid(back) and back.isVisible():
            back.activateWindow()
            back.raise_()
