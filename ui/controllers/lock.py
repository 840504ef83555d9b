"""Locking: after a time without input (default 5 minutes) and on Ctrl+L.

The main window's own `lock()` flushes the meeting, closes the store (which drops
the key) and clears its pages. This controller adds what is around it:

- an idle timer, restarted by every key press, click, wheel or touch anywhere in the
  application; when it runs out, the window locks;
- a quiet warning 30 seconds before (a line at the foot of the window, counting
  down, not a dialog: the meeting goes on); any input takes it away;
- an auto-lock that never throws away text: if the open meeting cannot be saved
  (a full disk), the lock waits and tries again instead of asking or discarding;
- no auto-lock while the duk is shown in presentation mode (people are looking at
  it, nobody types); Ctrl+L locks at any time;
- the audit events "locked" and "unlocked";
- the place the user was (case, meeting, the field with the cursor, how far the duk
  was scrolled, whether an earlier meeting was opened for editing) is kept as ids
  and numbers only and opened again after the unlock;
- a last sweep after locking: the window title is the program's name and the case
  page's title and details are emptied.

The idle time is `lock/idle_minutes` in `ui-settings.ini` (a municipality may ship
it; File > Lock after … changes it), 1–30 minutes, default 5.
"""

from __future__ import annotations

import logging
import math
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLabel, QWidget

from samtaleduk.errors import UserError
from samtaleduk.ops import audit
from samtaleduk.store.store import Store
from ui.look.theme import colour
from ui.shell.prefs import (
    IDLE_MINUTES_DEFAULT,
    IDLE_MINUTES_MAX,
    IDLE_MINUTES_MIN,
    clamp_idle_minutes,
)
from ui.tools.after_paint import after_next_paint

if TYPE_CHECKING:
    from ui.pages.case_page import CasePage
    from ui.pages.meeting_page import MeetingPage
    from ui.shell.state import AppState
    from ui.shell.window_dialogs import WindowDialogs

log = logging.getLogger(__name__)

DEFAULT_IDLE_MINUTES = IDLE_MINUTES_DEFAULT
RETRY_MS = 5_000
"""How soon an auto-lock that could not save tries again."""
WARNING_MS = 30_000
"""How long before an auto-lock the warning shows (at most half the idle time)."""
_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
    QEvent.Type.ShortcutOverride,
})


def idle_minutes(data_dir: Path) -> float:
    """The configured idle time (`lock/idle_minutes` in ui-settings.ini), 1–30
    minutes, default 5."""
    settings = QSettings(str(Path(data_dir) / "ui-settings.ini"), QSettings.Format.IniFormat)
    return clamp_idle_minutes(settings.value("lock/idle_minutes", DEFAULT_IDLE_MINUTES))


@dataclass(frozen=True)
class Place:
    """Where the user was when the window locked (ids and numbers, never content)."""

    case_id: uuid.UUID | None
    meeting_id: uuid.UUID | None
    field_id: str | None = None
    """The field of the duk that had the cursor."""
    scroll: tuple[int, int] = (0, 0)
    """How far the duk was scrolled (horizontally, vertically)."""
    editable: bool = False
    """The meeting was editable (an earlier one only after "Edit this meeting",
    which is in the audit log): it opens editable again."""


