"""Case operations: one transaction each, audited as before, and what changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from samtaleduk.domain.model import Case, CaseStatus, Participant
from samtaleduk.domain.people import with_people
from samtaleduk.errors import UserError
from samtaleduk.handover.case_file import export_case
from samtaleduk.ops.cases import (
    create_case,
    delete_case,
    import_case,
    save_people,
    set_case_closed,
    toggle_case_closed,
)
from samtaleduk.ops.meetings import new_meeting
from samtaleduk.store.errors import NotFound
from samtaleduk.store.store import FAST_KDF, Store
from samtaleduk.templates.model import Template


def _case(template: Template) -> Case:
    return Case(name="Familien Test", template_id=template.id, members=["Ola"])


def test_create_case_stores_it_with_its_duk_and_one_audit_line(
        store: Store, familie: Template) -> None:
    case = _case(familie)
    changes = create_case(store, case, familie)
    assert store.get_case(case.id).name == "Familien Test"
    assert store.template_snapshot(familie.id, familie.version) is not None
    assert changes.cases == {case.id} and changes.templates == {familie.id}
    assert [e.event for e in store.audit_events(case.id)] == ["case_created"]


def test_create_case_refuses_a_case_that_exists(store: Store, familie: Template) -> None:
    case = _case(familie)
    create_case(store, case)
    with pytest.raises(UserError, match="finst alt"):
        create_case(store, case)


def test_closing_and_reopening(store: Store, familie: Template) -> None:
    case = _case(familie)
    create_case(store, case)
    done = toggle_case_closed(store, case.id, today=dt.date(2026, 3, 1))
    assert done.value.status is CaseStatus.CLOSED
    assert store.get_case(case.id).closed_on == dt.date(2026, 3, 1)
    assert done.changes.cases == {case.id} and done.changes.kinds == {"cases"}
    toggle_case_closed(store, case.id)
    assert store.get_case(case.id).status is CaseStatus.OPEN
    assert store.get_case(case.id).closed_on is None
    set_case_closed(store, case.id, True, dt.date(2026, 4, 1))
    assert store.get_case(case.id).status is CaseStatus.CLOSED


def test_save_people_changes_an_existing_case_only(store: Store, familie: Template) -> None:
    case = _case(familie)
    create_case(store, case)
    edited, _edit = with_people(case, ["Ola", "Kari"],
                                [Participant(name="Anne", role="lærar")])
    changes = save_people(store, edited)
    assert store.get_case(case.id).members == ["Ola", "Kari"]
    assert changes.people == {case.id} and changes.cases == {case.id}
    with pytest.raises(NotFound):
        save_people(store, _case(familie))


def test_delete_and_import_name_the_case(store: Store, familie: Template,
                                         tmp_path: Path) -> None:
    case = _case(familie)
    create_case(store, case)
    meeting = new_meeting(store, case, familie, None, dt.date(2026, 1, 5)).value
    out = export_case(store, case.id, tmp_path / "sak.samtaleduk", "ei lang passordfrase 42",
                      kdf=FAST_KDF)
    deleted = delete_case(store, case.id)
    assert deleted.value.case_id == case.id and deleted.changes.cases == {case.id}
    with pytest.raises(NotFound):
        store.get_case(case.id)
    imported = import_case(store, out, "ei lang passordfrase 42")
    assert imported.value.case_id == case.id
    assert imported.changes.cases == {case.id} and imported.changes.meetings == {meeting.id}
