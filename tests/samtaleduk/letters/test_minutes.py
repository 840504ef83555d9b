"""The minutes for the record system: golden text on the demo case, and the JSON."""

from __future__ import annotations

import json

from samtaleduk.domain.model import Case, Meeting
from samtaleduk.letters.minutes import build_minutes
from samtaleduk.letters.words import letter_file_name
from samtaleduk.templates.model import Template

GOLDEN_NN_MEETING_3 = """\
Møtereferat – møte 3, 06.05.2026

Til stades:
- Sara Haugland (mor)
- Ingrid Fjeld (familielos)
- Tor Aas (NAV-rettleiar)
- Mormor Berit (tillitsperson)

Mål:
- Emil er på skulen kvar dag (På kort sikt; innan 15.04.2026; held fram)
- Sara byrjar i arbeidstrening (På kort sikt; innan 01.05.2026; nådd)
- Sara er i arbeid eller utdanning (På lang sikt; innan 31.12.2026; held fram)
- Større bustad (På lang sikt; innan 31.12.2026; held fram)
- Fast jobb i barnehage (På lang sikt; innan 31.12.2026; held fram)

Tiltak:
- Samtale med Emil om morgonane (ansvarleg: Kari Lund; innan 01.02.2026; gjort – Begge \
samtalane er haldne)
- Søkje om kommunal bustad (ansvarleg: Sara, med hjelp frå Ingrid Fjeld; innan 31.03.2026; \
gjort – Søknad sendt)
- Arbeidstrening i barnehage, to dagar i veka (ansvarleg: Tor Aas; innan 01.05.2026; gjort)

Samtykke:
- samtykke ressursteam (gitt av Sara Haugland 14.01.2026)
- samtykke stafettlogg (gitt av Sara Haugland 14.01.2026)
- samtykke til samarbeid med bustadkontoret (gitt av Sara Haugland 06.05.2026)

Neste møte: 17.06.2026
"""


def test_golden_minutes_of_meeting_3(haugland: tuple[Case, list[Meeting]],
                                     familie: Template) -> None:
    case, meetings = haugland
    assert build_minutes(case, meetings[2], familie).text() == GOLDEN_NN_MEETING_3


def test_meeting_1_in_bokmal_new_actions_are_open_not_undone(
        haugland: tuple[Case, list[Meeting]], familie: Template) -> None:
    case, meetings = haugland
    text = build_minutes(case, meetings[0], familie, lang="nb").text()
    assert text.startswith("Møtereferat – møte 1, 14.01.2026\n\nTil stede:\n")
    assert ("- Kartleggje jobbtiltak for Sara (ansvarlig: Tor Aas; innen 15.02.2026; åpent)"
            in text)
    assert "ikke gjort" not in text
    assert "Neste møte: 11.03.2026" in text
    for content in meetings[0].fields.values():
        for note in content.notes:
            assert note.text not in text  # the notes stay on the duk


def test_json_carries_the_same_data(haugland: tuple[Case, list[Meeting]],
                                    familie: Template) -> None:
    case, meetings = haugland
    data = json.loads(json.dumps(build_minutes(case, meetings[1], familie, "en").as_json()))
    assert data["meeting"] == 2 and data["date"] == "2026-03-11"
    assert data["next_meeting"] == "2026-05-06"
    assert data["actions"][2] == {"text": "Søkje om kommunal bustad",
                                  "owner": "Sara, med hjelp frå Ingrid Fjeld",
                                  "due": "2026-03-31", "status": "open", "status_text": "open",
                                  "comment": ""}
    assert data["actions"][1]["status"] == "partly"
    assert data["actions"][1]["status_text"] == "partly done"
    assert data["goals"][1]["status"] == "reached"
    assert [c["what"] for c in data["consents"]] == ["consent: resource team",
                                                     "consent: relay log"]
    assert str(case.id) not in json.dumps(data)


def test_file_names_carry_no_personal_data() -> None:
    import datetime as dt

    assert letter_file_name("minutes", "nn", 3, dt.date(2026, 5, 6), ".txt") == \
        "motereferat-mote-3-2026-05-06.txt"
    assert letter_file_name("invitation", "en", 4, None, ".pdf") == "invitation-mote-4.pdf"
