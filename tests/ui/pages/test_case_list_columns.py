"""The case list's columns: wide enough for every case's text without asking Qt to
measure every cell (ResizeToContents walks the rows on the GUI thread at each layout),
after a refresh, at 200 % text, in another language, with a wider name added; and
the user can still drag a column."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QHeaderView
from pytestqt.qtbot import QtBot

from samtaleduk.domain.model import CaseKind, CaseStatus
from samtaleduk.store.store import CaseSummary
from ui.look.theme import apply_theme, current_theme
from ui.pages.case_list import CaseListModel, CaseListPage

LONG_NAME = "Familien Kristoffersen-Høgåsen-Wiik Ødegård"
"""The widest name, on a row far below the first screenful in every order."""
LONG_DUK = "Familiesamtale med skule og barnevern"


def _summary(number: int, name: str, next_date: dt.date | None,
             last_date: dt.date | None = None, actions: int = 0,
             duk: str = "familie", status: CaseStatus = CaseStatus.OPEN) -> CaseSummary:
    return CaseSummary(
        id=uuid.UUID(int=number + 1), name=name, kind=CaseKind.FAMILY, status=status,
        template_id=duk, members=["Kari", "Ola"], meeting_count=1,
        last_meeting_date=last_date, next_meeting_date=next_date, open_actions=actions)


def _rows(extra: list[CaseSummary] | None = None) -> list[CaseSummary]:
    start = dt.date(2026, 1, 5)
    rows = [_summary(n, f"Sak {n:03}", start + dt.timedelta(days=n % 40),
                     start - dt.timedelta(days=n % 30), actions=n % 4) for n in range(200)]
    # Sorted by the next meeting (the list's first order) these come last, beyond
    # any sample of the top rows: a long name, a long duk, a long date, many actions.
    rows.append(_summary(500, LONG_NAME, dt.date(2027, 9, 28), dt.date(2026, 9, 30), 1234,
                         duk="long"))
    rows.append(_summary(501, "Sak 501", None, None, status=CaseStatus.CLOSED))
    return rows + (extra or [])


def _page(qtbot: QtBot, rows: list[CaseSummary]) -> CaseListPage:
    page = CaseListPage()
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.set_cases(rows, {"familie": "Familie", "long": LONG_DUK})
    page.status_filter.setCurrentIndex(page.status_filter.findData(""))  # all cases
    page.show()
    qtbot.waitExposed(page)
    return page


def cut_cells(page: CaseListPage) -> list[str]:
    """Every cell (and header) the table would cut: its column narrower than the
    item delegate asks for the text (what ResizeToContents would have given it)."""
    table, header, proxy = page.table, page.table.horizontalHeader(), page.proxy
    problems = []
    for col in range(proxy.columnCount()):
        if col == CaseListModel.MEMBERS:
            continue  # stretches; elides on purpose, the whole text is in the tooltip
        width = header.sectionSize(col)
        if width < header.sectionSizeHint(col):
            problems.append(f"header {col}: {width} < {header.sectionSizeHint(col)}")
        for row in range(proxy.rowCount()):
            index = proxy.index(row, col)
            need = table.sizeHintForIndex(index).width()
            if width < need:
                problems.append(f"{index.data()!r} in column {col}: {width} < {need}")
    return problems


@pytest.fixture
def big_text(qapp: QApplication) -> Iterator[None]:
    """The theme applied as at start (before any window is made), so that
    `_double_the_text` can double the application font mid-test, as
    `SAMTALEDUK_TEXT_SCALE=2` does at start; puts the font back after."""
    before = QFont(qapp.font())
    apply_theme(qapp, current_theme())
    yield
    qapp.setFont(before)
    apply_theme(qapp, current_theme())


def _double_the_text(qapp: QApplication) -> None:
    font = QFont(qapp.font())
    font.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 10.0) * 2)
    qapp.setFont(font)
    apply_theme(qapp, current_theme())  # as at start: the font, then the theme's sheet


def test_no_column_asks_qt_to_measure_every_cell(qtbot: QtBot, english: None) -> None:
    page = _page(qtbot, _rows())
    header = page.table.horizontalHeader()
    modes = [header.sectionResizeMode(col) for col in range(header.count())]
    assert QHeaderView.ResizeMode.ResizeToContents not in modes
    assert modes[CaseListModel.MEMBERS] == QHeaderView.ResizeMode.Stretch
    assert modes.count(QHeaderView.ResizeMode.Interactive) == header.count() - 1


def test_the_widest_texts_fit_after_a_refresh_and_at_200_percent(
        qtbot: QtBot, qapp: QApplication, english: None, big_text: None) -> None:
    page = _page(qtbot, _rows())
    assert cut_cells(page) == []
    page.set_cases(_rows(), {"familie": "Familie", "long": LONG_DUK})  # a refresh
    assert cut_cells(page) == []
    size = page.table.font().pointSizeF()
    name_width = page.table.horizontalHeader().sectionSize(CaseListModel.NAME)
    _double_the_text(qapp)
    assert page.table.font().pointSizeF() >= 1.9 * size
    assert page.table.horizontalHeader().sectionSize(CaseListModel.NAME) > 1.5 * name_width
    assert cut_cells(page) == []


def test_a_wider_name_added_gets_room(qtbot: QtBot, english: None) -> None:
    page = _page(qtbot, _rows())
    name_width = page.table.horizontalHeader().sectionSize(CaseListModel.NAME)
    wider = _summary(900, LONG_NAME + " og Marius Wergeland-Aas", dt.date(2028, 1, 1))
    page.set_cases(_rows([wider]), {"familie": "Familie", "long": LONG_DUK})
    assert page.table.horizontalHeader().sectionSize(CaseListModel.NAME) > name_width
    assert cut_cells(page) == []


def test_the_columns_follow_the_language(qtbot: QtBot, english: None) -> None:
    from ui.tools.i18n import LanguageManager

    page = _page(qtbot, _rows())
    manager = LanguageManager()
    for lang in ("nn", "nb", "en"):
        manager.set_language(lang)
        page.set_language(lang)
        assert cut_cells(page) == [], lang


def test_the_user_can_drag_a_column_and_a_refresh_keeps_it(qtbot: QtBot, english: None) -> None:
    page = _page(qtbot, _rows())
    header = page.table.horizontalHeader()
    fitted = header.sectionSize(CaseListModel.DUK)
    header.resizeSection(CaseListModel.DUK, fitted + 120)  # what a drag on the edge does
    page.set_cases(_rows(), {"familie": "Familie", "long": LONG_DUK})
    assert header.sectionSize(CaseListModel.DUK) == fitted + 120


def test_the_widest_text_is_among_those_measured_whatever_its_length() -> None:
    from ui.pages.case_list_columns import widest_texts

    def advance(letter: str) -> float:
        return {"W": 12.0, "i": 3.0}.get(letter, 7.0)

    texts = ["i" * 30, "WWWWWWWW", *(f"Sak {n:04}" for n in range(5000))]
    chosen = widest_texts(texts, advance, keep=3)
    assert chosen[0] == "WWWWWWWW"  # 96 px in eight letters; thirty i's are 90
    assert "i" * 30 in chosen
    assert len(chosen) <= 64  # alike names ("Sak 0001" …) are not all measured
    # The exact widths decide among those measured: no text is wider than all of them.
    widest = max(sum(map(advance, t)) for t in texts)
    assert max(sum(map(advance, t)) for t in chosen) == widest
    assert widest_texts([], advance) == []


def test_a_click_on_a_header_still_sorts_and_the_keys_still_walk(
        qtbot: QtBot, english: None) -> None:
    from PySide6.QtCore import QPoint, Qt

    page = _page(qtbot, _rows())
    header = page.table.horizontalHeader()
    middle = header.sectionViewportPosition(CaseListModel.NAME) + header.sectionSize(CaseListModel.NAME) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(middle, header.height() // 2))
    names = page.visible_case_names()
    assert names[0] == LONG_NAME and names[1:4] == ["Sak 000", "Sak 001", "Sak 002"]
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.model.summary(page.proxy.mapToSource(
        page.table.currentIndex()).row()).name == "Sak 000"
