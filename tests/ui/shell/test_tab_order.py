"""Tab order on both duker, with content in every field: from the top, Tab visits
every input in the order the canvas defines (`DukCanvas.field_order` and each
field's `focus_chain`, the order of the conversation); inside each field that is
the reading order on screen, checked from the widgets' places, not from the
chain; Shift+Tab goes back the same way; and Tab never lands on a text
box with its existing text selected, where the next key typed would replace it
(issue 12 defect 1). After ticking a consent, Tab reaches its "gitt av"
(issue 12 defect 8)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from samtaleduk.domain.model import SaidBy
from samtaleduk.store.store import Store
from samtaleduk.templates.model import FieldKind
from tests.acceptance.driver import describe, has_selected_text
from tests.ui.canvas.test_canvas import open_view
from tests.ui.canvas_support import new_session
from ui.canvas.consents import ConsentLine, ConsentsField
from ui.canvas.frame import FieldFrame
from ui.canvas.rows import ItemRow
from ui.canvas.view import MeetingView
from ui.meeting.session import MeetingSession

DUKER = ["familie", "individuell"]


def fill_every_field(session: MeetingSession) -> None:
    """Content in every field of the duk: text, notes, at least two goals and two
    actions per field, helpers, a given consent, participants, dates."""
    session.add_participant("Áile Ŋuorra", "tolk")
    session.add_participant("Kari Lund", "helsesjukepleiar")
    for f in session.template.conversation_order():
        if f.kind in (FieldKind.TEXT, FieldKind.NEXT_STEP):
            session.set_text(f.id, f"Tekst i {f.id}, Čiekčá")
        if f.date_blank:
            session.set_field_date(f.id, dt.date(2026, 3, 1))
        if f.kind is FieldKind.NOTES:
            for text in ("Nora trivst på skulen", "Emil søv dårleg"):
                note = session.add_note(f.id, text)
            session.set_note_said_by(note, SaidBy.CHILD)
        elif f.kind is FieldKind.GOALS:
            session.add_goal(f.id, "Emil er på skulen kvar dag")
            session.add_goal(f.id, "Nora byrjar på fotball")
        elif f.kind in (FieldKind.ACTIONS, FieldKind.NEXT_STEP):
            session.add_action(f.id, "Søkje om kommunal bustad", owner="Sara")
            session.add_action(f.id, "Samtale med Emil", owner="Kari Lund")
        elif f.kind is FieldKind.HELPERS:
            session.add_helper(f.id, "Mormor Berit", relation="familie",
                               helps_with="følgje Emil til bussen")
            session.add_helper(f.id, "Tor Aas", relation="NAV")
        elif f.kind is FieldKind.CONSENTS:
            session.add_consent(f.id, f.consent_kinds[0].id, given_by="Sara",
                                given_on=dt.date(2026, 1, 14))
            session.set_text(f.id, "Tiltak i barnehagen først")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def open_filled(qtbot: QtBot, store: Store, template_id: str) -> MeetingView:
    session = new_session(store, template_id)
    fill_every_field(session)
    view = open_view(qtbot, session)
    qtbot.waitUntil(lambda: view.canvas.isAncestorOf(QApplication.focusWidget()))
    return view


def defined_order(view: MeetingView) -> list[QWidget]:
    """The inputs in the order the canvas defines, those that can take the focus."""
    canvas = view.canvas
    chain = [w for f in canvas.field_order() for w in f.focus_chain()]
    if canvas.domains is not None:
        chain += canvas.domains.focus_chain()
    return [w for w in chain if w.isEnabled()]


def fields_part(view: MeetingView) -> list[QWidget]:
    """`defined_order` down to the end of the fields (without the life domains)."""
    strip = view.canvas.domains
    return [w for w in defined_order(view) if strip is None or not strip.isAncestorOf(w)]


def tab_through(view: MeetingView, count: Callable[[], int]) -> list[QWidget]:
    """From the top of the duk, the widgets Tab lands on (the first included),
    until there are `count()` of them. `count` is asked again at every step: a
    goal's deadline line joins the chain when the keyboard first comes into the
    goal (`ItemRow.lazy_detail`), so the chain is whole only once walked.
    The meeting opens in the first field's entry line; Shift+Tab goes back up to
    the top of that field first."""
    first = view.canvas.field_order()[0]
    first.focus_entry()
    top = first.focus_chain()[0]
    for _ in range(len(first.focus_chain())):
        if focused() is top:
            break
        QTest.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is top, describe(focused())
    visited = [focused()]
    while len(visited) < count():
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        visited.append(focused())
    return visited


INPUTS = (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QAbstractButton,
          QAbstractItemView)


@pytest.mark.parametrize("template_id", DUKER)
def test_tab_from_the_top_visits_every_input_in_reading_order(
        qtbot: QtBot, store: Store, template_id: str) -> None:
    view = open_filled(qtbot, store, template_id)
    visited = tab_through(view, lambda: len(fields_part(view)))
    wanted = fields_part(view)
    assert [describe(w) for w in visited] == [describe(w) for w in wanted]
    assert visited == wanted
    # Every input of every field is on the way, once.
    inputs = [w for f in view.canvas.field_order() for w in f.findChildren(QWidget)
              if isinstance(w, INPUTS) and w.isEnabled() and w.isVisibleTo(view)
              and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None]
    missing = [describe(w) for w in inputs if w not in visited]
    assert not missing
    assert len(set(map(id, visited))) == len(visited)


def _ancestor(widget: QWidget, kind: type, stop: QWidget | None = None) -> QWidget | None:
    """The nearest strict ancestor of `widget` of `kind`, below `stop`."""
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        if isinstance(parent, kind):
            return parent
        parent = parent.parentWidget()
    return None


def _unit(widget: QWidget, field: FieldFrame) -> QWidget:
    """What a Tab stop belongs to on the paper: its item row or consent line (a
    row's own inner order is free: ✕ is last in its row on purpose), else itself."""
    return _ancestor(widget, ItemRow, field) or _ancestor(widget, ConsentLine, field) or widget


def _in_reading_order(blocks: list[tuple[QWidget, QRect]]) -> list[QWidget]:
    """`blocks` sorted as one reads: by top edge, those whose vertical extents
    overlap as one line, and in a line by left edge."""
    lines: list[list[tuple[QWidget, QRect]]] = []
    bottom = None
    for block in sorted(blocks, key=lambda b: (b[1].top(), b[1].left())):
        rect = block[1]
        if lines and bottom is not None and rect.top() <= bottom:
            lines[-1].append(block)
            bottom = max(bottom, rect.bottom())
        else:
            lines.append([block])
            bottom = rect.bottom()
    return [w for line in lines for w, _ in sorted(line, key=lambda b: b[1].left())]


def reading_order(field: FieldFrame, units: list[QWidget]) -> list[QWidget]:
    """`units` in the field's reading order, from their places on screen. Units in
    a scroll area inside the field (item rows, the participants) are read where
    the scroll area stands, and among themselves by their places in its content,
    whatever is scrolled out of sight."""
    groups: dict[int, tuple[QWidget, list[QWidget]]] = {}
    for unit in units:
        area = _ancestor(unit, QAbstractScrollArea, field)
        block = area if area is not None else unit
        groups.setdefault(id(block), (block, []))[1].append(unit)

    def place(widget: QWidget, within: QWidget) -> QRect:
        return QRect(widget.mapTo(within, QPoint(0, 0)), widget.size())

    ordered_blocks = _in_reading_order([(b, place(b, field)) for b, _ in groups.values()])
    out: list[QWidget] = []
    for block in ordered_blocks:
        members = groups[id(block)][1]
        if isinstance(block, QAbstractScrollArea) and block not in members:
            content = block.viewport()
            inner = getattr(block, "widget", lambda: None)() or content
            out += _in_reading_order([(u, place(u, inner)) for u in members])
        else:
            out += members
    return out


@pytest.mark.parametrize("template_id", DUKER)
def test_tab_inside_every_field_follows_the_reading_order_on_screen(
        qtbot: QtBot, store: Store, template_id: str) -> None:
    """Independent of the canvas's own chain: where Tab goes, field by field, is
    where the eye goes on the duk — down the field, and left to right on a line."""
    view = open_filled(qtbot, store, template_id)
    view.resize(1366, 768)
    visited = tab_through(view, lambda: len(fields_part(view)))
    QApplication.processEvents()
    # Fields follow the conversation (the template's order), each visited in one go.
    by_field: list[tuple[FieldFrame, list[QWidget]]] = []
    for w in visited:
        field = _ancestor(w, FieldFrame)
        assert isinstance(field, FieldFrame), describe(w)
        if not by_field or by_field[-1][0] is not field:
            by_field.append((field, []))
        by_field[-1][1].append(w)
    assert [f for f, _ in by_field] == [f for f in view.canvas.field_order()
                                        if f.focus_chain()]
    for field, stops in by_field:
        units: list[QWidget] = []
        for w in stops:
            unit = _unit(w, field)
            if not units or units[-1] is not unit:
                units.append(unit)
        assert len(set(map(id, units))) == len(units), (
            f"{field.field.id}: Tab leaves a row and comes back: "
            f"{[describe(u) for u in units]}")
        assert [describe(u) for u in units] == \
            [describe(u) for u in reading_order(field, units)], field.field.id


def test_every_life_domain_is_reached_by_keyboard(qtbot: QtBot, store: Store) -> None:
    view = open_filled(qtbot, store, "familie")
    strip = view.canvas.domains
    assert strip is not None
    visited = tab_through(view, lambda: len(fields_part(view)) + 1)
    buttons = list(strip.buttons.values())
    assert visited[-1] is buttons[0]
    # Either Tab walks the strip (as `fix_tab_order` chains it) or, as in a
    # button group, the arrows do.
    walks = []
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Down):
        buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
        walk = [focused()]
        for _ in buttons[1:]:
            QTest.keyClick(focused(), key)
            walk.append(focused())
        walks.append(walk)
    assert buttons in walks


