"""Issue 12, defect 4: "Kven" (an action's owner) saves and prints what it shows.

Owners come from the case's people (members, today's participants, the meeting's
helpers), typed freely, several in one line. Driven with real keys only.
"""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from samtaleduk.printing import actions_pdf
from samtaleduk.store.store import Store
from tests.samtaleduk.printing.pdfcheck import page_texts
from tests.ui.canvas.test_canvas import open_view, type_text
from tests.ui.canvas_support import focused, new_session
from ui.canvas.actions import ActionsField
from ui.canvas.view import MeetingView
from ui.meeting.session import MeetingSession

pytestmark = pytest.mark.usefixtures("english")


def key(k: Qt.Key) -> None:
    """Press a key where a real key goes: to an open popup (the completion list)
    first, as the window system delivers it, else to the focus widget."""
    QTest.keyClick(QApplication.activePopupWidget() or focused(), k)


def shown(widget: QWidget) -> str:
    """What the owner box shows, whatever kind of box it is."""
    if isinstance(widget, QComboBox):
        return widget.currentText()
    assert isinstance(widget, QLineEdit)
    return widget.text()


def _meeting(qtbot: QtBot, store: Store) -> tuple[MeetingSession, MeetingView, uuid.UUID]:
    session = new_session(store, "familie")
    session.add_participant("Kari Nilsen", "helsesjukepleiar")
    session.add_participant("Ingrid Fjeld", "familielos")
    session.add_helper("hjelparar", "Mormor Berit", relation="familie")
    action_id = session.add_action("neste_steg", "Søkje om kommunal bustad")
    view = open_view(qtbot, session)
    return session, view, action_id


def _into_owner(view: MeetingView) -> QWidget:
    """From the field's entry (under the rows), Shift+Tab back up to the action's
    text, then Tab once to "who"."""
    view.canvas.focus_field("neste_steg")
    for _ in range(20):
        if focused().accessibleName() == "What will be done":
            break
        QTest.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    key(Qt.Key.Key_Tab)
    field = view.canvas.fields["neste_steg"]
    assert isinstance(field, ActionsField)
    (row,) = field._rows.values()
    box = row.who
    assert box is focused() or box.isAncestorOf(focused())
    return box


def _owner(session: MeetingSession) -> str:
    return session.meeting.field("neste_steg").actions[0].owner


def _printed(session: MeetingSession) -> str:
    pdf = actions_pdf(session.meeting, session.case, session.template)
    return "\n".join(page_texts(pdf))


def test_ka_and_tab_saves_what_the_box_shows(qtbot: QtBot, store: Store) -> None:
    session, view, _ = _meeting(qtbot, store)
    box = _into_owner(view)
    type_text(focused(), "Ka")
    key(Qt.Key.Key_Tab)
    assert not box.isAncestorOf(focused()) and box is not focused()
    assert _owner(session) == shown(box) == "Ka"


def test_choosing_from_the_list_saves_and_prints_the_whole_name(qtbot: QtBot,
                                                               store: Store) -> None:
    session, view, _ = _meeting(qtbot, store)
    box = _into_owner(view)
    type_text(focused(), "Ka")
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Return)
    assert _owner(session) == shown(box) == "Kari Nilsen"
    key(Qt.Key.Key_Tab)
    assert _owner(session) == shown(box) == "Kari Nilsen"
    lines = _printed(session).splitlines()
    assert "Kari Nilsen" in lines and "Kari" not in lines


def test_several_owners_are_kept_verbatim(qtbot: QtBot, store: Store) -> None:
    session, view, _ = _meeting(qtbot, store)
    box = _into_owner(view)
    type_text(focused(), "Sara, med hjelp frå Ingrid")
    key(Qt.Key.Key_Tab)
    assert _owner(session) == shown(box) == "Sara, med hjelp frå Ingrid"
    assert "Sara, med hjelp frå Ingrid" in _printed(session).splitlines()


def test_the_second_owner_is_completed_after_the_first(qtbot: QtBot, store: Store) -> None:
    session, view, _ = _meeting(qtbot, store)
    box = _into_owner(view)
    type_text(focused(), "Sara og Mor")
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Return)
    assert _owner(session) == shown(box) == "Sara og Mormor Berit"
    type_text(focused(), ", Åse")
    key(Qt.Key.Key_Tab)
    assert _owner(session) == shown(box) == "Sara og Mormor Berit, Åse"


def test_owners_offered_are_the_cases_people(qtbot: QtBot, store: Store) -> None:
    session, _view, _ = _meeting(qtbot, store)
    assert session.owner_choices() == ["Kari Nilsen", "Ingrid Fjeld", "Åse", "Ŋora",
                                       "Mormor Berit"]


def test_undo_takes_back_a_chosen_owner_and_the_box_follows(qtbot: QtBot,
                                                           store: Store) -> None:
    session, view, _ = _meeting(qtbot, store)
    box = _into_owner(view)
    type_text(focused(), "Ing")
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Return)
    assert _owner(session) == "Ingrid Fjeld"
    QTest.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _owner(session) == shown(box)
    assert _owner(session) in ("", "Ing")
