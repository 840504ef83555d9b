"""Colours and style sheets: warm paper tones, visible focus, a high-contrast option.

The palettes are declared here once; the `.qss` files in resources/styles use their
names as `$tokens`. Keeping the colours as data lets a test check every text/background
pair against WCAG's 4.5:1 contrast ratio (samtaleduk.templates.contrast, the same rule
`duker check` applies to a duk file's colours).
"""

from __future__ import annotations

from string import Template
from typing import Final

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from samtaleduk.paths import resources_dir
from samtaleduk.templates.contrast import contrast_ratio, luminance

__all__ = [
    "HIGH_CONTRAST", "PAPER", "TEXT_PAIRS", "THEMES", "apply_theme", "colour", "contrast_ratio",
    "current_theme", "luminance", "palette", "stylesheet",
]

PAPER: Final[dict[str, str]] = {
    "window": "#F4EFE4",       # the table the duk lies on
    "surface": "#FBF8F1",      # the paper itself
    "surface_alt": "#EFE7D8",  # alternate rows, headers
    "ink": "#1F2933",
    "ink_muted": "#4A5560",
    "line": "#A89E8B",
    "accent": "#2F5F82",       # buttons, links
    "accent_hover": "#244C69",
    "on_accent": "#FFFFFF",
    "focus": "#B4441A",        # a warm, unmistakable focus ring
    "selection": "#D5E3EC",
    "on_selection": "#1F2933",
    "warning_bg": "#FBEBD9",
    "warning_ink": "#6B3410",
    "error_bg": "#F9E3DF",
    "error_ink": "#8A2416",
    "disabled_ink": "#6E6A62",
}

HIGH_CONTRAST: Final[dict[str, str]] = {
    "window": "#000000",
    "surface": "#000000",
    "surface_alt": "#1A1A1A",
    "ink": "#FFFFFF",
    "ink_muted": "#E6E6E6",
    "line": "#FFFFFF",
    "accent": "#FFE14D",
    "accent_hover": "#FFF08A",
    "on_accent": "#000000",
    "focus": "#4DD2FF",
    "selection": "#FFE14D",
    "on_selection": "#000000",
    "warning_bg": "#000000",
    "warning_ink": "#FFE14D",
    "error_bg": "#000000",
    "error_ink": "#FF9C8A",
    "disabled_ink": "#BDBDBD",
}

THEMES: Final[dict[str, dict[str, str]]] = {"paper": PAPER, "high_contrast": HIGH_CONTRAST}

TEXT_PAIRS: Final[tuple[tuple[str, str], ...]] = (
    ("ink", "window"), ("ink", "surface"), ("ink", "surface_alt"),
    ("ink_muted", "window"), ("ink_muted", "surface"), ("ink_muted", "surface_alt"),
    ("on_accent", "accent"), ("on_accent", "accent_hover"),
    ("on_selection", "selection"), ("warning_ink", "warning_bg"), ("error_ink", "error_bg"),
    ("disabled_ink", "surface"), ("accent", "surface"), ("accent", "window"),
)
"""Foreground/background pairs that carry text; each must reach 4.5:1."""


def stylesheet(theme: str = "paper") -> str:
    """The application style sheet for `theme`, with the palette filled in."""
    styles = resources_dir() / "styles"
    values = dict(THEMES[theme])
    # Qt style sheets want forward slashes in url(), on Windows too.
    values["arrow_down"] = (styles / f"arrow-down-{theme}.svg").as_posix()
    base = (styles / "app.qss").read_text(encoding="utf-8")
    extra_path = styles / f"{theme}.qss"
    extra = extra_path.read_text(encoding="utf-8") if extra_path.exists() else ""
    return Template(base + "\n" + extra).substitute(values)


def palette(theme: str = "paper") -> QPalette:
    """A QPalette matching the style sheet, for widgets the sheet does not reach."""
    c = THEMES[theme]
    pal = QPalette()
    role = QPalette.ColorRole
    pal.setColor(role.Window, QColor(c["window"]))
    pal.setColor(role.WindowText, QColor(c["ink"]))
    pal.setColor(role.Base, QColor(c["surface"]))
    pal.setColor(role.AlternateBase, QColor(c["surface_alt"]))
    pal.setColor(role.Text, QColor(c["ink"]))
    pal.setColor(role.Button, QColor(c["surface_alt"]))
    pal.setColor(role.ButtonText, QColor(c["ink"]))
    pal.setColor(role.Highlight, QColor(c["selection"]))
    pal.setColor(role.HighlightedText, QColor(c["on_selection"]))
    pal.setColor(role.ToolTipBase, QColor(c["surface"]))
    pal.setColor(role.ToolTipText, QColor(c["ink"]))
    pal.setColor(role.PlaceholderText, QColor(c["ink_muted"]))
    pal.setColor(role.Link, QColor(c["accent"]))
    pal.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(c["disabled_ink"]))
    pal.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor(c["disabled_ink"]))
    pal.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(c["disabled_ink"]))
    return pal


def apply_theme(app: QApplication, theme: str = "paper") -> None:
    """Apply palette and style sheet; "paper" or "high_contrast"."""
    if theme not in THEMES:
        theme = "paper"
    app.setStyle("Fusion")
    app.setPalette(palette(theme))
    app.setStyleSheet(stylesheet(theme))
    app.setProperty("samtaleduk_theme", theme)


def current_theme() -> str:
    """The theme applied to the running application."""
    app = QApplication.instance()
    value = app.property("samtaleduk_theme") if app is not None else None
    return value if isinstance(value, str) and value in THEMES else "paper"


def colour(name: str) -> str:
    """A colour of the current theme, for widgets that paint themselves."""
    return THEMES[current_theme()][name]
