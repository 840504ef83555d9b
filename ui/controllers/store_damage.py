"""Damage met while the store is in use, in the app.

SQLite reports a malformed page only when it is read, which may be long after
the unlock (the day's full check and the page check at unlock passed). Such an
error reaches Qt's slot machinery as an uncaught exception. `DamageGuard` sees
it (by SQLite's result code, never its text), locks the window (the store is
closed; what could be saved is saved) and asks the unlock page to prove the
file on the next unlock: proved damage is then put aside and the backups are
offered exactly as at unlock (`samtaleduk.store.safe_open`); a sound file just opens.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.pages.unlock import UnlockPage
    from ui.shell.state import AppState

log = logging.getLogger(__name__)


def is_store_damage(exc: BaseException) -> bool:
    """True for SQLite's "malformed" / "not a database" (by code), and for a write
    the engine refused for that reason."""
    from samtaleduk.store.faults import DAMAGE_CODES, SuspectedDamage, sqlite_code

    if isinstance(exc, SuspectedDamage):
        return True
    return type(exc).__module__.startswith("sqlcipher3") and sqlite_code(exc) in DAMAGE_CODES


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
        self._state = state
        self._nav = nav
        self._pending = False
        self._previous = sys.excepthook
        sys.excepthook = self._hook
        window.destroyed.connect(self._uninstall)

    def _uninstall(self) -> None:
        if sys.excepthook == self._hook:
            sys.excepthook = self._previous

    def _hook(self, kind: type[BaseException], exc: BaseException,
              tb: TracebackType | None) -> None:
        if self._state.store is not None and is_store_damage(exc):
            # Only the kind, never content or SQLite's text.
            log.error("the store failed while in use: %s", kind.__name__)
            if not self._pending:  # one failure often brings more; lock once
                self._pending = True
                QTimer.singleShot(0, self.handle)
            return
        self._previous(kind, exc, tb)

    def handle(self) -> None:
        """Lock, then prove the file at the next unlock (see the module text)."""
        try:
            if self._state.store is None:
                return
            self._nav.lock()
            if self._state.store is None:
                self._nav.unlock_page.suspect_damage()
        finally:
            self._pending = False
