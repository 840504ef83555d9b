"""An earlier meeting shown for reading: the canvas's editors are made read-only
without knowing the field kinds, and a calm banner offers "Edit this meeting".

The session refuses every edit while it is read-only (the safety net); this module
makes the screen say the same: text stays selectable and readable, entry lines are
hidden with the ✕ buttons, choices and dates are disabled, and a note list opens no editor.
Everything it changes it remembers, so "Edit this meeting" puts back exactly what
was there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

_READING_KEYS = frozenset({
    Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home,
    Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
})
"""Keys that move through a list without changing it."""


class ReadOnlyBanner(QFrame):
    """"An earlier meeting — read only" with the button that makes it editable."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setProperty("role", "info")
        box = QHBoxLayout(self)
        box.setContentsMargins(10, 4, 6, 4)
        self.message = QLabel()
        self.message.setWordWrap(True)
        box.addWidget(self.message, 1)
        self.button = QPushButton()
        self.button.setObjectName("editEarlierMeeting")
        self.button.clicked.connect(self.edit_requested)
        box.addWidget(self.button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Texts in the UI language (again after a language switch)."""
        self.message.setText(self.tr("An earlier meeting — read only"))
        self.button.setText(self.tr("&Edit this meeting"))
        self.button.setAccessibleName(self.tr("Edit this meeting"))
        self.button.setAccessibleDescription(self.tr(
            "Makes this earlier meeting editable; the change is noted in the audit log"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class _ListReader(QObject):
    """Event filter for item views: reading keys pass, editing keys and double
    clicks (which open editors) do not."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return event.key() not in _READING_KEYS and \
                not event.matches(QKeySequence.StandardKey.Copy)
        return kind in (QEvent.Type.MouseButtonDblClick, QEvent.Type.ContextMenu)


class ReadOnlyGuard:
    """Makes every editor under `root` read-only, and undoes exactly that."""

    def __init__(self, root: QWidget) -> None:
        self._root = root
        self._undo: list[tuple[QWidget, str, object]] = []
        self._reader = _ListReader()

    @property
    def active(self) -> bool:
        return bool(self._undo)

    def apply(self) -> None:
        """Make the editors under the root read-only (again, for new widgets)."""
        for w in self._root.findChildren(QWidget):
            self._freeze(w)

    def _freeze(self, w: QWidget) -> None:
        # Entry lines and ✕ buttons only add or delete: gone while reading.
        if w.property("sdRole") == "entry" or w.property("sdDelete"):
            if not w.isHidden():
                w.hide()
                self._undo.append((w, "hidden", None))
            return
        if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            # A combo's or a spin box's own line follows its owner.
            inner = isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox)
            if not w.isReadOnly() and not inner:
                w.setReadOnly(True)
                self._undo.append((w, "read_only", None))
        elif isinstance(w, QComboBox | QAbstractButton | QAbstractSpinBox):
            if w.isEnabled() and not _in_domain_strip(w):
                w.setEnabled(False)
                self._undo.append((w, "disabled", None))
        elif isinstance(w, QAbstractItemView):
            if not any(u[0] is w for u in self._undo):
                w.installEventFilter(self._reader)
                w.viewport().installEventFilter(self._reader)
                self._undo.append((w, "list", w.dragDropMode()))
                w.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)

    def release(self) -> None:
        """Put back everything `apply` changed."""
        for w, what, before in reversed(self._undo):
            if what == "hidden":
                w.show()
            elif what == "read_only" and isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
                w.setReadOnly(False)
            elif what == "disabled":
                w.setEnabled(True)
            elif what == "list" and isinstance(w, QAbstractItemView):
                w.removeEventFilter(self._reader)
                w.viewport().removeEventFilter(self._reader)
                if isinstance(before, QAbstractItemView.DragDropMode):
                    w.setDragDropMode(before)
        self._undo.clear()


def _in_domain_strip(w: QWidget) -> bool:
    """The life-domain strip only filters what is shown: it stays usable."""
    from ui.canvas.domains import DomainStrip

    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, DomainStrip):
            return True
        parent = parent.parentWidget()
    return False
