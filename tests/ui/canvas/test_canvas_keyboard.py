"""Keyboard only: in a meeting, a note in every field, a goal deadline and an
action owner, without a single mouse event."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from samtaleduk.templates.model import FieldKind
from tests.ui.canvas.test_canvas import open_view, type_text
from tests.ui.canvas_support import focused, key, new_session, reopened
from ui.canvas.view import MeetingView

pytestmark = pytest.mark.usefixtures("english")
"""These tests read the English source strings of the UI chrome."""

_MOUSE = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
          QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove}


class MouseCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _MOUSE:
            self.count += 1
        return False


def tab_until(found: Callable[[], bool], limit: int = 40) -> None:
    for _ in range(limit):
        if found():
            return
        key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; stuck at {focused()!r}")


def backtab_until(found: Callable[[], bool], limit: int = 40) -> None:
    """Shift+Tab back up until `found` (from a field's entry line, under its rows)."""
    for _ in range(limit):
        if found():
            return
        key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    raise AssertionError(f"Shift+Tab never reached it; stuck at {focused()!r}")


def field_of(view: MeetingView, widget: QWidget) -> str:
    for fid, frame in view.canvas.fields.items():
        if frame.isAncestorOf(widget):
            return fid
    raise AssertionError("focus is outside the duk")


@pytest.mark.parametrize("template_id", ["familie", "individuell"])
def test_a_whole_meeting_by_keyboard(qtbot: QtBot, store: Store, store_passphrase: str,
                                     template_id: str) -> None:
    counter = MouseCounter()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(counter)
    try:
        session = new_session(store, template_id)
        view = open_view(qtbot, session)
        tpl = session.template
        order = [f.id for f in tpl.conversation_order()]
        assert field_of(view, focused()) == order[0]
        for i, fid in enumerate(order):
            if i:
                key(Qt.Key.Key_F6)  # next field
            assert field_of(view, focused()) == fid
            kind = tpl.field(fid).kind
            if kind is FieldKind.DATE:
                type_text(focused(), "03022026")
                key(Qt.Key.Key_Return)
                continue
            if kind is FieldKind.CONSENTS:
                key(Qt.Key.Key_Space)  # tick the first consent kind
                key(Qt.Key.Key_Tab)  # on from the tick to "given by"
                type_text(focused(), "Lena Berg")
                continue
            type_text(focused(), f"Ord i {fid} ŋ")
            key(Qt.Key.Key_Return)

        m = session.meeting
        for f in tpl.fields:
            content = m.field(f.id)
            if f.kind is FieldKind.NOTES:
                assert content.notes[0].text == f"Ord i {f.id} ŋ"
            elif f.kind is FieldKind.GOALS:
                assert content.goals[0].text == f"Ord i {f.id} ŋ"
            elif f.kind in (FieldKind.ACTIONS, FieldKind.NEXT_STEP):
                assert content.actions[0].text == f"Ord i {f.id} ŋ"
            elif f.kind is FieldKind.HELPERS:
                assert content.helpers[0].name == f"Ord i {f.id} ŋ"
            elif f.kind is FieldKind.TEXT:
                assert content.text == f"Ord i {f.id} ŋ"
            elif f.kind is FieldKind.DATE:
                assert m.date == dt.date(2026, 2, 3)
            elif f.kind is FieldKind.CONSENTS:
                assert content.consents[0].given_by == "Lena Berg"
            elif f.kind is FieldKind.PARTICIPANTS:
                assert m.participants[0].name == f"Ord i {f.id} ŋ"

        # A goal's deadline: into the goals field (its entry line, under the goal),
        # Shift+Tab back up to the goal, Tab to its date.
        goals = tpl.fields_of_kind(FieldKind.GOALS)
        if goals:
            view.canvas.focus_field(goals[0].id)  # what F6 does, tested above
            backtab_until(lambda: focused().accessibleName() == "Goal")
            key(Qt.Key.Key_Tab)
            type_text(focused(), "01032026")
            key(Qt.Key.Key_Return)
            assert m.field(goals[0].id).goals[0].deadline == dt.date(2026, 3, 1)

        # An action's owner: Tab from the action's text to "who", type a name.
        acts = tpl.fields_of_kind(FieldKind.ACTIONS) + tpl.fields_of_kind(FieldKind.NEXT_STEP)
        view.canvas.focus_field(acts[0].id)
        backtab_until(lambda: focused().accessibleName() == "What will be done")
        key(Qt.Key.Key_Tab)
        type_text(focused(), "Tor Aas")
        key(Qt.Key.Key_Tab)
        assert m.field(acts[0].id).actions[0].owner == "Tor Aas"

        # Undo by keyboard takes back the owner, in one step.
        key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert m.field(acts[0].id).actions[0].owner == ""
        key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert m.field(acts[0].id).actions[0].owner == "Tor Aas"

        assert session.flush()
        assert reopened(store, store_passphrase, m).model_dump() == m.model_dump()
        assert counter.count == 0
    finally:
        app.removeEventFilter(counter)


@pytest.mark.parametrize("template_id", ["familie", "individuell"])
def test_tab_walks_the_fields_in_conversation_order(qtbot: QtBot, store: Store,
                                                    template_id: str) -> None:
    session = new_session(store, template_id)
    view = open_view(qtbot, session)
    seen: list[str] = []
    for _ in range(120):
        fid = field_of(view, focused()) if any(
            f.isAncestorOf(focused()) for f in view.canvas.fields.values()) else None
        if fid is not None and (not seen or seen[-1] != fid):
            seen.append(fid)
        key(Qt.Key.Key_Tab)
    order = [f.id for f in session.template.conversation_order()]
    assert seen[:len(order)] == order


def test_an_action_is_deleted_and_restored_by_keyboard(qtbot: QtBot, store: Store) -> None:
    session = new_session(store, "individuell")
    session.add_action("tiltak", "Fast vaksen i garderoben", owner="barnehagen")
    view = open_view(qtbot, session)
    view.canvas.focus_field("tiltak")  # the entry line, under the row
    backtab_until(lambda: focused().accessibleName().startswith("Delete "))
    key(Qt.Key.Key_Space)
    assert session.meeting.field("tiltak").actions == []
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.meeting.field("tiltak").actions[0].owner == "barnehagen"


def test_field_shortcuts_ctrl_n_ctrl_down_shift_f6(qtbot: QtBot, store: Store) -> None:
    session = new_session(store, "individuell")
    session.add_note("vanskeleg", "Søv dårleg")
    view = open_view(qtbot, session)
    order = [f.id for f in session.template.conversation_order()]
    # From a card, Ctrl+N goes to the same field's entry line.
    field = view.canvas.fields["vanskeleg"]
    field.list.setFocus()  # type: ignore[attr-defined]
    key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert focused() is field.entry_widget()
    key(Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert field_of(view, focused()) == order[order.index("vanskeleg") + 1]
    key(Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    key(Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert field_of(view, focused()) == order[order.index("vanskeleg") - 1]
