"""The day's upkeep of the store after unlock, in the background (issue 16).

Unlock shows the case list first. Then the steps that are due (every page's HMAC
after each unlock, the full check on the first unlock of a day, an automatic
backup: `samtaleduk.store.upkeep.after_unlock`) run one at a time on the job runner's upkeep lane, each through a connection of
its own, with a quiet line in the status bar. Lock and quit stop them
(`JobRunner.stop_upkeep`): the step running is interrupted, no later one starts,
and what was stopped is due again at the next unlock.

A failed page or full check is handled as damage met in use (`store_damage.lock_to_prove`): the
window locks and the next unlock proves the file, puts proved damage aside and
offers the backups. A backup that could not be made is told on the store banner;
work goes on. What a step found is recorded in the store (the check's date, the
backup's fingerprint) on the GUI thread once the store's lane is idle, never inside
another job's transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from ui.controllers.store_damage import Lockable, lock_to_prove
from ui.tools.after_paint import after_next_paint
from ui.tools.jobs import jobs

if TYPE_CHECKING:
    from samtaleduk.ops.changes import Changes
    from samtaleduk.store.upkeep import Step, Upkeep
    from ui.shell.state import AppState
    from ui.shell.store_banner import StoreBanner

log = logging.getLogger(__name__)


class UpkeepController(QObject):
    """Runs the due upkeep after each unlock (see the module text)."""

    step_started = Signal(str)
    """The step now running ("pages", "check" or "backup")."""
    finished = Signal()
    """Every due step has run (or upkeep was stopped)."""

    def __init__(self, window: QMainWindow, state: AppState, nav: Lockable,
                 banner: StoreBanner) -> None:
        super().__init__(window)
        self._window = window
        self._unlocks = 0
        self._state = state
        self._nav = nav
        self._banner = banner
        self._upkeep: Upkeep | None = None
        self._steps: list[Step] = []
        self.running: Step | None = None
        """The step on the worker now (tests)."""
        self.status = QLabel()
        self.status.setObjectName("upkeepStatus")
        self.status.setProperty("role", "muted")
        self._bar = window.statusBar()
        self._bar.addWidget(self.status)
        self._bar.hide()
        state.unlocked.connect(self._after_unlock)
        state.locking.connect(self.stop)
        self._waiting: Callable[[], None] | None = None
        """The start, or a step's record, waiting for the store's lane to be idle."""
        jobs().store_idle.connect(self._store_idle)

    def _after_unlock(self, _store: object) -> None:
        # The case list is drawn before anything is asked of the store and before the
        # page check takes a core; a later unlock's list waits for its own paint.
        self._unlocks += 1
        unlock = self._unlocks
        after_next_paint(self._window, lambda: self._start_after(unlock))

    def _start_after(self, unlock: int) -> None:
        if unlock != self._unlocks:
            return
        if jobs().store_busy:
            # Working out what is due reads the store: not while a job on the
            # store's lane (a deletion's rebuild) uses the connection.
            self._waiting = self.start
            return
        self.start()

    def start(self) -> None:
        """Queue the steps due for the open store (none when it is read-only)."""
        from samtaleduk.store import upkeep

        store = self._state.store
        if store is None or self._upkeep is not None:
            return
        self._steps = upkeep.after_unlock(store)
        if not self._steps:
            return
        self._upkeep = upkeep.Upkeep(store)
        self._next()

    def stop(self) -> None:
        """Stop the upkeep now (lock, quit) and wait for the step running to end."""
        if self._upkeep is not None:
            self._steps = []
            upkeep, self._upkeep = self._upkeep, None
            upkeep.stop()
            # A step that ended just now is delivered here and, with no upkeep
            # running, not recorded: it is due again at the next unlock.
            jobs().stop_upkeep()
            self._upkeep = upkeep
        self._done()

    def _next(self) -> None:
        upkeep = self._upkeep
        if upkeep is None or upkeep.stopped or not self._steps:
            self._done()
            return
        step = self._steps.pop(0)
        self.running = step
        self._show(step)
        self.step_started.emit(step.value)
        jobs().run_upkeep(lambda: upkeep.run(step), lambda result: self._step_done(step, result),
                          upkeep.stop, owner=self)

    def _step_done(self, step: Step, result: object) -> None:
        from samtaleduk.ops import upkeep as upkeep_ops
        from samtaleduk.store.errors import StoreError
        from samtaleduk.store.faults import SuspectedDamage
        from samtaleduk.store.upkeep import BackupDone, Step, Stopped

        self.running = None
        store = self._state.store
        if isinstance(result, Stopped) or store is None or self._upkeep is None:
            self._done()
            return
        if isinstance(result, SuspectedDamage):
            log.error("the day's check found the store damaged")
            self._done()
            lock_to_prove(self._state, self._nav)
            return
        if isinstance(result, StoreError):
            self._banner.show_backup_problem(str(result))
        elif isinstance(result, Exception):
            # A bug, not the store: keep the kind only, and let the user work on.
            log.error("the store's upkeep failed: %s", type(result).__name__)
        elif isinstance(result, BackupDone):
            done = result
            self._record(lambda: upkeep_ops.backup_made(store, done))
            return
        elif step is Step.CHECK:
            self._record(lambda: upkeep_ops.check_passed(store))
            return
        self._next()

    def _record(self, write: Callable[[], Changes]) -> None:
        # A job on the store's lane (a deletion, an import) may be inside its
        # transaction: the record waits until the lane is idle. It is written on
        # the GUI thread, as the other small writes are: on the lane, its audit
        # line's MAC (a Python function called by SQLite) waited for the GIL while
        # the GUI thread, holding it, waited for the connection (a deadlock).
        if jobs().store_busy:
            self._waiting = lambda: self._write(write)
            return
        self._write(write)

    def _store_idle(self) -> None:
        then, self._waiting = self._waiting, None
        if then is not None:
            then()

    def _write(self, write: Callable[[], Changes]) -> None:
        from samtaleduk.store.errors import StoreError

        try:
            if self._state.store is not None:  # not locked meanwhile
                self._state.publish(write())
        except StoreError as exc:
            self._banner.show_backup_problem(str(exc))
        except Exception as exc:  # noqa: BLE001 - a bug, not the store: work goes on
            log.error("recording the store's upkeep failed: %s", type(exc).__name__)
        self._next()

    def _done(self) -> None:
        was_running = self._upkeep is not None
        self._upkeep = None
        self._steps = []
        self.running = None
        self.status.clear()
        self._bar.hide()
        if was_running:
            self.finished.emit()

    def _show(self, step: Step) -> None:
        from samtaleduk.store.upkeep import Step

        self.status.setText(self.tr("Making a backup …") if step is Step.BACKUP
                            else self.tr("Checking the store …"))
        self._bar.show()
