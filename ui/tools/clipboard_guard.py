"""Case text copied inside the app does not outlive the lock or the quit.

A person copies a note (Ctrl+C, or only selects it: X11's selection), locks the
laptop and walks away; the text would stay on the system clipboard for anyone at
the desk or any program to read. The guard remembers a digest of what the app
put on the clipboard (a change while the app is the active one is ours) and, on
lock and on quit, clears the clipboard — only if it still holds exactly that, so
what the person copied from another program since is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QMainWindow


def _digest(text: str) -> bytes:
    # A digest, not the text: the guard itself keeps no case text in memory.
    # hashlib (OpenSSL, ~3 ms) is loaded at the first copy, not before the first paint.
    import hashlib

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    """Clears what the app copied when `window` locks or closes, and at quit."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._clipboard = QGuiApplication.clipboard()
        self._ours: dict[QClipboard.Mode, bytes] = {}
        # dataChanged / selectionChanged, not changed(mode): every platform sends
        # these (the offscreen one only these).
        # Bound methods, not lambdas: Qt drops them when the guard goes with its window.
        self._clipboard.dataChanged.connect(self._clipboard_changed)
        self._clipboard.selectionChanged.connect(self._selection_changed)
        window.installEventFilter(self)
        locked = getattr(window, "locked", None)
        if locked is not None:
            locked.connect(self.clear_ours)
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_ours)

    @staticmethod
    def _app_is_active() -> bool:
        """A copy made now comes from this app (its window has the keyboard)."""
        return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive

    def _clipboard_changed(self) -> None:
        self._changed(QClipboard.Mode.Clipboard)

    def _selection_changed(self) -> None:
        self._changed(QClipboard.Mode.Selection)

    def _owns(self, mode: QClipboard.Mode) -> bool:
        if mode is QClipboard.Mode.Selection:
            return self._clipboard.ownsSelection()
        return self._clipboard.ownsClipboard()

    def _changed(self, mode: QClipboard.Mode) -> None:
        if self._owns(mode) or self._app_is_active():
            self._ours[mode] = _digest(self._clipboard.text(mode))
        else:
            self._ours.pop(mode, None)  # another program's: never touched

    def put(self, text: str) -> None:
        """Put `text` on the clipboard as the app's own (cleared at lock and quit
        while it is still there), whether or not the window is active now."""
        self._clipboard.setText(text, QClipboard.Mode.Clipboard)
        self._ours[QClipboard.Mode.Clipboard] = _digest(text)

    def clear_ours(self) -> None:
        """Empty the clipboard (and the selection) where it still holds what the
        app put there."""
        for mode, digest in list(self._ours.items()):
            if self._owns(mode) or _digest(self._clipboard.text(mode)) == digest:
                self._clipboard.clear(mode)
            del self._ours[mode]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Hidden by the app: the window closed (quit) after saving. A spontaneous
        # hide is the window system's (minimised): the person may paste elsewhere.
        if event.type() == QEvent.Type.Hide and not event.spontaneous():
            self.clear_ours()
        return False
