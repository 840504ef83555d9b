"""The page that holds an open meeting: a slim bar (back, which meeting) above
the duk canvas from `ui.canvas.view` (which has its own toolbar: undo, zoom,
presentation mode, the save indicator).

The page owns the `MeetingSession` while the meeting is open and closes it
(flushing every pending save) when the user leaves, locks or quits.
"""

from __future__ import annotations

import logging
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from samtaleduk.domain.model import Case, Meeting
from samtaleduk.templates.model import Template
from samtaleduk.trust import audit
from ui.canvas.view import MeetingView
from ui.meeting.session import MeetingSession
from ui.tools.i18n import date_text

log = logging.getLogger(__name__)


class MeetingPage(QWidget):
    """Shows one meeting's duk; `leave()` closes it cleanly."""

    back = Signal()
    editing_changed = Signal()
    """An earlier meeting shown read-only was made editable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session: MeetingSession | None = None
        self.view: MeetingView | None = None
        self.ui_lang = "nn"
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 0, 8, 0)
        lay.setSpacing(0)
        # The way back and the meeting's name; shown in the canvas's own toolbar
        # when it has one (one bar, more room for the duk on a 768-pixel screen).
        self.header = QWidget()
        self.header.setObjectName("meetingHeader")
        row = QHBoxLayout(self.header)
        row.setContentsMargins(0, 0, 12, 0)
        self.back_button = QPushButton()
        self.back_button.setObjectName("backToCase")
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(self.back.emit)
        self.title = QLabel()
        self.title.setObjectName("meetingTitle")
        row.addWidget(self.back_button)
        row.addSpacing(8)
        row.addWidget(self.title)
        self._bar = QHBoxLayout()
        self._bar.addWidget(self.header)
        self._bar.addStretch(1)
        lay.addLayout(self._bar)
        self._body = QVBoxLayout()
        lay.addLayout(self._body, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back to the &case"))
        self.back_button.setAccessibleName(self.tr("Back to the case and its meetings"))
        self._show_title()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_title(self) -> None:
        if self.session is None:
            self.title.clear()
            return
        m = self.session.meeting
        self.title.setText(self.tr("%1 · meeting %2 · %3")
                           .replace("%1", self.session.case.name)
                           .replace("%2", str(m.number))
                           .replace("%3", date_text(m.date, self.ui_lang)))

    def open(self, store: Any, case: Case, meeting: Meeting, template: Template,
             *, read_only: bool = False) -> MeetingSession:
        """Show this meeting (any open one must have been left first);
        `read_only` for an earlier meeting, until "Edit this meeting"."""
        self.leave(force=True)
        session = MeetingSession(store, case, meeting, template)
        session.read_only = read_only
        view = MeetingView(session, case.language, parent=self)
        view.edit_earlier_requested.connect(lambda: self._edit_earlier(store))
        self.session = session
        self.view = view
        self._body.addWidget(view, 1)
        toolbar = view.findChild(QFrame, "meetingToolbar")
        layout = toolbar.layout() if toolbar is not None else None
        if isinstance(layout, QHBoxLayout):
            layout.insertWidget(0, self.header)
        self._show_title()
        view.setFocus()
        return session

    def _edit_earlier(self, store: Any) -> None:
        session, view = self.session, self.view
        if session is None or view is None or not session.read_only:
            return
        try:
            audit.record(store, "earlier_meeting_edited", session.case.id)
        except Exception as exc:  # noqa: BLE001 (any store failure: stay read-only)
            # Without its audit line the change is not allowed: stay read-only.
            log.warning("audit write for editing an earlier meeting failed: %s",
                        type(exc).__name__)
            return
        view.make_editable()
        self.editing_changed.emit()

    def presentation(self) -> QWidget | None:
        """The open presentation window of this meeting, if any."""
        window = self.view.presentation if self.view is not None else None
        if window is None or not shiboken6.isValid(window) or not window.isVisible():
            return None
        return window

    def close_presentation(self) -> None:
        window = self.presentation()
        if window is not None:
            window.close()

    def commit_pending_edit(self) -> bool:
        """Commit the edit in progress (the focused editor's text) and write the
        meeting; True when everything is saved (or no meeting is open). Every
        print, export, comparison, lock, quit and page change calls this first."""
        if self.view is not None:
            return self.view.commit_pending_edit()
        return self.session.flush() if self.session is not None else True

    def leave(self, force: bool = False) -> bool:
        """Flush and close the open meeting. If the last changes cannot be saved,
        the meeting stays open (and False is returned) unless `force` is set:
        a note on screen must not vanish because the disk was full."""
        self.commit_pending_edit()
        self.close_presentation()
        if self.session is not None and not self.session.close() and not force:
            return False
        if self.view is not None:
            # Take the header home before the view (and its toolbar) goes.
            self._bar.insertWidget(0, self.header)
            self._body.removeWidget(self.view)
            self.view.hide()
            self.view.deleteLater()
            self.view = None
        if self.session is not None:
            self.session.deleteLater()
            self.session = None
        self.title.clear()
        return True
