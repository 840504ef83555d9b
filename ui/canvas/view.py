"""MeetingView: the open meeting in the main window.

A quiet toolbar (undo, redo, zoom, presentation mode, the "Lagra hh:mm:ss"
indicator), a banner that appears only when saving fails, and the duk in a scroll
area: the sheet fills the window and keeps a readable minimum size, so a small
laptop screen scrolls rather than squeezing the cards.
"""

from __future__ import annotations

import datetime as dt
import uuid

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
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
from ui.canvas.read_only import ReadOnlyBanner, ReadOnlyGuard
from ui.canvas.style import CanvasStyle
from ui.meeting.session import MeetingSession


def _theme_colour(name: str, fallback: str) -> str:
    """A colour of the app's theme (paper or high contrast), for the chrome
    around the duk; `fallback` when the canvas runs without the app shell."""
    try:
        from ui.look.theme import colour
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
        box.addWidget(self.message, 1)
        self.button = QPushButton()
        self.button.clicked.connect(self.retry)
        box.addWidget(self.button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Texts in the UI language (again after a language switch)."""
        self.message.setAccessibleName(self.tr("Saving failed"))
        self.button.setText(self.tr("Try again now"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MeetingView(QWidget):
    """Toolbar, save banner and the duk canvas for one meeting."""

    presentation_requested = Signal()
    """F5 or the toolbar button: the shell (or this view) opens presentation mode."""
    edit_earlier_requested = Signal()
    """"Edit this meeting" was pressed on an earlier meeting shown read-only; the
    shell records it and calls `make_editable`."""

    def __init__(self, session: MeetingSession, lang: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.style_ = CanvasStyle(session.template, lang or session.case.language, parent=self)
        self.presentation: QWidget | None = None
        self._shown_once = False
        self._failing = False
        self._saved_at: dt.datetime | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self._toolbar())
        self.banner = SaveBanner()
        self.banner.retry.connect(session.flush)
        banner_box = QHBoxLayout()
        banner_box.setContentsMargins(8, 4, 8, 4)
        banner_box.addWidget(self.banner)
        self.read_only_banner = ReadOnlyBanner()
        calm, ink = _theme_colour("selection", "#D5E3EC"), _theme_colour("accent", "#2F5F82")
        self.read_only_banner.setStyleSheet(
            f"QFrame#readOnlyBanner {{ background: {calm}; border: 1px solid {ink};"
            " border-radius: 6px; }")
        self.read_only_banner.edit_requested.connect(self.edit_earlier_requested)
        banner_box.addWidget(self.read_only_banner)
        box.addLayout(banner_box)
        # The duk is built in its place: a styled tree moved to another parent is
        # styled again, widget by widget (the app's style sheet applies to all).
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setAccessibleName(session.template.name.get(self.style_.lang))
        box.addWidget(self.scroll_area, 1)
        self.canvas = DukCanvas(session, self.style_, parent=self.scroll_area.viewport())
        self.scroll_area.setWidget(self.canvas)
        session.saved.connect(self._on_saved)
        session.save_failed.connect(self._on_failed)
        self.style_.zoom_changed.connect(self._show_zoom)
        self._saved_at = session.last_saved
        self.retranslate()
        self.read_only_guard = ReadOnlyGuard(self.canvas)
        for frame in self.canvas.fields.values():
            # A row's editors made later (a goal's deadline line) read-only too.
            frame.focus_chain_changed.connect(self._freeze_new_editors)
        if session.read_only:
            self.read_only_guard.apply()
            self.read_only_banner.show()

    def _freeze_new_editors(self) -> None:
        if self.session.read_only:
            self.read_only_guard.apply()

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

        def button(slot: object) -> QToolButton:
            b = QToolButton()
            b.clicked.connect(slot)
            # Reachable with Tab, but never where the cursor starts: typing
            # starts in the duk.
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            row.addWidget(b)
            return b

        self.undo_button = button(self.session.undo)
        self.redo_button = button(self.session.redo)
        stack = self.session.undo_stack
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        row.addSpacing(12)
        self.zoom_out_button = button(lambda: self.style_.zoom_out())
        self.zoom_out_button.setText("−")
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(44)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.zoom_label)
        self.zoom_in_button = button(lambda: self.style_.zoom_in())
        self.zoom_in_button.setText("+")
        row.addSpacing(12)
        self.present_button = button(self.present)
        row.addStretch(1)
        self.saved_label = QLabel()
        self.saved_label.setProperty("role", "muted")
        row.addWidget(self.saved_label)
        self.present_action = QAction(self)
        self.present_action.setShortcut(QKeySequence("F5"))
        self.present_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.present_action.triggered.connect(self.present)
        self.addAction(self.present_action)
        return bar

    def retranslate(self) -> None:
        """The toolbar's words in the UI language (again after a language switch)."""
        for b, text, tip in (
                (self.undo_button, self.tr("Undo"), self.tr("Undo (Ctrl+Z)")),
                (self.redo_button, self.tr("Redo"), self.tr("Redo (Ctrl+Shift+Z)")),
                (self.zoom_out_button, None, self.tr("Zoom out (Ctrl+minus)")),
                (self.zoom_in_button, None, self.tr("Zoom in (Ctrl+plus)")),
                (self.present_button, self.tr("Present"), self.tr("Presentation mode (F5)"))):
            if text is not None:
                b.setText(text)
            b.setToolTip(tip)
            b.setAccessibleName(tip)
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.present_action.setText(self.tr("Presentation mode"))
        self._show_zoom(self.style_.zoom)
        self._show_save_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)} %")
        self.zoom_label.setAccessibleName(self.tr("Zoom %1 percent").replace(
            "%1", str(round(zoom * 100))))

    def _on_saved(self, when: dt.datetime) -> None:
        self._failing = False
        self._saved_at = when
        self.banner.hide()
        self._show_save_state()

    def _on_failed(self, message: str) -> None:
        self._failing = True
        self.banner.message.setText(message)
        self.banner.show()
        self._show_save_state()

    def _show_save_state(self) -> None:
        if self._failing:
            self.saved_label.setText(self.tr("Not saved yet"))
        elif self._saved_at is not None:
            self.saved_label.setText(self.tr("Saved %1").replace(
                "%1", self._saved_at.strftime("%H:%M:%S")))
        else:
            self.saved_label.clear()

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

    def place(self) -> tuple[str | None, tuple[int, int]]:
        """Where the user is: the id of the field with the cursor (None when the
        cursor is outside the duk) and the scroll position (x, y). Ids and numbers
        only, so it may be kept while the window is locked."""
        focused = QApplication.focusWidget() or self.window().focusWidget()
        field_id = None
        widget: QWidget | None = focused
        while widget is not None and widget is not self.canvas:
            if widget.parentWidget() is self.canvas:
                field = getattr(widget, "field", None)
                field_id = getattr(field, "id", None)
                break
            widget = widget.parentWidget()
        return field_id, (self.scroll_area.horizontalScrollBar().value(),
                          self.scroll_area.verticalScrollBar().value())

    def restore_place(self, field_id: str | None, scroll: tuple[int, int]) -> None:
        """Put the cursor back in `field_id` and scroll back to `scroll`, once the
        duk is laid out (the scroll range exists only then)."""
        def restore() -> None:
            if not self.isVisible():
                return  # left before the event loop came round: not ours to focus
            if field_id is not None and field_id in self.canvas.fields:
                self.canvas.focus_field(field_id)
            self.scroll_area.horizontalScrollBar().setValue(scroll[0])
            self.scroll_area.verticalScrollBar().setValue(scroll[1])

        self.canvas.adjustSize()
        QTimer.singleShot(0, self, restore)

    def go_to(self, field_id: str, item_id: uuid.UUID | None = None) -> bool:
        """Put the cursor on an item of a field (its first editor: an action's text,
        a consent's tick, a note's card), or in the field's entry line, and scroll
        it into view once the duk is laid out. False when the duk has no such field."""
        frame = self.canvas.fields.get(field_id)
        if frame is None:
            return False

        def go() -> None:
            if not shiboken6.isValid(frame) or not self.isVisible():
                return
            target = _item_editor(frame, item_id) if item_id is not None else None
            focus_note = getattr(frame, "focus_note", None)  # a notes field's cards
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
            elif item_id is None or focus_note is None or not focus_note(item_id):
                frame.focus_entry()
            focused = QApplication.focusWidget()
            self.scroll_area.ensureWidgetVisible(
                focused if focused is not None and frame.isAncestorOf(focused) else frame)

        self.canvas.adjustSize()
        QTimer.singleShot(0, self, go)
        return True

    def make_editable(self) -> None:
        """An earlier meeting, shown read-only, becomes editable (the shell has
        recorded the decision in the audit log)."""
        self.session.read_only = False
        self.read_only_guard.release()
        self.read_only_banner.hide()
        self.canvas.focus_field(self.session.template.conversation_order()[0].id)

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
            if self.session.read_only:
                # Nothing to type into: the one thing to do is the banner's button.
                self.read_only_banner.button.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.focus_duk()

    def focus_duk(self) -> None:
        """Put the keyboard in the duk where typing starts: the first field in
        conversation order (F6, Ctrl+N and Tab work from there)."""
        self.canvas.focus_field(self.session.template.conversation_order()[0].id)

    def _presentation_closed(self) -> None:
        self.presentation = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.commit_pending_edit()
        super().closeEvent(event)


def _item_editor(frame: QWidget, item_id: uuid.UUID) -> QWidget | None:
    """The first editor of the row showing `item_id` in `frame` (an action, goal,
    helper or consent row keeps its item's id and its editors in order)."""
    for row in frame.findChildren(QWidget):
        if item_id in (getattr(row, "item_id", None), getattr(row, "consent_id", None)):
            editors: list[QWidget] = [e for e in getattr(row, "editors", [])
                                      if isinstance(e, QWidget) and e.isEnabled()]
            if editors:
                return editors[0]
    return None
