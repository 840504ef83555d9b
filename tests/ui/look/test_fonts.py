"""The shipped font is registered and draws Norwegian and Sami letters."""

from __future__ import annotations

from PySide6.QtGui import QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication

from ui.look.fonts import app_font, install_app_font, register_fonts, scaled_font


def test_shipped_font_has_a_glyph_for_eng(qapp: QApplication) -> None:
    family = register_fonts()
    font = app_font()
    assert QFontInfo(font).family() == family == "DejaVu Sans"
    metrics = QFontMetrics(font)
    for ch in "ŋŊæøåÆØÅčšžđŧá":
        assert metrics.inFontUcs4(ord(ch)), ch


def test_app_font_keeps_the_system_size(qapp: QApplication) -> None:
    before = qapp.font().pointSizeF()
    font = install_app_font(qapp)
    assert font.pointSizeF() == before
    assert qapp.font().family() == "DejaVu Sans"
    assert scaled_font(font, 2.0).pointSizeF() == 2 * before
