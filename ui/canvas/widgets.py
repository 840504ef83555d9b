"""Small editors shared by the field widgets.

Text editors on the canvas hand Ctrl+Z / Ctrl+Shift+Z to the meeting's undo stack
instead of keeping their own undo: one history for the whole duk.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from ui.canvas.style import CanvasStyle

NULL_DATE = QDate(2000, 1, 1)
"""The QDateEdit minimum; shown as the empty blank "__.__.____"."""

DATE_FORMAT = "dd.MM.yyyy"


def is_undo_key(event: QKeyEvent) -> bool:
    """True for the undo/redo key combinations the meeting handles itself."""
    ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    return (
        event.matches(QKeySequence.StandardKey.Undo)
        or event.matches(QKeySequence.StandardKey.Redo)
        or (ctrl and event.key() in (Qt.Key.Key_Z, Qt.Key.Key_Y))
    )


class _PassUndo(QObject):
    """Event filter: let undo/redo shortcuts reach the meeting's actions."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if is_undo_key(event):
                event.ignore()
                return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if is_undo_key(event):
                event.ignore()
                return True
        return False


_PASS_UNDO: _PassUndo | None = None


def pass_undo(widget: QWidget) -> QWidget:
    """Make `widget` leave Ctrl+Z and friends to the meeting."""
    global _PASS_UNDO
    if _PASS_UNDO is None:
        _PASS_UNDO = _PassUndo()
    widget.installEventFilter(_PASS_UNDO)
    return widget


def line_edit(style: CanvasStyle, role: str, placeholder: str = "", factor: float = 1.0,
              bold: bool = False) -> QLineEdit:
    """A canvas line edit (`entry` for adding, `flat` for in-place editing)."""
    edit = QLineEdit()
    edit.setProperty("sdRole", role)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(False)
    style.mark(edit, factor, bold)
    pass_undo(edit)
    return edit


def set_text_quietly(edit: QLineEdit, text: str) -> None:
    """Update a line edit from the model without moving the cursor needlessly."""
    if edit.text() != text:
        pos = edit.cursorPosition()
        edit.setText(text)
        edit.setCursorPosition(min(pos, len(text)))


class DateBlank(QDateEdit):
    """A date picker that may be empty (the paper's "____")."""

    date_edited = Signal(object)
    """The user changed the date: a datetime.date or None."""

    def __init__(self, style: CanvasStyle, factor: float = 1.0, empty: str = "__.__.____") -> None:
        super().__init__()
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(NULL_DATE)
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setSpecialValueText(empty)
        self.setDate(NULL_DATE)
        self.setKeyboardTracking(False)
        style.mark(self, factor)
        pass_undo(self)
        self._quiet = False
        self.dateChanged.connect(self._changed)

    def value(self) -> dt.date | None:
        d = self.date()
        return None if d == NULL_DATE else dt.date(d.year(), d.month(), d.day())

    def set_value(self, value: dt.date | None) -> None:
        """Show a model value without emitting `date_edited`."""
        if self.value() == value:
            return
        self._quiet = True
        try:
            if value is None:
                self.setDate(NULL_DATE)
            else:
                self.setDate(QDate(value.year, value.month, value.day))
        finally:
            self._quiet = False

    def event(self, e: QEvent) -> bool:
        # Tab leaves the date (as in every other box) instead of walking its
        # day/month/year sections; those are reached with "." or the arrows.
        if e.type() == QEvent.Type.KeyPress and isinstance(e, QKeyEvent) and \
                e.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and \
                not e.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.interpretText()
            forward = e.key() == Qt.Key.Key_Tab and \
                not e.modifiers() & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)
            return True
        return super().event(e)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Delete/Backspace on a whole selection or an empty blank clears the date.
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.setDate(NULL_DATE)
            return
        if self.value() is None and event.text().isdigit():
            # Start typing into an empty blank from today's date, so the
            # sections are real numbers and can be typed over.
            self._quiet = True
            try:
                self.setDate(QDate.currentDate())
            finally:
                self._quiet = False
            self.setSelectedSection(QDateEdit.Section.DaySection)
        super().keyPressEvent(event)

    def _changed(self, _d: QDate) -> None:
        if not self._quiet:
            self.date_edited.emit(self.value())


class NoteEditor(QPlainTextEdit):
    """In-place editor for a card: Enter keeps, Shift+Enter breaks the line,
    Esc puts the text back."""

    committed = Signal()
    cancelled = Signal()

    def __init__(self, style: CanvasStyle) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        style.mark(self)
        pass_undo(self)
        self.document().contentsChanged.connect(self._fit)

    def _fit(self) -> None:
        lines = max(1, int(self.document().size().height()))
        self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + 14)

    def event(self, e: QEvent) -> bool:
        # Esc belongs to the editor (put the text back), not to a window's
        # "leave presentation mode" shortcut.
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent) and \
                e.key() == Qt.Key.Key_Escape:
            e.accept()
            return True
        # Ctrl+D and Ctrl+K (the note's tag menus, notes.TAG_KEYS) belong to the
        # canvas, even where the platform binds Ctrl+K in a text box.
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent) and \
                e.modifiers() == Qt.KeyboardModifier.ControlModifier and \
                e.key() in (Qt.Key.Key_D, Qt.Key.Key_K):
            e.ignore()
            return True
        return super().event(e)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.committed.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: object) -> None:
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self.committed.emit()


def owner_combo(style: CanvasStyle, placeholder: str) -> QComboBox:
    """An editable combobox for "who does it": today's participants or typed."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    line = combo.lineEdit()
    assert line is not None  # an editable combo has one
    line.setPlaceholderText(placeholder)
    pass_undo(line)
    style.mark(combo, 0.9)
    style.mark(line, 0.9)
    return combo
