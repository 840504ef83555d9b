"""Every control of every window and dialog can be found by a screen reader.

The rule follows what a screen reader announces, which is what Qt's accessibility
interface (`QAccessible`) hands it as the control's *name*:

- a button (QAbstractButton, incl. check boxes, radio buttons, tool buttons) is
  announced by its accessible name or its visible text; a text made only of
  symbols ("+", "−", "×", "…") does not count, it is read as noise;
- a text entry (QLineEdit, QTextEdit, QPlainTextEdit), a list, table or tree
  (QAbstractItemView, including the canvas's note lists), a slider and a tab bar
  need an accessible name or a QLabel whose buddy they are; a placeholder is not
  a name (it disappears once text is typed, and Qt does not announce it as one);
- a combo box or a date/spin box needs an accessible name or a buddy label: Qt
  falls back to the *current value* as its name ("3.2.2026"), which tells the
  listener nothing about what the value is;
- a checkable group box is announced by its title.

Only widgets the user can reach are checked: visible, enabled and focusable. A
combo box's or spin box's inner line edit and a scroll area's viewport are parts
of the control, not controls of their own.

The same tour checks that every focusable control shows a visible focus mark, in
both themes: the control's pixels change when it gets the keyboard focus.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from tests.ui.window_tour import forget_windows, settle, tour
from ui.look.theme import apply_theme
from ui.shell.main_window import MainWindow
from ui.shell.prefs import Prefs
from ui.tools.i18n import LanguageManager

_CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox,
             QAbstractSpinBox, QAbstractItemView, QSlider, QTabBar, QGroupBox)


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
           templates: TemplateSet) -> Iterator[MainWindow]:
    languages = LanguageManager()
    languages.set_language("nn")
    win = MainWindow(_isolated_data_dir, templates, languages, Prefs(_isolated_data_dir))
    qtbot.addWidget(win)
    win.set_store(demo_store)
    win.resize(1366, 768)
    win.show()
    yield win
    win.meeting_page.leave(force=True)
    win.close_side_windows()
    win.store = None
    languages.set_language("en")
    forget_windows(win)
    apply_theme(qapp, "paper")


def _is_part_of_another_control(w: QWidget) -> bool:
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def _buddies(top: QWidget) -> set[int]:
    return {id(label.buddy()) for label in top.findChildren(QLabel)
            if label.buddy() is not None and label.isVisible()}


def _has_words(text: str) -> bool:
    return any(c.isalnum() for c in text.replace("&", ""))


def controls(top: QWidget) -> Iterator[QWidget]:
    """The reachable controls under `top` (itself included)."""
    for w in [top, *top.findChildren(QWidget)]:
        if not isinstance(w, _CONTROLS) or not w.isVisible() or not w.isEnabled():
            continue
        if isinstance(w, QGroupBox) and not w.isCheckable():
            continue
        if not isinstance(w, QGroupBox) and w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(w, QLineEdit) and _is_part_of_another_control(w):
            continue
        yield w


def spoken_name(w: QWidget, buddies: set[int]) -> str:
    """What a screen reader announces as the control's name ('' if nothing)."""
    own = w.accessibleName().strip()
    if own:
        return own
    if id(w) in buddies:
        return "(buddy)"
    if isinstance(w, QAbstractButton):
        return w.text() if _has_words(w.text()) else ""
    if isinstance(w, QGroupBox):
        return w.title()
    if isinstance(w, QComboBox | QAbstractSpinBox):
        return ""  # Qt would read the current value
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def _describe(w: QWidget) -> str:
    parent = w.parentWidget()
    where = type(parent).__name__ if parent is not None else "-"
    hint = w.objectName() or w.toolTip()[:30]
    return f"{type(w).__name__} in {where} {hint!r}"


def test_every_control_has_a_name_a_screen_reader_announces(
        qtbot: QtBot, window: MainWindow, demo_store: Store) -> None:
    nameless: dict[str, list[str]] = {}
    for view, top in tour(qtbot, window, demo_store):
        buddies = _buddies(top)
        missing = sorted({_describe(w) for w in controls(top) if not spoken_name(w, buddies)})
        if missing:
            nameless[view] = missing
    assert nameless == {}


def test_note_cards_are_read_with_their_marks_as_words(
        qtbot: QtBot, window: MainWindow, demo_store: Store) -> None:
    """A card is an item of a note list, not a widget: its text is its accessible
    text, and its life-domain and said-by marks are words (shown and spoken), so
    colour is never the only carrier of them."""
    from ui.canvas.note_list import MARKS_ROLE, NoteList

    cards = marked = 0
    for view, top in tour(qtbot, window, demo_store):
        if view not in ("family duk", "individual duk"):
            continue
        for notes in top.findChildren(NoteList):
            model = notes.model()
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                cards += 1
                assert index.data(Qt.ItemDataRole.AccessibleTextRole)
                marks = index.data(MARKS_ROLE) or []
                for text, _kind in marks:
                    assert _has_words(text)
                if marks:
                    marked += 1
                    spoken = str(index.data(Qt.ItemDataRole.AccessibleDescriptionRole))
                    assert all(text in spoken or text.lower() in spoken.lower()
                               for text, kind in marks if kind != "domain"), spoken
                    assert spoken
    assert cards > 10 and marked > 0


def _grab(w: QWidget) -> QImage:
    settle()
    return w.grab().toImage()


@pytest.mark.parametrize("theme", ["paper", "high_contrast"])
def test_every_focusable_control_shows_focus(qtbot: QtBot, qapp: QApplication,
                                             window: MainWindow, demo_store: Store,
                                             theme: str) -> None:
    """One control of each kind per view (type and style role): its pixels with
    the keyboard focus differ from its pixels without it."""
    window.toggle_contrast(theme == "high_contrast")
    window.activateWindow()
    invisible: dict[str, list[str]] = {}
    checked: dict[str, int] = {}
    for view, top in tour(qtbot, window, demo_store):
        top.activateWindow()
        seen: set[tuple[str, str]] = set()
        for w in controls(top):
            key = (type(w).__name__, str(w.property("sdRole") or w.property("role") or ""))
            if key in seen or isinstance(w, QGroupBox) or w.window() is not top.window():
                continue
            seen.add(key)
            sink = top if top.focusPolicy() != Qt.FocusPolicy.NoFocus else None
            if sink is not None:
                sink.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                w.clearFocus()
            before = _grab(w)
            w.setFocus(Qt.FocusReason.TabFocusReason)
            if not w.hasFocus():
                continue  # a window that cannot be active offscreen
            after = _grab(w)
            w.clearFocus()
            checked[view] = checked.get(view, 0) + 1
            if before == after:
                invisible.setdefault(view, []).append(f"{key[0]} {key[1]!r}")
    assert invisible == {}
    # The check must really have run: focus works offscreen for every view
    # (presentation mode has no controls: it is a drawing, left with Esc or F5).
    assert sorted(v for v in checked if checked[v] >= 2) == sorted(
        ["case list", "my cases now", "case page", "compare window", "journey window", "new case dialog",
         "delete case dialog", "new meeting dialog", "review dialog", "family duk",
         "print dialog", "invitation dialog", "minutes dialog", "individual duk",
         "unlock page"]), checked
    assert "presentation" not in checked