class IdleWarning(QLabel):
    """The quiet line at the foot of the window before an auto-lock."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("idleWarning")
        self.setProperty("role", "warning")
        self.hide()

    def say(self, seconds: int) -> None:
        """Show (or update) the warning: the lock comes in `seconds`."""
        # The theme's colours of the moment (high contrast may have been chosen).
        bg, ink = colour("warning_bg"), colour("warning_ink")
        self.setStyleSheet(f"QLabel#idleWarning {{ background: {bg}; color: {ink};"
                           f" border: 1px solid {ink}; border-radius: 6px; padding: 6px 12px; }}")
        self.setText(self.tr("Locks in %1 s — press a key to go on").replace(
            "%1", str(seconds)))
        self.setAccessibleName(self.text())
        self.adjustSize()
        parent = self.parentWidget()
        if parent is not None:
            self.move(QPoint((parent.width() - self.width()) // 2,
                             parent.height() - self.height() - 12))
        self.raise_()
        self.show()


class LockNavigation(Protocol):
    """What locking and the resume after an unlock do in the main window."""

    @property
    def meeting_page(self) -> MeetingPage: ...
    @property
    def case_page(self) -> CasePage: ...
    def lock(self) -> None: ...
    def show_cases(self) -> None: ...
    def open_case(self, case_id: uuid.UUID) -> None: ...
    def open_meeting(self, meeting_id: uuid.UUID, *, editable: bool = False) -> None: ...


class LockController(QObject):
    """Idle auto-lock and resume for `window` (see the module docstring)."""

    def __init__(self, window: QWidget, state: AppState, nav: LockNavigation,
                 dialogs: WindowDialogs, idle_ms: int | None = None,
                 warning_ms: int = WARNING_MS) -> None:
        """`idle_ms` (tests) overrides the configured minutes, unclamped."""
        super().__init__(window)
        self.window = window
        self.state = state
        self.nav = nav
        self.dialogs = dialogs
        self.place: Place | None = None
        self._unlock_to_log: Store | None = None
        """The store whose "unlocked" audit line waits for the list's paint."""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.auto_lock)
        self.warning = IdleWarning(window)
        self.warn_timer = QTimer(self)
        self.warn_timer.setSingleShot(True)
        self.warn_timer.timeout.connect(self._warn)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1_000)
        self._countdown.timeout.connect(self._show_countdown)
        self._warning_ms = warning_ms
        self._idle_ms = 0
        self.set_idle_ms(idle_ms if idle_ms is not None
                         else _minutes_to_ms(state.prefs.idle_minutes))
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        state.locking.connect(self._before_lock)
        state.locked.connect(self.after_lock)
        # Emitted once the window has set the store and shown the case list.
        state.unlocked.connect(self._after_unlock)
        if state.store is not None:
            self.restart()

    def set_idle_ms(self, idle_ms: int) -> None:
        """Lock after `idle_ms` without input (restarts a running count)."""
        self._idle_ms = max(1, idle_ms)
        self.timer.setInterval(self._idle_ms)
        if self.timer.isActive():
            self.restart()

    def set_idle_minutes(self, minutes: float) -> None:
        """Remember the idle time (clamped to 1–30 minutes) and use it now."""
        self.state.prefs.idle_minutes = minutes
        self.set_idle_ms(_minutes_to_ms(self.state.prefs.idle_minutes))

    def restart(self) -> None:
        """Input: count the idle time from now, and take any warning away."""
        self.timer.start(self._idle_ms)
        lead = min(self._warning_ms, self._idle_ms // 2)
        self.warn_timer.start(self._idle_ms - lead)
        self._hide_warning()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in _INPUT_EVENTS and self.state.store is not None:
            self.restart()
        return False

    # --- the warning ----------------------------------------------------------------

    def _warn(self) -> None:
        if self.state.store is None or self.nav.meeting_page.presentation() is not None:
            return  # presenting never auto-locks, so there is nothing to warn of
        self._show_countdown()
        self._countdown.start()

    def _show_countdown(self) -> None:
        if not self.timer.isActive():
            self._hide_warning()
            return
        self.warning.say(max(1, math.ceil(self.timer.remainingTime() / 1000)))

    def _hide_warning(self) -> None:
        self._countdown.stop()
        self.warning.hide()

    # --- choosing the time ------------------------------------------------------------

    def choose_idle_minutes(self) -> QInputDialog:
        """File > Lock after …: ask for the minutes (1–30), window-modal."""
        dialog = QInputDialog(self.window)
        dialog.setObjectName("idleLockDialog")
        dialog.setWindowTitle(self.tr("Lock after"))
        dialog.setLabelText(self.tr("Lock the window after this many minutes without "
                                    "input (%1–%2):").replace("%1", str(IDLE_MINUTES_MIN))
                            .replace("%2", str(IDLE_MINUTES_MAX)))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(IDLE_MINUTES_MIN, IDLE_MINUTES_MAX)
        dialog.setIntValue(round(self.state.prefs.idle_minutes))

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.set_idle_minutes(dialog.intValue())
            dialog.deleteLater()

        self.dialogs.open(dialog, done)
        return dialog

    # --- locking ------------------------------------------------------------------

    def auto_lock(self) -> None:
        """The idle time ran out: lock, unless unsaved text would be lost or the duk
        is being presented (the family is looking at it; Ctrl+L still locks)."""
        self._hide_warning()
        if self.nav.meeting_page.presentation() is not None:
            self.restart()
            return
        if not self.nav.meeting_page.commit_pending_edit():
            # The disk is full or the folder unwritable: keep the text and the
            # autosave's retries, and try to lock again a little later.
            log.warning("auto-lock postponed: the meeting could not be saved yet")
            self.timer.start(RETRY_MS)
            return
        self.nav.lock()

    def _before_lock(self) -> None:
        store = self.state.store
        if store is None:
            return
        self.timer.stop()
        self.warn_timer.stop()
        self._hide_warning()
        self.place = self._where()
        self._log_unlock()  # still waiting for the list's paint: written first
        try:
            audit.locked(store)
        except UserError:
            log.warning("audit write for locking failed")

    def _log_unlock(self) -> None:
        store, self._unlock_to_log = self._unlock_to_log, None
        if store is None or self.state.store is not store:
            return
        try:
            audit.unlocked(store)
        except UserError:
            log.warning("audit write for unlocking failed")

    def _where(self) -> Place:
        session = self.nav.meeting_page.session
        view = self.nav.meeting_page.view
        case = self.nav.case_page.case
        case_id = case.id if case is not None else (session.case.id if session else None)
        if session is None or view is None:
            return Place(case_id, None)
        field_id, scroll = view.place()
        return Place(case_id, session.meeting.id, field_id, scroll,
                     editable=not session.read_only)

    def after_lock(self) -> None:
        """Sweep what the window's lock leaves: the title names no case."""
        if self.state.store is not None:
            return  # the lock was refused (unsaved text the user chose to keep)
        self.window.setWindowTitle("Samtaleduk")
        self.nav.case_page.clear()

    # --- unlocking ----------------------------------------------------------------

    def _after_unlock(self, store: object) -> None:
        if not isinstance(store, Store) or self.state.store is not store:
            return
        self.restart()
        place, self.place = self.place, None
        if place is None:
            return  # the first unlock of this run: Store.open logged it
        self._unlock_to_log = store
        if place.case_id is None:
            # Back to the list: it is drawn first, then the line is written (its
            # fsync is not on the way in); a lock before that writes it first.
            after_next_paint(self.window, self._log_unlock)
            return
        self._log_unlock()  # before the case is viewed again, in the audit's order
        try:
            self.nav.open_case(place.case_id)
            if place.meeting_id is not None:
                # An earlier meeting that was being edited stays editable (its
                # audit line is written); the latest is editable anyway.
                self.nav.open_meeting(place.meeting_id, editable=place.editable)
                view = self.nav.meeting_page.view
                if view is not None:
                    view.restore_place(place.field_id, place.scroll)
        except UserError:
            # The case is gone (restored from an older backup): the list is shown.
            self.nav.show_cases()


def _minutes_to_ms(minutes: float) -> int:
    return int(clamp_idle_minutes(minutes) * 60_000)


def all_widget_texts() -> list[str]:
    """Every text any widget of the application shows or carries: labels, buttons,
    fields, titles, tool tips, accessible names, combo box items and every cell of
    every item view. Used to prove that a locked window holds no case data."""
    from PySide6.QtCore import QAbstractListModel, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    texts: list[str] = []
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return texts
    for w in app.allWidgets():
        texts += [w.windowTitle(), w.toolTip(), w.statusTip(), w.whatsThis(),
                  w.accessibleName(), w.accessibleDescription()]
        if isinstance(w, QLabel | QLineEdit | QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QTextEdit | QPlainTextEdit):
            texts.append(w.toPlainText())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            # A list model has one column; PySide makes QListWidget's columnCount private.
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for row in range(model.rowCount()):
                for col in range(columns):
                    index = model.index(row, col)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.data(index, role)
                        if value is not None:
                            texts.append(str(value))
    return [t for t in texts if t]