@pytest.mark.parametrize("template_id", DUKER)
def test_tab_through_the_duk_never_lands_on_existing_text_selected(
        qtbot: QtBot, store: Store, template_id: str) -> None:
    view = open_filled(qtbot, store, template_id)
    visited = tab_through(view, lambda: len(defined_order(view)))
    assert [describe(w) for w in visited if has_selected_text(w)] == []


@pytest.mark.parametrize("field_id", ["kort_sikt", "lang_sikt"])
def test_tab_from_the_goals_date_then_typing_keeps_the_goal(
        qtbot: QtBot, store: Store, field_id: str) -> None:
    view = open_filled(qtbot, store, "familie")
    session = view.session
    field = view.canvas.fields[field_id]
    field.focus_entry()
    # Back to the field before (Shift+F6); Tab enters this one at the top, the
    # "innan" date in its label.
    QTest.keyClick(focused(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is field.date_blank
    for ch in "15042026":
        QTest.keyClick(focused(), ch)
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert not has_selected_text(focused()), describe(focused())
    QTest.keyClicks(focused(), " no")
    goals = [g.text for g in session.meeting.field(field_id).goals]
    assert goals[0].startswith("Emil er på skulen kvar dag")
    assert session.meeting.field(field_id).date == dt.date(2026, 4, 15)


@pytest.mark.parametrize("template_id", DUKER)
def test_tab_after_ticking_a_consent_reaches_given_by(qtbot: QtBot, store: Store,
                                                      template_id: str) -> None:
    session = new_session(store, template_id)
    view = open_view(qtbot, session)
    field = next(f for f in view.canvas.field_order() if isinstance(f, ConsentsField))
    field.focus_entry()
    tick = focused()
    assert isinstance(tick, QAbstractButton) and not tick.isChecked()
    QTest.keyClick(tick, Qt.Key.Key_Space)
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    QTest.keyClicks(focused(), "Sara Haugland")
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    (consent,) = session.meeting.field(field.field.id).consents
    assert consent.given_by == "Sara Haugland"


@pytest.mark.parametrize("template_id", DUKER)
def test_shift_tab_goes_back_the_same_way(qtbot: QtBot, store: Store,
                                          template_id: str) -> None:
    """Shift+Tab from the bottom of the duk visits the inputs Tab visits, in
    reverse: coming into a row from below (its ✕) opens its detail line (a goal's
    own deadline and status) as coming from above does. The event loop turns
    between keys, as it does between a person's keys (a row hides its detail line
    again once the focus has left it)."""
    view = open_filled(qtbot, store, template_id)
    forward = tab_through(view, lambda: len(fields_part(view)))
    QApplication.processEvents()
    backward = [focused()]
    for _ in range(len(forward) - 1):
        QTest.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        QApplication.processEvents()
        backward.append(focused())
    assert [describe(w) for w in reversed(backward)] == [describe(w) for w in forward]
