"""The case list: search as you type (names and content), filter, sort."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samtaleduk.domain.model import Case, CaseKind, CaseStatus
from samtaleduk.store.store import CaseSummary, Store
from ui.pages.case_list import CaseListModel, CaseListPage


def _page(qtbot: QtBot, store: Store) -> CaseListPage:
    page = CaseListPage(search=lambda text: {str(h.case_id) for h in store.search(text)})
    qtbot.addWidget(page)
    page.set_cases(store.list_cases(), {})
    page.show()
    return page


def _search(qtbot: QtBot, page: CaseListPage, text: str) -> list[str]:
    page.search_field.clear()
    qtbot.keyClicks(page.search_field, text)
    # Typing is debounced; the search runs on its own once typing stops.
    qtbot.waitUntil(lambda: not page._timer.isActive(), timeout=2_000)
    return page.visible_case_names()


def test_search_as_you_type_finds_names_and_words_from_the_duk(
        qtbot: QtBot, demo_store: Store, english: None) -> None:
    page = _page(qtbot, demo_store)
    assert sorted(page.visible_case_names()) == ["Familien Haugland", "Jonas"]
    assert _search(qtbot, page, "Haug") == ["Familien Haugland"]
    # Words that are only in the meetings' notes, found by full-text search.
    assert _search(qtbot, page, "brannmann") == ["Jonas"]
    assert _search(qtbot, page, "fotball") == ["Familien Haugland"]
    assert _search(qtbot, page, "ingen slik sak") == []
    assert page.empty_label.isVisible()
    assert sorted(_search(qtbot, page, "")) == ["Familien Haugland", "Jonas"]


def test_filter_open_and_closed(qtbot: QtBot, demo_store: Store, english: None) -> None:
    closed = Case(name="Familien Lukka", template_id="familie", status=CaseStatus.CLOSED,
                  closed_on=dt.date(2026, 6, 1))
    demo_store.save_case(closed)
    page = _page(qtbot, demo_store)
    assert "Familien Lukka" not in page.visible_case_names()
    page.status_filter.setCurrentIndex(page.status_filter.findData(CaseStatus.CLOSED.value))
    assert page.visible_case_names() == ["Familien Lukka"]
    page.status_filter.setCurrentIndex(page.status_filter.findData(""))
    assert len(page.visible_case_names()) == 3


def _summary(name: str, next_date: dt.date | None) -> CaseSummary:
    return CaseSummary(
        id=uuid.uuid4(), name=name, kind=CaseKind.FAMILY, status=CaseStatus.OPEN,
        template_id="familie", members=[], meeting_count=1, last_meeting_date=None,
        next_meeting_date=next_date, open_actions=0)


def test_sorted_by_next_meeting_date_with_undated_cases_last(qtbot: QtBot, english: None) -> None:
    page = CaseListPage()
    qtbot.addWidget(page)
    page.set_cases([
        _summary("Later", dt.date(2026, 9, 1)),
        _summary("No date", None),
        _summary("Soon", dt.date(2026, 3, 1)),
    ], {})
    assert page.visible_case_names() == ["Soon", "Later", "No date"]
    page.table.sortByColumn(CaseListModel.NAME, page.table.horizontalHeader().sortIndicatorOrder())
    assert page.visible_case_names() == ["Later", "No date", "Soon"]


def test_enter_in_the_search_field_opens_the_selected_case(
        qtbot: QtBot, demo_store: Store, english: None) -> None:
    page = _page(qtbot, demo_store)
    _search(qtbot, page, "Jonas")
    with qtbot.waitSignal(page.open_case) as blocker:
        qtbot.keyClick(page.search_field, "\r")
    assert demo_store.get_case(blocker.args[0]).name == "Jonas"


def test_arrow_keys_in_the_search_field_walk_the_list(
        qtbot: QtBot, demo_store: Store, english: None) -> None:
    page = _page(qtbot, demo_store)
    first, second = page.visible_case_names()
    assert page.selected_case() is not None
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    chosen = page.selected_case()
    assert chosen is not None and demo_store.get_case(chosen).name == second
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)  # stays on the last one
    qtbot.keyClick(page.search_field, Qt.Key.Key_Up)
    chosen = page.selected_case()
    assert chosen is not None and demo_store.get_case(chosen).name == first
