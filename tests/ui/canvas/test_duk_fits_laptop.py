"""The family duk on the screen most municipal laptops have: 1366×768 at 100 %.

A maximised window on a 1366×768 screen with a 40 px task bar has 1366×728 for
itself (the menu bar, the meeting's toolbar and the duk). A full first meeting
(6 actions, 5 goals, the demo's notes) must show whole, without scrolling the
window, and each goal list and "Kven gjer kva" must show at least 4 rows before
they scroll inside. At 1920×1080 the sheet fills the screen without empty cards.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from tests.ui.window_tour import settle
from ui.canvas.duk import DukCanvas
from ui.canvas.rows import ItemRow, ItemRowsField
from ui.shell.main_window import MainWindow
from ui.shell.prefs import Prefs
from ui.tools.i18n import LanguageManager
from ui.tools.snapshot import fill_demo_store, fill_laptop_meeting

LAPTOP = (1366, 728)
"""A 1366×768 screen less a 40 px task bar: what a maximised window gets."""

LISTS = ("kort_sikt", "lang_sikt", "neste_steg")
"""The goal lists and "Kven gjer kva" (the next step's actions)."""


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, store: Store,
           templates: TemplateSet) -> Iterator[MainWindow]:
    languages = LanguageManager()
    languages.set_language("nn")
    win = MainWindow(_isolated_data_dir, templates, languages, Prefs(_isolated_data_dir))
    qtbot.addWidget(win)
    win.set_store(store)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.meeting_page.leave(force=True)
    win.store = None  # the store fixture closes the store itself
    languages.set_language("en")


def open_full_first_meeting(window: MainWindow, store: Store, size: tuple[int, int]) -> DukCanvas:
    fill_demo_store(store)
    meeting_id = fill_laptop_meeting(store)
    window.resize(*size)
    # As a user does: the case first, then its meeting.
    window.open_case(store.get_meeting(meeting_id).case_id)
    # Meeting 1 as it is during meeting 1: the latest then, so editable (an
    # earlier meeting opened later adds the read-only banner).
    window.open_meeting(meeting_id, editable=True)
    settle()
    view = window.meeting_page.view
    assert view is not None
    settle()
    return view.canvas


def rows_fully_shown(field: ItemRowsField) -> tuple[int, int, int]:
    """(rows wholly inside the list's viewport, rows in the list, viewport height)."""
    scroll = field.findChild(QScrollArea)
    assert scroll is not None
    viewport = scroll.viewport()
    shown = 0
    rows = [r for r in field.findChildren(ItemRow) if r.isVisible()]
    for row in rows:
        top_left = row.mapTo(viewport, row.rect().topLeft())
        if viewport.rect().contains(QRect(top_left, row.size())):
            shown += 1
    return shown, len(rows), viewport.height()


def test_the_whole_family_duk_fits_a_1366x768_laptop(window: MainWindow, store: Store) -> None:
    canvas = open_full_first_meeting(window, store, LAPTOP)
    view = window.meeting_page.view
    assert view is not None
    area = view.scroll_area
    assert (area.verticalScrollBar().maximum(), area.horizontalScrollBar().maximum()) == (0, 0)
    counts = {}
    for field_id in LISTS:
        field = canvas.fields[field_id]
        assert isinstance(field, ItemRowsField)
        counts[field_id] = rows_fully_shown(field)
    assert counts["kort_sikt"][1] == 2 and counts["lang_sikt"][1] == 3
    assert counts["neste_steg"][1] == 6
    for field_id, (shown, total, _height) in counts.items():
        assert shown >= min(4, total), (field_id, counts)
    # And room for four, even where the meeting has fewer.
    for field_id in LISTS:
        field = canvas.fields[field_id]
        row = next(r for r in field.findChildren(ItemRow) if r.isVisible())
        spacing = row.parentWidget().layout().spacing()  # type: ignore[union-attr]
        assert counts[field_id][2] >= 4 * row.height() + 3 * spacing, (field_id, counts)


def test_body_text_on_the_duk_is_at_least_10_pt(window: MainWindow, store: Store) -> None:
    canvas = open_full_first_meeting(window, store, LAPTOP)
    goal = canvas.fields["kort_sikt"].findChild(ItemRow)
    assert goal is not None
    for editor in goal.editors[:1]:
        assert editor.font().pointSizeF() >= 10
    assert canvas.fields["fungerer"].title.font().pointSizeF() >= 10


def test_on_a_1920x1080_screen_the_sheet_fills_it_without_scrolling(window: MainWindow,
                                                                    store: Store) -> None:
    canvas = open_full_first_meeting(window, store, (1920, 1040))
    view = window.meeting_page.view
    assert view is not None
    area = view.scroll_area
    assert (area.verticalScrollBar().maximum(), area.horizontalScrollBar().maximum()) == (0, 0)
    # The sheet uses the screen: the canvas fills the scroll area.
    assert canvas.height() >= area.viewport().height() - 1
    # The life-domain strip stays a strip; the cards get the width.
    strip = canvas.domains
    assert isinstance(strip, QWidget)
    assert strip.width() < canvas.fields["fungerer"].width() * 0.6


def test_snapshot_draws_the_readme_laptop_pictures(qapp: QApplication, tmp_path: Path,
                                                   english: None,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from PySide6.QtGui import QImage

    from ui.main import main

    assert main(["snapshot", "--laptop", "--out", str(tmp_path)]) == 0
    written = [Path(line) for line in capsys.readouterr().out.split()]
    names = {p.name for p in written}
    assert {"duk-familie-1366x768.png", "presentasjon-1366x768.png"} <= names
    duk = QImage(str(tmp_path / "duk-familie-1366x768.png"))
    assert (duk.width(), duk.height()) == LAPTOP
    show = QImage(str(tmp_path / "presentasjon-1366x768.png"))
    assert (show.width(), show.height()) == (1366, 768)
