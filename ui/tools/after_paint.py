"""Work that waits until a window has painted: after an unlock the case list is
drawn before the day's page check takes a core or an audit line waits for its fsync
(issue 16: unlock to the list drawn within 1.3× of the key derivation).

A zero-length timer is not enough: it fires in the same pass of the event loop as
the layout of the page just shown, before the paint that pass may only ask for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

AT_THE_LATEST_MS = 1_000
"""A window not on screen (hidden, minimised, a test's) may never paint."""


def after_next_paint(window: QWidget, call: Callable[[], None],
                     at_the_latest_ms: int = AT_THE_LATEST_MS) -> None:
    """Call `call` once, on the GUI thread, right after `window` next paints (its
    update request handled), or after `at_the_latest_ms` if it does not."""
    _AfterPaint(window, call, at_the_latest_ms)


class _AfterPaint(QObject):
    def __init__(self, window: QWidget, call: Callable[[], None], at_the_latest_ms: int) -> None:
        super().__init__(window)
        self._window: QWidget | None = window
        self._call: Callable[[], None] | None = call
        window.installEventFilter(self)
        QTimer.singleShot(at_the_latest_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.UpdateRequest and self._call is not None:
            QTimer.singleShot(0, self, self._fire)  # once this request has painted
        return False

    def _fire(self) -> None:
        call, self._call = self._call, None
        if call is None:
            return
        if self._window is not None:
            self._window.removeEventFilter(self)
            self._window = None
        self.deleteLater()
        call()
