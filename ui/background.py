"""Running one long engine call (Argon2, PDFs, copying a store) off the GUI thread.

A `Job` runs a function on a plain thread and hands its result, or the exception it
raised, back to the GUI thread through a queued signal. The store's connection may
be used from another thread only while nothing else uses it, so whoever starts a
job with the store keeps the window from touching it until `finished` arrives (the
dialogs here are window-modal and refuse to close while busy; the idle lock waits).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

_running: set[Job] = set()
"""Jobs still on their thread: kept alive here even if their owner is deleted."""


class Job(QObject):
    """One background call; `finished` carries its result or the exception."""

    finished = Signal(object)

    def __init__(self, work: Callable[[], object]) -> None:
        # No parent: a dialog deleted while the thread runs must not take the
        # receiver of the result with it mid-emit.
        super().__init__()
        self._work = work
        self._thread: threading.Thread | None = None
        self.finished.connect(self._forget)

    def start(self) -> None:
        _running.add(self)

        def run() -> None:
            try:
                result: object = self._work()
            except Exception as exc:  # noqa: BLE001 - handed to the GUI thread to show
                result = exc
            self.finished.emit(result)

        # Not a daemon: a write half done when the app quits must finish.
        self._thread = threading.Thread(target=run, name="samtaleduk-job")
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self) -> None:
        """Block until the thread is done (quitting, tests)."""
        if self._thread is not None:
            self._thread.join()

    def _forget(self, _result: object) -> None:
        # Dropped on a later turn of the event loop: deleting the job while Qt is
        # still delivering its `finished` to the other receivers would crash.
        QTimer.singleShot(0, lambda: _running.discard(self))


def wait_for_all() -> None:
    """Wait for every job still running (before the store is closed on quit)."""
    for job in list(_running):
        job.wait()
