"""Printed entries laid out without Paragraph: the same words, lines that never run
past their column, and Paragraph wherever the markup or style is not ours."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from samtaleduk.domain.model import Case, Meeting
from samtaleduk.printing.content import field_items
from samtaleduk.printing.fonts import BOLD
from samtaleduk.printing.item_lines import (
    LINE_BREAK,
    ItemLines,
    Span,
    UnknownMarkup,
    item_flowable,
    words_of,
)
from samtaleduk.printing.pages import style
from samtaleduk.printing.sheet import item_style
from samtaleduk.printing.text import markup
from samtaleduk.templates.loading import TemplateSet
from tests.samtaleduk.printing.pdfcheck import flat

WIDTHS = (60.0, 120.0, 200.0, 360.0)


def _text(line: list[tuple[Span, ...]]) -> str:
    return "".join(span.text for word in line for span in word)


def test_the_marks_of_an_entry_become_spans() -> None:
    words = words_of('<b>Sara:</b> Eg vil  <font size="6.5" color="#5B6670">Skule</font>'
                     '<br/>ny linje')
    spans = [s for word in words for s in word]
    assert [s.text for s in spans] == ["Sara:", " ", "Eg", " ", "vil", " ", "Skule", "ny",
                                       " ", "linje"]
    assert spans[0].bold and not spans[2].bold
    assert spans[6].size == 6.5 and spans[6].colour == "#5B6670"
    assert LINE_BREAK in words


def test_user_text_that_looks_like_markup_stays_text() -> None:
    words = words_of(markup('<b>ikkje feit</b> & <font name="x">'))
    assert " ".join("".join(s.text for s in w).strip() for w in words) == (
        '<b>ikkje feit</b> & <font name="x">')
    assert not any(s.bold for w in words for s in w)


@pytest.mark.parametrize("markup_text", ["<u>01.05.2026</u>", '<font name="Courier">x</font>',
                                         "<i>x</i>", "a < b"])
def test_markup_it_does_not_draw_is_refused(markup_text: str) -> None:
    with pytest.raises(UnknownMarkup):
        words_of(markup_text)


def test_other_markup_or_styles_fall_back_to_paragraph() -> None:
    st = item_style(8)
    assert isinstance(item_flowable("På kort sikt <u>01.05.2026</u>", st, None), Paragraph)
    centred = style("c", 8, alignment=TA_CENTER)
    assert isinstance(item_flowable("midt på", centred, None), Paragraph)
    assert isinstance(item_flowable("vanleg tekst", st, "•"), ItemLines)


def _check_lines(flow: ItemLines, width: float) -> None:
    room = width - flow.style.leftIndent - flow.style.rightIndent
    widths = flow.getActualLineWidths0()
    for i, line in enumerate(flow.lines):
        limit = room - (flow._first_offset if i == 0 else 0.0)
        words = len(line)
        # Never past the column, except a single letter wider than the column.
        assert widths[i] <= limit + 1e-6 or (words == 1 and len(_text(line)) == 1)
        assert not line or line[0][0].text != " ", "a line starts with a space"
        if i + 1 < len(flow.lines) and flow.lines[i + 1]:
            # Greedy: the next line's first word would not have fitted here.
            nxt = flow.lines[i + 1][0]
            space = Span(" ", nxt[0].bold, nxt[0].size, nxt[0].colour)
            following = sum(flow._span_width(s) for s in (space, *nxt))
            assert widths[i] + following > limit - 1e-6 or LINE_BREAK in flow.words


@pytest.mark.parametrize("width", WIDTHS)
def test_demo_entries_break_like_a_person_would(
        templates: TemplateSet, haugland: tuple[Case, list[Meeting]], width: float) -> None:
    _, meetings = haugland
    meeting = meetings[-1]
    template = templates.get(meeting.template_id)
    st = item_style(8)
    for tfield in template.fields:
        for item in field_items(meeting, template, tfield, "nn", 8):
            flow = item.para(st)
            assert isinstance(flow, ItemLines)
            flow.wrap(width, 1e9)
            _check_lines(flow, width)
            para = Paragraph(item.before + markup(item.text) + item.after, st,
                             bulletText=item.bullet)
            para.wrap(width, 1e9)
            # The same words as Paragraph, in about as many lines (in a very narrow
            # column Paragraph fills a line with the head of a long word first).
            assert "".join(_text(line) for line in flow.lines).replace(" ", "") == \
                "".join(para.getPlainText().split())
            if width >= 120:
                assert abs(len(flow.lines) - len(para.blPara.lines)) <= 1


@settings(max_examples=60, deadline=None)
@given(text=hs.text(hs.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200),
       width=hs.floats(20, 400))
def test_any_text_keeps_every_letter_and_its_column(text: str, width: float) -> None:
    flow = item_flowable(markup(text), item_style(8), "•")
    assert isinstance(flow, ItemLines)
    flow.wrap(width, 1e9)
    _check_lines(flow, width)
    printed = "".join(_text(line) for line in flow.lines)
    assert printed.replace(" ", "") == "".join(markup(text).replace("<br/>", "").split()) \
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def test_a_word_longer_than_the_column_is_cut_to_it() -> None:
    flow = item_flowable("Kort " + "x" * 80 + " slutt", item_style(8), "•")
    flow.wrap(80, 1e9)
    assert len(flow.lines) > 3
    _check_lines(flow, 80)


def test_a_long_entry_flows_over_pages_with_every_word() -> None:
    words = [f"ord{i}" for i in range(1500)]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4)
    doc.build([item_flowable(" ".join(words), item_style(9), "•")])
    assert flat(buf.getvalue()).split() == ["•", *words]


def test_many_short_entries_flow_over_pages() -> None:
    # A one-line entry meeting less than a line of room must move whole to the
    # next page (it once came back as an empty head: reportlab's LayoutError).
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4)
    doc.build([item_flowable(f"notat {i}", item_style(9 + (i % 3) * 0.7), "•")
               for i in range(400)])
    assert flat(buf.getvalue()).split() == [w for i in range(400) for w in ("•", "notat", str(i))]


def test_bold_style_prints_every_word_bold() -> None:
    flow = item_flowable("Namna våre er", style("label", 9, bold=True), None)
    assert isinstance(flow, ItemLines)
    assert all(s.bold for w in flow.words for s in w)
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    flow.wrap(200, 100)
    flow.drawOn(c, 20, 700)
    c.save()
    assert BOLD.encode() in buf.getvalue() or b"DejaVuSans-Bold" in buf.getvalue()
