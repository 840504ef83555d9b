"""A person at the keyboard, for the whole-window acceptance tests.

Every input goes through Qt's event system to whatever has the focus now
(`QApplication.focusWidget()`), or as a mouse click at the centre of a widget,
exactly as a real key press or click would arrive; nothing here calls a widget's
own methods to fake input. The driver counts what it does, per scenario step:
non-text keys (Tab, Enter, arrows, shortcuts, …), typed characters and mouse
actions, so the cost of a task in key presses can be reported and watched.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

Key = Qt.Key
Mod = Qt.KeyboardModifier

_QTEST_SAFE = set(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    " .,;:-_!?'\"()/+*=&%#@<>")
"""Characters QTest can type by key code. Others (æøå, ŋ, č, á, …) are sent as
text on an unknown key, as an input method does: by key code QTest mangles æøå
(Latin-1 read as UTF-8) and aborts the process on Sami letters."""


@dataclass
class Tally:
    """What one step of a scenario took."""

    keys: int = 0
    """Non-text key presses: Tab, Enter, arrows, Esc, shortcuts, the menu key."""
    chars: int = 0
    """Characters typed (text a person would type anyway)."""
    mouse: int = 0
    """Mouse clicks."""
    mouse_only: list[str] = field(default_factory=list)
    """Why each mouse action was needed: things with no keyboard way today."""


class KeyCounter:
    """Counts the driver's input per named step; `report()` is printed with `-s`."""

    def __init__(self) -> None:
        self.steps: dict[str, Tally] = {}
        self._current: list[str] = ["(setup)"]

    @property
    def tally(self) -> Tally:
        return self.steps.setdefault(self._current[-1], Tally())

    @contextlib.contextmanager
    def step(self, name: str) -> Iterator[Tally]:
        """Count everything done inside the block under `name` (nested steps count
        only in the innermost one)."""
        self._current.append(name)
        try:
            yield self.steps.setdefault(name, Tally())
        finally:
            self._current.pop()

    def total(self, prefix: str = "") -> Tally:
        """The sum over the steps whose names start with `prefix` (all by default)."""
        out = Tally()
        for name, t in self.steps.items():
            if not name.startswith(prefix):
                continue
            out.keys += t.keys
            out.chars += t.chars
            out.mouse += t.mouse
            out.mouse_only += t.mouse_only
        return out

    def report(self) -> str:
        lines = [f"{'step':60} {'keys':>5} {'chars':>6} {'mouse':>5}"]
        for name, t in self.steps.items():
            if not (t.keys or t.chars or t.mouse):
                continue
            lines.append(f"{name:60} {t.keys:5} {t.chars:6} {t.mouse:5}")
            lines += [f"    mouse: {why}" for why in t.mouse_only]
        total = self.total()
        lines.append(f"{'TOTAL':60} {total.keys:5} {total.chars:6} {total.mouse:5}")
        return "\n".join(lines)


