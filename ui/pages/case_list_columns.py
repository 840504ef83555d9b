"""The case list's column widths: measured once when the rows, the font, the style
or the language change, from the model's own texts.

Qt's `ResizeToContents` asks the item delegate for the size of the cells in each
column at every layout (a refresh, a selection, the page shown), on the GUI thread,
and with a sampling precision it sees only the rows near the top, so a long name
further down was cut. Here the model names each column's distinct texts
(`CaseListModel.column_texts`); they are ranked by the sum of their letters'
advances (a letter is measured once per font), and only the few widest are measured
by the table's own delegate, so a column is exactly as wide as `ResizeToContents`
over every row would make it. The filter does not change the widths (they are for
all the cases, so the columns do not jump while the user types).

The columns are `Interactive`: a column the user drags keeps its width through
refreshes until the font or the style changes; the members column stretches.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QStyleOptionViewItem, QTableView

from ui.pages.case_list_model import CaseListModel

MEASURED = 8
"""Texts per column the delegate measures exactly, besides any close to the widest."""
MEASURED_AT_MOST = 64
"""A bound on those: names alike to the letter ("Sak 0001" … "Sak 9999") differ by
kerning only."""
CLOSE = 0.04
"""Texts whose estimate is within this share of the widest are measured too: the
sum of single letters misses kerning and the shaping of whole words."""


def widest_texts(texts: Iterable[str], advance: Callable[[str], float],
                 keep: int = MEASURED) -> list[str]:
    """The texts that may be the widest: the `keep` widest by the sum of their
    letters' `advance`, plus any within `CLOSE` of the widest. Longest first, a text
    that could not reach the `keep`-th estimate even in its widest letter is skipped."""
    by_length = sorted(texts, key=len, reverse=True)
    letters = {letter: advance(letter) for letter in set("".join(by_length))}
    widest_letter = max(letters.values(), default=0.0)
    width = letters.__getitem__
    kept: list[tuple[float, str]] = []  # a heap of the `keep` widest estimates
    close: list[tuple[float, str]] = []
    for text in by_length:
        floor = kept[0][0] * (1 - CLOSE) if len(kept) == keep else 0.0
        if len(text) * widest_letter < floor:
            break  # this and every shorter text is narrower than the kept ones
        estimate = sum(map(width, text))
        if len(kept) < keep:
            heapq.heappush(kept, (estimate, text))
        elif estimate > kept[0][0]:
            close.append(heapq.heapreplace(kept, (estimate, text)))
        elif estimate >= floor:
            close.append((estimate, text))
    top = max(kept, default=(0.0, ""))[0] * (1 - CLOSE)
    ranked = sorted(kept + [c for c in close if c[0] >= top], reverse=True)
    return [text for _, text in ranked[:MEASURED_AT_MOST]]


class ColumnFitter(QObject):
    """Keeps `table`'s columns as wide as their widest text; `stretch` fills the rest."""

    def __init__(self, table: QTableView, model: CaseListModel, stretch: int) -> None:
        super().__init__(table)
        self._table, self._model, self._stretch = table, model, stretch
        self._fitting = False
        self._dragged: set[int] = set()
        """Columns the user resized: left as they are until the font changes."""
        self._advances: dict[str, float] = {}
        self._font_key = table.font().key()
        self._metrics = QFontMetricsF(table.font())
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._resized)
        model.modelReset.connect(self.fit)
        model.rowsInserted.connect(self.fit)
        model.dataChanged.connect(self._data_changed)
        model.headerDataChanged.connect(self.fit)
        # The header is told of a new font or sheet after or before the table.
        table.installEventFilter(self)
        header.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._dragged.clear()  # a width the user chose for another text size
            self.fit()
        return False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != self._stretch:
            self._dragged.add(column)

    def _advance(self, letter: str) -> float:
        width = self._advances.get(letter)
        if width is None:
            width = self._advances[letter] = self._metrics.horizontalAdvance(letter)
        return width

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        rows = range(top.row(), bottom.row() + 1)
        if len(rows) >= self._model.rowCount():
            self.fit()  # every row (a new language): measured again
            return
        # A few rows saved: only they can need more room (no column narrows while
        # the list is shown; the next change of all rows fits them again).
        width = self._cell_width()
        header = self._table.horizontalHeader()
        needs = {column: max(header.sectionSize(column),
                             *(width(self._model.index(row, column)) for row in rows))
                 for column in self._fitted_columns()}
        self._resize(needs)

    def _fitted_columns(self) -> list[int]:
        return [column for column in range(self._model.columnCount())
                if column != self._stretch and column not in self._dragged]

    def _cell_width(self) -> Callable[[QModelIndex], int]:
        """The width a cell needs as the delegate draws it, in the table's font now."""
        table = self._table
        table.ensurePolished()  # the theme's sheet decides the fonts and paddings
        font = table.font()
        if font.key() != self._font_key:
            self._font_key, self._advances = font.key(), {}
            self._metrics = QFontMetricsF(font)
        option = QStyleOptionViewItem()
        table.initViewItemOption(option)
        delegate = table.itemDelegate()
        grid = 1 if table.showGrid() else 0
        return lambda index: delegate.sizeHint(option, index).width() + grid

    def fit(self) -> None:
        """Set every column but the stretching one to its widest text's width (at
        least the header's), as the delegate would draw it."""
        model = self._model
        width = self._cell_width()
        header = self._table.horizontalHeader()
        needs: dict[int, int] = {}
        for column in self._fitted_columns():
            texts = model.column_texts(column)
            need = header.sectionSizeHint(column)
            for text in widest_texts(texts, self._advance):
                need = max(need, width(model.index(texts[text], column, QModelIndex())))
            needs[column] = need
        # When the window is too narrow for all (200 % text), the stretching column
        # keeps the narrowest fitted width rather than Qt's minimum of about a letter;
        # no fitted column is below it, and Qt holds every section to the minimum.
        if needs:
            header.setMinimumSectionSize(min(needs.values()))
        self._resize(needs)

    def _resize(self, needs: dict[int, int]) -> None:
        header = self._table.horizontalHeader()
        self._fitting = True
        try:
            for column, need in needs.items():
                if header.sectionSize(column) != need:
                    header.resizeSection(column, need)
        finally:
            self._fitting = False
