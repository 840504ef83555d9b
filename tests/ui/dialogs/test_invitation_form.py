"""The invitation's fields read as the engine's details: those at the meeting
ticked, the contact line on one line, every edit announced."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samtaleduk.domain.demo import demo_cases
from samtaleduk.templates.loading import TemplateSet
from ui.dialogs.invitation_form import InvitationForm


@pytest.fixture
def form(qtbot: QtBot, templates: TemplateSet) -> InvitationForm:
    case, meetings = demo_cases()[0]
    meeting = meetings[-1]
    made = InvitationForm(case, meeting, templates.get(meeting.template_id),
                          contact="  Ingrid   Fjeld ", lang="nb")
    qtbot.addWidget(made)
    return made


def test_those_at_the_meeting_are_ticked_and_the_others_offered(form: InvitationForm) -> None:
    _case, meetings = demo_cases()[0]
    at_meeting = frozenset(p.id for p in meetings[-1].participants if p.name.strip())
    assert form.invited_ids() == at_meeting
    assert form.people_list.count() > len(at_meeting)  # someone who missed it is offered
    details = form.details()
    assert details.invited == at_meeting and details.date == dt.date(2026, 6, 17)
    assert form.language() == "nb"


def test_the_contact_line_is_one_line_of_single_spaces(form: InvitationForm) -> None:
    assert form.contact_line() == "Ingrid Fjeld"


def test_every_kind_of_edit_is_announced(qtbot: QtBot, form: InvitationForm) -> None:
    with qtbot.waitSignal(form.changed, timeout=1000):
        form.place_edit.setText("Familiesenteret")
    with qtbot.waitSignal(form.changed, timeout=1000):
        form.lang_buttons["en"].setChecked(True)
    with qtbot.waitSignal(form.changed, timeout=1000):
        form.people_list.item(0).setCheckState(Qt.CheckState.Unchecked)
