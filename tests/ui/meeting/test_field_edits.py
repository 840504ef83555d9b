"""The content edits of a MeetingSession (ui.meeting.field_edits): every kind of
card and line lands in the meeting; a consent of an unknown kind is refused."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from samtaleduk.domain.model import ActionStatus, GoalStatus, SaidBy
from samtaleduk.store.store import Store
from tests.ui.canvas_support import new_session
from ui.meeting.people import PARTICIPANTS

pytestmark = pytest.mark.usefixtures("english")
"""These tests read the English source strings of the UI chrome."""


def test_every_kind_of_edit_lands_in_the_meeting(qtbot: QtBot, store: Store) -> None:
    s = new_session(store)
    changed: list[str] = []
    s.changed.connect(changed.append)
    note = s.add_note("fungerer", "Nora trivst", domain="skole", said_by=SaidBy.CHILD)
    goal = s.add_goal("kort_sikt", "Emil på skulen", deadline=dt.date(2026, 3, 1))
    s.set_goal_status(goal, GoalStatus.REACHED)
    action = s.add_action("neste_steg", "Søkje bustad", owner="Sara")
    s.set_action_due(action, dt.date(2026, 1, 31))
    s.set_action_status(action, ActionStatus.PARTLY)
    s.add_helper("hjelparar", "Mormor Berit", relation="familie", helps_with="bussen")
    s.add_consent("avtale", "stafettlogg", given_by="Sara", given_on=dt.date(2026, 1, 14))
    s.add_participant("Tor Aas", "NAV")
    s.set_text("namn", "Sara, Emil og Nora")
    s.set_field_date("lang_sikt", dt.date(2026, 12, 31))
    m = s.meeting
    assert m.field("fungerer").notes[0].id == note
    assert m.field("fungerer").notes[0].said_by is SaidBy.CHILD
    assert m.field("kort_sikt").goals[0].status is GoalStatus.REACHED
    assert m.field("neste_steg").actions[0].due == dt.date(2026, 1, 31)
    assert m.field("hjelparar").helpers[0].helps_with == "bussen"
    assert m.field("avtale").consents[0].kind == "stafettlogg"
    assert m.participants[0].role == "NAV"
    assert m.field("namn").text == "Sara, Emil og Nora"
    assert m.field("lang_sikt").date == dt.date(2026, 12, 31)
    assert {"fungerer", "kort_sikt", "neste_steg", "hjelparar", "avtale", PARTICIPANTS,
            "namn", "lang_sikt"} <= set(changed)


def test_unknown_consent_kind_is_refused(store: Store) -> None:
    s = new_session(store)
    with pytest.raises(ValueError):
        s.add_consent("avtale", "no_such_kind")
