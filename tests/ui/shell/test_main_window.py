"""The main window: language switching, locking, and keyboard-only use from a new
case to an open meeting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from ui.dialogs.new_case import NewCaseDialog
from ui.dialogs.new_meeting import NewMeetingDialog
from ui.shell.main_window import MainWindow


def test_language_switch_retranslates_the_main_window(window: MainWindow) -> None:
    assert window.menus.file_menu.title() == "&File"
    assert window.cases_page.new_button.text() == "&New case …"
    window.set_language("nn")
    assert window.menus.file_menu.title() == "&Fil"
    assert window.cases_page.new_button.text() == "&Ny sak …"
    header = window.cases_page.model.headerData
    assert header(0, Qt.Orientation.Horizontal) == "Sak"
    assert header(5, Qt.Orientation.Horizontal) == "Opne tiltak"
    window.set_language("nb")
    assert window.cases_page.status_filter.itemText(0) == "Åpne saker"
    # The model keeps its header texts once translated: each switch must renew them.
    assert header(5, Qt.Orientation.Horizontal) == "Åpne tiltak"
    assert window.menus.language_actions["nb"].isChecked()
    assert window.prefs.language == "nb"
    window.set_language("en")
    assert window.menus.file_menu.title() == "&File"
    assert window.cases_page.status_filter.itemText(0) == "Open cases"
    assert header(5, Qt.Orientation.Horizontal) == "Open actions"


def test_lock_leaves_no_case_data_in_the_window(window: MainWindow, store: Store) -> None:
    from ui.tools.snapshot import fill_demo_store

    fill_demo_store(store)
    window.refresh_cases()
    assert window.cases_page.model.rowCount() == 2
    window.lock()
    assert window.store is None
    assert window.pages.currentWidget() is window.unlock_page
    assert window.cases_page.model.rowCount() == 0
    assert window.case_page.model.rowCount() == 0
    assert not window.unlock_page.creating
    assert not store.is_open


def _dialog(qtbot: QtBot, window: MainWindow, kind: type) -> QDialog:
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, kind)
                    and window.active_dialog.isVisible())
    dialog = window.active_dialog
    assert isinstance(dialog, QDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_keyboard_only_new_case_then_new_meeting_ends_with_the_meeting_open(
        qtbot: QtBot, window: MainWindow, store: Store) -> None:
    # Ctrl+N: new case. The name field has the focus; type and press Enter.
    assert window.cases_page.new_button.hasFocus()  # no cases yet: nothing to search
    qtbot.keyClick(window.cases_page.new_button, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot, window, NewCaseDialog)
    assert dialog.focusWidget() is dialog.name  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.name, "Familien Tastatur")  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "Kari Tastatur")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.case_page)
    case = window.case_page.case
    assert case is not None and case.name == "Familien Tastatur"
    assert case.members == ["Kari Tastatur"]
    # No meetings yet, so "New meeting" has the focus: Space presses it.
    qtbot.waitUntil(window.isActiveWindow)
    assert window.case_page.new_button.hasFocus()
    qtbot.keyClick(window.case_page.new_button, Qt.Key.Key_Space)
    meeting_dialog = _dialog(qtbot, window, NewMeetingDialog)
    # Tick the family member with the keyboard: Tab to the first check box, Space.
    box = meeting_dialog.person_boxes[0]  # type: ignore[attr-defined]
    for _ in range(10):
        if box.hasFocus():
            break
        qtbot.keyClick(meeting_dialog.focusWidget(), Qt.Key.Key_Tab)
    assert box.hasFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    # Enter where the focus is (the ticked box): the dialog's default button. (The
    # date is the duk's date blank now, where Enter commits the date and stays.)
    qtbot.keyClick(meeting_dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.meeting_page)
    qtbot.waitUntil(window.isActiveWindow)
    session = window.meeting_page.session
    assert session is not None
    assert session.case.id == case.id
    assert [p.name for p in session.meeting.participants] == ["Kari Tastatur"]
    assert [m.number for m in store.list_meetings(case.id)] == [1]
    # The duk has the keyboard: typing goes into the canvas, not the shell.
    qtbot.waitUntil(lambda: window.meeting_page.view is not None
                    and window.meeting_page.view.isAncestorOf(QApplication.focusWidget()))


def test_a_follow_up_meeting_opens_with_the_review_of_last_time(
        qtbot: QtBot, window: MainWindow, demo_store: Store) -> None:
    from ui.evaluation.review import ReviewDialog

    family = next(s for s in demo_store.list_cases() if s.name == "Familien Haugland")
    window.open_case(family.id)
    window.new_meeting()
    dialog = _dialog(qtbot, window, NewMeetingDialog)
    assert dialog.continue_from.isChecked()  # type: ignore[attr-defined]
    dialog.accept()
    review = _dialog(qtbot, window, ReviewDialog)
    assert window.meeting_page.session is not None
    assert window.menus.act_review.isEnabled()
    review.reject()
    qtbot.waitUntil(lambda: window.active_dialog is None)


def test_the_review_never_opens_another_familys_meeting(
        qtbot: QtBot, window: MainWindow, demo_store: Store) -> None:
    # Issue 13, point 11: a link imported before the check named another family's
    # meeting, and the review of last time opened it by id.
    cases = {s.name: s.id for s in demo_store.list_cases()}
    family = cases["Familien Haugland"]
    foreign = next(m for c, i in cases.items() if c != "Familien Haugland"
                   for m in demo_store.list_meetings(i))
    latest = demo_store.list_meetings(family)[-1]
    assert latest.continued_from is not None
    demo_store.save_meeting(latest.model_copy(update={"continued_from": foreign.id}))
    window.open_case(family)
    window.open_meeting(latest.id)
    window.review_last_time()
    assert window.active_dialog is None


def test_print_opens_the_print_dialog_for_the_open_meeting(
        qtbot: QtBot, window: MainWindow, demo_store: Store) -> None:
    from ui.dialogs.print_dialog import PrintDialog

    family = next(s for s in demo_store.list_cases() if s.name == "Familien Haugland")
    meeting = demo_store.list_meetings(family.id)[-1]
    assert not window.menus.act_print.isEnabled()
    window.open_case(family.id)
    window.open_meeting(meeting.id)
    assert window.menus.act_print.isEnabled()
    window.menus.act_print.trigger()
    dialog = _dialog(qtbot, window, PrintDialog)
    assert dialog.subject.meeting.id == meeting.id  # type: ignore[attr-defined]
    dialog.reject()
    qtbot.waitUntil(lambda: window.active_dialog is None)


def test_ctrl_n_in_a_meeting_is_the_canvas_new_note_not_a_new_case(
        window: MainWindow, demo_store: Store) -> None:
    family = next(s for s in demo_store.list_cases() if s.name == "Familien Haugland")
    window.open_case(family.id)
    assert window.menus.act_new_case.isEnabled()
    window.open_meeting(demo_store.list_meetings(family.id)[-1].id)
    assert not window.menus.act_new_case.isEnabled()
    window.go_back()
    assert window.menus.act_new_case.isEnabled()


def test_menu_shortcuts_have_one_owner_in_a_meeting(
        window: MainWindow, demo_store: Store) -> None:
    from PySide6.QtGui import QAction, QShortcut

    family = next(s for s in demo_store.list_cases() if s.name == "Familien Haugland")
    window.open_case(family.id)
    window.open_meeting(demo_store.list_meetings(family.id)[-1].id)
    menu_actions = set(window.menus.findChildren(QAction)) | set(window.actions())
    mine = {a.shortcut().toString() for a in menu_actions
            if a.isEnabled() and not a.shortcut().isEmpty()}
    others: list[str] = []
    for action in window.findChildren(QAction):
        if action in menu_actions or not action.isEnabled():
            continue
        others += [k.toString() for k in action.shortcuts()]
    others += [s.key().toString() for s in window.findChildren(QShortcut) if s.isEnabled()]
    assert sorted(mine & set(others)) == []


def test_a_language_switch_keeps_the_selected_meeting_of_the_case(
        window: MainWindow, demo_store: Store) -> None:
    family = next(s for s in demo_store.list_cases() if s.name == "Familien Haugland")
    window.open_case(family.id)
    page = window.case_page
    assert page.model.rowCount() > 1
    page.table.selectRow(1)
    chosen = page.selected_meeting()
    window.set_language("nb")
    assert page.selected_meeting() == chosen
    assert window.duk_names()[family.template_id] in page.details.text()
    window.set_language("en")
