"""Small editors shared by the field widgets.

Text editors on the canvas hand Ctrl+Z / Ctrl+Shift+Z to the meeting's undo stack
instead of keeping their own undo: one history for the whole duk. And they never
take the focus with their text selected (see `keep_text_on_tab`): what a person
types after Tab adds to the family's words, it never replaces them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from ui.canvas.date_blank import DateBlank
from ui.canvas.keys import (
    EditorLine,
    is_undo_key,
    keep_text_on_tab,
    pass_undo,
    typed_line,
)
from ui.canvas.style import CanvasStyle

__all__ = ["DateBlank", "NoteEditor", "is_undo_key", "keep_text_on_tab", "line_edit",
           "pass_undo", "set_text_quietly", "typed_line"]


def line_edit(style: CanvasStyle, role: str, placeholder: str = "", factor: float = 1.0,
              bold: bool = False) -> QLineEdit:
    """A canvas line edit (`entry` for adding, `flat` for in-place editing)."""
    edit = EditorLine()
    edit.setProperty("sdRole", role)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(False)
    style.mark(edit, factor, bold)
    return edit


def set_text_quietly(edit: QLineEdit, text: str) -> None:
    """Update a line edit from the model without moving the cursor needlessly."""
    if edit.text() != text:
        pos = edit.cursorPosition()
        edit.setText(text)
        edit.setCursorPosition(min(pos, len(text)))


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

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit()

