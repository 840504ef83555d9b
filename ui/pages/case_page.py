"""One case: who it is about, and its meetings as a timeline, newest first.

Each row shows the meeting's date, its duk, who was there and how many actions are
still open; Enter (or "Open meeting") opens the duk, "New meeting" starts the next.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samtaleduk.domain.model import Case, CaseKind, CaseStatus
from samtaleduk.store.store import MeetingSummary
from ui.look.fonts import scaled_font
from ui.look.theme import colour
from ui.tools.i18n import date_text

if TYPE_CHECKING:
    from samtaleduk.ops.changes import Changes
    from ui.shell.state import AppState

ID_ROLE = Qt.ItemDataRole.UserRole + 1

PEOPLE_SHORTCUT = "Ctrl+Shift+P"
"""Opens "People of the case" (`ui.dialogs.people`) from the case page; the same
key is meant for the meeting's menu entry."""
_Index = QModelIndex | QPersistentModelIndex


class MeetingTimelineModel(QAbstractTableModel):
    """Meeting summaries, newest first. Columns: meeting, date, duk, participants,
    open actions."""

    NUMBER, DATE, DUK, PEOPLE, ACTIONS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingSummary] = []
        self._duk_names: dict[str, str] = {}
        self.lang = "nn"

    def set_meetings(self, rows: Sequence[MeetingSummary], duk_names: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda m: m.number, reverse=True)
        self._duk_names = dict(duk_names)
        self.endResetModel()

    def summary(self, row: int) -> MeetingSummary:
        return self._rows[row]

    def row_of(self, meeting_id: uuid.UUID | None) -> int | None:
        """The row showing `meeting_id`, or None."""
        return next((i for i, m in enumerate(self._rows) if m.id == meeting_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Meeting"), self.tr("Date"), self.tr("Duk"),
                self.tr("Who was there"), self.tr("Open actions"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return str(m.id)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.NUMBER, self.ACTIONS):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        if col == self.NUMBER:
            return str(m.number)
        if col == self.DATE:
            return date_text(m.date, self.lang)
        if col == self.DUK:
            return self._duk_names.get(m.template_id, m.template_id)
        if col == self.PEOPLE:
            return ", ".join(m.participant_names) or "—"
        return str(m.open_actions)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 4))


