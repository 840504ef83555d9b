"""Tab never lands on existing text selected (issue 12, defect 1): whatever a
person types after Tab adds to the text, it never replaces it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from samtaleduk.templates.model import FieldKind
from tests.ui.canvas.test_canvas import open_view, type_text
from tests.ui.canvas_support import focused, key, new_session

pytestmark = pytest.mark.usefixtures("english")


def text_editor(w: QWidget) -> QLineEdit | None:
    """The line edit a person types into when `w` has the focus."""
    if isinstance(w, QLineEdit):
        return w
    if isinstance(w, QComboBox) and w.isEditable():
        return w.lineEdit()
    if isinstance(w, QAbstractSpinBox):
        return w.findChild(QLineEdit)
    return None


def test_tab_from_the_goals_date_does_not_select_the_first_goal(qtbot: QtBot,
                                                                 store: Store) -> None:
    session = new_session(store, "familie")
    view = open_view(qtbot, session)
    view.canvas.focus_field("kort_sikt")
    for goal in ("Sova heile natta", "Eta frukost saman"):
        type_text(focused(), goal)
        key(Qt.Key.Key_Return)
    # Back to the field before (Shift+F6), then Tab enters this field at the top:
    # the date in the label's blank.
    key(Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    key(Qt.Key.Key_Tab)
    assert focused() is view.canvas.fields["kort_sikt"].date_blank
    type_text(focused(), "01032026")
    key(Qt.Key.Key_Tab)
    assert session.field_date("kort_sikt") == dt.date(2026, 3, 1)
    edit = text_editor(focused())
    assert edit is not None and edit.text() == "Sova heile natta"
    assert edit.selectedText() == ""
    type_text(focused(), " godt")
    goals = session.meeting.field("kort_sikt").goals
    assert [g.text for g in goals] == ["Sova heile natta godt", "Eta frukost saman"]


@pytest.mark.parametrize("template_id", ["familie", "individuell"])
def test_tab_through_a_full_duk_never_lands_on_selected_text(qtbot: QtBot, store: Store,
                                                            template_id: str) -> None:
    session = new_session(store, template_id)
    day = dt.date(2026, 2, 3)
    for f in session.template.fields:
        if f.kind is FieldKind.NOTES:
            session.add_note(f.id, f"Notat i {f.id}")
        elif f.kind is FieldKind.GOALS:
            g = session.add_goal(f.id, f"Mål i {f.id}")
            session.set_goal_deadline(g, day)
            session.set_field_date(f.id, day)
        elif f.kind in (FieldKind.ACTIONS, FieldKind.NEXT_STEP):
            session.add_action(f.id, f"Tiltak i {f.id}", owner="Åse")
            if f.kind is FieldKind.NEXT_STEP:
                session.set_text(f.id, "Nytt møte")
                session.set_field_date(f.id, day)
        elif f.kind is FieldKind.HELPERS:
            session.add_helper(f.id, "Lena", relation="helsesjukepleiar", helps_with="søvn")
        elif f.kind is FieldKind.TEXT:
            session.set_text(f.id, f"Tekst i {f.id}")
        elif f.kind is FieldKind.CONSENTS:
            for kind in session.consent_kinds(f.id):
                session.add_consent(f.id, kind, given_by="Sara", given_on=day,
                                    description="Skulen")
            session.set_text(f.id, "Avtalt")
        elif f.kind is FieldKind.PARTICIPANTS:
            session.add_participant("Åse", "mor")
    view = open_view(qtbot, session)
    written = {id(w): w.accessibleName() for w in view.canvas.findChildren(QWidget)
               if (edit := text_editor(w)) is not None and edit.text()
               and not isinstance(w.parentWidget(), QComboBox)
               and w.isVisible() and w.isEnabled()}
    assert len(written) >= 10
    view.canvas.focus_field(session.template.conversation_order()[0].id)
    start = focused()
    visited: set[int] = set()
    for step in range(400):
        w = focused()
        edit = text_editor(w)
        if edit is not None:
            assert edit.selectedText() == "", (
                f"Tab {step} landed on {w.accessibleName()!r} with {edit.selectedText()!r} "
                "selected")
            visited.add(id(w))
        key(Qt.Key.Key_Tab)
        if focused() is start:
            break
    missed = [name for wid, name in written.items() if wid not in visited]
    assert not missed, f"Tab never reached {missed}"
    # Shift+Tab back through it as well.
    for _ in range(60):
        key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        edit = text_editor(focused())
        if edit is not None:
            assert edit.selectedText() == ""
