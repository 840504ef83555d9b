"""The review at the start of a follow-up meeting: what was promised last time?

One row per action and goal that came along from last time (the engine's
`pending_review`, in the order the duk is read). The facilitator goes down the list
aloud with the family: keys 1–4 mark the focused row (an action: done / partly /
not done / dropped; a goal: reached / keep / new deadline / dropped), Tab goes to
the comment, Enter or Down to the next row, Up back. Every mark is an ordinary
edit through the meeting's `MeetingSession`, so it is autosaved and Ctrl+Z undoes
it; the duk behind the review shows the same marks.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from samtaleduk.domain.model import ActionStatus, GoalStatus, Meeting
from samtaleduk.evaluation import format_date, pending_review
from samtaleduk.fieldkinds import spec_of
from ui.evaluation.review_row import ReviewRow
from ui.look.fonts import scaled_font
from ui.look.theme import colour
from ui.meeting.session import MeetingSession


class ReviewStep(QWidget):
    """The whole review: a heading, the rows, how far we are, and "to the duk"."""

    finished = Signal()

    def __init__(self, session: MeetingSession, previous: Meeting, lang: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewStep")
        self.session = session
        self.previous = previous
        self.lang = lang or session.case.language
        self.before_status: dict[uuid.UUID, ActionStatus | GoalStatus] = {}
        before_due: dict[uuid.UUID, dt.date | None] = {}
        for content in previous.fields.values():
            for a in content.actions:
                self.before_status[a.id] = a.status
                before_due[a.id] = a.due
            for g in content.goals:
                self.before_status[g.id] = g.status
                before_due[g.id] = g.deadline or content.date
        self.items = pending_review(previous, session.meeting)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(10)
        self.title = QLabel()
        self.title.setFont(scaled_font(self.font(), 1.5))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "muted")
        lay.addWidget(self.title)
        lay.addWidget(self.intro)

        holder = QWidget()
        holder.setObjectName("reviewRows")
        rows_box = QVBoxLayout(holder)
        rows_box.setContentsMargins(0, 0, 6, 0)
        rows_box.setSpacing(8)
        self.rows: list[ReviewRow] = []
        for item in self.items:
            row = ReviewRow(self, item, before_due.get(item.id))
            row.step.connect(lambda d, r=row: self.go(r, d))
            self.rows.append(row)
            rows_box.addWidget(row)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.rows)
        rows_box.addWidget(self.empty)
        rows_box.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(holder)
        lay.addWidget(self.scroll_area, 1)

        bottom = QHBoxLayout()
        self.progress = QLabel()
        self.progress.setProperty("role", "muted")
        bottom.addWidget(self.progress, 1)
        self.done_button = QPushButton()
        self.done_button.setObjectName("reviewDone")
        self.done_button.setProperty("role", "primary")
        self.done_button.clicked.connect(self.finish)
        bottom.addWidget(self.done_button)
        lay.addLayout(bottom)

        self._chain()
        self._shortcuts()
        self._style()
        session.changed.connect(self._on_changed)
        self.retranslate()

    # ------------------------------------------------------------- set-up
    def _chain(self) -> None:
        chain: list[QWidget] = []
        for row in self.rows:
            chain.append(row)
            if row.deadline is not None:
                chain.append(row.deadline)
            chain.append(row.comment)
        chain.append(self.done_button)
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def _shortcuts(self) -> None:
        def add(keys: list[QKeySequence | QKeySequence.StandardKey | str],
                slot: Callable[[], None]) -> None:
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        add([QKeySequence.StandardKey.Undo], self.undo)
        add(["Ctrl+Shift+Z", "Ctrl+Y"], self.redo)

    def _style(self) -> None:
        c = {k: colour(k) for k in ("surface", "line", "focus", "accent", "on_accent",
                                    "surface_alt", "ink")}
        self.setStyleSheet(
            f"QFrame#reviewRow {{ background: {c['surface']}; border: 1px solid {c['line']};"
            f" border-left: 6px solid {c['line']}; border-radius: 8px; }}"
            f" QFrame#reviewRow[marked=\"true\"] {{ border-left: 6px solid {c['accent']}; }}"
            f" QFrame#reviewRow:focus {{ border: 3px solid {c['focus']};"
            f" border-left: 6px solid {c['focus']}; }}"
            f" QPushButton#reviewMark {{ padding: 4px 10px; }}"
            f" QPushButton#reviewMark:checked {{ background: {c['accent']};"
            f" color: {c['on_accent']}; border: 1px solid {c['accent']}; }}")

    # ------------------------------------------------------------- behaviour
    def where(self, field_id: str, due: dt.date | None) -> tuple[list[str], bool]:
        """Where an item stands, for its row: a goals field's label with the deadline
        in its blank ("På kort sikt, innan 15.04.2026"); another field's label only
        when the duk has more than one field of that kind. True when the due date
        is said already."""
        t = self.session.template
        if not t.has_field(field_id):
            return [field_id], False
        field = t.field(field_id)
        label = field.label.get(self.lang)
        if "goals" in spec_of(field.kind).holds and field.date_blank:
            return [f"{label} {format_date(due)}" if due else label], due is not None
        return ([label] if len(t.fields_of_kind(field.kind)) > 1 else []), False

    def go(self, row: ReviewRow, delta: int) -> None:
        """Focus the row `delta` away from `row`; past the last one, the Done button."""
        visible = [r for r in self.rows if not r.isHidden()]
        if row not in visible:
            return
        i = visible.index(row) + delta
        if i >= len(visible):
            self.done_button.setFocus(Qt.FocusReason.TabFocusReason)
        elif i >= 0:
            visible[i].setFocus(Qt.FocusReason.TabFocusReason)

    def start(self) -> None:
        """Put the keyboard on the first row (or on Done when there is nothing)."""
        (self.rows[0] if self.rows else self.done_button).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def undo(self) -> None:
        self.session.undo()

    def redo(self) -> None:
        self.session.redo()

    def finish(self) -> None:
        self.session.flush()
        self.finished.emit()

    def marked_count(self) -> int:
        return sum(1 for r in self.rows if r.current_mark() is not None)

    def update_progress(self) -> None:
        self.progress.setText(self.tr("%1 of %2 marked").replace(
            "%1", str(self.marked_count())).replace("%2", str(len(self.rows))))

    def _on_changed(self, _field: str) -> None:
        for row in self.rows:
            row.refresh()
        self.update_progress()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Since last time"))
        self.intro.setText(self.tr(
            "Go through what was promised at meeting %1 (%2), together. "
            "Keys 1–4 mark the row; Tab to write a comment; Enter for the next.")
            .replace("%1", str(self.previous.number))
            .replace("%2", format_date(self.previous.date)))
        self.empty.setText(self.tr("Nothing was left open last time."))
        self.done_button.setText(self.tr("Done — go to the duk"))
        self.done_button.setAccessibleName(self.tr("Review done, go to the duk"))
        self.scroll_area.setAccessibleName(self.tr("Actions and goals from last time"))
        for row in self.rows:
            row.retranslate()
        self.update_progress()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ReviewDialog(QDialog):
    """The review step in its own window over the meeting (the duk stays behind it
    and shows every mark at once)."""

    def __init__(self, session: MeetingSession, previous: Meeting, lang: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.step = ReviewStep(session, previous, lang, self)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.step)
        self.step.finished.connect(self.accept)
        self.setWindowTitle(self.tr("Since last time"))
        # Wide enough for a row's buttons at the user's text size (200 % text
        # needs about twice 860 px), within the screen.
        holder = self.step.scroll_area.widget()
        wanted = max(860, holder.sizeHint().width() + 60 if holder is not None else 0)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(wanted, screen.width() - 40), min(640, screen.height() - 40))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.step.start()

    def done(self, result: int) -> None:
        # Closing with Esc or the window's ✕ keeps every mark: they are saved edits.
        self.step.session.flush()
        super().done(result)


def review_needed(previous: Meeting | None, current: Meeting) -> bool:
    """True when `current` was carried from `previous` and has something to review."""
    return previous is not None and bool(pending_review(previous, current))
