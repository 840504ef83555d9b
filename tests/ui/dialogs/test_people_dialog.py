"""Issue 12: "People of the case" — see, correct and remove members and known
participants by keyboard; removed people are not offered again (as participants,
as owners, in the new-meeting dialog); in a meeting the edit reaches today's list."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samtaleduk.domain.demo import demo_cases
from samtaleduk.domain.model import Case
from samtaleduk.evaluation import carry_forward
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import load_all
from tests.ui.canvas.test_canvas import type_text
from tests.ui.canvas_support import focused, key
from ui.dialogs.new_meeting import offered_participants
from ui.dialogs.people import PeopleDialog, open_people_dialog
from ui.meeting.session import MeetingSession
from ui.pages.case_page import CasePage

pytestmark = pytest.mark.usefixtures("english")

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def typing(text: str) -> None:
    """Type like a person: each letter goes where the focus is now (the first
    letter on a list opens a cell editor, and the rest go into it)."""
    for ch in text:
        type_text(focused(), ch)


def commit_cell(qtbot: QtBot, table: QWidget) -> None:
    """Enter in a cell editor: the editor closes once events are processed."""
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)


def _haugland(store: Store) -> Case:
    case, meetings = demo_cases()[0]
    store.save_case(case)
    familie = load_all().get("familie")
    for m in meetings:
        store.save_meeting(m, familie)
    return case


def _dialog_from_case_page(qtbot: QtBot, store: Store, case: Case) -> PeopleDialog:
    page = CasePage()
    qtbot.addWidget(page)
    page.set_case(case, store.meeting_summaries(case.id), {"familie": "Familie"})
    opened: list[PeopleDialog] = []
    page.people.connect(lambda: opened.append(open_people_dialog(page, store, page.case)))
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.table.setFocus()
    key(Qt.Key.Key_P, CTRL | SHIFT)  # the case page's shortcut
    assert len(opened) == 1
    dialog = opened[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.members)
    return dialog


def test_people_are_corrected_removed_and_added_by_keyboard(qtbot: QtBot,
                                                            store: Store) -> None:
    case = _haugland(store)
    dialog = _dialog_from_case_page(qtbot, store, case)
    # Members: Sara, Emil, Nora. Correct Emil by typing over him, remove Nora.
    key(Qt.Key.Key_Down)
    typing("Emil Haugland Berg")  # the first letter opens the editor
    commit_cell(qtbot, dialog.members)
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Delete)
    key(Qt.Key.Key_Tab)
    assert focused() is dialog.new_member
    typing("Leo Haugland")
    key(Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter added someone; it did not close the dialog
    # Known participants: Sara, Emil, Ingrid, Tor, Kari, Mormor Berit.
    key(Qt.Key.Key_Tab)
    assert focused() is dialog.participants
    for _ in range(3):
        key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Delete)  # Tor Aas
    key(Qt.Key.Key_Right)  # Kari Lund's role
    key(Qt.Key.Key_F2)
    key(Qt.Key.Key_A, CTRL)
    typing("helsesjukepleiar")
    commit_cell(qtbot, dialog.participants)
    key(Qt.Key.Key_Insert)  # a new row, editing its name
    typing("Lise Dahl")
    key(Qt.Key.Key_Tab)  # to the role of the new row
    typing("barnevernet")
    key(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    saved = store.get_case(case.id)
    assert saved.members == ["Sara Haugland", "Emil Haugland Berg", "Leo Haugland"]
    people = {p.name: p.role for p in saved.known_participants}
    assert "Tor Aas" not in people
    assert people["Kari Lund"] == "helsesjukepleiar"
    assert people["Lise Dahl"] == "barnevernet"

    # Next meeting: Tor and Nora are offered nowhere, the corrections are.
    familie = load_all().get("familie")
    last = max(store.list_meetings(case.id), key=lambda m: m.number)
    m4 = carry_forward(last, familie, number=4, date=dt.date(2026, 9, 2))
    store.save_meeting(m4, familie)
    session = MeetingSession(store, saved, m4, familie)
    offered = [p.name for p in offered_participants(saved)]
    assert "Tor Aas" not in offered and "Nora Haugland" not in offered
    assert "Emil Haugland Berg" in offered and "Lise Dahl" in offered
    assert "Tor Aas" not in [p.name for p in session.suggested_participants()]
    assert "Nora Haugland" not in session.owner_choices()
    session.add_participant("Sara Haugland", "mor")
    assert session.flush()
    assert "Tor Aas" not in [p.name for p in store.get_case(case.id).known_participants]


def test_escape_leaves_the_case_as_it_was(qtbot: QtBot, store: Store) -> None:
    case = _haugland(store)
    dialog = _dialog_from_case_page(qtbot, store, case)
    key(Qt.Key.Key_Delete)
    key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert store.get_case(case.id).members == case.members


def test_in_a_meeting_the_edit_reaches_todays_list(qtbot: QtBot, store: Store) -> None:
    case = _haugland(store)
    familie = load_all().get("familie")
    meeting = store.list_meetings(case.id)[1]  # Sara, Emil, Ingrid, Tor, Kari
    session = MeetingSession(store, case, meeting, familie)
    host = QWidget()
    qtbot.addWidget(host)
    with qtbot.waitActive(host):
        host.show()
        host.activateWindow()
    dialog = open_people_dialog(host, store, case, session)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.members)
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Delete)  # Nora Haugland, a member
    key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Tab)
    assert focused() is dialog.participants
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Down)
    typing("Ingrid Fjell")  # was Ingrid Fjeld
    commit_cell(qtbot, dialog.participants)
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Delete)  # Tor Aas
    key(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    today = [p.name for p in session.meeting.participants]
    assert today == ["Sara Haugland", "Emil Haugland", "Ingrid Fjell", "Kari Lund"]
    owners = session.owner_choices()
    assert "Nora Haugland" not in owners and "Ingrid Fjeld" not in owners
    # Tor stays on this duk as a helper ("Kven kan hjelpa oss i mål"): written
    # there, he is still offered as an owner of this meeting's actions.
    assert "Tor Aas" in owners
    assert not session.dirty  # saved with the meeting
    known = [p.name for p in store.get_case(case.id).known_participants]
    assert "Tor Aas" not in known and "Ingrid Fjell" in known and "Ingrid Fjeld" not in known
    assert [p.name for p in store.get_meeting(meeting.id).participants] == today
