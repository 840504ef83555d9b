"""MeetingView: the open meeting in the main window.

A quiet toolbar (undo, redo, zoom, presentation mode, the "Lagra hh:mm:ss"
indicator), a banner that appears only when saving fails, and the duk in a scroll
area: the sheet fills the window and keeps a readable minimum size, so a small
laptop screen scrolls rather than squeezing the cards.
"""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFocusEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.canvas.duk import DukCanvas
from ui.canvas.style import CanvasStyle
from ui.meeting.session import MeetingSession


def _theme_colour(name: str, fallback: str) -> str:
    """A colour of the app's theme (paper or high contrast), for the chrome
    around the duk; `fallback` when the canvas runs without the app shell."""
    try:
        from ui.theme import colour
    except ImportError:
        return fallback
    return colour(name)


class SaveBanner(QFrame):
    """Shown while saving fails: the text is safe on screen; we keep trying."""

    retry = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("saveBanner")
        self.setProperty("role", "warning")
        bg, ink = _theme_colour("warning_bg", "#FBEBD9"), _theme_colour("warning_ink", "#6B3410")
        self.setStyleSheet(
            f"QFrame#saveBanner {{ background: {bg}; border: 1px solid {ink};"
            f" border-radius: 6px; }} QFrame#saveBanner QLabel {{ color: {ink}; }}")
        box = QHBoxLayout(self)
        box.setContentsMargins(10, 6, 6, 6)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Saving failed"))
        box.addWidget(self.message, 1)
        self.button = QPushButton(self.tr("Try again now"))
        self.button.clicked.connect(self.retry)
        box.addWidget(self.button)
        self.hide()


