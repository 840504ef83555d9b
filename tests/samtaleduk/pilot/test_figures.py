"""What each figure counts (docs/pilot-figures.md), on the demo cases five times
over, so that no count is under 5 and the definitions can be read off."""

from __future__ import annotations

import datetime as dt

import pytest

from samtaleduk.pilot import PilotReport, pilot_report
from samtaleduk.store.store import Store
from tests.samtaleduk.pilot.cases import demo_times

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


@pytest.fixture
def five(store: Store) -> PilotReport:
    demo_times(store, 5)
    return pilot_report(store, *YEAR)


def value(report: PilotReport, table: str, row: str, column: str = "count") -> int | None:
    return report.table(table).count(row, column).value


def test_cases_and_meetings(five: PilotReport) -> None:
    # 10 cases opened in 2026, none closed, none carried in: "active" would equal
    # "opened" and so tell that 0 were carried in; it is hidden.
    assert value(five, "cases", "opened") == 10
    assert value(five, "cases", "met") == 10
    assert value(five, "cases", "active") is None
    assert value(five, "cases", "closed") is None
    # Haugland: three meetings, 56 days apart; Jonas: one.
    assert value(five, "meetings", "held") == 20
    assert value(five, "meetings", "first") == 10
    assert value(five, "meetings", "follow_up") == 10
    assert value(five, "gaps", "gap_8w") == 10
    assert value(five, "gaps", "gap_4w") is None
    assert five.median("median_gap").days == 56
    assert five.median("median_duration").days is None


def test_goals_by_horizon(five: PilotReport) -> None:
    # Short term: Emil at school (continued, new deadline), Nora football (reached
    # at meeting 2), Sara work training (set at 2, reached at 3). Long term: work or
    # study and a bigger home (continued), a steady job (set at meeting 3).
    assert value(five, "goals", "short", "set") == 15
    assert value(five, "goals", "short", "reached") == 10
    assert value(five, "goals", "short", "continued") == 5
    assert value(five, "goals", "long", "set") == 15
    assert value(five, "goals", "long", "continued") == 10
    assert value(five, "goals", "all", "set") == 30
    assert value(five, "goals", "long", "reached") is None
    assert [r.key for r in five.table("goals").rows] == ["short", "long", "all"]


def test_actions_by_owner_kind(five: PilotReport) -> None:
    # Family: "Sara" (a member's first name) and "Sara og Tor Aas" (the first named
    # is responsible). Service: Tor Aas and Kari Lund at the table; Anne Vik at
    # Jonas's. Helper: "Aktivitetsguiden", written under who can help, not at the
    # table. Other: "barnehagen". Jonas's two actions are new, not yet reviewed.
    assert value(five, "actions", "family", "done") == 10
    assert value(five, "actions", "service", "done") == 15
    assert value(five, "actions", "helper", "done") == 5
    assert value(five, "actions", "service", "new") == 5
    assert value(five, "actions", "other", "new") == 5
    assert value(five, "actions", "total", "done") == 30
    assert value(five, "actions", "total", "total") == 40
    # Emil's talk was partly done at meeting 2 and done at 3: counted once, done.
    assert value(five, "actions", "total", "partly") is None


def test_consents_and_life_domains(five: PilotReport) -> None:
    assert value(five, "consents", "ressursteam", "given") == 10
    assert value(five, "consents", "stafettlogg", "given") == 5
    assert value(five, "consents", "anna", "given") == 5
    assert value(five, "consents", "total", "given") == 20
    # At meeting 3 the family's job is tagged under what works.
    assert value(five, "domains", "jobb", "fungerer") == 5
    assert value(five, "domains", "okonomi", "vanskeleg") == 5


def test_a_period_before_anything_happened(store: Store) -> None:
    demo_times(store, 5)
    report = pilot_report(store, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert all(c.value is None for t in report.tables for c in t.counts.values())


def test_the_period_of_meeting_two_only(store: Store) -> None:
    demo_times(store, 5)
    report = pilot_report(store, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    # Meeting 1 (before the period) is read to know what was there already.
    assert value(report, "goals", "short", "set") == 5  # Sara's work training
    assert value(report, "goals", "short", "reached") == 5  # Nora's football
    assert value(report, "actions", "service", "done") == 5  # Tor's job mapping
    assert value(report, "actions", "family", "not_done") == 5  # the housing application
