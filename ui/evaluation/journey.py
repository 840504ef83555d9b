"""The case's journey: for the familielos at the end of the 6–12 months.

From the engine's `case_timeline`: a table of how many items each field and each
life domain held at every meeting, and every goal, action and note with its path —
where it first appeared, each change (words, field, status, deadline), and where it
ended. Expand a row for its steps; "Only what changed" hides what stood still.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samtaleduk.domain.model import ActionStatus, Case, GoalStatus, Meeting, SaidBy
from samtaleduk.domain.vocab import ACTION_STATUS, GOAL_STATUS, SAID_BY, word
from samtaleduk.evaluation import (
    EventKind,
    ItemEvent,
    ItemHistory,
    ItemKind,
    Timeline,
    case_timeline,
    format_date,
    templates_by_key,
)
from samtaleduk.templates.model import Template
from ui.evaluation.comparison import TemplateFor
from ui.look.fonts import scaled_font

_END_MARK = {"done": "✓", "reached": "✓", "partly": "◐", "open": "☐", "dropped": "✗"}
_EVENT_MARK = {EventKind.APPEARED: "+", EventKind.RETURNED: "+", EventKind.TEXT: "✎",
               EventKind.FIELD: "➜", EventKind.TAG: "✎", EventKind.STATUS: "●",
               EventKind.DEADLINE: "↻", EventKind.OWNER: "✎", EventKind.REMOVED: "−",
               EventKind.FIELD_REMOVED: "−"}


class JourneyView(QWidget):
    """The counts table above, every item's path below."""

    def __init__(self, case: Case, meetings: Sequence[Meeting], template_for: TemplateFor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journeyView")
        self.case = case
        self.lang = case.language
        self.meetings = sorted(meetings, key=lambda m: m.number)
        self.templates: list[Template] = [template_for(m.template_id, m.template_version)
                                          for m in self.meetings]
        self.timeline: Timeline = case_timeline(self.meetings, templates_by_key(self.templates))
        self._build()
        self.retranslate()

    # ------------------------------------------------------------ building
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(8)
        self.title = QLabel()
        self.title.setFont(scaled_font(self.title.font(), 1.4))
        self.subtitle = QLabel()
        self.subtitle.setProperty("role", "muted")
        self.subtitle.setWordWrap(True)
        lay.addWidget(self.title)
        lay.addWidget(self.subtitle)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)

        top = QWidget()
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        self.counts_label = QLabel()
        self.counts_label.setFont(scaled_font(self.font(), 1.1))
        self.counts = QTableWidget()
        self.counts.setObjectName("journeyCounts")
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.counts.setTabKeyNavigation(False)
        self.counts.setAlternatingRowColors(True)
        self.counts.setShowGrid(False)
        self.counts_label.setBuddy(self.counts)
        top_box.addWidget(self.counts_label)
        top_box.addWidget(self.counts, 1)
        split.addWidget(top)

        bottom = QWidget()
        bottom_box = QVBoxLayout(bottom)
        bottom_box.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.paths_label = QLabel()
        self.paths_label.setFont(scaled_font(self.font(), 1.1))
        head.addWidget(self.paths_label)
        head.addStretch(1)
        self.only_changed = QCheckBox()
        self.only_changed.setObjectName("journeyOnlyChanged")
        self.only_changed.toggled.connect(self._filter)
        head.addWidget(self.only_changed)
        bottom_box.addLayout(head)
        self.paths = QTreeWidget()
        self.paths.setObjectName("journeyPaths")
        self.paths.setColumnCount(4)
        self.paths.setAlternatingRowColors(True)
        self.paths.setUniformRowHeights(False)
        self.paths.setWordWrap(True)
        self.paths.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        self.paths_label.setBuddy(self.paths)
        header = self.paths.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        bottom_box.addWidget(self.paths, 1)
        split.addWidget(bottom)
        split.setSizes([260, 480])
        lay.addWidget(split, 1)

    # ------------------------------------------------------------ the words
    def field_label(self, field_id: str | None) -> str:
        text = self.timeline.labels.get(field_id or "")
        return text.get(self.lang) if text is not None else (field_id or "")

    def meeting_word(self, number: int) -> str:
        return self.tr("Meeting %1").replace("%1", str(number))

    def status_word(self, kind: ItemKind, value: str | None) -> str:
        if value is None:
            return ""
        if kind is ItemKind.ACTION:
            return word(ACTION_STATUS, ActionStatus(value), self.lang)
        return word(GOAL_STATUS, GoalStatus(value), self.lang)

    def _date(self, value: str | None) -> str:
        if not value:
            return self.tr("no date")
        try:
            return format_date(dt.date.fromisoformat(value))
        except ValueError:
            return value

    def event_text(self, item: ItemHistory, e: ItemEvent) -> str:
        """One step of an item's path, in words."""
        where = f"«{self.field_label(e.field)}»"
        k = e.kind
        if k is EventKind.APPEARED:
            text = self.tr("First written in %1").replace("%1", where)
        elif k is EventKind.RETURNED:
            text = self.tr("Back, in %1").replace("%1", where)
        elif k is EventKind.FIELD:
            text = (self.tr("Moved from %1 to %2")
                    .replace("%1", f"«{self.field_label(e.old)}»")
                    .replace("%2", f"«{self.field_label(e.new)}»"))
        elif k is EventKind.TEXT:
            text = self.tr("New words: %1").replace("%1", f"«{e.old}» → «{e.new}»")
        elif k is EventKind.TAG:
            text = self._tag_text(e.old or "/", e.new or "/")
        elif k is EventKind.STATUS:
            text = (self.tr("Status: %1 → %2")
                    .replace("%1", self.status_word(item.kind, e.old))
                    .replace("%2", self.status_word(item.kind, e.new)))
        elif k is EventKind.DEADLINE:
            text = (self.tr("Deadline: %1 → %2")
                    .replace("%1", self._date(e.old)).replace("%2", self._date(e.new)))
        elif k is EventKind.OWNER:
            text = (self.tr("Who does it: %1 → %2")
                    .replace("%1", e.old or "—").replace("%2", e.new or "—"))
        elif k is EventKind.REMOVED:
            text = self.tr("Removed from %1").replace("%1", where)
        else:
            text = self.tr("Its field %1 is not on the newer duk").replace("%1", where)
        return f"{_EVENT_MARK[k]} {self.meeting_word(e.meeting)}: {text}"

    def _tag_text(self, old: str, new: str) -> str:
        """A note's life domain and whose voice, as "domain/said_by" in the timeline."""
        (old_domain, _, old_voice), (new_domain, _, new_voice) = (
            old.partition("/"), new.partition("/"))
        template = self.templates[-1]
        stored = self.timeline.domain_labels

        def domain(d: str) -> str:
            # The newest duk (a renamed domain via former_ids), else the label stored
            # with the meetings that used a domain since removed: never a bare id.
            found = template.domain(d) if d else None
            if found is not None:
                return found.label.get(self.lang)
            return stored[d].get(self.lang) if d in stored else "—"

        def voice(v: str) -> str:
            return word(SAID_BY, SaidBy(v), self.lang) if v in SaidBy.__members__.values() \
                else (v or "—")

        parts = []
        if old_domain != new_domain:
            parts.append(self.tr("Life domain: %1 → %2").replace("%1", domain(old_domain))
                         .replace("%2", domain(new_domain)))
        if old_voice != new_voice:
            parts.append(self.tr("Whose voice: %1 → %2").replace("%1", voice(old_voice))
                         .replace("%2", voice(new_voice)))
        return "; ".join(parts)

    def end_text(self, item: ItemHistory) -> str:
        """Where the item ended (or stands now)."""
        if item.removed_at is not None:
            return "− " + self.tr("Removed at meeting %1").replace("%1", str(item.removed_at))
        bits = [self.meeting_word(item.last_seen), f"«{self.field_label(item.last_field)}»"]
        status = self.status_word(item.kind, item.status)
        mark = _END_MARK.get(item.status or "", "")
        if status:
            bits.append(status)
        return (f"{mark} " if mark else "") + " · ".join(bits)

    def path_text(self, item: ItemHistory) -> str:
        """The whole path in one sentence (the row's accessible description)."""
        return "; ".join(self.event_text(item, e) for e in item.events) + \
            "; " + self.end_text(item)

    # ------------------------------------------------------------ filling
    def retranslate(self) -> None:
        first, last = self.meetings[0], self.meetings[-1]
        self.title.setText(self.tr("The journey of the case"))
        self.subtitle.setText(
            self.tr("%1 · %n meetings, %2 – %3", "", len(self.meetings))
            .replace("%1", self.case.name).replace("%2", format_date(first.date))
            .replace("%3", format_date(last.date)))
        self.counts_label.setText(self.tr("How much stood where, &meeting by meeting"))
        self.counts.setAccessibleName(self.tr("Number of items per field and per life domain"))
        self.paths_label.setText(self.tr("How each goal, action and note &went"))
        self.paths.setAccessibleName(self.tr("Goals, actions and notes with their paths"))
        self.only_changed.setText(self.tr("Only what &changed"))
        self.paths.setHeaderLabels([self.tr("What"), self.tr("First"), self.tr("Changes"),
                                    self.tr("Where it ended")])
        self._fill_counts()
        self._fill_paths()

    def _fill_counts(self) -> None:
        counts = self.timeline.counts
        newest = self.templates[-1]
        field_ids = [f.id for f in newest.fields]
        field_ids += [fid for c in counts for fid in c.fields if fid not in field_ids]
        field_ids = [fid for fid in field_ids if any(c.fields.get(fid) for c in counts)]
        domains = [(d.id, d.label.get(self.lang)) for d in newest.life_domains]
        rows: list[tuple[str, list[int] | None]] = []
        rows.append((self.tr("Fields"), None))
        rows += [(self.field_label(fid), [c.fields.get(fid, 0) for c in counts])
                 for fid in field_ids]
        if domains:
            rows.append((self.tr("Life domains (notes)"), None))
            rows += [(name, [c.domains.get(did, 0) for c in counts]) for did, name in domains]
            rows.append((self.tr("No life domain"), [c.untagged for c in counts]))
        table = self.counts
        table.clear()
        table.setColumnCount(len(counts))
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels(
            [f"{self.meeting_word(c.number)}\n{format_date(c.date)}" for c in counts])
        table.setVerticalHeaderLabels([name for name, _ in rows])
        bold = QFont(table.font())
        bold.setBold(True)
        for r, (name, values) in enumerate(rows):
            if values is None:
                table.verticalHeaderItem(r).setFont(bold)
                continue
            for col, n in enumerate(values):
                cell = QTableWidgetItem(str(n) if n else "–")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setData(Qt.ItemDataRole.AccessibleTextRole,
                             f"{name}, {self.meeting_word(counts[col].number)}: {n}")
                table.setItem(r, col, cell)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _fill_paths(self) -> None:
        self.paths.clear()
        groups = ((ItemKind.GOAL, self.tr("Goals")), (ItemKind.ACTION, self.tr("Actions")),
                  (ItemKind.NOTE, self.tr("Notes")))
        for kind, title in groups:
            items = [i for i in self.timeline.items if i.kind is kind]
            if not items:
                continue
            group = QTreeWidgetItem(self.paths, [f"{title} ({len(items)})"])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            for item in items:
                self._add_item(group, item)
            group.setExpanded(True)
        self._filter(self.only_changed.isChecked())

    def _add_item(self, group: QTreeWidgetItem, item: ItemHistory) -> None:
        changes = [e for e in item.events if e.kind is not EventKind.APPEARED]
        first = (f"{self.meeting_word(item.first_meeting)} · "
                 f"«{self.field_label(item.first_field)}»")
        # How many changes, and of what sort at a glance (➜ moved, ✎ new words …).
        glance = f"{len(changes)}  {' '.join(_EVENT_MARK[e.kind] for e in changes)}"
        row = QTreeWidgetItem(group, [item.text, first, glance if changes else "–",
                                      self.end_text(item)])
        row.setData(0, Qt.ItemDataRole.UserRole, str(item.id))
        row.setData(0, Qt.ItemDataRole.AccessibleTextRole, item.text)
        row.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, self.path_text(item))
        row.setToolTip(0, self.path_text(item))
        for e in item.events:
            step = QTreeWidgetItem(row, [self.event_text(item, e)])
            step.setFirstColumnSpanned(True)

    def _rows(self) -> list[QTreeWidgetItem]:
        """Every item row (not the group headings, not the steps)."""
        rows: list[QTreeWidgetItem] = []
        for g in range(self.paths.topLevelItemCount()):
            group = self.paths.topLevelItem(g)
            if group is not None:
                rows += [r for i in range(group.childCount()) if (r := group.child(i))]
        return rows

    def _filter(self, only_changed: bool) -> None:
        for row in self._rows():
            row.setHidden(only_changed and row.childCount() <= 1)

    def row_of(self, item_id: object) -> QTreeWidgetItem | None:
        """The tree row of an item (by its uuid), if any."""
        return next((r for r in self._rows()
                     if r.data(0, Qt.ItemDataRole.UserRole) == str(item_id)), None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class JourneyDialog(QDialog):
    """The journey in its own window beside the main one (not modal)."""

    print_requested = Signal(object)
    """Print was pressed (the argument is always None: the whole journey)."""

    def __init__(self, case: Case, meetings: Sequence[Meeting], template_for: TemplateFor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journeyDialog")
        self._template_for = template_for
        self.view = JourneyView(case, meetings, template_for, self)
        box = QVBoxLayout(self)
        self._box = box
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.view)
        row = QHBoxLayout()
        row.setContentsMargins(16, 0, 16, 12)
        row.addStretch(1)
        self.print_button = QPushButton(self.tr("&Print the journey …"))
        self.print_button.setObjectName("printJourney")
        self.print_button.setEnabled(len(meetings) >= 1)
        self.print_button.clicked.connect(lambda: self.print_requested.emit(None))
        row.addWidget(self.print_button)
        box.addLayout(row)
        self.setWindowTitle(self.tr("The journey — %1").replace("%1", case.name))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1200, 800)

    def show_meetings(self, case: Case, meetings: Sequence[Meeting]) -> None:
        """Show the journey as it is now (changed elsewhere: a meeting added or
        edited, the case renamed)."""
        old = self.view
        view = JourneyView(case, meetings, self._template_for, self)
        self._box.replaceWidget(old, view)
        old.hide()
        old.deleteLater()
        self.view = view
        self.print_button.setEnabled(len(view.meetings) >= 1)
        self.setWindowTitle(self.tr("The journey — %1").replace("%1", case.name))