class MeetingView(QWidget):
    """Toolbar, save banner and the duk canvas for one meeting."""

    presentation_requested = Signal()
    """F5 or the toolbar button: the shell (or this view) opens presentation mode."""

    def __init__(self, session: MeetingSession, lang: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.style_ = CanvasStyle(session.template, lang or session.case.language, parent=self)
        self.presentation: QWidget | None = None
        self._shown_once = False
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self._toolbar())
        self.banner = SaveBanner()
        self.banner.retry.connect(session.flush)
        banner_box = QHBoxLayout()
        banner_box.setContentsMargins(8, 4, 8, 4)
        banner_box.addWidget(self.banner)
        box.addLayout(banner_box)
        self.canvas = DukCanvas(session, self.style_)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setAccessibleName(session.template.name.get(self.style_.lang))
        box.addWidget(self.scroll_area, 1)
        session.saved.connect(self._on_saved)
        session.save_failed.connect(self._on_failed)
        self.style_.zoom_changed.connect(self._show_zoom)
        self._show_zoom(self.style_.zoom)
        if session.last_saved is not None:
            self._on_saved(session.last_saved)

    # --------------------------------------------------------------- toolbar
    def _toolbar(self) -> QWidget:
        bar = QFrame()
        bar.setObjectName("meetingToolbar")
        line, focus = _theme_colour("line", "#A89E8B"), _theme_colour("focus", "#B4441A")
        bar.setStyleSheet(
            f"QFrame#meetingToolbar {{ border-bottom: 1px solid {line}; }}"
            " QFrame#meetingToolbar QToolButton { padding: 2px 10px; min-height: 0;"
            " background: transparent; border: 1px solid transparent; }"
            f" QFrame#meetingToolbar QToolButton:hover {{ border: 1px solid {line}; }}"
            f" QFrame#meetingToolbar QToolButton:focus {{ border: 2px solid {focus}; }}")
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 4, 8, 4)
        row.setSpacing(4)

        def button(text: str, tip: str, slot: object) -> QToolButton:
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.clicked.connect(slot)
            # Reachable with Tab, but never where the cursor starts: typing
            # starts in the duk.
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            row.addWidget(b)
            return b

        self.undo_button = button(self.tr("Undo"), self.tr("Undo (Ctrl+Z)"), self.session.undo)
        self.redo_button = button(self.tr("Redo"), self.tr("Redo (Ctrl+Shift+Z)"),
                                  self.session.redo)
        stack = self.session.undo_stack
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        row.addSpacing(12)
        button("−", self.tr("Zoom out (Ctrl+minus)"), lambda: self.style_.zoom_out())
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(44)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.zoom_label)
        button("+", self.tr("Zoom in (Ctrl+plus)"), lambda: self.style_.zoom_in())
        row.addSpacing(12)
        self.present_button = button(self.tr("Present"), self.tr("Presentation mode (F5)"),
                                     self.present)
        row.addStretch(1)
        self.saved_label = QLabel()
        self.saved_label.setProperty("role", "muted")
        self.saved_label.setAccessibleName(self.tr("Save status"))
        row.addWidget(self.saved_label)
        present = QAction(self.tr("Presentation mode"), self)
        present.setShortcut(QKeySequence("F5"))
        present.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        present.triggered.connect(self.present)
        self.addAction(present)
        return bar

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)} %")
        self.zoom_label.setAccessibleName(self.tr("Zoom %1 percent").replace(
            "%1", str(round(zoom * 100))))

    def _on_saved(self, when: dt.datetime) -> None:
        self.saved_label.setText(self.tr("Saved %1").replace("%1", when.strftime("%H:%M:%S")))
        self.banner.hide()

    def _on_failed(self, message: str) -> None:
        self.banner.message.setText(message)
        self.banner.show()
        self.saved_label.setText(self.tr("Not saved yet"))

    # ------------------------------------------------------------------ API
    def commit_pending_edit(self) -> bool:
        """Make the editor with the keyboard focus hand over what it holds (a date
        still being typed, an owner's name), then write the meeting. Called before
        every print, export, comparison, presentation, lock, quit and page change,
        so they all see what is on the screen. True when everything is saved.

        Generic on purpose: the focused editor gets the focus-out it would get if
        the user clicked elsewhere (every canvas editor commits on leaving) and,
        when it is spin-box-like, is asked to read its text first; then it gets
        the focus back, so the cursor stays where the user left it."""
        focused = QApplication.focusWidget()
        if focused is not None and shiboken6.isValid(self.session) and \
                (focused is self or self.isAncestorOf(focused)):
            self._commit_focused(focused)
        if not shiboken6.isValid(self.session):
            return True
        return self.session.flush()

    @staticmethod
    def _commit_focused(focused: QWidget) -> None:
        widget: QWidget | None = focused
        while widget is not None:
            if isinstance(widget, QAbstractSpinBox):
                widget.interpretText()
                break
            widget = widget.parentWidget()
        # ActiveWindowFocusReason: what an editor sees when its window loses the
        # keyboard for a moment; a line edit keeps its selection, yet commits.
        reason = Qt.FocusReason.ActiveWindowFocusReason
        QCoreApplication.sendEvent(focused, QFocusEvent(QEvent.Type.FocusOut, reason))
        # An editor that closes when it commits (a note's) is gone or has given
        # the focus away: then there is nothing to give the focus back to.
        if shiboken6.isValid(focused) and QApplication.focusWidget() is focused:
            QCoreApplication.sendEvent(focused, QFocusEvent(QEvent.Type.FocusIn, reason))

    def set_language(self, lang: str) -> None:
        """Show the duk's labels in another language (nn, nb, en)."""
        self.canvas.set_language(lang)

    def present(self) -> None:
        """Open presentation mode (full screen, large type) for this meeting."""
        from ui.canvas.presentation import PresentationWindow

        if self.presentation is not None and shiboken6.isValid(self.presentation) and \
                self.presentation.isVisible():
            self.presentation.raise_()
            return
        self.commit_pending_edit()
        window = PresentationWindow(self.session, lang=self.style_.lang)
        self.presentation = window
        # The window deletes itself on close; forget it then (F5 opens a new one).
        window.closed.connect(self._presentation_closed)
        window.show_on()
        self.presentation_requested.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.canvas.focus_field(self.session.template.conversation_order()[0].id)

    def _presentation_closed(self) -> None:
        self.presentation = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.commit_pending_edit()
        super().closeEvent(event)
