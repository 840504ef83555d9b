"""The people of a case (samtaleduk.people): owners offered, participants
remembered and forgotten by id."""

from __future__ import annotations

import datetime as dt

import pytest

from samtaleduk.model import Case, Helper, Meeting, Participant
from samtaleduk.people import owner_choices, owner_start


def _case(**kw: object) -> Case:
    return Case.model_validate({"name": "Familien Test", "template_id": "familie", **kw})


def _meeting(case: Case, people: list[Participant] | None = None) -> Meeting:
    return Meeting(case_id=case.id, number=1, date=dt.date(2026, 1, 14), template_id="familie",
                   template_version=1, participants=people or [])


@pytest.mark.parametrize(("text", "typed"), [
    ("Ka", "Ka"),
    ("  Ka", "Ka"),
    ("Sara, Ing", "Ing"),
    ("Sara, med hjelp frå Ing", "Ing"),
    ("Sara med hjelp fra Tor", "Tor"),
    ("Sara og Tor", "Tor"),
    ("Sara og ", ""),
    ("Ola Ogland", "Ola Ogland"),
    ("Sara & Tor", "Tor"),
    ("Åse og Ŋora", "Ŋora"),
])
def test_the_owner_being_typed(text: str, typed: str) -> None:
    assert text[owner_start(text):] == typed


def test_owners_are_participants_members_and_helpers_once() -> None:
    case = _case(members=["Sara Haugland", "Emil"])
    meeting = _meeting(case, [Participant(name="Tor Aas"), Participant(name="sara haugland")])
    meeting.field("hjelparar").helpers.append(Helper(name="Mormor Berit"))
    meeting.field("hjelparar").helpers.append(Helper(name="Tor  Aas"))
    assert owner_choices(case, meeting) == ["Tor Aas", "sara haugland", "Emil", "Mormor Berit"]
