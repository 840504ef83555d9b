"""User text on its way into reportlab: cleaned, reordered for RTL, escaped.

Every string a family dictated passes through `markup()` before it reaches a
`Paragraph`; an unescaped `<` or `&` would either raise inside reportlab or, worse,
be read as formatting. Control characters are removed (they are invisible, and
some would draw as black boxes) while every visible character is kept.

Right-to-left scripts (Arabic, Hebrew, …): reportlab cannot shape them without
HarfBuzz, which we do not ship. The fallback reverses each right-to-left run into
visual order so that it reads right to left in unjoined (isolated) letter forms;
numbers inside a run keep their order. See ARCHITECTURE.md, "Printing".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

_LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n",
                "\x0c": "\n", "\x85": "\n"}
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def _is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def clean_text(text: str) -> str:
    """`text` with line breaks normalised to "\\n", tabs as spaces, and control and
    format characters (C0/C1 controls, bidi overrides, zero-width marks, lone
    surrogates) removed. Visible characters are never dropped."""
    for old, new in _LINE_BREAKS.items():
        text = text.replace(old, new)
    text = text.replace("\t", " ")
    out: list[str] = []
    for ch in text:
        if ch == "\n":
            out.append(ch)
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Cs"):
            continue
        out.append(ch)
    return "".join(out)


_RTL_CLASS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RUN = re.compile(f"[{_RTL_CLASS}](?:[{_RTL_CLASS}0-9\\s.,:;!?()«»\\-]*[{_RTL_CLASS}])?")
_TOKEN = re.compile(r"[0-9]+(?:[.,:][0-9]+)*|.", re.S)


def _visual_run(match: re.Match[str]) -> str:
    tokens = _TOKEN.findall(match.group(0))
    return "".join(reversed(tokens)).translate(_MIRROR)


def visual_order(text: str) -> str:
    """Right-to-left runs of `text` reversed into visual order (a fallback for the
    missing bidi/shaping step); text without RTL letters comes back unchanged."""
    if not any(_is_rtl(ch) for ch in text):
        return text
    return "\n".join(_RUN.sub(_visual_run, line) for line in text.split("\n"))


def has_rtl(text: str) -> bool:
    """True when `text` contains right-to-left letters."""
    return any(_is_rtl(ch) for ch in text)


@lru_cache(maxsize=4096)  # a duk is fitted at several sizes: the same texts again
def markup(text: str) -> str:
    """Paragraph markup for user text: cleaned, RTL-reordered, XML-escaped, with
    line breaks as <br/>. The only way user text may enter a Paragraph."""
    cleaned = visual_order(clean_text(text))
    return escape(cleaned).replace("\n", "<br/>")


def plain(text: str) -> str:
    """User text for a canvas `drawString` (no markup): cleaned, RTL-reordered,
    line breaks as spaces."""
    return visual_order(clean_text(text)).replace("\n", " ")
