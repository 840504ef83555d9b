"""Python's cycle collector runs on the GUI thread only, while worker threads run.

The cycle collector runs on whichever thread happens to allocate when a threshold
is passed. If that is a worker building a PDF, and the garbage holds a PySide
wrapper that owns its Qt object (a dialog closed a moment ago, its QBuffer), the
Qt object is destroyed on the worker thread: a segfault (seen in the soak test,
issue 15: "Garbage-collecting" on the print lane while the dialog was deleted).

So while any job runs, automatic collection is off and a timer on the GUI thread
collects instead, by the same thresholds; when every job runner's workers are idle
again, automatic collection comes back. Reference counting, which frees most
objects, is untouched. One guard serves the whole application.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from shiboken6 import isValid

COLLECT_EVERY_MS = 200
"""How often the GUI thread looks at the collector's counts while jobs run."""

Settle = Callable[[], bool]
"""Called on the GUI thread: True when that runner's workers are idle."""


class GuiThreadCollection(QObject):
    """Pauses automatic cycle collection until every watched runner has settled."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watched: list[weakref.WeakMethod[Settle]] = []
        self._paused = False
        self._timer = QTimer(self)
        self._timer.setInterval(COLLECT_EVERY_MS)
        self._timer.timeout.connect(self.tick)

    @property
    def paused(self) -> bool:
        """True while automatic collection is off (jobs are running)."""
        return self._paused

    def pause(self, settle: Settle) -> None:
        """A job is about to start: from now on only the GUI thread collects, until
        `settle` (a runner's bound method) and every other watched one say idle."""
        if not any(ref() == settle for ref in self._watched):
            self._watched.append(weakref.WeakMethod(settle))
        if self._paused or not gc.isenabled():
            return  # paused already, or someone else turned it off: theirs to turn on
        gc.disable()
        self._paused = True
        self._timer.start()

    def tick(self) -> None:
        """Collect what automatic collection would have collected by now; resume
        automatic collection once every runner's workers are idle."""
        if not self._paused:
            return
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for g in range(3):
            if thresholds[g] and counts[g] > thresholds[g]:
                generation = g
        if generation >= 0:
            gc.collect(generation)
        if all(self._settled(ref) for ref in list(self._watched)):
            self._watched.clear()
            self._timer.stop()
            self._paused = False
            gc.enable()

    def _settled(self, ref: weakref.WeakMethod[Settle]) -> bool:
        settle = ref()
        if settle is None:
            return True  # its runner is gone, and its threads with it
        try:
            return settle()
        except RuntimeError:  # its Qt side was deleted: no thread of its runs
            return True


_guard: GuiThreadCollection | None = None


def gui_thread_collection() -> GuiThreadCollection:
    """The application's guard (made on first use, parented to the application)."""
    global _guard
    if _guard is None or not isValid(_guard):
        _guard = GuiThreadCollection(QCoreApplication.instance())
    return _guard
