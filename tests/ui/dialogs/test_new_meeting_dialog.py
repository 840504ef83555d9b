"""The new-meeting dialog: continue from the last duk or start blank; people offered."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from samtaleduk.domain.model import Case, CaseKind
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from ui.dialogs.new_meeting import NewMeetingDialog


def _haugland(store: Store) -> Case:
    return next(store.get_case(s.id) for s in store.list_cases() if s.kind == CaseKind.FAMILY)


def _dialog(qtbot: QtBot, store: Store, case: Case, templates: TemplateSet) -> NewMeetingDialog:
    dialog = NewMeetingDialog(store, case, templates.ordered(), today=dt.date(2026, 6, 17))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _note_ids(meeting: object) -> set[str]:
    return {str(n.id) for c in meeting.fields.values() for n in c.notes}  # type: ignore[attr-defined]


def test_continue_from_the_last_duk_keeps_identities(
        qtbot: QtBot, demo_store: Store, templates: TemplateSet) -> None:
    case = _haugland(demo_store)
    last = demo_store.list_meetings(case.id)[-1]
    dialog = _dialog(qtbot, demo_store, case, templates)
    assert dialog.continue_from.isEnabled() and dialog.continue_from.isChecked()
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    meeting = demo_store.get_meeting(dialog.meeting.id)  # type: ignore[union-attr]
    assert meeting.number == last.number + 1
    assert meeting.date == dt.date(2026, 6, 17)
    assert meeting.continued_from == last.id
    assert _note_ids(meeting) == _note_ids(last) != set()
    # Offered, not copied: nobody is ticked until the facilitator ticks them.
    assert meeting.participants == []


def test_blank_duk_starts_empty_with_the_ticked_people(
        qtbot: QtBot, demo_store: Store, templates: TemplateSet) -> None:
    case = _haugland(demo_store)
    dialog = _dialog(qtbot, demo_store, case, templates)
    dialog.blank.setChecked(True)
    dialog.date.set_value(dt.date(2026, 7, 1))
    names = [box.text() for box in dialog.person_boxes]
    assert names[0].startswith("Sara Haugland")
    assert any(n.startswith("Tor Aas") for n in names)
    dialog.person_boxes[0].setChecked(True)
    dialog.accept()
    meeting = demo_store.get_meeting(dialog.meeting.id)  # type: ignore[union-attr]
    assert meeting.continued_from is None
    assert _note_ids(meeting) == set()
    assert meeting.date == dt.date(2026, 7, 1)
    assert [p.name for p in meeting.participants] == ["Sara Haugland"]
    known = {p.name: p.id for p in case.known_participants}
    assert meeting.participants[0].id == known["Sara Haugland"]


def test_first_meeting_can_only_start_blank(
        qtbot: QtBot, store: Store, templates: TemplateSet) -> None:
    case = Case(name="Familien Ny", template_id="familie", members=["Ada Ny"])
    store.save_case(case)
    dialog = _dialog(qtbot, store, case, templates)
    assert not dialog.continue_from.isEnabled()
    assert dialog.blank.isChecked()
    dialog.accept()
    meetings = store.list_meetings(case.id)
    assert [m.number for m in meetings] == [1]
    assert meetings[0].template_id == "familie"


def test_a_date_typed_with_dots_then_enter_starts_the_meeting_on_that_date(
        qtbot: QtBot, demo_store: Store, templates: TemplateSet) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    case = _haugland(demo_store)
    dialog = _dialog(qtbot, demo_store, case, templates)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.date.hasFocus())
    QTest.keyClicks(dialog.date, "11.03.2026")
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.date, Qt.Key.Key_Return)
    assert demo_store.get_meeting(dialog.meeting.id).date == dt.date(2026, 3, 11)  # type: ignore[union-attr]


def test_a_date_that_is_not_a_date_keeps_the_dialog_open(
        qtbot: QtBot, demo_store: Store, templates: TemplateSet) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    case = _haugland(demo_store)
    before = len(demo_store.list_meetings(case.id))
    dialog = _dialog(qtbot, demo_store, case, templates)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.date.hasFocus())
    QTest.keyClicks(dialog.date, "31.02.2026")
    QTest.keyClick(dialog.date, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.date.hasFocus()
    assert len(demo_store.list_meetings(case.id)) == before
