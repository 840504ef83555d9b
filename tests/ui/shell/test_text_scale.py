"""At 200 % text (the system's font size doubled) no label or button in any
window or dialog is cut: each gets at least the room its text asks for.

"Room" is what the widget itself says it needs for its text at its font:
- a QLabel without word wrap: its sizeHint (the whole text on one line);
- a word-wrapping QLabel: the height its text needs at the width it was given
  (heightForWidth);
- a button (push, tool, check, radio): its sizeHint, a few pixels of a
  style's padding forgiven; a primary push button also the width of its text
  in bold plus the sheet's padding (tests/ui/look/test_theme.py checks that no
  pseudo-state such as `:default` changes a font: Qt applies those only when
  painting, after it sized the widget);
- a note card (painted by the note list's delegate): its item rectangle is as
  tall as the delegate asks.

Deliberate elisions are not labels or buttons and so are not checked here: the
case list's and case page's table cells (the members column elides with "…", the
whole text is in the tooltip) and long values in one-line entry fields (they
scroll, as every line edit does, and show the whole value as a tooltip).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from tests.ui.window_tour import forget_windows, tour
from ui.look.theme import apply_theme, current_theme
from ui.shell.main_window import MainWindow
from ui.shell.prefs import Prefs
from ui.tools.i18n import LanguageManager

SLACK = 3
"""Pixels a style's padding may give up before a glyph is touched."""


@pytest.fixture
def big_text(qapp: QApplication) -> Iterator[float]:
    """The application font at twice its size while the test runs (what
    `SAMTALEDUK_TEXT_SCALE=2` or a system set to 200 % gives)."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF((before.pointSizeF() if before.pointSizeF() > 0 else 10.0) * 2)
    qapp.setFont(font)
    # As at start (ui.shell.app.prepare): the font first, then the theme's sheet.
    apply_theme(qapp, current_theme())
    yield font.pointSizeF()
    qapp.setFont(before)
    apply_theme(qapp, current_theme())


@pytest.fixture
def window(qtbot: QtBot, big_text: float, _isolated_data_dir: Path, demo_store: Store,
           templates: TemplateSet) -> Iterator[MainWindow]:
    languages = LanguageManager()
    languages.set_language("nn")
    win = MainWindow(_isolated_data_dir, templates, languages, Prefs(_isolated_data_dir))
    qtbot.addWidget(win)
    win.set_store(demo_store)
    win.resize(1920, 1080)
    win.show()
    yield win
    win.meeting_page.leave(force=True)
    win.close_side_windows()
    win.store = None
    languages.set_language("en")
    forget_windows(win)


def _shown(w: QWidget, top: QWidget) -> bool:
    return w.isVisibleTo(top) and w.isVisible() and w.width() > 0


def cut(w: QWidget) -> str | None:
    """Why `w`'s text does not fit, or None when it does."""
    if isinstance(w, QLabel):
        if not w.text() or w.pixmap() is not None and not w.pixmap().isNull():
            return None
        if w.wordWrap() and w.hasHeightForWidth():
            need = w.heightForWidth(w.width())
            return None if w.height() + SLACK >= need else f"height {w.height()} < {need}"
        hint = w.sizeHint()
        if w.width() + SLACK < hint.width():
            return f"width {w.width()} < {hint.width()}"
        if w.height() + SLACK < hint.height():
            return f"height {w.height()} < {hint.height()}"
        return None
    if isinstance(w, QPushButton) and w.text() and w.property("role") == "primary":
        # The theme draws these in bold: measure the text as it is drawn.
        bold = QFont(w.font())
        bold.setBold(True)
        need = QFontMetrics(bold).horizontalAdvance(w.text().replace("&", "")) + 2 * 12
        if w.width() + SLACK < need:
            return f"width {w.width()} < {need} (bold)"
    if isinstance(w, QAbstractButton) and w.text():
        hint = w.sizeHint()
        if w.width() + SLACK < hint.width():
            return f"width {w.width()} < {hint.width()}"
        if w.height() + SLACK < hint.height():
            return f"height {w.height()} < {hint.height()}"
    return None


def _name(w: QWidget) -> str:
    text = w.text() if isinstance(w, QLabel | QAbstractButton) else ""
    return f"{type(w).__name__} {text[:40]!r}"


def test_no_text_is_cut_at_200_percent(qtbot: QtBot, window: MainWindow, demo_store: Store,
                                       big_text: float) -> None:
    from ui.canvas.note_list import NoteList

    problems: dict[str, list[str]] = {}
    for view, top in tour(qtbot, window, demo_store):
        if view == "presentation":
            continue  # fits the sheet to the window by its own zoom (tested there)
        assert top.font().pointSizeF() >= big_text * 0.99 or view.endswith("duk")
        found = []
        for w in top.findChildren(QWidget):
            if isinstance(w, QLabel | QAbstractButton) and _shown(w, top):
                why = cut(w)
                if why:
                    found.append(f"{_name(w)}: {why}")
        for notes in top.findChildren(NoteList):
            model, delegate = notes.model(), notes.itemDelegate()
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                rect = notes.visualRect(index)
                need = delegate.sizeHint(notes.viewOptions() if hasattr(notes, "viewOptions")
                                         else _option(notes), index).height()
                if rect.height() + SLACK < need:
                    found.append(f"card {row} in {notes.accessibleName()!r}: "
                                 f"height {rect.height()} < {need}")
        if found:
            problems[view] = sorted(set(found))
    assert problems == {}


def _option(view: QWidget) -> object:
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.viewport().rect()  # type: ignore[attr-defined]
    return option


def test_text_scale_setting_doubles_the_app_font(qapp: QApplication,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """`SAMTALEDUK_TEXT_SCALE` (what `snapshot --text-scale` sets) scales the
    system's size; nonsense is ignored."""
    from ui.look.fonts import install_app_font, text_scale

    before = QFont(qapp.font())
    try:
        base = install_app_font(qapp).pointSizeF()
        monkeypatch.setenv("SAMTALEDUK_TEXT_SCALE", "2")
        qapp.setFont(before)
        assert install_app_font(qapp).pointSizeF() == pytest.approx(base * 2)
        for junk in ("zero", "-1", "0"):
            monkeypatch.setenv("SAMTALEDUK_TEXT_SCALE", junk)
            assert text_scale() == 1.0
    finally:
        qapp.setFont(before)