class TimelineDotDelegate(QStyledItemDelegate):
    """Draws the meeting number in a ring on a vertical line, so the table reads
    as a timeline; the line stops at the first and the last meeting."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        # Background and selection as usual, then the line and the ring on top.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = option.rect
        rows = index.model().rowCount()
        x = rect.center().x()
        size = min(rect.height() - 6, option.fontMetrics.height() + 8)
        ring = QRect(0, 0, size, size)
        ring.moveCenter(rect.center())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = QPen(QColor(colour("line")), 2)
        painter.setPen(line)
        if index.row() > 0:
            painter.drawLine(x, rect.top(), x, ring.top())
        if index.row() < rows - 1:
            painter.drawLine(x, ring.bottom(), x, rect.bottom())
        painter.setPen(QPen(QColor(colour("accent")), 2))
        painter.setBrush(QColor(colour("surface")))
        painter.drawEllipse(ring)
        painter.setPen(QColor(colour("ink")))
        painter.drawText(ring, int(Qt.AlignmentFlag.AlignCenter), str(index.data()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        side = option.fontMetrics.height() + 24
        return QSize(max(base.width(), side + 24), max(base.height(), side))


class CasePage(QWidget):
    """The case's header and its meeting timeline."""

    back = Signal()
    open_meeting = Signal(object)
    """A meeting was chosen (its uuid)."""
    new_meeting = Signal()
    compare = Signal()
    journey = Signal()
    toggle_closed = Signal()
    """Close an open case, or open a closed one again (reversible, no question)."""
    people = Signal()
    """See and edit the case's members and known participants (`ui.dialogs.people`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.case: Case | None = None
        self._state: AppState | None = None
        self._duk_names: Callable[[], dict[str, str]] | None = None
        self.model = MeetingTimelineModel(self)
        self._duk_name = ""
        self._build()
        self.retranslate()

    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 20)
        lay.setSpacing(10)
        top = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.setObjectName("backToCases")
        self.back_button.clicked.connect(self.back.emit)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.people_button = QPushButton()
        self.people_button.setObjectName("casePeople")
        self.people_button.clicked.connect(self.people.emit)
        top.addWidget(self.people_button)
        self.people_shortcut = QShortcut(QKeySequence(PEOPLE_SHORTCUT), self)
        self.people_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.people_shortcut.activated.connect(self._people_asked)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeCase")
        self.close_button.clicked.connect(self.toggle_closed.emit)
        top.addWidget(self.close_button)
        lay.addLayout(top)

        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        self.title.setFont(scaled_font(self.font(), 1.6))
        self.details = QLabel()
        self.details.setProperty("role", "muted")
        self.details.setWordWrap(True)
        lay.addWidget(self.title)
        lay.addWidget(self.details)

        bar = QHBoxLayout()
        self.timeline_label = QLabel()
        self.timeline_label.setFont(scaled_font(self.font(), 1.15))
        bar.addWidget(self.timeline_label)
        bar.addStretch(1)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newMeeting")
        self.new_button.clicked.connect(self.new_meeting.emit)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openMeeting")
        self.open_button.setProperty("role", "primary")
        self.open_button.clicked.connect(self._open_selected)
        self.compare_button = QPushButton()
        self.compare_button.setObjectName("compareMeetings")
        self.compare_button.clicked.connect(self.compare.emit)
        self.journey_button = QPushButton()
        self.journey_button.setObjectName("caseJourney")
        self.journey_button.clicked.connect(self.journey.emit)
        bar.addWidget(self.journey_button)
        bar.addWidget(self.compare_button)
        bar.addSpacing(16)
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        lay.addLayout(bar)

        self.table = QTableView()
        self.table.setObjectName("meetingTimeline")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setItemDelegateForColumn(MeetingTimelineModel.NUMBER,
                                            TimelineDotDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(MeetingTimelineModel.PEOPLE, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.open_meeting.emit(uuid.UUID(index.data(ID_ROLE))))
        self.empty_label = QLabel()
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setWordWrap(True)
        lay.addWidget(self.empty_label)
        lay.addWidget(self.table, 1)
        self.spacer = QWidget()
        lay.addWidget(self.spacer, 1)

        self.setTabOrder(self.back_button, self.people_button)
        self.setTabOrder(self.people_button, self.close_button)
        self.setTabOrder(self.close_button, self.journey_button)
        self.setTabOrder(self.journey_button, self.compare_button)
        self.setTabOrder(self.compare_button, self.new_button)
        self.setTabOrder(self.new_button, self.open_button)
        self.setTabOrder(self.open_button, self.table)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← &Cases"))
        self.back_button.setAccessibleName(self.tr("Back to the case list"))
        self.timeline_label.setText(self.tr("Meetings"))
        self.new_button.setText(self.tr("&New meeting …"))
        self.open_button.setText(self.tr("&Open meeting"))
        self.compare_button.setText(self.tr("Co&mpare …"))
        self.compare_button.setAccessibleName(self.tr("Compare two meetings"))
        self.journey_button.setText(self.tr("The &journey …"))
        self.people_button.setText(self.tr("&People of the case …"))
        self.people_button.setToolTip(self.tr("See, correct and remove the people of the "
                                              "case (%1)").replace("%1", PEOPLE_SHORTCUT))
        self.journey_button.setAccessibleName(self.tr("The journey of the case"))
        self.table.setAccessibleName(self.tr("Meetings of the case, newest first"))
        self.table.setAccessibleDescription(self.tr("Press Enter to open the selected meeting"))
        self.empty_label.setText(self.tr(
            "No meetings yet. Choose “New meeting” when the family is at the table."))
        self.model.retranslate()
        self._show_case()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        self.model.lang = lang
        self.model.retranslate()

    def set_case(self, case: Case, meetings: Sequence[MeetingSummary],
                 duk_names: dict[str, str]) -> None:
        """Show `case` and its meetings; the newest meeting is selected, or the one
        that was selected when the same case is shown again (a language switch)."""
        kept = self.selected_meeting() if self.case is not None and self.case.id == case.id \
            else None
        self.case = case
        self.model.set_meetings(meetings, duk_names)
        self._duk_name = duk_names.get(case.template_id, case.template_id)
        self._show_case()
        if self.model.rowCount() > 0:
            row = self.model.row_of(kept)
            self.table.selectRow(0 if row is None else row)
        has_meetings = self.model.rowCount() > 0
        self.open_button.setEnabled(has_meetings)
        self.journey_button.setEnabled(has_meetings)
        self.compare_button.setEnabled(self.model.rowCount() > 1)
        # A first-time case shows a sentence, not an empty table.
        self.empty_label.setVisible(not has_meetings)
        self.table.setVisible(has_meetings)
        self.spacer.setVisible(not has_meetings)

    def follow(self, state: AppState, duk_names: Callable[[], dict[str, str]]) -> None:
        """Show the case again whenever an operation changed it or its meetings
        (`state.changed`, the change bus); a deleted case is cleared away."""
        self._state, self._duk_names = state, duk_names
        state.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        from samtaleduk.store.errors import NotFound

        state, case = self._state, self.case
        if state is None or state.store is None or case is None \
                or not changes.touches_case(case.id) or self._duk_names is None:
            return
        try:
            fresh = state.store.get_case(case.id)
        except NotFound:
            self.clear()
            return
        self.set_case(fresh, state.store.meeting_summaries(case.id), self._duk_names())
        if state.case is not None and state.case.id == fresh.id:
            state.case = fresh

    def clear(self) -> None:
        """Show no case at all (after locking: no case text may stay in a widget)."""
        self.case = None
        self.model.set_meetings([], {})
        self.title.clear()
        self.details.clear()

    def _show_case(self) -> None:
        case = self.case
        if case is None:
            return
        self.title.setText(case.name)
        closed = case.status == CaseStatus.CLOSED
        self.close_button.setText(self.tr("Open the case again") if closed
                                  else self.tr("Close the case"))
        self.close_button.setAccessibleDescription(
            self.tr("A closed case is kept, and shown under “Closed cases”"))
        kind = self.tr("Family") if case.kind == CaseKind.FAMILY else self.tr("One child or person")
        parts = [kind, self._duk_name]
        if case.members:
            parts.append(self.tr("Members: %1").replace("%1", ", ".join(case.members)))
        if case.facilitator:
            parts.append(self.tr("Led by %1").replace("%1", case.facilitator))
        if closed:
            parts.append(self.tr("Closed %1").replace("%1", date_text(case.closed_on, self.model.lang)))
        self.details.setText(" · ".join(parts))

    def _people_asked(self) -> None:
        if self.case is not None:
            self.people.emit()

    def selected_meeting(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        return uuid.UUID(rows[0].data(ID_ROLE)) if rows else None

    def _open_selected(self) -> None:
        meeting_id = self.selected_meeting()
        if meeting_id is not None:
            self.open_meeting.emit(meeting_id)
