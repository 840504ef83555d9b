"""The case list's rows: `CaseListModel` holds the store's `CaseSummary` rows in the
order shown, sorted once in Python by a key per row (issue 16: Qt's sort proxy
asked `data()` about 151,000 times to sort 10,000 cases). `CaseFilterProxy` only
filters — by status, and by the search text: a case matches when its name or
members contain every word in plain letters, or when the store's full-text search
found the text in it — and hands sorting to the model, so the view's column sorts
(click a header) keep working by the same keys.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from samtaleduk.domain.model import CaseStatus
from samtaleduk.store.folding import fold
from samtaleduk.store.store import CaseSummary
from ui.tools.i18n import date_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_NO_DATE = dt.date.max
_TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                         Qt.ItemDataRole.ToolTipRole})
_ROLES_ANSWERED = _TEXT_ROLES | {ID_ROLE, SORT_ROLE, Qt.ItemDataRole.TextAlignmentRole}

_Index = QModelIndex | QPersistentModelIndex


class CaseListModel(QAbstractTableModel):
    """Case summaries as table rows, in the order of the chosen column. Columns:
    name, duk, members, next meeting, last meeting, open actions, status."""

    NAME, DUK, MEMBERS, NEXT, LAST, ACTIONS, STATUS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._given: list[CaseSummary] = []
        self._rows: list[CaseSummary] = []
        self._duk_names: dict[str, str] = {}
        self._sort = (self.NEXT, Qt.SortOrder.AscendingOrder)
        self._folded: dict[int, str] = {}
        self._dates: dict[tuple[dt.date, str], str] = {}
        """Date texts by date and language: made once, not per cell painted."""
        self.lang = "nn"
        self._headers: tuple[str, ...] | None = None

    def set_cases(self, rows: Sequence[CaseSummary], duk_names: dict[str, str]) -> None:
        """Replace all rows (after a refresh from the store), in the chosen order."""
        self.beginResetModel()
        self._given = list(rows)
        self._duk_names = dict(duk_names)
        self._rows = self._sorted()
        self._folded = {}
        self.endResetModel()

    def update_cases(self, ids: Collection[uuid.UUID],
                     fresh: Sequence[CaseSummary]) -> bool | None:
        """Put `fresh` (the store's summaries now of the cases `ids`) in place of
        their rows: a save of one case redraws its row, not all 10,000 (a reset
        re-read and re-measured every row on the GUI thread at each autosave).
        The rows move only when their order changed. Returns whether a row's
        status, name or members changed (what the filter looks at); None, with
        nothing changed, when a case is new or gone: the caller replaces all rows."""
        place = {s.id: row for row, s in enumerate(self._rows)}
        if len(fresh) != len(ids) or any(s.id not in place for s in fresh):
            return None
        given = {s.id: i for i, s in enumerate(self._given)}
        column = self._sort[0]
        moved = filtered = False
        for s in fresh:
            row = place[s.id]
            old = self._rows[row]
            moved = moved or self._sort_key(old, column) != self._sort_key(s, column)
            filtered = filtered or (old.status, old.name, old.members) != (
                s.status, s.name, s.members)
            self._rows[row] = self._given[given[s.id]] = s
            self._folded.pop(row, None)
        if moved:
            self.sort(*self._sort)
        else:
            for s in fresh:
                row = place[s.id]
                self.dataChanged.emit(self.index(row, 0), self.index(row, 6))
        return filtered

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by `column` (one key per row, computed once)."""
        if not 0 <= column < 7:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        rows_before = [self._rows[i.row()].id for i in old]
        self._sort = (column, order)
        self._rows = self._sorted()
        self._folded = {}
        place = {s.id: row for row, s in enumerate(self._rows)}
        self.changePersistentIndexList(
            old, [self.index(place[case_id], i.column()) for i, case_id in zip(old, rows_before,
                                                                                strict=True)])
        self.layoutChanged.emit()

    def _sorted(self) -> list[CaseSummary]:
        column, order = self._sort
        # Stable, from the store's order each time: equal keys keep the store's order.
        # The date columns (the list's first order) take a key without the dispatch.
        key: Callable[[CaseSummary], Any] = (
            _next_key if column == self.NEXT else _last_key if column == self.LAST
            else lambda s: self._sort_key(s, column))
        return sorted(self._given, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    @property
    def order(self) -> tuple[int, Qt.SortOrder]:
        """The column the rows are sorted by, and which way."""
        return self._sort

    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    def rows(self) -> Sequence[CaseSummary]:
        """Every row, in the order shown."""
        return self._rows

    def folded(self, row: int) -> str:
        """The row's name and members in plain letters (`folding.fold`), for the
        search filter; made once per row and order."""
        text = self._folded.get(row)
        if text is None:
            s = self._rows[row]
            text = self._folded[row] = fold(" ".join([s.name, *s.members]))
        return text

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if self._headers is None:
            # Translated once per language: the header asks for them each time it
            # measures or paints a section.
            self._headers = (
                self.tr("Case"), self.tr("Duk"), self.tr("Members"), self.tr("Next meeting"),
                self.tr("Last meeting"), self.tr("Open actions"), self.tr("Status"),
            )
        return self._headers[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks every painted cell for eight roles; those it gets None for
        # are answered before the row is looked up.
        if role not in _ROLES_ANSWERED or not index.isValid():
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role in _TEXT_ROLES:
            return self._text(s, col)
        if role == ID_ROLE:
            return str(s.id)
        if role == SORT_ROLE:
            return self._sort_key(s, col)
        alignment = self.cell_alignment(col)  # the role left: the text alignment
        return None if alignment is None else int(alignment)

    def cell_text(self, row: int, column: int) -> str:
        """The text row `row` shows in `column` (the display role)."""
        return self._text(self._rows[row], column)

    def cell_alignment(self, column: int) -> Qt.AlignmentFlag | None:
        """How `column`'s texts are aligned, when not the view's default."""
        return Qt.AlignmentFlag.AlignCenter if column == self.ACTIONS else None

    def _text(self, s: CaseSummary, col: int) -> str:
        if col == self.NAME:
            return s.name
        if col == self.DUK:
            return self._duk_names.get(s.template_id, s.template_id)
        if col == self.MEMBERS:
            return ", ".join(s.members)
        if col == self.NEXT:
            return self._date(s.next_meeting_date) or "—"
        if col == self.LAST:
            return self._date(s.last_meeting_date) or self.tr("no meetings yet")
        if col == self.ACTIONS:
            return str(s.open_actions)
        return self.tr("open") if s.status == CaseStatus.OPEN else self.tr("closed")

    def _date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        key = (value, self.lang)
        text = self._dates.get(key)
        if text is None:
            text = self._dates[key] = date_text(value, self.lang)
        return text

    def column_texts(self, column: int) -> dict[str, int]:
        """Each distinct text of `column`, with a row that shows it: what the
        column must have room for (`case_list_columns`). One pass over the rows'
        fields; a text is made once per distinct value, not once per row."""
        rows = self._rows
        if column == self.NAME:
            return {s.name: row for row, s in enumerate(rows)}
        if column == self.MEMBERS:
            return {self._text(s, column): row for row, s in enumerate(rows)}
        if column in (self.NEXT, self.LAST):
            field = "next_meeting_date" if column == self.NEXT else "last_meeting_date"
            values = {getattr(s, field): row for row, s in enumerate(rows)}
        elif column == self.DUK:
            values = {s.template_id: row for row, s in enumerate(rows)}
        elif column == self.ACTIONS:
            values = {s.open_actions: row for row, s in enumerate(rows)}
        else:
            values = {s.status: row for row, s in enumerate(rows)}
        return {self._text(rows[row], column): row for row in values.values()}

    def _sort_key(self, s: CaseSummary, col: int) -> Any:
        if col == self.NEXT:
            return _next_key(s).toordinal()
        if col == self.LAST:
            return _last_key(s).toordinal()
        if col == self.ACTIONS:
            return s.open_actions
        return self._text(s, col).casefold()

    def retranslate(self) -> None:
        self._headers = None
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 6))


def _next_key(s: CaseSummary) -> dt.date:
    return s.next_meeting_date or _NO_DATE  # undated last


def _last_key(s: CaseSummary) -> dt.date:
    return s.last_meeting_date or dt.date.min


class CaseFilterProxy(QSortFilterProxyModel):
    """Status filter plus search: name/member words in plain letters, or a full-text
    hit. Sorting is the model's (`CaseListModel.sort`); rows keep its order. Which
    rows pass is worked out for all of them at once, in one pass over the model's
    rows, when Qt first asks after a change; Qt's call per row only looks it up."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status: CaseStatus | None = CaseStatus.OPEN
        self._words: list[str] = []
        self._hits: set[str] = set()
        self._cases: CaseListModel | None = None
        self._shown: list[bool] | None = None
        """Per row of the model, in its order: shown or not (None: not worked out)."""
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802
        self._shown = None
        if isinstance(model, CaseListModel):
            self._cases = model
            # Before the proxy sees the new rows or order: forget what was worked out.
            model.modelAboutToBeReset.connect(self._forget)
            model.layoutAboutToBeChanged.connect(self._forget)
        super().setSourceModel(model)

    def _forget(self) -> None:
        self._shown = None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The columns are never filtered, so a section is the model's own. Qt's proxy
        # maps each through a source index first, two more calls into Python, for
        # each of the dozen roles the header asks a section each time it measures
        # (after every reset of the rows) or paints (issue 16).
        if self._cases is not None and orientation == Qt.Orientation.Horizontal:
            return self._cases.headerData(section, orientation, role)
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view's header asks for an order: the model sorts itself once."""
        model = self.sourceModel()
        if isinstance(model, CaseListModel):
            model.sort(column, order)

    @property
    def status(self) -> CaseStatus | None:
        """The status shown; None: all cases."""
        return self._status

    def set_status(self, status: CaseStatus | None) -> None:
        self.beginFilterChange()
        self._status, self._shown = status, None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """Work out again which rows pass (a row's status or names changed)."""
        self.beginFilterChange()
        self._shown = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str, hits: set[str]) -> None:
        """`hits` are the ids of cases the store's full-text search found. The same
        search again (a refresh with nothing typed) filters nothing again."""
        words = fold(text).split()
        if words == self._words and hits == self._hits:
            return
        self.beginFilterChange()
        self._words, self._hits, self._shown = words, hits, None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        shown = self._shown
        if shown is None or source_row >= len(shown):
            if self._cases is None:
                return True
            shown = self._shown = self._work_out(self._cases)
        return shown[source_row]

    def _work_out(self, model: CaseListModel) -> list[bool]:
        status, words, hits = self._status, self._words, self._hits
        rows = model.rows()
        shown = [status is None or s.status == status for s in rows]
        if not words:
            return shown
        return [ok and (str(s.id) in hits
                        or all(word in model.folded(row) for word in words))
                for row, (ok, s) in enumerate(zip(shown, rows, strict=True))]
