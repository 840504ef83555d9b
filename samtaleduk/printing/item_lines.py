"""A printed entry (note, goal, action …) laid out without reportlab's Paragraph.

A duk is fitted by trying font sizes and columns: every entry is built, measured and
re-measured many times. `Paragraph` parses its markup with an HTML parser each time
it is made and re-breaks its lines through general machinery; that was most of the
cost of a print. An entry needs little of it: the user's text plus a few marks of
our own (`<b>`, `<font size= color=>`, `<br/>`). `ItemLines` reads that markup once
(cached), measures each word with `stringWidth` (cached) and draws each line as one
text object, the way `Paragraph` places it: first baseline one font size below the
top, `leading` between lines, the bullet hanging at `bulletIndent`, over-long words
cut to the line (`splitLongWords`). Markup it does not know makes `item_flowable`
fall back to `Paragraph`, so nothing is ever printed wrong, only slower.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from samtaleduk.printing.fonts import BOLD, REGULAR


@dataclass(frozen=True)
class Span:
    """A piece of one word in one face, size and colour (`None`: the style's)."""

    text: str
    bold: bool
    size: float | None
    colour: str | None


Word = tuple[Span, ...]
LINE_BREAK: Word = ()
"""A forced line break (`<br/>`), kept in the word list as an empty word."""

_TAG = re.compile(r"<(/?)(b|font|br)\b([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_SPACE = re.compile(r"(\s+)")


class UnknownMarkup(ValueError):
    """The markup uses something `ItemLines` does not draw, or a style it does not follow (another font, not
    aligned left)."""


@lru_cache(maxsize=4096)
def words_of(markup: str) -> tuple[Word, ...]:
    """The words of `markup`, each as the spans it is made of; raises UnknownMarkup
    for any tag but b, font (size, color, name: the print's own faces) and br, or
    for a stray `<`."""
    words: list[Word] = []
    current: list[Span] = []
    bold = 0
    fonts: list[tuple[float | None, str | None, bool]] = [(None, None, False)]

    # The space before a word is kept as its first span, in the face it was
    # written in (as Paragraph measures it); a line that starts with it drops it.
    space: Span | None = None

    def add_text(text: str) -> None:
        nonlocal current, space
        if "<" in text or ">" in text:
            raise UnknownMarkup(text)
        for piece in _SPACE.split(html.unescape(text)):
            if not piece:
                continue
            size, colour, face_bold = fonts[-1]
            if piece.isspace():
                if current:
                    words.append(tuple(current))
                    current = []
                if space is None and words and words[-1] != LINE_BREAK:
                    space = Span(" ", bold > 0 or face_bold, size, colour)
                continue
            if not current and space is not None:
                current.append(space)
            space = None
            current.append(Span(piece, bold > 0 or face_bold, size, colour))

    pos = 0
    for tag in _TAG.finditer(markup):
        add_text(markup[pos:tag.start()])
        pos = tag.end()
        closing, name, attrs, _self_closing = tag.groups()
        if name == "br":
            if current:
                words.append(tuple(current))
                current = []
            words.append(LINE_BREAK)
            space = None
        elif name == "b":
            bold += -1 if closing else 1
        elif closing:
            if len(fonts) == 1:
                raise UnknownMarkup(markup)
            fonts.pop()
        else:
            found = dict(_ATTR.findall(attrs))
            if set(found) - {"size", "color", "name"} or found.get("name", BOLD) not in (
                    REGULAR, BOLD):
                raise UnknownMarkup(markup)
            size, colour, face_bold = fonts[-1]
            fonts.append((float(found["size"]) if "size" in found else size,
                          found.get("color", colour),
                          found["name"] == BOLD if "name" in found else face_bold))
    add_text(markup[pos:])
    if current:
        words.append(tuple(current))
    return tuple(words)


@lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


def _font(span: Span) -> str:
    return BOLD if span.bold else REGULAR


def _without_space(word: Word) -> Word:
    """`word` without the space before it (at the start of a line)."""
    return word[1:] if word and word[0].text == " " else word


def _bolder(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """`words` all in the bold face (a style set in bold)."""
    return tuple(tuple(Span(s.text, True, s.size, s.colour) for s in word) for word in words)


@lru_cache(maxsize=256)
def _colour(value: str) -> colors.Color:
    return colors.HexColor(value)


class ItemLines(Flowable):  # type: ignore[misc]
    """One entry, broken into lines at the width it is wrapped to (see module)."""

    def __init__(self, words: tuple[Word, ...], style: ParagraphStyle,
                 bullet: str | None = None, *, first_offset: float | None = None) -> None:
        super().__init__()
        self.words = words
        self.style = style
        self.bullet = bullet
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.lines: list[list[Word]] = []
        self._wrapped_at: float | None = None
        bullet_end = (style.bulletIndent + _width(bullet, style.bulletFontName,
                                                   style.bulletFontSize)
                      + 0.6 * style.bulletFontSize) if bullet else 0.0
        # As Paragraph: a bullet (and its gap) wider than the indent pushes the
        # first line right.
        self._first_offset = (first_offset if first_offset is not None else
                              max(style.firstLineIndent, bullet_end - style.leftIndent))

    def _span_width(self, span: Span) -> float:
        return _width(span.text, _font(span), span.size or self.style.fontSize)

    def _word_width(self, word: Word) -> float:
        return sum(self._span_width(s) for s in word)

    def _break(self, width: float) -> list[list[Word]]:
        lines: list[list[Word]] = [[]]
        room = width - self._first_offset
        used = 0.0
        for word in self.words:
            if word == LINE_BREAK:
                lines.append([])
                room, used = width, 0.0
                continue
            bare = _without_space(word)
            if lines[-1]:
                w = self._word_width(word)
                if used + w <= room:
                    lines[-1].append(word)
                    used += w
                    continue
                lines.append([])
                room, used = width, 0.0
            w = self._word_width(bare)
            if w <= room or not bare:
                lines[-1].append(bare)
                used = w
                continue
            for piece in self._cut(bare, room):  # longer than a whole line
                if lines[-1]:
                    lines.append([])
                lines[-1].append(piece)
            used = self._word_width(lines[-1][-1])
        return lines

    def _cut(self, word: Word, room: float) -> list[Word]:
        """`word` in pieces of at most `room` points (at least one letter each)."""
        pieces: list[Word] = []
        current: list[Span] = []
        used = 0.0
        for span in word:
            text = ""
            for ch in span.text:
                cw = _width(ch, _font(span), span.size or self.style.fontSize)
                if used + cw > room and (text or current):
                    if text:
                        current.append(Span(text, span.bold, span.size, span.colour))
                    pieces.append(tuple(current))
                    current, text, used = [], "", 0.0
                text += ch
                used += cw
            if text:
                current.append(Span(text, span.bold, span.size, span.colour))
        if current:
            pieces.append(tuple(current))
        return pieces

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        text_width = availWidth - self.style.leftIndent - self.style.rightIndent
        if self._wrapped_at != text_width:
            self.lines = self._break(text_width)
            self._wrapped_at = text_width
        self.width = availWidth
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def getActualLineWidths0(self) -> list[float]:  # noqa: N802 (Paragraph's name)
        """The width of each line's text, as `Paragraph` reports it (after `wrap`)."""
        return [sum(self._word_width(word) for word in line) for line in self.lines]

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """Whole lines that fit, then the rest (no lone first line, as Paragraph)."""
        self.wrap(availWidth, availHeight)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit >= len(self.lines):
            return [self]
        if fit == 0:
            return []
        if fit < 2 and len(self.lines) > 1 and not self.style.allowOrphans:
            return []
        head_words = [w for line in self.lines[:fit] for w in (*line, LINE_BREAK)][:-1]
        tail_words = [w for line in self.lines[fit:] for w in (*line, LINE_BREAK)][:-1]
        head = ItemLines(tuple(head_words), self.style, self.bullet,
                         first_offset=self._first_offset)
        head.spaceAfter = 0
        tail = ItemLines(tuple(tail_words), self.style, None, first_offset=0.0)
        tail.spaceBefore = 0
        return [head, tail]

    def draw(self) -> None:
        st = self.style
        canv: Any = self.canv
        y = self.height - st.fontSize
        if self.bullet:
            bullet = canv.beginText(st.bulletIndent, y + getattr(st, "bulletOffsetY", 0))
            bullet.setFont(st.bulletFontName, st.bulletFontSize)
            bullet.setFillColor(getattr(st, "bulletColor", st.textColor))
            bullet.textOut(self.bullet)
            canv.drawText(bullet)
        for i, line in enumerate(self.lines):
            x = st.leftIndent + (self._first_offset if i == 0 else 0.0)
            if line:
                self._draw_line(canv, line, x, y)
            y -= st.leading

    def _draw_line(self, canv: Any, line: list[Word], x: float, y: float) -> None:
        # Runs of one face and colour go out as one string: far fewer operators.
        st = self.style
        text = canv.beginText(x, y)
        face: tuple[str, float] | None = None
        colour: str | None = "?"
        run: list[str] = []
        for word in line:
            for span in word:
                wanted = (_font(span), span.size or st.fontSize)
                if wanted != face or span.colour != colour:
                    if run:
                        text.textOut("".join(run))
                        run = []
                    if wanted != face:
                        text.setFont(*wanted)
                        face = wanted
                    if span.colour != colour:
                        text.setFillColor(_colour(span.colour) if span.colour
                                          else st.textColor)
                        colour = span.colour
                run.append(span.text)
        # Ended with a line feed (T*), as Paragraph ends its lines: text extraction
        # (copying from the PDF, pypdf) then keeps separate lines separate.
        text.textLine("".join(run))
        canv.drawText(text)


def item_flowable(markup: str, style: ParagraphStyle, bullet: str | None) -> Flowable:
    """`markup` as an `ItemLines`, or as a `Paragraph` when it holds markup that
    `ItemLines` does not draw, or a style it does not follow (another font, not
    aligned left)."""
    if style.fontName in (REGULAR, BOLD) and style.alignment == TA_LEFT:
        try:
            words = words_of(markup)
        except UnknownMarkup:
            pass
        else:
            return ItemLines(_bolder(words) if style.fontName == BOLD else words, style,
                             bullet)
    return Paragraph(markup, style, bulletText=bullet)
