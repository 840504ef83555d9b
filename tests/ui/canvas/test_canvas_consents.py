"""Consents by keyboard (issue 12, defect 8): tick a consent with Space, Tab goes
to who gave it and then to its date, and the name typed is saved."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from tests.ui.canvas.test_canvas import open_view, type_text
from tests.ui.canvas_support import DAY, focused, key, new_session, reopened
from ui.canvas.consents import ConsentsField

pytestmark = pytest.mark.usefixtures("english")


@pytest.mark.parametrize("template_id", ["individuell", "familie"])
@pytest.mark.parametrize("which", [0, 1])
def test_tab_after_ticking_a_consent_goes_to_given_by_then_its_date(
        qtbot: QtBot, store: Store, store_passphrase: str, template_id: str,
        which: int) -> None:
    session = new_session(store, template_id)
    view = open_view(qtbot, session)
    field = view.canvas.fields["avtale"]
    assert isinstance(field, ConsentsField)
    kinds = [k for k in field.field.consent_kinds if not k.free_text]
    kind = kinds[which]
    label = kind.label.get(field.style_.lang)
    # Walk to the consent by Tab, as a person does (from the field before it).
    view.canvas.focus_field("avtale")
    for _ in range(12):
        w = focused()
        if isinstance(w, QCheckBox) and w.text() == label:
            break
        key(Qt.Key.Key_Tab)
    else:
        raise AssertionError(f"Tab never reached {label!r}")
    key(Qt.Key.Key_Space)
    assert [c.kind for c in session.meeting.field("avtale").consents] == [kind.id]
    # Still on the tick (Space ticks, it does not move on); Tab goes to "given by".
    tick = focused()
    assert isinstance(tick, QCheckBox) and tick.text() == label and tick.isChecked()
    key(Qt.Key.Key_Tab)
    assert focused().accessibleName() == "Consent given by"
    type_text(focused(), "Lena Berg")
    key(Qt.Key.Key_Tab)
    assert focused().accessibleName() == "Consent given on"
    type_text(focused(), "2.2.26")
    key(Qt.Key.Key_Tab)
    consent = session.meeting.field("avtale").consents[0]
    assert (consent.given_by, consent.given_on) == ("Lena Berg", dt.date(2026, 2, 2))
    assert session.flush()
    again = reopened(store, store_passphrase, session.meeting).field("avtale").consents[0]
    assert (again.kind, again.given_by, again.given_on) == \
        (kind.id, "Lena Berg", dt.date(2026, 2, 2))


def test_unticking_and_ticking_again_keeps_the_keyboard_on_the_consent(
        qtbot: QtBot, store: Store) -> None:
    session = new_session(store, "individuell")
    view = open_view(qtbot, session)
    view.canvas.focus_field("avtale")
    assert isinstance(focused(), QCheckBox)
    tick = focused()
    assert isinstance(tick, QCheckBox)
    key(Qt.Key.Key_Space)
    key(Qt.Key.Key_Tab)
    type_text(focused(), "Sara")
    key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is tick
    key(Qt.Key.Key_Space)  # untick: the consent goes, and so does its name
    assert session.meeting.field("avtale").consents == []
    assert focused() is tick and not tick.isChecked()
    key(Qt.Key.Key_Tab)  # who/when wait for a tick: Tab passes them by
    assert focused().accessibleName() != "Consent given by"
    key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is tick
    key(Qt.Key.Key_Space)
    assert [(c.given_by, c.given_on) for c in session.meeting.field("avtale").consents] == \
        [("", DAY)]
    # Ctrl+Z takes the tick back, and the box shows it.
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.meeting.field("avtale").consents == []
    assert not tick.isChecked()
