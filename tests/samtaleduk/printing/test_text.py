"""User text on its way into reportlab: cleaned, escaped, RTL in a fallback."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from samtaleduk.printing.pages import style
from samtaleduk.printing.text import clean_text, has_rtl, markup, visual_order


def test_markup_escapes_what_reportlab_would_read_as_tags() -> None:
    assert markup("<b>fet</b> & &amp;") == "&lt;b&gt;fet&lt;/b&gt; &amp; &amp;amp;"


def test_markup_keeps_line_breaks_as_br() -> None:
    assert markup("ei\nto\r\ntre") == "ei<br/>to<br/>tre"


def test_control_and_format_characters_go_visible_text_stays() -> None:
    text = "a\x00b\x07c\x1bd\u200be\u202ef\x85g\th\u00adi ŊŋĐđ"
    assert clean_text(text) == "abcdef\ng hi ŊŋĐđ"


def test_hostile_text_makes_a_paragraph_without_error() -> None:
    hostile = '<para>&lt;</b><font name="x">&#0; \x01 ]]> "\' <br/>'
    para = Paragraph(markup(hostile), style("t", 10))
    para.wrap(200, 1000)
    text = para.getPlainText()
    assert "<para>" in text and "<br/>" in text and '<font name="x">' in text


def test_rtl_runs_are_reversed_into_visual_order() -> None:
    assert has_rtl("مرحبا") and not has_rtl("hei på deg")
    assert visual_order("abc") == "abc"
    # One Arabic word: its letters run right to left on paper.
    assert visual_order("Hei سلام!") == "Hei مالس!"
    # Numbers inside a right-to-left run keep their own order.
    assert "2026" in visual_order("عام 2026 جديد")
