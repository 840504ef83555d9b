"""Damage met while the store is in use, in the app.

SQLite reports a malformed page only when it is read, which may be long after
the unlock (the day's full check and the page check at unlock passed). Such an
error reaches Qt's slot machinery as an uncaught exception. `DamageGuard` sees
it (by SQLite's result code, never its text), locks the window (the store is
closed; what could be saved is saved) and asks the unlock page to prove the
file on the next unlock: proved damage is then put aside and the backups are
offered exactly as at unlock (`samtaleduk.store.safe_open`); a sound file just opens.

Any other engine error a person can act on (a `UserError`, e.g. a stored record
this program cannot read) that escapes a slot is shown as its calm one-line
message instead of vanishing into the console; nothing is lost by it.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from samtaleduk.errors import UserError

if TYPE_CHECKING:
    from ui.pages.unlock import UnlockPage
    from ui.shell.state import AppState

log = logging.getLogger(__name__)


class Lockable(Protocol):
    """The main window's lock and its unlock page."""

    @property
    def unlock_page(self) -> UnlockPage: ...
    def lock(self) -> None: ...


class DamageGuard(QObject):
    """Installed once per main window (`ui.shell.app.start`); passes every other
    uncaught exception on to the hook that was there before."""

    def __init__(self, window: QWidget, state: AppState, nav: Lockable) -> None:
        super().__init__(window)
        self._window = window
        self._state = state
        self._nav = nav
        self._pending = False
        self.message_box: QMessageBox | None = None
        """The last engine message shown (tests)."""
        self._previous = sys.excepthook
        sys.excepthook = self._hook
        window.destroyed.connect(self._uninstall)

    def _uninstall(self) -> None:
        if sys.excepthook == self._hook:
            sys.excepthook = self._previous

    def _hook(self, kind: type[BaseException], exc: BaseException,
              tb: TracebackType | None) -> None:
        from samtaleduk.store.faults import is_store_damage  # not before the first paint

        if self._state.store is not None and is_store_damage(exc):
            # Only the kind, never content or SQLite's text.
            log.error("the store failed while in use: %s", kind.__name__)
            if not self._pending:  # one failure often brings more; lock once
                self._pending = True
                QTimer.singleShot(0, self.handle)
            return
        if isinstance(exc, UserError):
            # Its text is the engine's calm sentence, never content; the kind goes
            # to the console for whoever looks into it.
            log.warning("an action stopped: %s", kind.__name__)
            self._tell(str(exc))
            return
        self._previous(kind, exc, tb)

    def _tell(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not done"), text,
                          QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("engineMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.message_box = box
        box.open()

    def handle(self) -> None:
        """Lock, then prove the file at the next unlock (see the module text)."""
        try:
            lock_to_prove(self._state, self._nav)
        finally:
            self._pending = False


def lock_to_prove(state: AppState, nav: Lockable) -> None:
    """Damage was met while the store was open (in use, or by the day's check in
    the background): lock, and have the next unlock prove the file first; proved
    damage is then put aside and the backups offered as at unlock."""
    if state.store is None:
        return
    nav.lock()
    if state.store is None:
        nav.unlock_page.suspect_damage()
