"""Helpers for the meeting canvas tests: a case, a meeting and a session on a store."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from samtaleduk.domain.model import Case, CaseKind, Meeting
from samtaleduk.evaluation import blank_meeting
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import load_all
from samtaleduk.templates.model import Template
from ui.meeting.session import MeetingSession

DAY = dt.date(2026, 1, 14)


def template(template_id: str) -> Template:
    return load_all().get(template_id)


def new_session(store: Store, template_id: str = "familie") -> MeetingSession:
    """A saved case with a blank first meeting of `template_id`, opened."""
    tpl = template(template_id)
    kind = CaseKind.FAMILY if tpl.case_kind == "family" else CaseKind.INDIVIDUAL
    case = Case(name="Testfamilien", kind=kind, template_id=tpl.id, members=["Åse", "Ŋora"])
    store.save_case(case)
    meeting = blank_meeting(case, tpl, number=1, date=DAY)
    store.save_meeting(meeting, tpl)
    return MeetingSession(store, case, meeting, tpl)


def demo_session(store: Store, template_id: str) -> MeetingSession:
    """The demo case of `template_id` (its first meeting), saved and opened."""
    from samtaleduk.domain.demo import demo_cases

    for case, meetings in demo_cases():
        if case.template_id == template_id:
            store.save_case(case)
            for m in meetings:
                store.save_meeting(m, template(m.template_id))
            return MeetingSession(store, case, meetings[0], template(template_id))
    raise LookupError(template_id)


def reopened(store: Store, passphrase: str, meeting: Meeting) -> Meeting:
    """The meeting as a freshly opened store has it."""
    with Store.open(store.data_dir, passphrase) as again:
        return again.get_meeting(meeting.id)


def focused() -> QWidget:
    """The widget that has the keyboard focus now (fails if none has)."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press one key on whatever has the focus, as a person does."""
    QTest.keyClick(focused(), k, mods)
