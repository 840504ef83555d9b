"""Autosave for an open meeting: debounced, flushable, retried until it works.

A change starts (or restarts) a short single-shot timer; when typing stops the
meeting is written. The pause never stretches past `MAX_WAIT_MS` after the first
unsaved change: a steady typist (a key every 60–150 ms restarts a 250 ms pause
for ever) is saved every two seconds all the same. `flush()` writes at once
(focus change, close, lock, quit, SIGTERM). A
failed write keeps everything in memory, reports it, and tries again with a growing
pause, so a full disk or a locked file never loses a note that is on screen.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from time import monotonic

from PySide6.QtCore import QObject, QTimer, Signal

from ui.tools.jobs import jobs

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250
"""Pause after the last change before writing (the brief allows at most 300 ms)."""

MAX_WAIT_MS = 2_000
"""The longest an unsaved change waits while typing goes on."""

RETRY_MS = (1_000, 2_000, 5_000, 10_000, 30_000)
"""Pauses between attempts after a failed write; the last one repeats."""

STORE_BUSY_MS = 100
"""When the pause ends while a background job uses the store (a case file being
written), look again this soon instead of writing from two threads at once."""


class Autosaver(QObject):
    """Calls `write()` when the data is dirty: after a pause, or on flush()."""

    saved = Signal(object)
    """A write succeeded; carries the local datetime."""
    failed = Signal(str)
    """A write failed; carries the exception's class name (never its text, which
    may quote personal data)."""

    def __init__(self, write: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._write = write
        self._dirty = False
        self._dirty_since = 0.0
        """monotonic() seconds of the first change not yet written."""
        self._failures = 0
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.timeout.connect(self._flush_when_store_free)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._flush_when_store_free)

    @property
    def dirty(self) -> bool:
        """True while something on screen is not yet written."""
        return self._dirty

    @property
    def failing(self) -> bool:
        """True after a failed write, until one succeeds."""
        return self._failures > 0

    def mark_dirty(self) -> None:
        """Something changed: write it after a short pause, but no later than
        MAX_WAIT_MS after the first unsaved change."""
        now = monotonic()
        if not self._dirty:
            self._dirty_since = now
        self._dirty = True
        if self._retry.isActive():
            return  # a failed write is retried on its own schedule
        waited_ms = (now - self._dirty_since) * 1000
        self._debounce.start(int(max(0, min(DEBOUNCE_MS, MAX_WAIT_MS - waited_ms))))

    def _flush_when_store_free(self) -> None:
        # A timer fired: never block the typist behind a background job.
        if jobs().store_busy:
            self._debounce.start(STORE_BUSY_MS)
            return
        self.flush()

    def flush(self) -> bool:
        """Write now if anything is unsaved (after any background job using the store
        is done). True when everything is saved."""
        self._debounce.stop()
        self._retry.stop()
        if not self._dirty:
            return True
        jobs().wait_for_store()
        try:
            self._write()
        except Exception as exc:  # any failure: keep the data, tell, retry
            self._failures += 1
            pause = RETRY_MS[min(self._failures - 1, len(RETRY_MS) - 1)]
            log.warning("autosave failed (%s); retrying in %d ms", type(exc).__name__, pause)
            self._retry.start(pause)
            self.failed.emit(type(exc).__name__)
            return False
        self._dirty = False
        self._failures = 0
        self.saved.emit(dt.datetime.now())
        return True

    def stop(self) -> None:
        """Stop all timers (the session is closing)."""
        self._debounce.stop()
        self._retry.stop()
