"""The case list's cells and header: drawn as Qt's own delegate and proxy would draw
the model's data, with one call into Python a cell instead of a model call per role,
and one a header role instead of three."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import uuid
from types import FrameType

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from samtaleduk.domain.model import CaseKind, CaseStatus
from samtaleduk.store.store import CaseSummary
from ui.pages.case_list import CaseListModel, CaseListPage


def _summaries(count: int) -> list[CaseSummary]:
    return [CaseSummary(
        id=uuid.uuid4(), name=f"Familien Nr. {n}", kind=CaseKind.FAMILY,
        status=CaseStatus.OPEN if n % 5 else CaseStatus.CLOSED, template_id="familie",
        members=[f"Mor {n}", f"Barn {n}"] if n % 3 else [], meeting_count=n % 4,
        last_meeting_date=dt.date(2026, 1, 1) + dt.timedelta(days=n) if n % 2 else None,
        next_meeting_date=dt.date(2026, 6, 1) + dt.timedelta(days=n) if n % 4 else None,
        open_actions=n % 7) for n in range(count)]


def _shown_page(qtbot: QtBot) -> CaseListPage:
    page = CaseListPage()
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.set_cases(_summaries(40), {"familie": "Familieduk"})
    page.status_filter.setCurrentIndex(page.status_filter.findData(""))
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot: QtBot, english: None) -> CaseListPage:
    return _shown_page(qtbot)


def _option(delegate: QStyledItemDelegate, page: CaseListPage,
            index: QModelIndex | QPersistentModelIndex) -> tuple[object, ...]:
    option = QStyleOptionViewItem()
    page.table.initViewItemOption(option)
    delegate.initStyleOption(option, index)
    cell = option.index
    return (option.text, option.displayAlignment, option.features,
            (cell.model() is index.model(), cell.row(), cell.column()),
            option.backgroundBrush.style(), option.font.key(),
            option.palette.text().color().name(), option.checkState)


def test_each_cell_is_filled_as_qt_fills_it_from_the_model(page: CaseListPage) -> None:
    ours, qt = page.table.itemDelegate(), QStyledItemDelegate(page)
    page.table.sortByColumn(CaseListModel.NAME, Qt.SortOrder.DescendingOrder)
    proxy, model = page.proxy, page.model
    # Only the open cases: the proxy's rows are not the model's.
    page.status_filter.setCurrentIndex(page.status_filter.findData(CaseStatus.OPEN.value))
    assert 0 < proxy.rowCount() < model.rowCount()
    checked = 0
    for row in range(proxy.rowCount()):
        for column in range(proxy.columnCount()):
            index = proxy.index(row, column)
            assert _option(ours, page, index) == _option(qt, page, index)
            source = proxy.mapToSource(index)
            assert _option(ours, page, source) == _option(qt, page, source)
            checked += 1
    assert checked == proxy.rowCount() * 7
    # The column fitter measures through the model: the same size as Qt's delegate.
    option = QStyleOptionViewItem()
    page.table.initViewItemOption(option)
    for column in range(7):
        index = model.index(3, column)
        assert ours.sizeHint(option, index) == qt.sizeHint(option, index)


def test_a_screen_of_the_list_is_painted_without_asking_the_model_per_role(
        page: CaseListPage) -> None:
    data = CaseListModel.data.__code__
    calls: list[int] = []

    def watch(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call" and frame.f_code is data:
            calls.append(frame.f_locals.get("role", 0))

    sys.setprofile(watch)
    try:
        page.table.viewport().repaint()
    finally:
        sys.setprofile(None)
    assert page.proxy.rowCount() > 10
    # Qt's delegate asks seven roles of each cell it paints (7 × 7 × rows shown).
    assert calls == [], f"{len(calls)} data() calls for one repaint"


def test_a_row_changed_in_place_is_drawn_with_its_new_text(page: CaseListPage) -> None:
    model = page.model
    first = model.summary(0)
    renamed = dataclasses.replace(first, name="Familien Omdøypt")
    assert model.update_cases([first.id], [renamed]) is not None
    index = page.proxy.mapFromSource(model.index(0, CaseListModel.NAME))
    option = QStyleOptionViewItem()
    page.table.initViewItemOption(option)
    page.table.itemDelegate().initStyleOption(option, index)
    assert option.text == "Familien Omdøypt"


def _calls_while_the_header_is_measured_and_painted(page: CaseListPage) -> tuple[int, int]:
    """(rowCount + columnCount calls, headerData calls) into the model while the
    header is measured again after a reset of the rows, then painted."""
    codes = {CaseListModel.rowCount.__code__: 0, CaseListModel.columnCount.__code__: 0,
             CaseListModel.headerData.__code__: 1}
    counts = [0, 0]

    def watch(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call" and (kind := codes.get(frame.f_code)) is not None:
            counts[kind] += 1

    header = page.table.horizontalHeader()
    page.set_cases(_summaries(40), {"familie": "Familieduk"})  # forgets its size hint
    page.proxy.rowCount()  # the proxy's filter is worked out again first, whoever asks
    for measure in (header.sizeHint, page.repaint, header.viewport().repaint):
        # The page's own repaint (its cells, after the reset) is not the header's.
        sys.setprofile(None if measure == page.repaint else watch)
        try:
            measure()
        finally:
            sys.setprofile(None)
    return counts[0], counts[1]


def test_the_header_asks_the_model_one_call_a_role(page: CaseListPage) -> None:
    counts, header_roles = _calls_while_the_header_is_measured_and_painted(page)
    assert header_roles > 50  # measured and painted: seven sections, several roles
    # Qt's proxy mapped each role through a source index: rowCount and columnCount
    # once more each (77 roles, 92 calls of each). What is left is the paint's own.
    assert counts < header_roles, f"{counts} rowCount/columnCount for {header_roles} roles"


@pytest.mark.parametrize("shown", ["", CaseStatus.CLOSED.value, "none"])
def test_the_header_through_the_proxy_is_the_models(page: CaseListPage, shown: str) -> None:
    if shown == "none":
        page.set_cases([], {})
    else:
        page.status_filter.setCurrentIndex(page.status_filter.findData(shown))
    proxy, model = page.proxy, page.model
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        for section in range(7):
            for role in range(16):
                qts = QSortFilterProxyModel.headerData(proxy, section, orientation, role)
                ours = proxy.headerData(section, orientation, role)
                assert ours == qts, (orientation, section, role)
                if orientation == Qt.Orientation.Horizontal:
                    assert ours == model.headerData(section, orientation, role)
