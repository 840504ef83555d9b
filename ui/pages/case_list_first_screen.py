"""The case list at unlock: the rows its window holds first, every case after.

Reading every case takes ~150 ms at 10,000 cases, more than the unlock's budget
beside the key derivation (issue 16). So at unlock the list shows the rows its
window holds of its first order, read alone (`Store.first_cases`), and reads every
case on the store's lane once they are drawn, keeping the search, filter, sort and
selection.

The first screen is read on the unlock's worker, as soon as the open is recorded in
the audit log (`Store.open`'s `on_open`), and shown while the worker finishes the
open (the audit chain's head file, its check): the window gets the store when that
is done, and the rest of the list is read once both the first screen is drawn and
the store is there. Until then the page is shown with no store behind it, a few
milliseconds in which its actions find no store and do nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from samtaleduk.domain.model import CaseStatus
from ui.pages.case_list_model import CaseFilterProxy, CaseListModel
from ui.tools.after_paint import after_next_paint
from ui.tools.jobs import jobs

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

    from samtaleduk.store.store import CaseSummary, Store

FIRST_ROWS = 60
"""The most rows of the first screen (60 is more than a 1440-pixel-high screen
holds at 100 %; each row costs its summary and its column widths)."""


@dataclass(frozen=True)
class FirstScreen:
    """What the list shows at unlock before every case is read."""

    rows: list[CaseSummary]
    every_case: bool
    """The rows are every case already (a small store, a filter or order the first
    screen cannot serve, a store opened read-only)."""


@dataclass(frozen=True)
class FirstScreenPlan:
    """What to read for the first screen, decided on the GUI thread from what the
    list shows; `read` may run on any thread that holds the store."""

    status: CaseStatus | None
    """The status of the cases shown; None: read every case."""
    wanted: int

    def read(self, store: Store) -> FirstScreen:
        """The first screen (`FIRST_ROWS` at most), or every case when there are no
        more than a screen or the plan says so."""
        # A store opened read-only (a full disk) may not open a second connection
        # for the rest, so it is read whole.
        if self.status is not None and store.read_only is None:
            first = store.first_cases(self.status, self.wanted)
            if len(first) >= self.wanted:
                return FirstScreen(first, every_case=False)
        return FirstScreen(store.list_cases(), every_case=True)


@dataclass
class PendingRest:
    """The rest of the list, waiting for the first screen's paint and the store."""

    rows_set: int
    drawn: bool = False
    store: Store | None = None
    duk_names: dict[str, str] = field(default_factory=dict)


class FirstScreenMixin:
    """The case list page's way in at unlock (`CaseListPage`)."""

    # Provided by the page.
    model: CaseListModel
    proxy: CaseFilterProxy
    search_field: QLineEdit
    table: QTableView
    _rows_set: int
    _first_only: bool
    _rest: PendingRest | None
    _shown_ahead: int | None

    set_cases: Callable[[Sequence[CaseSummary], dict[str, str]], None]
    window: Callable[[], QWidget]

    def first_screen_plan(self) -> FirstScreenPlan:
        """What the first screen is, for the list as it is now: its status and first
        order with nothing typed; anything else reads every case."""
        status = self.proxy.status
        if (self.search_field.text().strip()
                or self.model.order != (CaseListModel.NEXT, Qt.SortOrder.AscendingOrder)):
            status = None
        return FirstScreenPlan(status, self.first_screen_rows())

    def first_screen_rows(self) -> int:
        """How many rows the list's first screen reads: as many as the window's
        height holds at the table's row height (the table is shorter than its
        window), one more for a row cut at the bottom, at most `FIRST_ROWS`."""
        row_height = max(1, self.table.verticalHeader().defaultSectionSize())
        return min(FIRST_ROWS, self.window().height() // row_height + 1)

    def show_first_screen(self, screen: FirstScreen, duk_names: dict[str, str]) -> None:
        """Show a first screen read ahead, before the store is handed over: the
        rest is read once it is drawn and `show_first_cases` has brought the store."""
        self._show_screen(screen, duk_names)
        self._shown_ahead = self._rows_set

    def show_first_cases(self, store: Store, duk_names: dict[str, str]) -> None:
        """Show the store's cases as unlock does (see the module text): the first
        screen shown ahead, if nothing has set the rows since, else read now."""
        ahead, self._shown_ahead = self._shown_ahead, None
        if ahead != self._rows_set:
            self._show_screen(self.first_screen_plan().read(store), duk_names)
        rest = self._rest
        if rest is not None and rest.rows_set == self._rows_set:
            rest.store, rest.duk_names = store, duk_names
            self._read_the_rest_when_ready()

    @property
    def first_only(self) -> bool:
        """True while the list shows the first screen and the rest is being read."""
        return self._first_only

    def _show_screen(self, screen: FirstScreen, duk_names: dict[str, str]) -> None:
        self.set_cases(screen.rows, duk_names)
        if screen.every_case:
            return
        self._first_only, rows_set = True, self._rows_set
        self._rest = PendingRest(rows_set)
        after_next_paint(self.window(), lambda: self._first_screen_drawn(rows_set))

    def _first_screen_drawn(self, rows_set: int) -> None:
        rest = self._rest
        if rest is not None and rest.rows_set == rows_set:
            rest.drawn = True
            self._read_the_rest_when_ready()

    def _read_the_rest_when_ready(self) -> None:
        rest = self._rest
        if rest is None or not rest.drawn or rest.store is None:
            return
        self._rest = None
        if rest.rows_set != self._rows_set:
            return  # the rows were set again (a change, a lock): this read is stale
        rows_set, duk_names = rest.rows_set, rest.duk_names

        def done(rows: object) -> None:
            if isinstance(rows, Exception):
                raise rows  # the window's damage guard shows it (ui.controllers.store_damage)
            if rows_set == self._rows_set and isinstance(rows, list):
                self.set_cases(rows, duk_names)

        # Through a connection of its own (`list_cases_apart`): the window goes on
        # using the store's connection, audit lines included, while this reads.
        jobs().run(rest.store.list_cases_apart, done, owner=self.table, uses_store=True)
