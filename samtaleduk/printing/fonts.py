"""The open font every PDF is set in, registered once with reportlab.

reportlab's built-in Helvetica prints ŋ, đ, ŧ and č as black squares without a
word of warning, so no print may ever fall back to it. DejaVu Sans (shipped in
resources/fonts) covers Norwegian and Sami letters and is embedded (subset) in
every PDF as a TrueType font.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from samtaleduk.errors import UserError
from samtaleduk.paths import font_path

REGULAR = "SamtaledukSans"
BOLD = "SamtaledukSans-Bold"

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the regular and bold font with reportlab (idempotent, thread-safe).

    Raises UserError when the font files are missing, which means a broken install.
    """
    global _registered
    with _lock:
        if _registered:
            return
        try:
            pdfmetrics.registerFont(TTFont(REGULAR, str(font_path(bold=False))))
            pdfmetrics.registerFont(TTFont(BOLD, str(font_path(bold=True))))
        except OSError as exc:
            raise UserError("print.font_missing") from exc
        # So that <b> in Paragraph markup picks the bold face, not Helvetica-Bold.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True


def has_glyph(ch: str) -> bool:
    """True when the print font has a glyph for the character `ch`."""
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    return ord(ch) in font.face.charToGlyph
