"""Moving between the main window's pages (ui.shell.navigation): a case closed and
opened again, the way back, the side windows, a meeting opened without its case."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from ui.shell.main_window import MainWindow


def test_closing_a_case_moves_it_to_closed_cases_and_back(
        window: MainWindow, store: Store) -> None:
    from samtaleduk.domain.model import Case, CaseStatus

    case = Case(name="Familien Lukk", template_id="familie")
    store.save_case(case)
    window.refresh_cases()
    window.open_case(case.id)
    window.toggle_case_closed()
    assert store.get_case(case.id).status == CaseStatus.CLOSED
    assert store.get_case(case.id).closed_on is not None
    window.show_cases()
    assert window.cases_page.visible_case_names() == []  # the list shows open cases
    window.open_case(case.id)
    window.toggle_case_closed()
    assert store.get_case(case.id).status == CaseStatus.OPEN
    window.show_cases()
    assert window.cases_page.visible_case_names() == ["Familien Lukk"]


def test_back_goes_one_step_up(window: MainWindow, demo_store: Store) -> None:
    family = next(s for s in demo_store.list_cases() if s.name == "Familien Haugland")
    window.open_case(family.id)
    meeting = demo_store.list_meetings(family.id)[-1]
    window.open_meeting(meeting.id)
    assert window.menus.act_back.isEnabled()
    window.menus.act_back.trigger()
    assert window.pages.currentWidget() is window.case_page
    # The way back survives its meeting: open another one and it is there again.
    window.open_meeting(demo_store.list_meetings(family.id)[0].id)
    view = window.meeting_page.view
    assert view is not None and view.isAncestorOf(window.meeting_page.back_button)
    window.meeting_page.back_button.click()
    assert window.pages.currentWidget() is window.case_page
    window.menus.act_back.trigger()
    assert window.pages.currentWidget() is window.cases_page
    assert not window.menus.act_back.isEnabled()


def test_comparison_and_journey_open_beside_and_close_on_lock(
        qtbot: QtBot, window: MainWindow, demo_store: Store) -> None:
    family = next(s for s in demo_store.list_cases() if s.name == "Familien Haugland")
    window.open_case(family.id)
    assert window.case_page.compare_button.isEnabled()
    compare = window.open_side_window("compare")
    journey = window.open_side_window("journey")
    assert compare is not None and journey is not None
    assert compare.isVisible() and journey.isVisible()
    window.lock()
    assert window.side_windows == []
    qtbot.waitUntil(lambda: not any(w.isVisible() for w in QApplication.topLevelWidgets()
                                    if w.objectName() in ("comparisonDialog", "journeyDialog")))


def test_a_meeting_opened_straight_from_the_overview_shows_its_own_case_behind_it(
        window: MainWindow, demo_store: Store) -> None:
    # The overview (and the lock's way back to a row) opens a meeting without opening its
    # case first. The case page behind the meeting must then be that case's, in every
    # language: a language switch used to raise in CasePage._show_case (no duk name yet).
    cases = {s.name: s for s in demo_store.list_cases()}
    family, other = cases["Familien Haugland"], next(
        s for n, s in cases.items() if n != "Familien Haugland")
    window.open_case(other.id)
    window.open_meeting(demo_store.list_meetings(family.id)[-1].id)
    window.set_language("nn")
    page = window.case_page
    assert page.case is not None and page.case.id == family.id
    assert page.title.text() == "Familien Haugland"
    assert window.duk_names()[family.template_id] in page.details.text()
    assert page.model.rowCount() == len(demo_store.list_meetings(family.id))
    window.set_language("en")
