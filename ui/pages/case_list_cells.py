"""How the case list's cells are drawn: Qt's own delegate, told each cell's text and
alignment in one Python call.

Qt's delegate asks the model seven roles for every cell it draws or measures. Through
the filter proxy each of those is a call into `CaseListModel.data` plus two more into
its `rowCount` and `columnCount` (the proxy makes a source index per role): about 29
calls from C++ into Python a cell. A screen of the list took ~6.5 ms to repaint, the
same cells from a C++ model 3.7 ms (issue 16: the list's first screen is on the way
in from unlock). Here the delegate fills the cell's style option from the row
itself, the same text and alignment `data()` gives, so the cell looks the same and
the drawing stays Qt's: ~5 ms.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ui.pages.case_list_model import CaseFilterProxy, CaseListModel

_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay


class CaseCellDelegate(QStyledItemDelegate):
    """Fills a case-list cell's option from `CaseListModel.cell_text` and
    `cell_alignment`, for indexes of the list's proxy or of the model itself (the
    column fitter measures through the model); any other index goes Qt's way."""

    def __init__(self, proxy: CaseFilterProxy, cases: CaseListModel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._proxy = proxy
        self._cases = cases

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt API)
                        index: QModelIndex | QPersistentModelIndex) -> None:
        if not isinstance(index, QModelIndex) or (row := self._row(index)) is None:
            super().initStyleOption(option, index)
            return
        cases, column = self._cases, index.column()
        # What Qt's initStyleOption sets from the roles `data()` answers (display and
        # alignment; font, colours, check state and icon it answers with None).
        option.index = index
        option.features |= _HAS_DISPLAY
        option.text = cases.cell_text(row, column)
        alignment = cases.cell_alignment(column)
        if alignment is not None:
            option.displayAlignment = alignment
        option.backgroundBrush = QBrush()

    def _row(self, index: QModelIndex) -> int | None:
        """The model's row of a cell of the proxy or of the model; None for others."""
        model = index.model()
        if model is self._proxy:
            row = self._proxy.mapToSource(index).row()
        elif model is self._cases:
            row = index.row()
        else:
            return None
        return row if 0 <= row < len(self._cases.rows()) else None
