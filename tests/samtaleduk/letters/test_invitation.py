"""The invitation to the next meeting: its golden text on the demo case, what it
leaves out, the time as typed, and that the PDF draws exactly the letter's text."""

from __future__ import annotations

import datetime as dt

import pytest

from samtaleduk.domain.model import Case, Meeting
from samtaleduk.errors import UserError
from samtaleduk.letters.invitation import InvitationDetails, build_invitation, parse_time
from samtaleduk.printing.invitation import invitation_pdf
from samtaleduk.templates.model import Template
from tests.samtaleduk.printing.pdfcheck import flat, page_sizes

DETAILS = InvitationDetails(time=dt.time(13, 0), place="Familiesenteret, møterom 2",
                            contact="Ingrid Fjeld, familielos, tlf. 400 00 000")

GOLDEN_NN_AFTER_MEETING_2 = """\
Innkalling til møte
Velkommen til neste møte med familieteamet. Her er kva vi skal gjera saman, og kva de kan \
tenkja på før vi møtest.
Når: 06.05.2026, kl. 13.00
Stad: Familiesenteret, møterom 2

Desse er inviterte
• Sara Haugland (mor)
• Emil Haugland (son, 14 år)
• Ingrid Fjeld (familielos)
• Tor Aas (NAV-rettleiar)
• Kari Lund (helsesjukepleiar, Emil sin skule)
De kan ta med nokon de stolar på.

Dette ser vi på saman

Det vi avtalte sist
• Samtale med Emil om morgonane — Kari Lund — innan 01.02.2026
• Søkje om kommunal bustad — Sara, med hjelp frå Ingrid Fjeld — innan 31.03.2026
• Arbeidstrening i barnehage, to dagar i veka — Tor Aas — innan 01.05.2026

Måla våre
På kort sikt, innan 01.05.2026
• Emil er på skulen kvar dag — innan 15.04.2026
• Sara byrjar i arbeidstrening
På lang sikt, innan 31.12.2026
• Sara er i arbeid eller utdanning
• Større bustad

Før møtet kan de tenkja på
• Kva har gått bra sidan sist?
• Kva har vore vanskeleg?
• Er det noko nytt som er viktig for dykk no?
• Er det nokon fleire de vil ha med på møtet?

Spørsmål, eller passar ikkje tida? Ta kontakt:
Ingrid Fjeld, familielos, tlf. 400 00 000
"""


def test_golden_invitation_after_meeting_2(haugland: tuple[Case, list[Meeting]],
                                           familie: Template) -> None:
    case, meetings = haugland
    letter = build_invitation(case, meetings[1], familie, DETAILS)
    assert letter.text() == GOLDEN_NN_AFTER_MEETING_2


def test_after_the_last_meeting_in_english_nothing_open_and_the_facilitator_named(
        haugland: tuple[Case, list[Meeting]], familie: Template) -> None:
    case, meetings = haugland
    text = build_invitation(case, meetings[2], familie, InvitationDetails(), lang="en").text()
    assert "Invitation to a meeting" in text
    assert "When: 17.06.2026\n" in text  # the next-step field's date, no time typed
    assert "Where" not in text  # no place typed: no empty line for it
    assert "No open agreements from last time." in text
    assert "In the long term, by 31.12.2026\n• Sara er i arbeid eller utdanning" in text
    assert "Nora byrjar på fotball" not in text  # reached: not ahead of us
    assert text.endswith("Get in touch:\nIngrid Fjeld\n")  # the case's facilitator


def test_a_typed_date_wins_and_bokmal(haugland: tuple[Case, list[Meeting]],
                                      familie: Template) -> None:
    case, meetings = haugland
    text = build_invitation(case, meetings[2], familie,
                            InvitationDetails(date=dt.date(2026, 6, 24), time=dt.time(9, 30)),
                            lang="nb").text()
    assert "Når: 24.06.2026, kl. 09.30" in text
    assert "Disse er invitert" in text and "Før møtet kan dere tenke på" in text


def test_no_more_personal_data_than_the_letter_needs(haugland: tuple[Case, list[Meeting]],
                                                     familie: Template) -> None:
    case, meetings = haugland
    meeting = meetings[1]
    text = build_invitation(case, meeting, familie, DETAILS).text()
    for content in meeting.fields.values():
        for note in content.notes:
            assert note.text not in text  # what the family said stays in the meeting
        for consent in content.consents:
            assert consent.kind not in text
    assert str(case.id)[:8] not in text and str(meeting.id)[:8] not in text
    assert "Nora Haugland" not in text  # a member not at the meeting is not named
    assert "Kartleggje jobbtiltak" not in text  # done: nothing left to look at


@pytest.mark.parametrize(("typed", "expected"), [
    ("13", dt.time(13)), ("13:00", dt.time(13)), ("13.30", dt.time(13, 30)),
    ("0930", dt.time(9, 30)), ("kl. 8.15", dt.time(8, 15)), ("  ", None), ("", None),
])
def test_parse_time(typed: str, expected: dt.time | None) -> None:
    assert parse_time(typed) == expected


@pytest.mark.parametrize("typed", ["24.00", "13.60", "ettermiddag", "1.3.2026"])
def test_parse_time_refuses(typed: str) -> None:
    with pytest.raises(UserError, match="klokkeslett"):
        parse_time(typed)


def test_the_pdf_is_one_a4_page_with_the_letters_text(haugland: tuple[Case, list[Meeting]],
                                                        familie: Template) -> None:
    case, meetings = haugland
    letter = build_invitation(case, meetings[1], familie, DETAILS)
    pdf = invitation_pdf(letter)
    assert len(page_sizes(pdf)) == 1
    drawn = flat(pdf)
    for block in letter.blocks():
        for part in (block.label, block.text):
            assert " ".join(part.split()) in drawn


def test_user_text_is_escaped_in_the_pdf(haugland: tuple[Case, list[Meeting]],
                                         familie: Template) -> None:
    case, meetings = haugland
    letter = build_invitation(case, meetings[1], familie,
                              InvitationDetails(place="Rom <b>2</b> & kafé", contact="a<b"))
    drawn = flat(invitation_pdf(letter))
    assert "Rom <b>2</b> & kafé" in drawn and "a<b" in drawn


def test_the_facilitator_chooses_whom_to_invite(haugland: tuple[Case, list[Meeting]],
                                                familie: Template) -> None:
    from samtaleduk.letters.invitation import people_to_invite

    case, meetings = haugland
    meeting = meetings[2]  # Emil and Kari Lund were not at meeting 3
    people = people_to_invite(case, meeting)
    assert [p.name for p in people][:4] == [p.name for p in meeting.participants]
    assert {"Emil Haugland", "Kari Lund"} <= {p.name for p in people}
    emil = next(p for p in people if p.name == "Emil Haugland")
    sara = next(p for p in people if p.name == "Sara Haugland")
    text = build_invitation(case, meeting, familie,
                            InvitationDetails(invited=frozenset({emil.id, sara.id}))).text()
    assert "• Sara Haugland (mor)\n• Emil Haugland (son, 14 år)\nDe kan ta med" in text
    assert "Tor Aas" not in text
