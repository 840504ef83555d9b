"""Issue 12, defect 5: what the case remembers of who was at the table.

A participant taken off the meeting they were written on is not offered again at
the next meeting; a corrected name replaces the old one; someone known from an
earlier meeting stays known when today's list changes.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samtaleduk.domain.model import Meeting
from samtaleduk.evaluation import carry_forward
from samtaleduk.store.store import Store
from tests.ui.canvas.test_canvas import open_view, type_text
from tests.ui.canvas_support import new_session
from ui.canvas.participants import ParticipantsField
from ui.dialogs.new_meeting import offered_participants
from ui.meeting.session import MeetingSession

pytestmark = pytest.mark.usefixtures("english")


def _known(store: Store, s: MeetingSession) -> list[str]:
    return [p.name for p in store.get_case(s.case.id).known_participants]


def _next_meeting(store: Store, s: MeetingSession) -> MeetingSession:
    """Meeting 2 carried forward from the session's meeting, opened afresh."""
    case = store.get_case(s.case.id)
    m2 = carry_forward(s.meeting, s.template, number=2, date=dt.date(2026, 3, 11))
    store.save_meeting(m2, s.template)
    return MeetingSession(store, case, m2, s.template)


def test_a_removed_participant_is_not_offered_at_the_next_meeting(store: Store) -> None:
    s = new_session(store)
    wrong = s.add_participant("Tor Aass", "NAV")
    assert s.flush()
    s.remove_participant(wrong)
    s.add_participant("Tor Aas", "NAV")
    assert s.flush()
    assert _known(store, s) == ["Tor Aas"]
    s2 = _next_meeting(store, s)
    assert [p.name for p in s2.suggested_participants()] == ["Tor Aas"]
    assert "Tor Aass" not in [p.name for p in offered_participants(s2.case)]


def test_a_corrected_name_replaces_the_old_one(store: Store) -> None:
    s = new_session(store)
    kari = s.add_participant("kari lund", "helsesjukepleiar")
    assert s.flush()
    s.set_participant(kari, name="Kari Lund")
    assert s.flush()
    assert [(p.name, p.id) for p in store.get_case(s.case.id).known_participants] == [
        ("Kari Lund", kari)]
    s.set_participant(kari, name="Kari Lund-Berg", role="helsesjukepleiar, skulen")
    assert s.flush()
    (known,) = store.get_case(s.case.id).known_participants
    assert (known.name, known.role) == ("Kari Lund-Berg", "helsesjukepleiar, skulen")


def test_someone_from_an_earlier_meeting_stays_known(store: Store) -> None:
    s = new_session(store)
    s.add_participant("Kari Lund", "helsesjukepleiar")
    s.add_participant("Tor Aas", "NAV")
    assert s.flush()
    s2 = _next_meeting(store, s)
    # Kari is ticked from the offer at meeting 2, then taken off again: she was
    # at meeting 1, so the case still knows her.
    kari = s2.add_participant("Kari Lund", "helsesjukepleiar")
    assert s2.meeting.participants[0].id == s.meeting.participants[0].id
    assert s2.flush()
    s2.remove_participant(kari)
    assert s2.flush()
    assert _known(store, s2) == ["Kari Lund", "Tor Aas"]
    # She comes after all; later meeting 1 is reopened and she is taken off it:
    # she is on meeting 2, so the case still knows her.
    s2.add_participant("Kari Lund", "helsesjukepleiar")
    assert s2.flush()
    again = MeetingSession(store, store.get_case(s.case.id),
                           Meeting.model_validate(s.meeting.model_dump()), s.template)
    again.remove_participant(again.meeting.participants[0].id)
    assert again.flush()
    assert _known(store, again) == ["Kari Lund", "Tor Aas"]


def test_removed_on_reopening_the_meeting_it_was_written_on(store: Store) -> None:
    s = new_session(store)
    s.add_participant("Tor Aass", "NAV")
    assert s.flush()
    again = MeetingSession(store, store.get_case(s.case.id),
                           Meeting.model_validate(s.meeting.model_dump()), s.template)
    again.remove_participant(again.meeting.participants[0].id)
    assert again.flush()
    assert _known(store, again) == []


@pytest.mark.parametrize("menu_key", [Qt.Key.Key_Menu, Qt.Key.Key_Delete])
def test_removed_on_the_duk_by_keyboard_is_not_offered_next_time(qtbot: QtBot, store: Store,
                                                                menu_key: Qt.Key) -> None:
    s = new_session(store)
    view = open_view(qtbot, s)
    field = view.canvas.fields["deltakarar"]
    assert isinstance(field, ParticipantsField)
    field.focus_entry()
    type_text(QApplication.focusWidget(), "Tor Aass, NAV")  # type: ignore[arg-type]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # type: ignore[arg-type]
    assert s.flush()
    # The list's menu key (or Delete) opens "Remove …"; Down and Enter choose the first.
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # type: ignore[arg-type]
    assert QApplication.focusWidget() is field.list

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert menu is not None
        QTest.keyClick(menu, Qt.Key.Key_Down)
        QTest.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose)
    QTest.keyClick(field.list, menu_key)
    assert s.meeting.participants == []
    type_text(field.entry, "Tor Aas, NAV")
    field.entry.setFocus()
    QTest.keyClick(field.entry, Qt.Key.Key_Return)
    assert s.flush()
    view.close()
    s2 = _next_meeting(store, s)
    view2 = open_view(qtbot, s2)
    field2 = view2.canvas.fields["deltakarar"]
    assert isinstance(field2, ParticipantsField)
    assert field2._offers.stringList() == ["Tor Aas (NAV)"]
