"""WCAG 2.1 contrast between two colours.

One computation for the app's own palettes (ui/look/theme) and for the colours a
municipality writes into its duk file (`duker check`), so that both meet the same
rule: text needs 4.5:1 against its background (level AA, normal text).
"""

from __future__ import annotations

from typing import Final

AA_TEXT_CONTRAST: Final = 4.5
"""WCAG 2.1 level AA: the lowest contrast ratio for normal-sized text."""


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    """WCAG relative luminance of a #RRGGBB colour."""
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG contrast ratio between two #RRGGBB colours (1 to 21)."""
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)
