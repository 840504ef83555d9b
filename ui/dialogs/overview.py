"""My cases now ("Oversikt"): every open case's late and coming actions, passed
goals, expiring consents, cases without a next meeting and the next meetings, in
one keyboard-first list.

Arrow keys move, Enter opens the line's meeting at its field (`chosen`), typing a
case's name jumps to it, Ctrl+P shows the print preview, Escape closes. The list
is read from the store's read model (`samtaleduk.overview`), never from the
meetings, and read again on every change published on the app's change bus.

Each read runs on the job runner's store lane, not on the GUI thread (10,000 open
cases take most of a second): the list shown stays until the answer comes, a read
slower than `BUSY_AFTER_MS` says so in a muted line, an answer a newer read has
superseded is dropped, and so is one that arrives after the dialog closed (a lock).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samtaleduk.overview.build import Item, Overview, Section
from ui.tools.i18n import date_text
from ui.tools.jobs import jobs

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
"""Where a line keeps its `overview.build.Item` (section headings keep none)."""
BUSY_AFTER_MS = 300
"""A read still under way after this long shows the busy line; a faster one shows
nothing, so that the dialog does not flash at every change."""

ReadJob = Callable[[], Callable[[], Overview]]
"""Called on the GUI thread at each refresh: returns the read to run on the store's
lane (its store and day taken on the GUI thread)."""


class OverviewDialog(QDialog):
    """The overview over the main window (see the module docstring)."""

    chosen = Signal(object)
    """Enter (or a double click) on a line: its `overview.build.Item`."""
    print_requested = Signal()

    def __init__(self, read: ReadJob, *, ui_lang: str = "nn",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewDialog")
        self._read = read
        self.ui_lang = ui_lang
        self.overview: Overview | None = None
        self._reads = 0
        """Counts the reads asked for (and the drops): an answer to an earlier one is
        stale."""
        self._reading = False
        self.heading = QLabel()
        self.heading.setObjectName("overviewHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setProperty("role", "muted")
        self.busy = QLabel()
        self.busy.setObjectName("overviewBusy")
        self.busy.setProperty("role", "muted")
        self.busy.hide()
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self.busy.show)
        self.tree = QTreeWidget()
        self.tree.setObjectName("overviewList")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(False)
        # Room to read: a line a little taller than text, a heading with air above.
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 6px; }")
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.activated.connect(self._activated)
        self.tree.doubleClicked.connect(self._activated)
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.print_button = QPushButton()
        self.print_button.setObjectName("overviewPrint")
        self.print_button.clicked.connect(self.print_requested.emit)
        self.print_button.setEnabled(False)  # until the first read has answered
        self.summary.hide()  # likewise: the busy line stands alone meanwhile
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        for b in (self.print_button, self.close_button):
            b.setAutoDefault(False)  # Enter belongs to the list: it opens the line
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self,
                  self.print_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 14, 16, 14)
        lay.addWidget(self.heading)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.summary)
        top.addWidget(self.busy)
        top.addStretch(1)
        top.addStrut(self.summary.sizeHint().height())  # no jump when a line shows
        lay.addLayout(top)
        lay.addWidget(self.tree, 1)
        lay.addLayout(buttons)
        self.resize(980, 640)
        self.retranslate()
        self.refresh()

    # --- words ----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My cases now"))
        self.heading.setText(self.tr("My cases now"))
        self.busy.setText(self.tr("Reading the cases …"))
        self.tree.setAccessibleName(self.tr("My cases now"))
        self.tree.setAccessibleDescription(self.tr(
            "Arrow keys move, Enter opens the meeting at the line's field, typing a case's "
            "name jumps to it."))
        self.tree.setHeaderLabels([self.tr("Case"), self.tr("What"), self.tr("Who"),
                                   self.tr("When")])
        self.hint.setText(self.tr("Arrow keys move, Enter opens the meeting at the line's "
                                  "field, typing a case's name jumps to it."))
        self.print_button.setText(self.tr("&Print …"))
        self.close_button.setText(self.tr("Close"))
        if self.overview is not None:
            self._fill(self.overview)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def section_title(self, section: Section) -> str:
        """The heading of a section in the UI language."""
        return {
            Section.ACTIONS_LATE: self.tr("Actions past their date"),
            Section.ACTIONS_SOON: self.tr("Actions due in the next 14 days"),
            Section.GOALS_PASSED: self.tr("Goals whose deadline has passed"),
            Section.CONSENTS: self.tr("Consents expired or expiring within 30 days"),
            Section.NO_NEXT_MEETING: self.tr("Cases with no next meeting"),
            Section.NEXT_MEETINGS: self.tr("Next meetings"),
        }[section]

    def when_text(self, item: Item) -> str:
        """"03.05.2026 · 7 days ago" in the UI language."""
        if item.date is None or item.days is None:
            return self.tr("not set")
        day = date_text(item.date, self.ui_lang)
        if item.days == 0:
            return day + " · " + self.tr("today")
        if item.days < 0:
            return day + " · " + self.tr("%n day(s) ago", "", -item.days)
        return day + " · " + self.tr("in %n day(s)", "", item.days)

    def where_text(self, item: Item) -> str:
        if item.meeting_number is None:
            return item.case_name + " · " + self.tr("no meeting yet")
        return item.case_name + " · " + self.tr("meeting %1").replace(
            "%1", str(item.meeting_number))

    # --- content --------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the overview again on the store's lane and show it when it comes,
        keeping the line the cursor is on; a read still under way is superseded."""
        self._reads += 1
        asked, work = self._reads, self._read()
        self._reading = True
        if not self._busy_timer.isActive() and not self.busy.isVisible():
            self._busy_timer.start()

        def done(result: object) -> None:
            if asked != self._reads:
                return  # superseded by a newer read, or dropped (closed, a lock)
            self._stop_reading()
            if isinstance(result, Exception):
                raise result  # the window's damage guard shows it (ui.controllers.store_damage)
            if isinstance(result, Overview):
                self._fill(result)

        jobs().run(work, done, owner=self, uses_store=True)

    @property
    def reading(self) -> bool:
        """True while a read is under way whose answer will be shown."""
        return self._reading

    def drop_reads(self) -> None:
        """Let a read under way answer into nothing (the dialog closes: a lock)."""
        self._reads += 1
        self._stop_reading()

    def _stop_reading(self) -> None:
        self._reading = False
        self._busy_timer.stop()
        self.busy.hide()

    def done(self, result: int) -> None:
        """Closed (Escape, a line chosen, a lock): no read answers into it after."""
        self.drop_reads()
        super().done(result)

    def _fill(self, overview: Overview) -> None:
        kept = self.current_item()
        self.overview = overview
        self.print_button.setEnabled(True)
        self.summary.show()
        self.summary.setText(self.tr("%n open case(s)", "", overview.open_cases) + " · "
                             + date_text(overview.today, self.ui_lang))
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        ink = QBrush(self.tree.palette().color(QPalette.ColorGroup.Active,
                                               QPalette.ColorRole.Text))
        first: QTreeWidgetItem | None = None
        again: QTreeWidgetItem | None = None
        heads: list[QTreeWidgetItem] = []
        rows: list[QTreeWidgetItem] = []
        when: dict[tuple[dt.date | None, int | None], str] = {}
        """"When" per date: thousands of lines share a few hundred dates."""
        for section in Section:
            items = overview.sections[section]
            head = QTreeWidgetItem([f"{self.section_title(section)} ({len(items)})"])
            head.setFont(0, bold)
            head.setSizeHint(0, QSize(0, int(self.tree.fontMetrics().height() * 2.4)))
            head.setTextAlignment(0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            # Not enabled, so the arrow keys pass over it; drawn in the text colour.
            head.setFlags(Qt.ItemFlag.NoItemFlags)
            head.setForeground(0, ink)
            head.setData(0, Qt.ItemDataRole.AccessibleTextRole, self.section_title(section))
            heads.append(head)
            rows.append(head)
            # One flat list: a disabled heading would disable the lines under it.
            if not items:
                empty = QTreeWidgetItem(["", self.tr("Nothing here now.")])
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                rows.append(empty)
            for item in items:
                what = item.text or (self.tr("Set the next meeting")
                                     if section is Section.NO_NEXT_MEETING
                                     else self.tr("Next meeting"))
                day = (item.date, item.days)
                if day not in when:
                    when[day] = self.when_text(item)
                line = QTreeWidgetItem([self.where_text(item), what, item.who, when[day]])
                line.setData(0, ITEM_ROLE, item)
                line.setToolTip(1, what)
                rows.append(line)
                first = first or line
                if kept is not None and _same(kept, item):
                    again = line
        # Made whole, then added at once: a change to a line already in the list makes
        # the view measure its rows again (seconds for a thousand open cases).
        self.tree.addTopLevelItems(rows)
        for head in heads:
            head.setFirstColumnSpanned(True)  # only for a line in the list
        target = again or first
        if target is not None:
            self.tree.setCurrentItem(target)

    def current_item(self) -> Item | None:
        """The overview line the cursor is on (None on a heading)."""
        current = self.tree.currentItem()
        value = current.data(0, ITEM_ROLE) if current is not None else None
        return value if isinstance(value, Item) else None

    def select(self, item: Item) -> bool:
        """Put the cursor on `item`'s line; False when it is not shown."""
        for line in self.lines():
            value = line.data(0, ITEM_ROLE)
            if isinstance(value, Item) and _same(value, item):
                self.tree.setCurrentItem(line)
                return True
        return False

    def lines(self) -> list[QTreeWidgetItem]:
        """Every line of an item (not the headings), in order."""
        lines = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [line for line in lines
                if line is not None and isinstance(line.data(0, ITEM_ROLE), Item)]

    def _activated(self, index: QModelIndex) -> None:
        value = index.siblingAtColumn(0).data(ITEM_ROLE)
        if isinstance(value, Item):
            self.chosen.emit(value)

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)  # type: ignore[arg-type]
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)


def _same(a: Item, b: Item) -> bool:
    return (a.section, a.case_id, a.item_id) == (b.section, b.case_id, b.item_id)

