"""The app's own font: DejaVu Sans, shipped in resources/fonts.

Without a registered font an offscreen or minimal system draws every letter as an
empty box and reports success, so the font is registered at start and made the
application font. The point size is left as the system gives it, so that the
user's text-size setting is respected. `SAMTALEDUK_TEXT_SCALE` (e.g. 2, what
`snapshot --text-scale 2` sets) multiplies that size, to see and test the app as
someone with 200 % text sees it.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from samtaleduk.paths import font_path

log = logging.getLogger(__name__)

FAMILY_FALLBACK = "DejaVu Sans"
_registered: str | None = None


def register_fonts() -> str:
    """Register the shipped fonts once; returns the family name to use."""
    global _registered
    if _registered is not None:
        return _registered
    family = FAMILY_FALLBACK
    for bold in (False, True):
        font_id = QFontDatabase.addApplicationFont(str(font_path(bold)))
        if font_id < 0:
            log.warning("could not register the shipped font %s", font_path(bold).name)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families and not bold:
            family = families[0]
    _registered = family
    return family


def app_font(point_size: float | None = None) -> QFont:
    """The shipped font at the system's size (or `point_size`)."""
    family = register_fonts()
    font = QFont(QApplication.font())
    font.setFamily(family)
    font.setFamilies([family])
    if point_size is not None:
        font.setPointSizeF(point_size)
    return font


def text_scale() -> float:
    """The extra text scale from `SAMTALEDUK_TEXT_SCALE` (1 when unset or invalid,
    at most 4)."""
    try:
        value = float(os.environ.get("SAMTALEDUK_TEXT_SCALE", "1"))
    except ValueError:
        return 1.0
    return min(4.0, value) if value > 0 else 1.0


def install_app_font(app: QApplication) -> QFont:
    """Make the shipped font the application's font, keeping the system size
    (times `text_scale()`)."""
    font = app_font()
    scale = text_scale()
    if scale != 1.0:
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * scale)
    app.setFont(font)
    return font


def scaled_font(base: QFont, factor: float, bold: bool = True) -> QFont:
    """`base` scaled by `factor` (headings), so they grow with the system size."""
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font
