"""The case list: every case in one virtualised table, found by typing.

The rows and their filter are in `case_list_model` (sorted once in the model), the
column widths in `case_list_columns` (measured once per change). The page searches as the user types: names and members at once, in memory, from the
first letter; the store's full-text search from the second, on the job runner's
store lane, never on the GUI thread, one query at a time — a query the user has
typed past is not run, and a result for text no longer in the field is dropped.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samtaleduk.domain.model import CaseStatus
from samtaleduk.store.store import CaseSummary
from ui.look.fonts import scaled_font
from ui.pages.case_list_cells import CaseCellDelegate
from ui.pages.case_list_columns import ColumnFitter
from ui.pages.case_list_first_screen import FirstScreenMixin, PendingRest
from ui.pages.case_list_model import ID_ROLE, CaseFilterProxy, CaseListModel
from ui.tools.jobs import jobs

if TYPE_CHECKING:
    from samtaleduk.ops.changes import Changes
    from samtaleduk.store.store import Store
    from ui.shell.state import AppState

log = logging.getLogger(__name__)
__all__ = ["ID_ROLE", "CaseFilterProxy", "CaseListModel", "CaseListPage"]

SEARCH_DEBOUNCE_MS = 150
MIN_SEARCH_CHARS = 2
"""The full-text search starts at two letters (one letter matches nearly every
case's words); names are filtered from the first letter, in memory."""
FEW_CASES = 50
"""An operation that changed at most this many cases redraws their rows only (read
alone); more (an import, the demo) reads the whole list again."""
class CaseListPage(FirstScreenMixin, QWidget):
    """Search field, status filter, the table and a "New case" button."""

    open_case = Signal(object)
    """A case was chosen (its uuid)."""
    new_case = Signal()

    def __init__(self, search: Callable[[str], set[str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._search = search
        self._state: AppState | None = None
        self._duk_names: Callable[[], dict[str, str]] | None = None
        self._searching = False
        self._hits: set[str] = set()
        self._hits_for = ""
        """The text the full-text hits in `_hits` were found for."""
        self._rows_set = 0
        """Counts `set_cases`: a read of every case started before the rows were
        set again is stale."""
        self._first_only = False
        """The rows are the first screen only (`show_first_cases`); the rest is read."""
        self._rest: PendingRest | None = None
        """The rest of the list, waiting for the first screen's paint and the store."""
        self._shown_ahead: int | None = None
        """`_rows_set` when a first screen read ahead was shown (`show_first_screen`)."""
        self.model = CaseListModel(self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search_field.textChanged.connect(lambda _t: self._timer.start())
        self.search_field.returnPressed.connect(self._open_selected)
        self.search_field.installEventFilter(self)
        self.retranslate()

    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 20)
        lay.setSpacing(12)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setFont(scaled_font(self.font(), 1.6))
        top.addWidget(self.title)
        top.addStretch(1)
        self.new_button = QPushButton()
        self.new_button.setProperty("role", "primary")
        self.new_button.clicked.connect(self.new_case.emit)
        top.addWidget(self.new_button)
        lay.addLayout(top)

        bar = QHBoxLayout()
        self.search_label = QLabel()
        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setObjectName("caseSearch")
        self.search_label.setBuddy(self.search_field)
        self.status_label = QLabel()
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_label.setBuddy(self.status_filter)
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        bar.addWidget(self.search_label)
        bar.addWidget(self.search_field, 3)
        bar.addSpacing(16)
        bar.addWidget(self.status_label)
        bar.addWidget(self.status_filter, 1)
        lay.addLayout(bar)

        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(CaseCellDelegate(self.proxy, self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        # Each column as wide as its widest text, measured once per change of the
        # rows, font or language, not by Qt at every layout (case_list_columns).
        self.columns = ColumnFitter(self.table, self.model, stretch=CaseListModel.MEMBERS)
        self.table.sortByColumn(CaseListModel.NEXT, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._activated)
        self.empty_label = QLabel()
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setWordWrap(True)
        lay.addWidget(self.empty_label)
        lay.addWidget(self.table, 1)
        self.spacer = QWidget()
        lay.addWidget(self.spacer, 1)

        self.setTabOrder(self.new_button, self.search_field)
        self.setTabOrder(self.search_field, self.status_filter)
        self.setTabOrder(self.status_filter, self.table)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Cases"))
        self.new_button.setText(self.tr("&New case …"))
        self.new_button.setAccessibleName(self.tr("New case"))
        self.search_label.setText(self.tr("&Search:"))
        self.search_field.setPlaceholderText(self.tr("Name, or a word from the duk"))
        self.search_field.setAccessibleName(self.tr("Search cases"))
        self.search_field.setAccessibleDescription(
            self.tr("Finds cases by name, member or anything written in their meetings"))
        self.status_label.setText(self.tr("S&how:"))
        current = self.status_filter.currentIndex()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("Open cases"), CaseStatus.OPEN.value)
        self.status_filter.addItem(self.tr("Closed cases"), CaseStatus.CLOSED.value)
        self.status_filter.addItem(self.tr("All cases"), "")
        self.status_filter.setCurrentIndex(max(current, 0))
        self.status_filter.blockSignals(False)
        self.status_filter.setAccessibleName(self.tr("Show open, closed or all cases"))
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setAccessibleDescription(
            self.tr("Press Enter to open the selected case"))
        self.model.retranslate()
        self._update_empty()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        self.model.lang = lang
        self.model.retranslate()

    def follow(self, state: AppState, duk_names: Callable[[], dict[str, str]]) -> None:
        """Read the cases again whenever an operation changed any (`state.changed`,
        the change bus); `duk_names` names each case's duk."""
        self._state, self._duk_names = state, duk_names
        state.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        store = self._state.store if self._state is not None else None
        if store is None or not changes.cases or self._duk_names is None:
            return
        # With the first screen only, the read of the rest under way may predate
        # this change: every case is read now, and that read is dropped.
        if (len(changes.cases) <= FEW_CASES and not self._first_only
                and self._update_cases(store, changes.cases)):
            return
        self.set_cases(store.list_cases(), self._duk_names())

    def _update_cases(self, store: Store, ids: frozenset[uuid.UUID]) -> bool:
        """Redraw the rows of the cases an operation changed (an autosave names its
        case), read alone; False when one is new or gone (then all are read)."""
        filtered = self.model.update_cases(ids, store.case_summaries(ids))
        if filtered is None:
            return False
        if filtered:
            # Shown or not may have changed (closed, renamed): the filter asks again,
            # and the store's search too when something is typed.
            self.proxy.refilter()
            self._hits_for, self._hits = "", set()
            self.apply_search()
        self._update_empty()
        return True

    def set_cases(self, rows: Sequence[CaseSummary], duk_names: dict[str, str]) -> None:
        """Show these cases, keeping the search, filter, sort and selection."""
        self._rows_set += 1
        self._first_only = False
        selected = self.selected_case()
        self.model.set_cases(rows, duk_names)
        self._hits_for, self._hits = "", set()  # the cases changed: search again
        self.apply_search()
        if selected is not None:
            self.select_case(selected)
        elif self.proxy.rowCount() > 0:
            self.table.selectRow(0)
        self._update_empty()

    def apply_search(self) -> None:
        """Filter by what is typed now (the field debounces typing): names at once,
        the full-text hits when the store's search has answered (`_hits_found`)."""
        self._timer.stop()
        text = self.search_field.text().strip()
        self._show(text, self._hits if text == self._hits_for else set())
        if len(text) >= MIN_SEARCH_CHARS and self._search is not None and text != self._hits_for:
            self._start_search(text)

    def _start_search(self, text: str) -> None:
        if self._searching:
            return  # one at a time: the newest text is searched when this one is back
        search = self._search
        assert search is not None
        self._searching = True
        jobs().run(lambda: search(text), lambda hits: self._hits_found(text, hits),
                   owner=self, uses_store=True)

    def _hits_found(self, text: str, hits: object) -> None:
        self._searching = False
        if isinstance(hits, Exception):
            raise hits  # the window's damage guard shows it (ui.controllers.store_damage)
        now = self.search_field.text().strip()
        if text != now:
            # Typed past: this answer is stale; ask for what is in the field now.
            if len(now) >= MIN_SEARCH_CHARS and self._search is not None:
                self._start_search(now)
            return
        self._hits_for, self._hits = text, set(hits) if isinstance(hits, set) else set()
        self._show(text, self._hits)

    @property
    def searching(self) -> bool:
        """True while the store's search is under way for this page."""
        return self._searching

    def wait_for_search(self) -> None:
        """Let a search under way answer (Enter in the field; tests)."""
        if self._searching:
            jobs().wait_for_store()

    def _show(self, text: str, hits: set[str]) -> None:
        self.proxy.set_search(text, hits)
        if self.proxy.rowCount() > 0 and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._update_empty()

    def _status_changed(self, _index: int) -> None:
        value = self.status_filter.currentData()
        self.proxy.set_status(CaseStatus(value) if value else None)
        self._update_empty()

    def _update_empty(self) -> None:
        # With no cases at all, a sentence says what to do instead of an empty table.
        no_cases = self.model.rowCount() == 0
        self.table.setVisible(not no_cases)
        self.spacer.setVisible(no_cases)
        self.search_field.setEnabled(not no_cases)
        self.status_filter.setEnabled(not no_cases)
        if no_cases:
            self.empty_label.setText(self.tr(
                "No cases yet. Choose “New case” to start with a family or a child."))
            self.empty_label.show()
        elif self.proxy.rowCount() == 0:
            self.empty_label.setText(self.tr("No case matches the search or the filter."))
            self.empty_label.show()
        else:
            self.empty_label.clear()
            self.empty_label.hide()

    def selected_case(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return uuid.UUID(rows[0].data(ID_ROLE))

    def select_case(self, case_id: uuid.UUID) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == str(case_id):
                self.table.selectRow(row)
                return True
        return False

    def visible_case_names(self) -> list[str]:
        """The names in the table, top to bottom (as shown)."""
        return [str(self.proxy.index(r, 0).data()) for r in range(self.proxy.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        self.open_case.emit(uuid.UUID(index.data(ID_ROLE)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Up and Down in the search field walk the list, so type-then-pick needs
        # no Tab: type a few letters, arrow to the case, Enter.
        if watched is self.search_field and isinstance(event, QKeyEvent):
            key = event.key()
            if (event.type() == QEvent.Type.KeyPress and self.proxy.rowCount() > 0
                    and key in (Qt.Key.Key_Down, Qt.Key.Key_Up)):
                rows = self.table.selectionModel().selectedRows()
                row = rows[0].row() if rows else -1
                row += 1 if key == Qt.Key.Key_Down else -1
                self.table.selectRow(max(0, min(row, self.proxy.rowCount() - 1)))
                return True
        return super().eventFilter(watched, event)

    def _open_selected(self) -> None:
        self.apply_search()
        self.wait_for_search()
        case_id = self.selected_case()
        if case_id is not None:
            self.open_case.emit(case_id)
