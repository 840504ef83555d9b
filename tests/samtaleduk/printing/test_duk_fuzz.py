"""Any text a family can dictate prints: no exception, and (for ordinary letters)
no word lost. A small run by default; `-m slow` runs the long one."""

from __future__ import annotations

import datetime as dt
import re
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samtaleduk.domain.model import Case, Meeting, Note, Participant, SaidBy
from samtaleduk.printing import duk_pdf
from samtaleduk.templates.loading import load_all
from tests.samtaleduk.printing.pdfcheck import flat, page_texts

TEMPLATES = load_all()
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                   max_size=400)
WORDS = st.lists(st.text("abcæøåÆØÅŋđčšžáÁ<>&;#'\"", min_size=1, max_size=12),
                 min_size=1, max_size=40).map(" ".join)


def _meeting(template_id: str, notes: list[str], names: list[str]) -> tuple[Case, Meeting]:
    template = TEMPLATES.get(template_id)
    case = Case(name="Sak", template_id=template_id)
    meeting = Meeting(case_id=case.id, number=1, date=dt.date(2026, 1, 14),
                      template_id=template_id, template_version=template.version,
                      participants=[Participant(name=n[:500] or "x") for n in names])
    fields = [f.id for f in template.fields if f.kind == "notes"]
    domains = [d.id for d in template.life_domains] + [None]
    voices = [*SaidBy, None]
    for i, text in enumerate(notes):
        meeting.field(fields[i % len(fields)]).notes.append(
            Note(id=uuid.UUID(int=i + 1), text=text, domain=domains[i % len(domains)],
                 said_by=voices[i % len(voices)]))
    return case, meeting


def _prints(template_id: str, notes: list[str], names: list[str], paper: str) -> str:
    case, meeting = _meeting(template_id, notes, names)
    pdf = duk_pdf(meeting, case, TEMPLATES.get(template_id), paper=paper)
    pages = page_texts(pdf)
    assert pages and "side 1 av" in pages[0]
    return flat(pdf)


def _no_word_lost(template_id: str, notes: list[str], paper: str) -> None:
    printed = set(_prints(template_id, notes, [], paper).split())
    missing = {w for n in notes for w in n.split()} - printed
    assert not missing


_FAST = settings(max_examples=15, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow])
_SLOW = settings(max_examples=300, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(notes=st.lists(ANY_TEXT, max_size=12), names=st.lists(ANY_TEXT, max_size=4),
       template_id=st.sampled_from(["familie", "individuell"]),
       paper=st.sampled_from(["a3", "a4"]))
def test_any_unicode_prints(notes: list[str], names: list[str], template_id: str,
                            paper: str) -> None:
    _prints(template_id, notes, names, paper)


@_FAST
@given(notes=st.lists(WORDS, min_size=1, max_size=30),
       template_id=st.sampled_from(["familie", "individuell"]),
       paper=st.sampled_from(["a3", "a4"]))
def test_ordinary_words_are_never_lost(notes: list[str], template_id: str, paper: str) -> None:
    _no_word_lost(template_id, notes, paper)


@pytest.mark.slow
@_SLOW
@given(notes=st.lists(ANY_TEXT, max_size=60), names=st.lists(ANY_TEXT, max_size=30),
       template_id=st.sampled_from(["familie", "individuell"]),
       paper=st.sampled_from(["a3", "a4"]))
def test_any_unicode_prints_long(notes: list[str], names: list[str], template_id: str,
                                 paper: str) -> None:
    _prints(template_id, notes, names, paper)


@pytest.mark.slow
@_SLOW
@given(notes=st.lists(WORDS, min_size=1, max_size=200),
       template_id=st.sampled_from(["familie", "individuell"]),
       paper=st.sampled_from(["a3", "a4"]))
def test_ordinary_words_are_never_lost_long(notes: list[str], template_id: str,
                                            paper: str) -> None:
    _no_word_lost(template_id, notes, paper)


def _body(pages: list[str]) -> str:
    """The follow-on pages' text without the title lines and the footer, so that
    a word running over a page break reads as one again."""
    kept = []
    for page in pages[1:]:
        lines = page.splitlines()[2:]
        kept += [line for line in lines
                 if not re.fullmatch(r"side \d+ av \d+", line) and "Teiepliktig" not in line]
    return "".join("".join(kept).split())


def test_one_huge_word_and_many_line_breaks() -> None:
    word = "ŋ" + "abcdefghij" * 2000
    breaks = "\n".join(f"linje{i}" for i in range(1500))
    case, meeting = _meeting("individuell", [word, breaks], ["Ein svært lang namn " * 20])
    pdf = duk_pdf(meeting, case, TEMPLATES.get("individuell"), paper="a4")
    assert word in _body(page_texts(pdf))
    text = flat(pdf)
    assert all(f"linje{i} " in text + " " for i in range(1500))
