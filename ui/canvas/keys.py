"""How canvas editors treat keys and focus, whoever built them.

Two rules for every text editor on the duk: Ctrl+Z / Ctrl+Shift+Z go to the
meeting's undo stack (one history for the whole duk), and focus that arrives by
Tab, Shift+Tab or a shortcut never selects the text, so the next key typed adds
to the family's words instead of replacing them (issue 12: a goal was overwritten
through Tab).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget


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
        # Every event of every canvas editor passes here: the type is asked once.
        kind = event.type()
        if (kind == QEvent.Type.ShortcutOverride or kind == QEvent.Type.KeyPress) and \
                isinstance(event, QKeyEvent) and is_undo_key(event):
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


class _EscapeWhileEditing(QObject):
    """Event filter: `escape_while_editing`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        editing = getattr(watched, "editing", None)
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape and editing is not None and editing():
            event.accept()
            return True
        return False


_ESCAPE_WHILE_EDITING: _EscapeWhileEditing | None = None


def escape_while_editing(widget: QWidget) -> None:
    """Esc goes to `widget` while its `editing()` says an edit is pending (it
    puts the value back), not to a window's shortcut. Call it at each focus-in:
    keys reach only the widget with the focus, so its other events need not
    pass through the filter before."""
    global _ESCAPE_WHILE_EDITING
    if _ESCAPE_WHILE_EDITING is None:
        _ESCAPE_WHILE_EDITING = _EscapeWhileEditing()
    widget.installEventFilter(_ESCAPE_WHILE_EDITING)


_SELECTING_REASONS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                      Qt.FocusReason.ShortcutFocusReason)
"""Focus reasons for which Qt's line edits, editable combo boxes and spin boxes
select all their text."""


def typed_line(widget: QWidget) -> QLineEdit | None:
    """The line edit that takes the typing when `widget` has the focus, if any."""
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, QComboBox):
        return widget.lineEdit() if widget.isEditable() else None
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    return None


def _keep_text(watched: QObject, event: QEvent) -> bool:
    """Focus that comes by Tab, Shift+Tab or a shortcut leaves the text
    unselected with the cursor at its end (Qt selects it all, and the next key
    typed would replace it). True when the focus-in was handled here."""
    if not isinstance(event, QFocusEvent) or event.reason() not in _SELECTING_REASONS \
            or not isinstance(watched, QWidget):
        return False
    # The widget gets the same focus-in, by a reason for which it keeps its text.
    QApplication.sendEvent(
        watched, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.OtherFocusReason))
    line = typed_line(watched)
    if line is not None:
        line.deselect()
        line.end(False)
    return True


class _KeepText(QObject):
    """Event filter: `_keep_text`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.FocusIn and _keep_text(watched, event)


_KEEP_TEXT: _KeepText | None = None
_HAS_EDITOR_KEYS: weakref.WeakSet[QWidget] = weakref.WeakSet()


def keep_text_on_tab(widget: QWidget) -> QWidget:
    """Make `widget` (a line edit, editable combo box or spin box) take the
    focus by Tab or a shortcut without selecting its text: cursor at the end.
    Safe to call again on the same widget."""
    global _KEEP_TEXT
    if widget in _HAS_EDITOR_KEYS:
        return widget  # `editor_keys` did it already
    if _KEEP_TEXT is None:
        _KEEP_TEXT = _KeepText()
    if typed_line(widget) is not None:
        widget.installEventFilter(_KEEP_TEXT)
    return widget


def editor_keys(edit: QLineEdit) -> QLineEdit:
    """`pass_undo` and `keep_text_on_tab` for a line edit of the duk's own, whose
    `focusInEvent` hands its focus-ins to `editor_focus_in` (`EditorLine` does;
    so does the date blank). No event filter on all of its events: the undo
    keys go only to the widget with the focus, which had a focus-in first."""
    _HAS_EDITOR_KEYS.add(edit)
    return edit


def editor_focus_in(edit: QLineEdit, event: QFocusEvent,
                    focus_in: Callable[[QFocusEvent], None]) -> None:
    """A focus-in of an `editor_keys` line edit, handed on to `focus_in` (its
    base class's focusInEvent): the undo keys pass to the meeting from now on,
    and focus by Tab, Shift+Tab or a shortcut keeps the text (`_keep_text`)."""
    pass_undo(edit)
    if event.reason() not in _SELECTING_REASONS:
        focus_in(event)
        return
    # The same focus-in, by a reason for which the line keeps its text.
    focus_in(QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.OtherFocusReason))
    edit.deselect()
    edit.end(False)


class EditorLine(QLineEdit):
    """A line edit of the duk's own: both rules of this module (`editor_keys`)."""

    def __init__(self) -> None:
        super().__init__()
        editor_keys(self)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        editor_focus_in(self, event, super().focusInEvent)
