"""Settings, audit-only operations and the demo cases."""

from __future__ import annotations

import datetime as dt

import pytest

from samtaleduk.domain.demo import demo_cases
from samtaleduk.errors import UserError
from samtaleduk.ops import audit
from samtaleduk.ops.demo import fill_demo
from samtaleduk.ops.settings import (
    RETENTION_OFFERED,
    mark_retention_offered,
    retention_offer_due,
    set_retention_days,
)
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from samtaleduk.trust import deletion


def test_retention_offer_once_a_day_and_retention_days(store: Store) -> None:
    today = dt.date(2026, 5, 1)
    assert retention_offer_due(store, today)
    assert mark_retention_offered(store, today).settings == {RETENTION_OFFERED}
    assert not retention_offer_due(store, today)
    assert retention_offer_due(store, today + dt.timedelta(days=1))
    assert set_retention_days(store, 30).settings == {deletion.RETENTION_SETTING}
    assert deletion.retention_days(store) == 30
    with pytest.raises(UserError):
        set_retention_days(store, 0)


def test_audit_operations_write_their_line_and_change_nothing(
        store: Store, templates: TemplateSet) -> None:
    changes = fill_demo(store, templates)
    case_id = next(iter(changes.cases))
    assert not audit.case_viewed(store, case_id)
    assert not audit.case_printed(store, case_id)
    assert not audit.case_pdf_saved(store, case_id)
    assert not audit.locked(store) and not audit.unlocked(store)
    events = [e.event for e in store.audit_events()]
    assert events[-5:] == ["view_case", "case_printed", "case_pdf_saved", "locked", "unlocked"]


def test_fill_demo_writes_every_demo_case(store: Store, templates: TemplateSet) -> None:
    changes = fill_demo(store, templates)
    expected = demo_cases()
    assert {s.id for s in store.list_cases()} == {c.id for c, _m in expected} == changes.cases
    assert changes.meetings == {m.id for _c, ms in expected for m in ms}
    for case, meetings in expected:
        assert [m.id for m in store.list_meetings(case.id)] == [m.id for m in meetings]
