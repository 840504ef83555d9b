"""How the canvas looks: the template's colours, zoom, fonts, one style sheet.

Everything visual about the duk is decided here, from the template's palette, so
the field widgets stay about behaviour. Fonts are set in code (not in the style
sheet) relative to the application font, so the system's text size and the zoom
both apply: a widget carries a `sdFont` factor and `sdBold`, and `apply_fonts`
gives it `base size × zoom × factor`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from samtaleduk.templates.model import Template

ZOOM_STEPS = (0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0, 2.4)
PRESENTATION_ZOOM = 1.8
MIN_BODY_PT = 10.0
"""The duk's body text at 100 % is never smaller than this, whatever the system's
font (Windows gives 9 pt): the family reads the screen from across the table."""


def _high_contrast_theme() -> bool:
    """True when the app runs its high-contrast theme (ui.look.theme)."""
    try:
        from ui.look.theme import current_theme
    except ImportError:  # the canvas used without the app shell
        return False
    return current_theme() == "high_contrast"


class CanvasStyle(QObject):
    """Shared look of one canvas: language, zoom, presentation contrast."""

    zoom_changed = Signal(float)
    language_changed = Signal(str)

    def __init__(
        self,
        template: Template,
        lang: str,
        *,
        presentation: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.template = template
        self.lang = lang
        self.presentation = presentation
        self.contrast = presentation or _high_contrast_theme()
        """Black on white with firm lines: presentation mode, or the app's
        high-contrast theme (the template's soft colours step aside)."""
        self.zoom = PRESENTATION_ZOOM if presentation else 1.0
        base = QApplication.font().pointSizeF()
        self.base_pt = max(base, MIN_BODY_PT) if base > 0 else MIN_BODY_PT
        self.icons: dict[tuple[str, int], QIcon] = {}
        """Icons drawn for this canvas, by colour and size (shared by its widgets)."""

    # ------------------------------------------------------------ settings
    def set_zoom(self, zoom: float) -> None:
        zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], zoom))
        if abs(zoom - self.zoom) > 1e-6:
            self.zoom = zoom
            self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom + 1e-6), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        smaller = [z for z in ZOOM_STEPS if z < self.zoom - 1e-6]
        self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def zoom_reset(self) -> None:
        self.set_zoom(PRESENTATION_ZOOM if self.presentation else 1.0)

    def follow_theme(self) -> bool:
        """Take up a switch of the app's theme; True when the contrast changed."""
        contrast = self.presentation or _high_contrast_theme()
        if contrast == self.contrast:
            return False
        self.contrast = contrast
        return True

    def set_language(self, lang: str) -> None:
        if lang != self.lang:
            self.lang = lang
            self.language_changed.emit(lang)

    # --------------------------------------------------------------- fonts
    def px(self, value: float) -> int:
        """A length in pixels that grows with the zoom."""
        return max(1, round(value * self.zoom))

    def font(self, factor: float = 1.0, bold: bool = False) -> QFont:
        font = QFont(QApplication.font())
        font.setPointSizeF(self.base_pt * self.zoom * factor)
        font.setBold(bold)
        return font

    def mark(self, widget: QWidget, factor: float = 1.0, bold: bool = False) -> QWidget:
        """Give a widget a relative font size that follows the zoom."""
        widget.setProperty("sdFont", factor)
        widget.setProperty("sdBold", bold)
        widget.setFont(self.font(factor, bold))
        return widget

    def apply_fonts(self, root: QWidget) -> None:
        """Re-apply every marked widget's font under `root` (after a zoom)."""
        for w in [root, *root.findChildren(QWidget)]:
            factor = w.property("sdFont")
            if factor is not None:
                font = self.font(float(factor), bool(w.property("sdBold")))
                # A date or combo box's own line edit does not always follow.
                inner = w.lineEdit() if isinstance(w, QAbstractSpinBox | QComboBox) else None
                if w.font() == font and (inner is None or inner.font() == font):
                    continue  # already so: no new layout for it (most, at open)
                w.setFont(font)
                if inner is not None:
                    inner.setFont(font)
                w.updateGeometry()

    # -------------------------------------------------------------- colours
    @property
    def colours(self) -> dict[str, str]:
        """Every colour the canvas draws with, by role, for this contrast.

        The paper look takes the template's palette; high contrast (the app's
        theme or presentation mode) is black on white with firm black lines,
        so the sheet's layout, headings and numbers still make it the duk."""
        c = self.template.colours
        if self.contrast:
            return {
                "ink": "#000000", "paper": "#FFFFFF", "line": "#000000",
                "heading": "#000000", "muted": "#333333", "accent": "#0B3D91",
                "on_accent": "#FFFFFF", "focus": "#B4441A", "card": "#FFFFFF",
                "card_border": "#000000", "dim_ink": "#595959",
                "child_bg": "#FFE3A3", "child_ink": "#000000",
                "domain_ink": "#0B3D91", "voice_ink": "#000000",
            }
        return {
            "ink": c.ink, "paper": c.paper, "line": c.line, "heading": c.heading,
            "muted": "#5A6570", "accent": c.accent, "on_accent": "#FFFFFF",
            "focus": "#B4441A", "card": "#FFFFFF", "card_border": "#D2D4D6",
            "dim_ink": "#6B7075", "child_bg": "#FBE3B8", "child_ink": "#6B3F00",
            "domain_ink": "#2F5F82", "voice_ink": "#4A5560",
        }

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, text colour, background) for every pair that carries text on
        the canvas, including each field's own colour under ink and muted text;
        each must reach WCAG's 4.5:1."""
        k = self.colours
        pairs = [
            ("ink on paper", k["ink"], k["paper"]), ("heading on paper", k["heading"], k["paper"]),
            ("muted on paper", k["muted"], k["paper"]), ("ink on card", k["ink"], k["card"]),
            ("dimmed card", k["dim_ink"], k["card"]),
            ("domain mark", k["domain_ink"], k["card"]), ("said-by mark", k["voice_ink"], k["card"]),
            ("child chip", k["child_ink"], k["child_bg"]),
            ("chosen domain", k["on_accent"], k["accent"]),
            ("number", k["heading"], k["card"]),
        ]
        for f in self.template.fields:
            bg = self.field_colour(f.id)
            pairs += [(f"ink on {f.id}", k["ink"], bg), (f"muted on {f.id}", k["muted"], bg),
                      (f"heading on {f.id}", k["heading"], bg)]
        return pairs

    def field_colour(self, field_id: str) -> str:
        f = self.template.field(field_id)
        if self.contrast:
            return "#FFFFFF"
        return f.colour or self.template.colours.field

    def stylesheet(self) -> str:
        """The canvas style sheet, generated from the template's palette."""
        k = self.colours
        ink, paper, line, muted, focus = k["ink"], k["paper"], k["line"], k["muted"], k["focus"]
        accent, heading, card_border = k["accent"], k["heading"], k["card_border"]
        border = 2 if self.contrast else 1
        radius = self.px(10)
        # The app's high-contrast sheet draws tick boxes for a black window;
        # on the duk's white paper they need black on white (empty / filled).
        ticks = (f"""
QWidget#dukCanvas QCheckBox::indicator {{ border: 2px solid {ink}; background: {paper}; }}
QWidget#dukCanvas QCheckBox::indicator:checked {{ background: {ink}; border-color: {ink}; }}
QWidget#dukCanvas QCheckBox::indicator:disabled {{ border-color: {muted}; }}
""" if self.contrast else "")
        per_field = "\n".join(
            f'QFrame#field_{f.id} {{ background: {self.field_colour(f.id)}; }}'
            for f in self.template.fields
        )
        return f"""
QWidget#dukCanvas {{ background: {paper}; }}
QWidget#dukCanvas QLabel {{ color: {ink}; background: transparent; }}
QFrame[sdRole="field"] {{
    border: {border}px solid {line}; border-radius: {radius}px;
}}
QFrame[sdRole="field"][sdCurrent="true"] {{ border: {border + 1}px solid {accent}; }}
{per_field}
QLabel[sdRole="group"] {{ color: {heading}; }}
QLabel[sdRole="subtitle"], QLabel[sdRole="muted"] {{ color: {muted}; }}
QLabel[sdRole="card"] {{
    background: #FFFFFF; color: {ink};
    border: {border}px solid {card_border}; border-radius: {self.px(6)}px;
    padding: {self.px(4)}px {self.px(7)}px;
}}
QLabel[sdRole="card"]:focus {{ border: 2px solid {focus}; }}
QLabel[sdRole="card"][sdDim="true"] {{ color: {k["dim_ink"]}; }}
QLabel[sdRole="card"][sdHit="true"] {{ border: 2px solid {accent}; }}
QLineEdit[sdRole="date"] QToolButton {{ min-height: 0px; min-width: 0px; padding: 0px;
    border: none; background: transparent; }}
QWidget#dukCanvas QLineEdit[sdRole="entry"] {{
    background: rgba(255, 255, 255, 0.55); color: {ink};
    border: 1px dashed {line}; border-radius: {self.px(6)}px; padding: {self.px(1)}px {self.px(6)}px;
}}
QWidget#dukCanvas QLineEdit[sdRole="entry"]:focus {{ border: 2px solid {focus}; background: #FFFFFF; }}
QWidget#dukCanvas QLineEdit[sdRole="flat"] {{
    background: transparent; color: {ink}; border: none;
    border-bottom: 1px solid {line}; border-radius: 0; padding: 0 2px;
}}
QWidget#dukCanvas QLineEdit[sdRole="flat"]:focus {{ border-bottom: 2px solid {focus}; background: #FFFFFF; }}
QWidget#dukCanvas QPlainTextEdit {{
    background: #FFFFFF; color: {ink}; border: 2px solid {focus};
    border-radius: {self.px(6)}px; padding: 2px 4px;
}}
QWidget#dukCanvas QLineEdit[sdRole="date"], QWidget#dukCanvas QComboBox {{
    background: rgba(255, 255, 255, 0.7); color: {ink};
    border: 1px solid {line}; border-radius: {self.px(4)}px;
    /* As tall as a line of text: a date on the label's line or in a row
       must not make the line taller than its words. */
    padding: -1px 4px;
}}
QWidget#dukCanvas QLineEdit[sdRole="date"]:focus, QWidget#dukCanvas QComboBox:focus {{
    border: 2px solid {focus}; background: #FFFFFF;
}}
QWidget#dukCanvas QFrame[sdRole="row"] QLineEdit[sdRole="date"],
QWidget#dukCanvas QFrame[sdRole="row"] QComboBox {{
    background: transparent; color: {muted}; border: 1px solid transparent;
}}
QWidget#dukCanvas QFrame[sdRole="row"] QLineEdit[sdRole="date"]:focus,
QWidget#dukCanvas QFrame[sdRole="row"] QComboBox:focus {{
    background: #FFFFFF; color: {ink}; border: 2px solid {focus};
}}
QWidget#dukCanvas QFrame[sdRole="row"] QLineEdit[sdRole="date"]:hover,
QWidget#dukCanvas QFrame[sdRole="row"] QComboBox:hover {{ border: 1px solid {line}; }}
QWidget#dukCanvas QLineEdit[sdRole="date"][sdInvalid="true"],
QWidget#dukCanvas QFrame[sdRole="row"] QLineEdit[sdRole="date"][sdInvalid="true"] {{
    border: 2px solid #C0392B; background: #FFF0EE; color: {ink};
}}
QWidget#dukCanvas QFrame[sdRole="row"] {{
    background: rgba(255, 255, 255, 0.75);
    border: 1px solid {card_border}; border-radius: {self.px(6)}px;
}}
QWidget#dukCanvas QPushButton[sdRole="domain"] {{
    text-align: left; background: transparent; color: {ink};
    border: none; border-bottom: 1px solid {line}; border-radius: 0;
    padding: {self.px(2)}px {self.px(5)}px; min-height: 0;
}}
QWidget#dukCanvas QPushButton[sdRole="domain"]:checked {{
    background: {accent}; color: {k["on_accent"]};
}}
QWidget#dukCanvas QPushButton[sdRole="domain"]:focus {{ border: 2px solid {focus}; }}
QWidget#dukCanvas QLineEdit, QWidget#dukCanvas QPlainTextEdit {{ placeholder-text-color: {muted}; }}
QWidget#dukCanvas QCheckBox {{ color: {ink}; background: transparent; }}
{ticks}
QWidget#dukCanvas QToolButton[sdRole="small"] {{
    background: transparent; border: none; padding: 0 {self.px(3)}px; min-height: 0;
    color: {muted};
}}
QWidget#dukCanvas QToolButton[sdRole="small"]:focus {{ border: 2px solid {focus}; }}
QWidget#dukCanvas QListView#noteList {{ background: transparent; border: none; }}
QWidget#dukCanvas QScrollBar:vertical {{
    width: {self.px(8)}px; background: transparent; border: none; margin: 0;
}}
QWidget#dukCanvas QScrollBar::handle:vertical {{
    background: rgba(31, 41, 51, 0.28); border-radius: {self.px(4)}px; min-height: 24px;
}}
QWidget#dukCanvas QScrollBar::add-line:vertical, QWidget#dukCanvas QScrollBar::sub-line:vertical {{
    height: 0; border: none; background: transparent;
}}
QWidget#dukCanvas QScrollBar::add-page:vertical, QWidget#dukCanvas QScrollBar::sub-page:vertical {{
    background: transparent;
}}
QWidget#dukCanvas QScrollArea, QWidget#dukCanvas QScrollArea > QWidget > QWidget {{
    background: transparent; border: none;
}}
"""
