"""Locking: after a time without input (default 5 minutes) and on Ctrl+L.

The main window's own `lock()` flushes the meeting, closes the store (which drops
the key) and clears its pages. This controller adds what is around it:

- an idle timer, restarted by every key press, click, wheel or touch anywhere in the
  application; when it runs out, the window locks;
- an auto-lock that never throws away text: if the open meeting cannot be saved
  (a full disk), the lock waits and tries again instead of asking or discarding;
- no auto-lock while the duk is shown in presentation mode (people are looking at
  it, nobody types); Ctrl+L locks at any time;
- the audit events "locked" and "unlocked";
- the place the user was (case, meeting) is kept as ids only and opened again after
  the unlock, so the meeting is back where it was;
- a last sweep after locking: the window title is the program's name and the case
  page's title and details are emptied.

The idle time is read from `ui-settings.ini` (`lock/idle_minutes`), default 5.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from samtaleduk.errors import UserError
from samtaleduk.store import Store

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

DEFAULT_IDLE_MINUTES = 5
RETRY_MS = 5_000
"""How soon an auto-lock that could not save tries again."""
_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
    QEvent.Type.ShortcutOverride,
})


def idle_minutes(data_dir: Path) -> float:
    """The configured idle time (`lock/idle_minutes` in ui-settings.ini), default 5."""
    settings = QSettings(str(Path(data_dir) / "ui-settings.ini"), QSettings.Format.IniFormat)
    raw = settings.value("lock/idle_minutes", DEFAULT_IDLE_MINUTES)
    try:
        minutes = float(str(raw))
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return minutes if minutes > 0 else DEFAULT_IDLE_MINUTES


@dataclass(frozen=True)
class Place:
    """Where the user was when the window locked (ids only, never content)."""

    case_id: uuid.UUID | None
    meeting_id: uuid.UUID | None


class LockController(QObject):
    """Idle auto-lock and resume for `window` (see the module docstring)."""

    def __init__(self, window: MainWindow, idle_ms: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.place: Place | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        if idle_ms is None:
            idle_ms = int(idle_minutes(window.data_dir) * 60_000)
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(self.auto_lock)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        window.locking.connect(self._before_lock)
        window.locked.connect(self.after_lock)
        # Connected after the window's own `set_store`, so this runs once the
        # store is set and the case list shown.
        window.unlock_page.unlocked.connect(self._after_unlock)
        if window.store is not None:
            self.timer.start()

    def set_idle_ms(self, idle_ms: int) -> None:
        self.timer.setInterval(idle_ms)
        if self.timer.isActive():
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in _INPUT_EVENTS and self.window.store is not None:
            self.timer.start()
        return False

    # --- locking ------------------------------------------------------------------

    def auto_lock(self) -> None:
        """The idle time ran out: lock, unless unsaved text would be lost or the duk
        is being presented (the family is looking at it; Ctrl+L still locks)."""
        if self.window.meeting_page.presentation() is not None:
            self.timer.start()
            return
        if not self.window.meeting_page.commit_pending_edit():
            # The disk is full or the folder unwritable: keep the text and the
            # autosave's retries, and try to lock again a little later.
            log.warning("auto-lock postponed: the meeting could not be saved yet")
            self.timer.start(RETRY_MS)
            return
        self.window.lock()

    def _before_lock(self) -> None:
        store = self.window.store
        if store is None:
            return
        self.timer.stop()
        session = self.window.meeting_page.session
        case = self.window.case_page.case
        self.place = Place(
            case.id if case is not None else (session.case.id if session else None),
            session.meeting.id if session is not None else None)
        try:
            store.log_event("locked")
        except UserError:
            log.warning("audit write for locking failed")

    def after_lock(self) -> None:
        """Sweep what the window's lock leaves: the title names no case."""
        if self.window.store is not None:
            return  # the lock was refused (unsaved text the user chose to keep)
        self.window.setWindowTitle("Samtaleduk")
        self.window.case_page.clear()

    # --- unlocking ----------------------------------------------------------------

    def _after_unlock(self, store: object) -> None:
        if not isinstance(store, Store) or self.window.store is not store:
            return
        self.timer.start()
        place, self.place = self.place, None
        if place is None:
            return  # the first unlock of this run: Store.open logged it
        try:
            store.log_event("unlocked")
        except UserError:
            log.warning("audit write for unlocking failed")
        if place.case_id is None:
            return
        try:
            self.window.open_case(place.case_id)
            if place.meeting_id is not None:
                self.window.open_meeting(place.meeting_id)
        except UserError:
            # The case is gone (restored from an older backup): the list is shown.
            self.window.show_cases()


def all_widget_texts() -> list[str]:
    """Every text any widget of the application shows or carries: labels, buttons,
    fields, titles, tool tips, accessible names, combo box items and every cell of
    every item view. Used to prove that a locked window holds no case data."""
    from PySide6.QtCore import Qt
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
            for row in range(model.rowCount()):
                for col in range(model.columnCount()):
                    index = model.index(row, col)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.data(index, role)
                        if value is not None:
                            texts.append(str(value))
    return [t for t in texts if t]
