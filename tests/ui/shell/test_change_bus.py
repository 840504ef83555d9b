"""The change bus: an edit made in one place (closing a case, adding a meeting)
reaches every open view of it — the case list, and the comparison and journey
windows beside the main one — without anyone refreshing them by hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from samtaleduk.domain.model import CaseStatus
from samtaleduk.ops import Changes
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from ui.dialogs.new_meeting import NewMeetingDialog
from ui.evaluation.comparison import ComparisonDialog
from ui.evaluation.journey import JourneyDialog
from ui.shell.main_window import MainWindow
from ui.shell.prefs import Prefs
from ui.tools.i18n import LanguageManager


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
           templates: TemplateSet) -> Iterator[MainWindow]:
    languages = LanguageManager()
    languages.set_language("en")
    win = MainWindow(_isolated_data_dir, templates, languages, Prefs(_isolated_data_dir))
    qtbot.addWidget(win)
    win.set_store(demo_store)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close_side_windows()
    win.meeting_page.leave(force=True)
    win.store = None  # the store fixture closes the store itself


def _family(store: Store) -> object:
    return next(s.id for s in store.list_cases() if s.name == "Familien Haugland")


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_a_new_meeting_reaches_the_open_comparison_and_journey(
        qtbot: QtBot, window: MainWindow, demo_store: Store) -> None:
    family = _family(demo_store)
    window.open_case(family)  # type: ignore[arg-type]
    before = len(demo_store.list_meetings(family))  # type: ignore[arg-type]
    _click(qtbot, window.case_page.compare_button)
    _click(qtbot, window.case_page.journey_button)
    comparison = next(w for w in window.side_windows if isinstance(w, ComparisonDialog))
    journey = next(w for w in window.side_windows if isinstance(w, JourneyDialog))
    assert len(comparison.view.meetings) == len(journey.view.meetings) == before
    heard: list[Changes] = []
    window.state.changed.connect(heard.append)

    window.activateWindow()
    _click(qtbot, window.case_page.new_button)
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, NewMeetingDialog))
    dialog = window.active_dialog
    assert isinstance(dialog, NewMeetingDialog)
    _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.meeting_page)

    assert len(heard) == 1 and heard[0].cases == {family}
    assert len(comparison.view.meetings) == len(journey.view.meetings) == before + 1
    # The comparison shows the newest two now: the new meeting beside the last.
    pair = comparison.view.pair()
    assert pair is not None and pair[1].number == before + 1
    assert comparison.print_button.isEnabled()


def test_closing_a_case_reaches_the_case_list_and_a_side_window_stays_current(
        qtbot: QtBot, window: MainWindow, demo_store: Store) -> None:
    family = _family(demo_store)
    window.open_case(family)  # type: ignore[arg-type]
    _click(qtbot, window.case_page.journey_button)
    journey = next(w for w in window.side_windows if isinstance(w, JourneyDialog))
    old_view = journey.view
    rows = window.cases_page.model
    row = next(r for r in range(rows.rowCount()) if rows.summary(r).id == family)
    assert rows.summary(row).status is CaseStatus.OPEN

    window.activateWindow()
    _click(qtbot, window.case_page.close_button)

    assert demo_store.get_case(family).status is CaseStatus.CLOSED  # type: ignore[arg-type]
    # The list behind the case page already knows, without going back to it.
    row = next(r for r in range(rows.rowCount()) if rows.summary(r).id == family)
    assert rows.summary(row).status is CaseStatus.CLOSED
    assert journey.view is not old_view and journey.isVisible()
    assert window.case_page.close_button.text() == "Open the case again"


def test_a_deleted_case_closes_its_side_windows(
        qtbot: QtBot, window: MainWindow, demo_store: Store) -> None:
    from samtaleduk.ops.cases import delete_case

    family = _family(demo_store)
    window.open_case(family)  # type: ignore[arg-type]
    _click(qtbot, window.case_page.compare_button)
    assert len(window.side_windows) == 1
    window.state.apply(delete_case(demo_store, family))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.side_windows == [])
    assert window.case_page.case is None
    assert all(window.cases_page.model.summary(r).id != family
               for r in range(window.cases_page.model.rowCount()))