class Driver:
    """Keyboard and mouse of one test, routed through Qt's event system."""

    def __init__(self, qtbot: QtBot, counter: KeyCounter | None = None) -> None:
        self.qtbot = qtbot
        self.counter = counter or KeyCounter()

    # ------------------------------------------------------------ looking
    @staticmethod
    def focus() -> QWidget:
        """The widget that has the keyboard now (fails if nothing has)."""
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    @staticmethod
    def keyboard() -> QWidget:
        """Where a key press goes: an open popup (a menu, a completion list) takes
        the keyboard, as on a desktop; else the focus widget."""
        popup = QApplication.activePopupWidget()
        return popup if popup is not None else Driver.focus()

    @staticmethod
    def settle() -> None:
        """Let queued events (layout, timers at 0 ms, deferred focus) run."""
        for _ in range(3):
            QApplication.processEvents()
        # A closed popup (a completion list) stays the active window here: the
        # offscreen platform has no window manager to hand activation back to the
        # window under it, as a desktop does. Do what it would.
        active = QApplication.activeWindow()
        focus = QApplication.focusWidget()
        if active is not None and not active.isVisible() and focus is not None \
                and QApplication.activePopupWidget() is None:
            focus.window().activateWindow()
            QApplication.processEvents()

    def wait(self, condition: Callable[[], object], timeout: int = 5000) -> None:
        """Wait until `condition()` is true (the app works on, no sleeping)."""
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)

    # ------------------------------------------------------------ keyboard
    def press(self, key: Qt.Key, mods: Qt.KeyboardModifier = Mod.NoModifier,
              times: int = 1) -> None:
        """Press a non-text key (with modifiers) `times` times, on the focus widget."""
        for _ in range(times):
            self.counter.tally.keys += 1
            QTest.keyClick(self.keyboard(), key, mods)
            self.settle()

    def type(self, text: str) -> None:
        """Type `text` character by character into whatever has the focus."""
        for ch in text:
            self.counter.tally.chars += 1
            target = self.keyboard()
            if ch in _QTEST_SAFE:
                QTest.keyClick(target, ch)
            else:
                QTest.sendKeyEvent(QTest.KeyAction.Click, target, Key.Key_unknown, ch,
                                   Mod.NoModifier)
        self.settle()

    def type_date(self, date: str) -> None:
        """Type a date into the date box that has the focus, as written here
        (dd.mm.yyyy, or d.m.yy): with the dots, as a person types it."""
        self.type(date)

    def type_date_digits(self, date: str) -> None:
        """Type a date written dd.mm.yyyy as digits only (ddmmyyyy), the short way
        every date box also takes."""
        day, month, year = date.split(".")
        self.type(day + month + year)

    def enter(self) -> None:
        self.press(Key.Key_Return)

    def tab(self, times: int = 1) -> None:
        self.press(Key.Key_Tab, times=times)

    def backtab(self, times: int = 1) -> None:
        self.press(Key.Key_Backtab, Mod.ShiftModifier, times=times)

    def tab_to(self, predicate: Callable[[QWidget], bool], limit: int = 60,
               backwards: bool = False) -> QWidget:
        """Press Tab (or Shift+Tab) until the focus widget satisfies `predicate`."""
        for _ in range(limit + 1):
            widget = self.focus()
            if predicate(widget):
                return widget
            if backwards:
                self.backtab()
            else:
                self.tab()
        raise AssertionError(f"{limit} tabs did not reach the wanted widget; "
                             f"focus is on {describe(self.focus())}")

    def tab_to_widget(self, target: QWidget, limit: int = 60, backwards: bool = False) -> None:
        self.tab_to(lambda w: w is target, limit, backwards)

    def choose_in_menu(self, key: Qt.Key, path: list[Callable[[str], bool] | str],
                       mods: Qt.KeyboardModifier = Mod.NoModifier) -> None:
        """Press `key` (the menu key, Shift+F10) to open a blocking popup menu, then
        pick an entry as a person does: Down until the wanted entry is lit, Right into
        a submenu, Enter on the last. Each step of `path` is the entry's text (without
        "&") or a test on it."""
        problems: list[str] = []

        def lit(popup: QWidget) -> str:
            action = popup.activeAction() if isinstance(popup, QMenu) else None
            return action.text().replace("&", "") if action is not None else ""

        def drive() -> None:
            for want in path:
                test = want if callable(want) else (lambda t, w=want: t == w)
                popup = QApplication.activePopupWidget()
                if not isinstance(popup, QMenu):
                    problems.append(f"no menu open to choose {want!r} in")
                    return
                for _ in range(40):
                    if test(lit(popup)):
                        break
                    self.counter.tally.keys += 1
                    QTest.keyClick(popup, Key.Key_Down)
                else:
                    seen = [a.text() for a in popup.actions()]
                    problems.append(f"{want!r} is not in the menu {seen}")
                    while QApplication.activePopupWidget() is not None:
                        QTest.keyClick(QApplication.activePopupWidget(), Key.Key_Escape)
                    return
                action = popup.activeAction()
                self.counter.tally.keys += 1
                if action is not None and action.menu() is not None:
                    QTest.keyClick(popup, Key.Key_Right)
                else:
                    QTest.keyClick(popup, Key.Key_Return)
                QApplication.processEvents()

        QTimer.singleShot(0, drive)
        self.press(key, mods)
        assert not problems, problems[0]

    def tag(self, key: Qt.Key, words: str) -> None:
        """A tag menu opened by a chord (Ctrl+D life domain, Ctrl+K who said it):
        press the chord, then the one key shown before the entry reading `words`
        (a name may be followed by its role in brackets), as a person reads it off
        the menu. Two keys."""
        self.press(key, Mod.ControlModifier)
        self.wait(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        entries = {menu_words(a.text()): a.text() for a in menu.actions()
                   if not a.isSeparator()}
        text = next((t for w, t in entries.items()
                     if w == words or w.startswith(words + " (")), None)
        assert text is not None and text.startswith("&"), \
            f"{words!r} is not in the menu {list(entries.values())}"
        self.counter.tally.keys += 1
        QTest.keyClick(menu, text[1])
        self.wait(lambda: QApplication.activePopupWidget() is None)
        self.settle()

    # ------------------------------------------------------------ mouse
    def click(self, widget: QWidget, why: str = "", pos: QPoint | None = None,
              button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
        """Click `widget` at its centre (or `pos`). `why` names a click that has no
        keyboard way today; it is listed in the report."""
        self.counter.tally.mouse += 1
        if why:
            self.counter.tally.mouse_only.append(why)
        QTest.mouseClick(widget, button, Mod.NoModifier,
                         pos if pos is not None else widget.rect().center())
        self.settle()


    def wheel(self, widget: QWidget, notches: int) -> None:
        """Turn the mouse wheel over `widget`'s centre: negative scrolls down."""
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QWheelEvent

        self.counter.tally.mouse += 1
        centre = QPointF(widget.rect().center())
        event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())),
                            QPoint(0, 0), QPoint(0, 120 * notches),
                            Qt.MouseButton.NoButton, Mod.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, event)
        self.settle()


def describe(widget: QWidget | None) -> str:
    """A short name for a widget in failure messages."""
    if widget is None:
        return "nothing"
    name = widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__}({name!r})"


def menu_words(text: str) -> str:
    """A tag menu entry's words without its accelerator ("&3  Fritid" → "Fritid")."""
    return re.sub(r"^&\w\s+", "", text).replace("&&", "&")


def has_selected_text(widget: QWidget) -> bool:
    """True when a text editor shows existing text selected (typing replaces it)."""
    if isinstance(widget, QLineEdit):
        return widget.hasSelectedText() and bool(widget.text())
    if isinstance(widget, QPlainTextEdit):
        return widget.textCursor().hasSelection()
    if isinstance(widget, QAbstractSpinBox):
        return False  # a date's section is selected to be typed over, by design
    return False
