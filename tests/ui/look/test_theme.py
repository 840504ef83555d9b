"""Both themes keep text readable (WCAG 4.5:1) and their style sheets are complete."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ui.look.theme import TEXT_PAIRS, THEMES, apply_theme, contrast_ratio, current_theme, stylesheet


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


@pytest.mark.parametrize("contrast", [False, True], ids=["paper", "high_contrast"])
def test_canvas_text_pairs_reach_4_5_to_1_for_every_duk(qapp: QApplication,
                                                        contrast: bool) -> None:
    """The duk's own colours (duker/*.toml: paper, ink, heading, accent and each
    field's colour) and the canvas's marks, cards and chips, in the paper look and
    in high contrast."""
    from samtaleduk.templates.loading import load_all
    from ui.canvas.style import CanvasStyle

    templates = load_all().ordered()
    assert templates
    weak = []
    for template in templates:
        style = CanvasStyle(template, "nn")
        style.contrast = contrast
        for what, fg, bg in style.text_pairs():
            ratio = contrast_ratio(fg, bg)
            if ratio < 4.5:
                weak.append((template.id, what, fg, bg, round(ratio, 2)))
        sheet = style.stylesheet()
        assert ":focus" in sheet
        if contrast:
            assert "#000000" in sheet
            assert not [f.colour for f in template.fields if f.colour and f.colour in sheet]
    assert weak == []


def test_high_contrast_theme_reaches_an_open_canvas(qapp: QApplication) -> None:
    """Switching the theme with a duk open re-colours it (black on white)."""
    from samtaleduk.templates.loading import load_all
    from ui.canvas.style import CanvasStyle

    style = CanvasStyle(load_all().ordered()[0], "nn")
    assert not style.contrast
    apply_theme(qapp, "high_contrast")
    try:
        assert style.follow_theme()
        assert style.colours["ink"] == "#000000"
        assert "#FFFFFF" in style.stylesheet()
    finally:
        apply_theme(qapp, "paper")
    assert style.follow_theme() and not style.contrast


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_no_pseudo_state_changes_a_font(theme: str) -> None:
    """Qt applies a pseudo-state's font (`:default { font-weight: bold }`) when
    painting, after the widget was sized for the plain font: text gets cut."""
    import re

    from samtaleduk.templates.loading import load_all
    from ui.canvas.style import CanvasStyle

    canvas = CanvasStyle(load_all().ordered()[0], "nn")
    canvas.contrast = theme == "high_contrast"
    sheet = re.sub(r"/\*.*?\*/", "", stylesheet(theme) + canvas.stylesheet(), flags=re.S)
    bad = [selector.strip() for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet)
           if re.search(r":(?!:)[a-z-]+", selector.replace("::", "\0"))
           and re.search(r"\bfont", body)]
    assert bad == []


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_the_file_dialogs_tool_buttons_draw_their_icons(
        theme: str, qapp: QApplication, tmp_path: object) -> None:
    """The buttons' padding once left Qt's file dialog no room for its icons: back, up,
    new folder and the two views were blank boxes (docs/images/languages/)."""
    from PySide6.QtWidgets import QToolButton

    from ui.dialogs.file_dialogs import save_dialog

    apply_theme(qapp, theme)
    try:
        dialog = save_dialog(None, "x", str(tmp_path), "PDF (*.pdf)")
        dialog.resize(800, 500)
        dialog.show()
        buttons = [b for b in dialog.findChildren(QToolButton) if b.isVisible()
                   and not b.icon().isNull()]
        assert len(buttons) >= 5
        for button in buttons:
            image = button.grab().toImage()
            inside = {image.pixel(x, y)
                      for x in range(image.width() // 4, image.width() * 3 // 4)
                      for y in range(image.height() // 4, image.height() * 3 // 4)}
            assert len(inside) > 2, f"{button.objectName()} draws no icon ({theme})"
        dialog.close()
    finally:
        apply_theme(qapp, "paper")
