"""Both themes keep text readable (WCAG 4.5:1) and their style sheets are complete."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ui.theme import TEXT_PAIRS, THEMES, apply_theme, contrast_ratio, current_theme, stylesheet


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_text_pair_reaches_4_5_to_1(theme: str) -> None:
    colours = THEMES[theme]
    weak = [(fg, bg, round(contrast_ratio(colours[fg], colours[bg]), 2))
            for fg, bg in TEXT_PAIRS if contrast_ratio(colours[fg], colours[bg]) < 4.5]
    assert weak == []


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_style_sheet_has_every_colour_filled_in(theme: str, qapp: QApplication) -> None:
    sheet = stylesheet(theme)
    assert "$" not in sheet
    assert ":focus" in sheet
    apply_theme(qapp, theme)
    assert current_theme() == theme
    apply_theme(qapp, "paper")
