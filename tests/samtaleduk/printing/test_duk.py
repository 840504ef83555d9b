"""The filled and the blank duk: labels, notes, letters, fonts, paper, overflow."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A3, A4, landscape

from samtaleduk.domain.model import Case, Meeting, Note, SaidBy
from samtaleduk.printing import duk_pdf, print_blank, print_duk
from samtaleduk.printing.text import clean_text
from samtaleduk.templates.loading import TemplateSet
from samtaleduk.templates.model import Template
from tests.samtaleduk.printing.pdfcheck import flat, fonts, page_sizes, page_texts, words

SAMI = "ŊŋĐđŠšŦŧŽžČčÁá"
Demo = tuple[Case, list[Meeting]]


def _labels(template: Template, lang: str) -> list[str]:
    """Every label a reader must find on the sheet."""
    out = [f.label.get(lang) for f in template.fields]
    out += [g.label.get(lang) for g in template.groups]
    out += [g.subtitle.get(lang) for g in template.groups if g.subtitle]
    out += [d.label.get(lang) for d in template.life_domains]
    out += [k.label.get(lang) for f in template.fields for k in f.consent_kinds]
    return out


def _norm(text: str) -> str:
    return " ".join(text.split())


def _demo_for(template_id: str, haugland: Demo, jonas: Demo) -> Demo:
    return haugland if template_id == "familie" else jonas


@pytest.mark.parametrize("lang", ["nn", "nb"])
@pytest.mark.parametrize("template_id", ["familie", "individuell"])
def test_every_label_printed_filled_and_blank(template_id: str, lang: str,
                                              templates: TemplateSet, haugland: Demo,
                                              jonas: Demo) -> None:
    template = templates.get(template_id)
    case, meetings = _demo_for(template_id, haugland, jonas)
    filled = flat(duk_pdf(meetings[0], case, template, lang=lang))
    from samtaleduk.printing.duk import _DukPrint
    from samtaleduk.printing.leave_out import LeaveOut
    blank = flat(_DukPrint(template, None, None, "a3", lang, LeaveOut()).pdf())
    for label in _labels(template, lang):
        assert _norm(label) in filled, label
        assert _norm(label) in blank, label
    assert template.name.get(lang) in blank


@pytest.mark.parametrize("number", [0, 1, 2])
def test_every_note_goal_action_of_the_demo_meeting(number: int, templates: TemplateSet,
                                                    haugland: Demo) -> None:
    case, meetings = haugland
    meeting = meetings[number]
    text = flat(duk_pdf(meeting, case, templates.get("familie")))
    written = [n.text for c in meeting.fields.values() for n in c.notes]
    written += [g.text for c in meeting.fields.values() for g in c.goals]
    written += [a.text for c in meeting.fields.values() for a in c.actions]
    written += [a.owner for c in meeting.fields.values() for a in c.actions if a.owner]
    written += [h.name for c in meeting.fields.values() for h in c.helpers]
    written += [p.name for p in meeting.participants]
    assert written
    for item in written:
        assert _norm(item) in text, item


def test_goal_deadline_fills_the_blank_and_child_voice_is_marked(templates: TemplateSet,
                                                                  haugland: Demo) -> None:
    case, meetings = haugland
    text = flat(duk_pdf(meetings[0], case, templates.get("familie")))
    assert "På kort sikt, innan 01.03.2026" in text
    assert "Kva er neste steg? Dato 11.03.2026" in text
    assert "Nora trivst på skulen Skule barnet" in text
    assert "☑ samtykke ressursteam — gitt av Sara Haugland 14.01.2026" in text


def test_sami_letters_print_as_themselves_in_embedded_dejavu(templates: TemplateSet,
                                                             haugland: Demo) -> None:
    case, meetings = haugland
    meeting = meetings[0].model_copy(deep=True)
    meeting.field("viktig").notes.append(Note(text=f"Sámegiella {SAMI}"))
    pdf = duk_pdf(meeting, case, templates.get("familie"))
    assert SAMI in flat(pdf)
    assert "■" not in flat(pdf)
    found = fonts(pdf)
    assert found and all(f["embedded"] for f in found)
    assert all("DejaVuSans" in f["name"] for f in found)


@pytest.mark.parametrize(("paper", "size"), [("a3", landscape(A3)), ("a4", landscape(A4))])
def test_paper_is_landscape(paper: str, size: tuple[float, float], templates: TemplateSet,
                            haugland: Demo, tmp_path: Path) -> None:
    case, meetings = haugland
    out = print_duk(meetings[0], case, templates.get("familie"), tmp_path / "d.pdf", paper=paper)
    blank = print_blank(templates.get("individuell"), tmp_path / "b.pdf", paper=paper)
    for pdf in (out, blank):
        for width, height in page_sizes(pdf):
            assert width == pytest.approx(size[0], abs=0.5)
            assert height == pytest.approx(size[1], abs=0.5)


def test_every_page_has_confidentiality_and_page_x_of_y(templates: TemplateSet,
                                                        haugland: Demo) -> None:
    case, meetings = haugland
    meeting = meetings[0].model_copy(deep=True)
    meeting.field("fungerer").notes += [Note(text=f"Ekstra notat {i}") for i in range(200)]
    pages = page_texts(duk_pdf(meeting, case, templates.get("familie"), paper="a4"))
    assert len(pages) >= 2
    for i, page in enumerate(pages, start=1):
        assert "Teiepliktig — unntatt offentlegheit" in page
        assert f"side {i} av {len(pages)}" in page


def test_overflow_continues_with_reference_and_heading(templates: TemplateSet,
                                                       haugland: Demo) -> None:
    case, meetings = haugland
    meeting = meetings[0].model_copy(deep=True)
    meeting.field("fungerer").notes += [Note(text=f"Ekstra notat {i}") for i in range(300)]
    pages = page_texts(duk_pdf(meeting, case, templates.get("familie")))
    first = _norm(pages[0])
    match = re.search(r"held fram på side (\d+) →", first)
    assert match, "the field says where it continues"
    target = _norm(pages[int(match.group(1)) - 1])
    assert "Det som fungerer for oss — held fram frå side 1" in target
    every = _norm(" ".join(pages))
    for i in range(300):
        assert f"Ekstra notat {i} " in every + " "


def test_hostile_text_prints_without_losing_a_word(templates: TemplateSet,
                                                   haugland: Demo) -> None:
    case, meetings = haugland
    meeting = meetings[0].model_copy(deep=True)
    rnd = random.Random(6)
    vocabulary = [f"ord{i}" for i in range(4000)]
    long_note = " ".join(rnd.choice(vocabulary) for _ in range(2600))[:20_000]
    hostile = ["<b>ikkje fet</b> & &amp; <br/> <para>", "kontroll\x01teikn\x07her\x1b og\u202eslik",
               long_note, f"{SAMI} مرحبا بالعالم"]
    meeting.field("viktig").notes += [Note(text=t, said_by=SaidBy.CHILD) for t in hostile]
    meeting.field("fungerer").notes += [Note(text=f"Notat {i} om kvardagen", domain="skole")
                                        for i in range(300)]
    pdf = duk_pdf(meeting, case, templates.get("familie"))
    found = words(pdf)
    expected: set[str] = set()
    for text in hostile[:3] + [n.text for n in meeting.field("fungerer").notes]:
        expected |= set(clean_text(text).split())
    missing = expected - found
    assert not missing, sorted(missing)[:20]
    assert "<b>ikkje fet</b> & &amp; <br/> <para>" in flat(pdf)


def test_leave_out_is_stated_and_the_notes_are_gone(templates: TemplateSet,
                                                    haugland: Demo) -> None:
    case, meetings = haugland
    pages = page_texts(duk_pdf(meetings[0], case, templates.get("familie"),
                               leave_out=["rus", "Psykisk helse", "draumar"]))
    text = _norm(" ".join(pages))
    for page in pages:
        assert "Utelate på denne utskrifta: Rus, Psykisk helse, ... fordi vi drøymer om" in \
            _norm(page)
    assert "Sara søv dårleg og er sliten" not in text
    assert "Eit hus med hage" not in text
    assert "(utelate på denne utskrifta)" in text
    assert "Emil kjem seg ikkje på skulen om morgonen" in text


def test_same_meeting_prints_to_the_same_bytes(templates: TemplateSet, jonas: Demo) -> None:
    case, meetings = jonas
    template = templates.get("individuell")
    assert duk_pdf(meetings[0], case, template) == duk_pdf(meetings[0], case, template)
