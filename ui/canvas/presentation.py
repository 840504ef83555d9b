"""Presentation mode: the duk alone, full screen, large and high in contrast.

No menus, no case list: only the sheet, for a projector or a screen turned to the
family. The facilitator can still type notes (it is the same session, so the main
window follows). Esc leaves; Ctrl+plus/minus size the type for the room.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from ui.canvas.duk import DukCanvas
from ui.canvas.style import PRESENTATION_ZOOM, ZOOM_STEPS, CanvasStyle
from ui.meeting.session import MeetingSession

MIN_FIT_ZOOM = 1.1
"""Presentation type is never smaller than this, even if the sheet must scroll."""


class PresentationWindow(QWidget):
    """The duk on a chosen screen, full screen."""

    closed = Signal()

    def __init__(self, session: MeetingSession, lang: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(session.template.name.get(lang or session.case.language))
        self.style_ = CanvasStyle(session.template, lang or session.case.language,
                                  presentation=True, parent=self)
        self.setStyleSheet("PresentationWindow, QScrollArea { background: #FFFFFF; }")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.canvas = DukCanvas(session, self.style_)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.canvas)
        box.addWidget(scroll)
        leave = QAction(self.tr("Leave presentation mode"), self)
        leave.setShortcuts([QKeySequence("Esc"), QKeySequence("F5")])
        leave.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        leave.triggered.connect(self.close)
        self.addAction(leave)
        # The type follows the window: a projector of another size, or a move to
        # another screen, re-fits the sheet.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(lambda: self.fit_to(self.size()))
        self.setAccessibleName(self.tr("Presentation mode"))
        self.setAccessibleDescription(self.tr("Press Esc to leave"))

    def show_on(self, screen: QScreen | None = None, *, full_screen: bool = True) -> None:
        """Show full screen on `screen` (default: a second screen when there is one,
        as a projector usually is, else the primary one). `full_screen=False`
        shows a normal window (for snapshots at a chosen size)."""
        if screen is None:
            screens = QGuiApplication.screens()
            primary = QGuiApplication.primaryScreen()
            screen = next((s for s in screens if s is not primary), primary)
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        if screen is not None:
            self.fit_to(screen.availableGeometry().size() if not full_screen
                        else screen.geometry().size())
        self.activateWindow()
        self.canvas.focus_field(self.session.template.conversation_order()[0].id)

    def fit_to(self, available: QSize) -> float:
        """The largest type (up to PRESENTATION_ZOOM) at which the whole sheet fits
        `available`: the room should see the whole duk, as big as it can be."""
        steps = [z for z in ZOOM_STEPS if MIN_FIT_ZOOM <= z <= PRESENTATION_ZOOM]
        for zoom in sorted(steps, reverse=True):
            self.style_.set_zoom(zoom)
            box = self.canvas.layout()
            if box is not None:
                box.activate()
            need = self.canvas.minimumSizeHint()
            if need.width() <= available.width() and need.height() <= available.height():
                break
        return self.style_.zoom

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.flush()
        self.closed.emit()
        super().closeEvent(event)
