"""The evaluation report, the action list and the case journey."""

from __future__ import annotations

from pathlib import Path

import pytest

from samtaleduk.domain.model import Action, Case, Meeting
from samtaleduk.errors import UserError
from samtaleduk.printing import (
    actions_pdf,
    evaluation_pdf,
    journey_pdf,
    print_actions,
    print_evaluation,
    print_journey,
    suggested_file_name,
)
from samtaleduk.printing.actions import open_actions_by_owner
from samtaleduk.templates.loading import TemplateSet
from tests.samtaleduk.printing.pdfcheck import flat, fonts, page_texts

Demo = tuple[Case, list[Meeting]]


@pytest.mark.parametrize(("lang", "headings"), [
    ("nn", ["Kva er gjort", "Kva står att", "Kva har endra seg", "Detaljar"]),
    ("nb", ["Hva er gjort", "Hva gjenstår", "Hva har endret seg", "Detaljer"]),
])
def test_evaluation_summary_first_then_details(lang: str, headings: list[str],
                                               templates: TemplateSet, haugland: Demo) -> None:
    case, meetings = haugland
    t = templates.get("familie")
    text = flat(evaluation_pdf(meetings[0], meetings[1], case, t, t, lang=lang))
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
    assert "Emil er på skulen tre av fem dagar" in text
    # Symbols, not colour alone: done, still open, moved.
    assert "✓ Kartleggje jobbtiltak for Sara — Tor Aas" in text
    assert "◐ Samtale med Emil om morgonane" in text
    assert "→ " in text


def test_evaluation_leave_out_hides_notes_in_both_meetings(templates: TemplateSet,
                                                           haugland: Demo) -> None:
    case, meetings = haugland
    t = templates.get("familie")
    text = flat(evaluation_pdf(meetings[0], meetings[1], case, t, t, leave_out=["psykisk_helse"]))
    assert "Sara søv dårleg" not in text
    assert "Utelate på denne utskrifta: Psykisk helse" in text


def test_action_list_one_page_grouped_by_owner_with_dates(templates: TemplateSet,
                                                          haugland: Demo) -> None:
    case, meetings = haugland
    pdf = actions_pdf(meetings[0], case, templates.get("familie"))
    pages = page_texts(pdf)
    assert len(pages) == 1
    text = flat(pdf)
    assert text.startswith("Kven gjer kva til neste gong")
    assert "Neste møte: 11.03.2026" in text
    assert "Tor Aas ☐ Kartleggje jobbtiltak for Sara innan 15.02.2026" in text
    assert "Sara og Tor Aas ☐ Setje opp budsjett innan 15.02.2026" in text
    assert all(f["embedded"] for f in fonts(pdf))


def test_action_list_bokmaal_title(templates: TemplateSet, jonas: Demo) -> None:
    case, meetings = jonas
    text = flat(actions_pdf(meetings[0], case, templates.get("individuell"), lang="nb"))
    assert text.startswith("Hvem gjør hva til neste gang")
    assert "Anne Vik" in text


def test_open_actions_grouping_keeps_order_and_puts_no_owner_last(templates: TemplateSet,
                                                                  haugland: Demo) -> None:
    case, meetings = haugland
    meeting = meetings[0].model_copy(deep=True)
    meeting.field("neste_steg").actions.insert(0, Action(text="Utan eigar"))
    groups = open_actions_by_owner(meeting, templates.get("familie"))
    owners = [owner for owner, _ in groups]
    assert owners[0] == "Tor Aas" and owners[-1] == ""
    assert sum(len(a) for _, a in groups) == 6


def test_journey_tells_each_step(templates: TemplateSet, haugland: Demo) -> None:
    case, meetings = haugland
    t = templates.get("familie")
    text = flat(journey_pdf(case, meetings, [t, t, t]))
    assert "Saka frå første møte til no" in text
    assert "Møte 1 → Møte 2 (11.03.2026)" in text
    assert "Møte 2 → Møte 3 (06.05.2026)" in text
    assert "Der vi står no" in text
    assert "Fast jobb i barnehage" in text
    # From the case timeline: how each goal went, what moved, the life domains.
    assert "✓ Nora byrjar på fotball — frå møte 1, nådd i møte 2" in text
    assert ("→ «Emil er på skulen fire av fem dagar»: frå «Det som er vanskeleg for oss» til "
            "«Det som fungerer for oss» i møte 2") in text
    assert "Livsområda over tid (tal på notat)" in text and "Skule/utdanning 2 2 2" in text


def test_journey_leave_out_drops_the_domain_row(templates: TemplateSet, haugland: Demo) -> None:
    case, meetings = haugland
    t = templates.get("familie")
    text = flat(journey_pdf(case, meetings, [t, t, t], leave_out=["psykisk_helse"]))
    assert "Psykisk helse" not in text.replace("Utelate på denne utskrifta: Psykisk helse", "")
    assert "Sara søv dårleg" not in text


def test_journey_needs_a_template_per_meeting(templates: TemplateSet, haugland: Demo) -> None:
    case, meetings = haugland
    with pytest.raises(UserError):
        journey_pdf(case, meetings, [templates.get("familie")])


def test_report_writers_write_atomically(tmp_path: Path, templates: TemplateSet,
                                         haugland: Demo) -> None:
    case, meetings = haugland
    t = templates.get("familie")
    print_actions(meetings[1], case, t, tmp_path / "a.pdf")
    print_evaluation(meetings[1], meetings[2], case, t, t, tmp_path / "e.pdf")
    print_journey(case, meetings, [t, t, t], tmp_path / "j.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "e.pdf", "j.pdf"]


def test_suggested_file_names_carry_no_personal_data() -> None:
    import datetime as dt

    name = suggested_file_name("actions", "nb", 2, dt.date(2026, 3, 11))
    assert name == "hvem-gjor-hva-mote-2-2026-03-11.pdf"
    assert suggested_file_name("blank") == "tom-duk.pdf"
