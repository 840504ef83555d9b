"""The people of a case (samtaleduk.domain.people): owners offered, participants
remembered and forgotten by id."""

from __future__ import annotations

import datetime as dt

import pytest

from samtaleduk.domain.model import Case, Helper, Meeting, Participant
from samtaleduk.domain.people import (
    known_elsewhere,
    owner_choices,
    owner_start,
    participant_for,
    remember_participants,
    suggested_participants,
)


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


def test_a_correction_follows_the_id() -> None:
    tor = Participant(name="Tor Aass", role="NAV")
    case = _case(known_participants=[tor])
    today = [tor.model_copy(update={"name": "Tor Aas"})]
    known = remember_participants(case, today, known_elsewhere(case, [tor]))
    assert [(p.id, p.name, p.role) for p in known] == [(tor.id, "Tor Aas", "NAV")]


def test_taken_off_the_meeting_it_came_from_is_forgotten() -> None:
    tor = Participant(name="Tor Aass")
    kari = Participant(name="Kari Lund")
    case = _case(known_participants=[kari, tor])
    # Kari is known from before this meeting; Tor was written on it.
    elsewhere = known_elsewhere(case, [tor])
    assert remember_participants(case, [], elsewhere) == [kari]


def test_known_from_another_meeting_by_id_or_by_name() -> None:
    old_kari = Participant(name="Kari Lund")  # an older store: another id
    tor = Participant(name="Tor Aas")
    case = _case(known_participants=[old_kari, tor])
    elsewhere = known_elsewhere(case, [old_kari, tor],
                                [[Participant(name="kari lund")], [tor]])
    assert remember_participants(case, [], elsewhere) == [old_kari, tor]


def test_new_people_are_remembered_with_their_id_and_blank_names_are_not() -> None:
    case = _case()
    ada, blank = Participant(name=" Ada Ny ", role="mor"), Participant(name=" ")
    known = remember_participants(case, [ada, blank], known_elsewhere(case, []))
    assert [(p.id, p.name, p.role) for p in known] == [(ada.id, "Ada Ny", "mor")]


def test_a_name_without_role_keeps_the_known_role() -> None:
    kari = Participant(name="Kari Lund", role="helsesjukepleiar")
    case = _case(known_participants=[kari])
    today = [Participant(id=kari.id, name="Kari Lund")]
    (known,) = remember_participants(case, today, known_elsewhere(case, []))
    assert known.role == "helsesjukepleiar"


def test_a_known_person_added_today_keeps_their_id() -> None:
    kari = Participant(name="Kari Lund", role="helsesjukepleiar")
    case = _case(known_participants=[kari])
    assert participant_for(case, [], "kari lund").id == kari.id
    # Twice on today's list would be two people: the second one is new.
    assert participant_for(case, [kari], "Kari Lund").id != kari.id
    assert suggested_participants(case, [Participant(name="KARI LUND")]) == []
    assert suggested_participants(case, []) == [kari]


def test_on_the_list_when_opened_and_not_known_is_not_learnt_again() -> None:
    # Removed in the people dialog, but still on an older meeting's list: editing
    # that meeting does not bring them back.
    kari = Participant(name="Kari Lund")
    case = _case()
    ada = Participant(name="Ada Ny")
    known = remember_participants(case, [kari, ada], known_elsewhere(case, [kari]),
                                  at_open=[kari])
    assert known == [ada]
