"""Meeting operations: the CLI's `meeting new` and the app's dialog share them."""

from __future__ import annotations

import datetime as dt

import pytest

from samtaleduk.domain.model import Case, Participant
from samtaleduk.errors import UserError
from samtaleduk.ops.cases import create_case
from samtaleduk.ops.meetings import add_meeting, build_meeting, new_meeting, save_meeting
from samtaleduk.store.errors import NotFound
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from samtaleduk.templates.model import Template


def _stored_case(store: Store, template: Template) -> Case:
    case = Case(name="Familien Test", template_id=template.id, members=["Ola"])
    create_case(store, case)
    return case


def test_new_meeting_is_numbered_carried_forward_and_stored(
        store: Store, familie: Template) -> None:
    case = _stored_case(store, familie)
    ola = Participant(name="Ola", role="far")
    first = new_meeting(store, case, familie, None, dt.date(2026, 1, 5), participants=[ola])
    assert first.value.number == 1 and [p.name for p in first.value.participants] == ["Ola"]
    assert first.changes.meetings == {first.value.id} and first.changes.cases == {case.id}
    assert store.template_snapshot(familie.id, familie.version) is not None
    second = new_meeting(store, case, familie, first.value, dt.date(2026, 2, 5))
    assert second.value.number == 2 and second.value.continued_from == first.value.id
    blank = build_meeting(case, familie, second.value, dt.date(2026, 3, 5), carry=False)
    assert blank.number == 3 and blank.continued_from is None
    assert [m.number for m in store.list_meetings(case.id)] == [1, 2]


def test_add_meeting_refuses_a_number_taken_a_missing_case_and_another_duk(
        store: Store, familie: Template, templates: TemplateSet) -> None:
    case = _stored_case(store, familie)
    first = new_meeting(store, case, familie, None, dt.date(2026, 1, 5)).value
    again = build_meeting(case, familie, None, dt.date(2026, 1, 6))
    with pytest.raises(UserError, match="alt eit møte 1"):
        add_meeting(store, again, familie)
    other = Case(name="Ikkje lagra", template_id=familie.id)
    with pytest.raises(NotFound):
        add_meeting(store, build_meeting(other, familie, None, dt.date(2026, 1, 5)), familie)
    individual = next(t for t in templates.ordered() if t.id != familie.id)
    with pytest.raises(ValueError):
        add_meeting(store, build_meeting(case, familie, first, dt.date(2026, 2, 1)), individual)
    assert len(store.list_meetings(case.id)) == 1


def test_save_meeting_writes_meeting_and_case_together(store: Store, familie: Template) -> None:
    case = _stored_case(store, familie)
    meeting = new_meeting(store, case, familie, None, dt.date(2026, 1, 5)).value
    meeting.participants = [Participant(name="Kari", role="mor")]
    case.known_participants = [Participant(name="Kari", role="mor")]
    changes = save_meeting(store, meeting, None, case)
    assert store.get_meeting(meeting.id).participants[0].name == "Kari"
    assert store.get_case(case.id).known_participants[0].name == "Kari"
    assert changes.people == {case.id} and changes.meetings == {meeting.id}
    assert not save_meeting(store, meeting).people


def test_save_meeting_is_one_transaction(store: Store, familie: Template,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    case = _stored_case(store, familie)
    meeting = new_meeting(store, case, familie, None, dt.date(2026, 1, 5)).value
    revisions = len(store.revisions(meeting.id))
    meeting.participants = [Participant(name="Kari", role="mor")]

    def fails(_case: Case) -> None:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(store, "save_case", fails)
    with pytest.raises(RuntimeError):
        save_meeting(store, meeting, None, case)
    # The meeting's write went back with the case's.
    assert len(store.revisions(meeting.id)) == revisions
    assert store.get_meeting(meeting.id).participants == []


def test_a_first_write_that_went_back_keeps_the_duk_snapshot_when_retried(
        store: Store, familie: Template, monkeypatch: pytest.MonkeyPatch) -> None:
    # The autosave's retry after a full disk: the snapshot written in the
    # transaction that went back must be written again, not taken as kept.
    case = _stored_case(store, familie)
    meeting = build_meeting(case, familie, None, dt.date(2026, 1, 5))
    original = store.save_case

    def fails(_case: Case) -> None:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(store, "save_case", fails)
    with pytest.raises(RuntimeError):
        save_meeting(store, meeting, familie, case)
    assert store.template_snapshot(familie.id, familie.version) is None
    monkeypatch.setattr(store, "save_case", original)
    save_meeting(store, meeting, familie, case)
    assert store.template_snapshot(familie.id, familie.version) is not None


def test_an_autosave_of_the_meeting_alone_is_one_short_transaction(
        store: Store, familie: Template) -> None:
    """Issue 16: each statement is a round trip on the typing path. The autosave
    of a meeting alone is the writer's own transaction (no savepoint inside an
    outer one), and its newest revision is read with its row, not apart."""
    case = _stored_case(store, familie)
    meeting = build_meeting(case, familie, None, dt.date(2026, 1, 5))
    save_meeting(store, meeting, familie, case)  # the first write: duk and case too
    notes = next(f.id for f in familie.fields if f.kind.value == "notes")
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        for text in ("Emil", "Emil vil"):
            meeting.field(notes).text = text
            save_meeting(store, meeting)
    finally:
        store.conn.set_trace_callback(None)
    words = [s.split()[0].upper() for s in statements]
    assert words.count("BEGIN") == 2 and words.count("COMMIT") == 2
    assert "SAVEPOINT" not in words
    assert not [s for s in statements if s.startswith("SELECT id, data IS NOT NULL")]
    assert len(statements) <= 2 * 7
    assert store.get_meeting(meeting.id).field(notes).text == "Emil vil"
