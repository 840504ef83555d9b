"""The one way the UI runs work off the GUI thread.

Argon2 on unlock, a store copy, a case file, a deletion's VACUUM, a PDF: each is a
plain engine call handed to `jobs().run(...)`, which runs it on a `QThreadPool` and
delivers its result (or the exception it raised) to a callback on the GUI thread.

Why one runner, application-wide:
- The only Qt object a worker thread touches is this runner, which lives as long as
  the application: the result is emitted on it and queued to the GUI thread, so no
  job object is ever created, emitted on or destroyed off the GUI thread.
- Store work runs on its own lane of one thread. The store's connection is used by
  one thread at a time: jobs on that lane never overlap, and the GUI thread asks
  `store_busy` (autosave waits a moment) or calls `wait_for_store()` (lock, quit)
  before it touches the store itself.
- Other work (building a PDF) has a second lane of one thread, so a long backup
  never holds up a print preview, and the engine's shared font registry is used
  by one build at a time.
- The day's upkeep after unlock (the full check, an automatic backup:
  `samtaleduk.store.upkeep`) has a third lane, `run_upkeep`: it reads through a
  connection of its own, so it does not make the store busy (autosave never waits
  a minute behind it); lock and quit stop it (`stop_upkeep`: interrupted, then
  waited for) before the store closes.
- A callback whose owner (a dialog) has been deleted is not called.
- When the app's event loop has ended (`end`, from `ui.shell.app.run`), every job
  still running finishes before the runner is deleted, and no callback runs.
- Nothing Qt dies on a worker: the work function and its captures are released on
  the GUI thread (kept in `_pending` until delivered), and the cycle collector runs
  only on the GUI thread while jobs run (`ui.tools.gc_guard`).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, Signal
from shiboken6 import isValid

from ui.tools.gc_guard import gui_thread_collection

log = logging.getLogger(__name__)

UPKEEP_STOP_POLL_MS = 50
"""How often `stop_upkeep` interrupts again while the upkeep step ends."""

Work = Callable[[], object]
Done = Callable[[object], None]
Report = Callable[[object], None]
"""Called on the worker with a progress value (a step, a count)."""


@dataclass
class _Pending:
    work: Work
    done: Done
    owner: QObject | None
    uses_store: bool
    on_progress: Done | None = None
    stop: Callable[[], None] | None = None
    """For an upkeep job: stops it early (from the GUI thread)."""


class JobRunner(QObject):
    """Runs engine calls on worker threads; results come back on the GUI thread."""

    _finished = Signal(int, object)
    """Emitted on a worker thread with the job's id and result; queued to this
    object's thread (the GUI thread), where `_deliver` hands it on."""
    _progress = Signal(int, object)
    """Emitted on a worker thread with the job's id and a progress value."""
    store_idle = Signal()
    """The last store job has been delivered: the store is the GUI thread's again."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("samtaledukJobs")
        self._store_lane = QThreadPool(self)
        self._store_lane.setMaxThreadCount(1)
        self._other_lane = QThreadPool(self)
        self._other_lane.setMaxThreadCount(1)
        self._upkeep_lane = QThreadPool(self)
        self._upkeep_lane.setMaxThreadCount(1)
        self._upkeep_lane.setExpiryTimeout(-1)
        # Threads stay until the application ends: no thread is torn down while
        # its last result is still in flight.
        self._store_lane.setExpiryTimeout(-1)
        self._other_lane.setExpiryTimeout(-1)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._started: set[int] = set()
        self._retired: list[Work] = []
        """Work functions delivered while their worker may still be unwinding: let go
        of on the GUI thread once the workers are idle."""
        self._finished.connect(self._deliver)
        self._progress.connect(self._report)

    # --- starting -------------------------------------------------------------------

    def run(self, work: Work, done: Done, *, owner: QObject | None = None,
            uses_store: bool = False) -> int:
        """Run `work` on a worker; `done(result)` follows on the GUI thread, with the
        exception instead of the result if it raised. `owner`, when given, must still
        exist for `done` to be called. `uses_store` puts the job on the store's lane.
        Returns the job's id (see `cancel_queued`)."""
        job_id = next(self._ids)
        return self._start(job_id, work, _Pending(work, done, owner, uses_store))

    def _start(self, job_id: int, work: Work, pending: _Pending) -> int:
        self._pending[job_id] = pending
        gui_thread_collection().pause(self._settle)
        finished, started = self._finished, self._started

        def job() -> None:
            started.add(job_id)
            try:
                result: object = work()
            except Exception as exc:  # noqa: BLE001 - handed to the GUI thread to show
                result = exc
            finished.emit(job_id, result)

        if pending.stop is not None:
            self._upkeep_lane.start(job)
        else:
            (self._store_lane if pending.uses_store else self._other_lane).start(job)
        return job_id

    def run_upkeep(self, work: Work, done: Done, stop: Callable[[], None], *,
                   owner: QObject | None = None) -> int:
        """Run a step of the store's upkeep on its own lane (see the module text);
        `stop()` ends it early when the store is about to close (`stop_upkeep`).
        `work` must not touch the store's own connection."""
        job_id = next(self._ids)
        return self._start(job_id, work, _Pending(work, done, owner, False, stop=stop))

    def stop_upkeep(self) -> None:
        """Stop every upkeep job and wait until they have ended and been delivered
        (lock, quit: before the store closes)."""
        # Again and again until the lane is idle: an interrupt reaches only a
        # statement already running (`samtaleduk.store.upkeep.Upkeep.stop`).
        while True:
            for pending in list(self._pending.values()):
                if pending.stop is not None:
                    pending.stop()
            if self._upkeep_lane.waitForDone(UPKEEP_STOP_POLL_MS):
                break
        self._deliver_posted()

    @property
    def upkeep_busy(self) -> bool:
        """True while an upkeep job is queued, running or not yet delivered."""
        return any(p.stop is not None for p in self._pending.values())

    def run_reporting(self, work: Callable[[Report], object], done: Done,
                      on_progress: Done, *, owner: QObject | None = None,
                      uses_store: bool = False) -> int:
        """Like `run`, for work that reports progress: `work(report)` may call
        `report(value)` on the worker; `on_progress(value)` follows on the GUI thread
        (while `owner` exists)."""
        progress, job_id = self._progress, next(self._ids)

        def report(value: object) -> None:
            progress.emit(job_id, value)

        def reporting_work() -> object:
            return work(report)

        return self._start(job_id, reporting_work,
                           _Pending(reporting_work, done, owner, uses_store, on_progress))

    def cancel_queued(self) -> None:
        """Drop jobs on the other lane that have not started (an out-of-date preview);
        their callbacks are not called. Store and upkeep jobs are never dropped."""
        self._other_lane.clear()
        for job_id, pending in list(self._pending.items()):
            # A job that slipped onto its thread just before `clear` delivers into
            # nothing: its result is out of date anyway.
            if (not pending.uses_store and pending.stop is None
                    and job_id not in self._started):
                del self._pending[job_id]
                self._retired.append(pending.work)  # its worker may hold it yet

    # --- state ----------------------------------------------------------------------

    @property
    def store_busy(self) -> bool:
        """True while a store job is queued, running or not yet delivered."""
        return any(p.uses_store for p in self._pending.values())

    @property
    def busy(self) -> bool:
        """True while any job is queued, running or not yet delivered."""
        return bool(self._pending)

    def wait_for_store(self) -> None:
        """Block until every store job has finished and been delivered (lock, quit:
        before the GUI thread touches the store)."""
        self._store_lane.waitForDone()
        self._deliver_posted()

    def wait_for_all(self) -> None:
        """Block until every job has finished and been delivered (quitting, tests);
        upkeep is stopped first (`stop_upkeep`)."""
        self.stop_upkeep()
        self._store_lane.waitForDone()
        self._other_lane.waitForDone()
        self._deliver_posted()
        gui_thread_collection().tick()

    def end(self) -> None:
        """At quit, once the event loop has ended: let every job still running finish
        (the start-up's imports, a preview) and call no callback any more (the window
        is closed). No worker then outlives the runner, which the application's end
        deletes: a worker emitting on it afterwards failed ("Signal source has been
        deleted"), and a Python thread alive as the interpreter ends can crash it."""
        stops = [p.stop for p in self._pending.values() if p.stop is not None]
        self._pending.clear()  # first: a result already posted finds nothing to call
        while True:  # as `stop_upkeep`, without delivering
            for stop in stops:
                stop()
            if self._upkeep_lane.waitForDone(UPKEEP_STOP_POLL_MS):
                break
        self._store_lane.waitForDone()
        self._other_lane.waitForDone()
        self._deliver_posted()
        self._settle()

    def _settle(self) -> bool:
        """On the GUI thread: True when no worker runs (what they used is let go of
        here, then)."""
        idle = (not self._pending and self._store_lane.activeThreadCount() == 0
                and self._other_lane.activeThreadCount() == 0
                and self._upkeep_lane.activeThreadCount() == 0)
        if idle:
            self._retired.clear()
        return idle

    # --- delivering -----------------------------------------------------------------

    def _deliver_posted(self) -> None:
        # Results already emitted wait in the queue for this object: hand them on
        # now, so whoever waited sees the job's callback done too.
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)

    def _report(self, job_id: int, value: object) -> None:
        pending = self._pending.get(job_id)
        if pending is None or pending.on_progress is None:
            return
        if pending.owner is None or isValid(pending.owner):
            pending.on_progress(value)

    def _deliver(self, job_id: int, result: object) -> None:
        self._started.discard(job_id)
        pending = self._pending.pop(job_id, None)
        if pending is None:
            return
        self._retired.append(pending.work)
        try:
            if pending.owner is None or isValid(pending.owner):
                pending.done(result)
        finally:
            if pending.uses_store and not self.store_busy:
                self.store_idle.emit()


_runner: JobRunner | None = None


def jobs() -> JobRunner:
    """The application's job runner (made on first use, parented to the application
    so that it outlives every window and dialog)."""
    global _runner
    if _runner is None or not isValid(_runner):
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("the job runner needs a QApplication")
        _runner = JobRunner(app)
    return _runner
