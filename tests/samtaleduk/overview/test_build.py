"""The overview's windows and order, over a real store: actions past and within 14
days, goals past their deadline, consents expired or within 30 days, cases with and
without a next meeting; closed cases and earlier meetings never show."""

from __future__ import annotations

import datetime as dt

from samtaleduk.domain.model import (
    Action,
    ActionStatus,
    Case,
    CaseStatus,
    Consent,
    Goal,
    GoalStatus,
    Meeting,
)
from samtaleduk.overview.build import Section, read
from samtaleduk.store.store import Store
from samtaleduk.templates.model import Template

TODAY = dt.date(2026, 5, 10)


def _day(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def _case(store: Store, name: str, status: CaseStatus = CaseStatus.OPEN) -> Case:
    case = Case(name=name, template_id="familie", status=status)
    store.save_case(case)
    return case


def _meeting(store: Store, case: Case, familie: Template, number: int = 1,
             next_date: dt.date | None = None) -> Meeting:
    m = Meeting(case_id=case.id, number=number, date=_day(-30 + number),
                template_id="familie", template_version=familie.version)
    if next_date is not None:
        m.field("neste_steg").date = next_date
    return m


def _texts(store: Store, section: Section) -> list[str]:
    return [i.text or i.case_name for i in read(store, TODAY).sections[section]]


def test_actions_by_their_date_in_the_14_day_window(store: Store, familie: Template) -> None:
    case = _case(store, "Familien Haugland")
    m = _meeting(store, case, familie)
    m.field("neste_steg").actions += [
        Action(text="late", owner="Mor", due=_day(-1)),
        Action(text="later late", owner="Skulen", due=_day(-20), status=ActionStatus.PARTLY),
        Action(text="today", due=TODAY),
        Action(text="day 14", due=_day(14)),
        Action(text="day 15", due=_day(15)),
        Action(text="done late", due=_day(-3), status=ActionStatus.DONE),
        Action(text="dropped", due=_day(2), status=ActionStatus.DROPPED),
        Action(text="no date"),
    ]
    store.save_meeting(m, familie)
    assert _texts(store, Section.ACTIONS_LATE) == ["later late", "late"]
    assert _texts(store, Section.ACTIONS_SOON) == ["today", "day 14"]
    late = read(store, TODAY).sections[Section.ACTIONS_LATE][1]
    assert (late.who, late.days, late.case_name, late.field_id) == (
        "Mor", -1, "Familien Haugland", "neste_steg")
    # The ids as the store keeps them (text), not parsed for every line.
    assert late.meeting_id == str(m.id)
    assert late.item_id == str(m.fields["neste_steg"].actions[0].id)


def test_goals_past_their_own_or_their_fields_deadline(store: Store, familie: Template) -> None:
    case = _case(store, "Familien Aas")
    m = _meeting(store, case, familie)
    m.field("kort_sikt").date = _day(-2)  # "innan ____" for goals without their own
    m.field("kort_sikt").goals += [
        Goal(text="by the field's date"),
        Goal(text="own date ahead", deadline=_day(5)),
        Goal(text="reached", status=GoalStatus.REACHED),
    ]
    m.field("lang_sikt").goals += [Goal(text="own date passed", deadline=_day(-40)),
                                   Goal(text="dropped", deadline=_day(-40),
                                        status=GoalStatus.DROPPED)]
    store.save_meeting(m, familie)
    assert _texts(store, Section.GOALS_PASSED) == ["own date passed", "by the field's date"]


def test_consents_expired_or_within_30_days(store: Store, familie: Template) -> None:
    case = _case(store, "Familien Berg")
    m = _meeting(store, case, familie)
    m.field("avtale").consents += [
        Consent(kind="ressursteam", given_by="Mor", expires_on=_day(-1)),
        Consent(kind="stafettlogg", expires_on=_day(30)),
        Consent(kind="other", description="far away", expires_on=_day(31)),
        Consent(kind="other", description="withdrawn", expires_on=_day(1),
                withdrawn_on=_day(-5)),
        Consent(kind="other", description="no end"),
    ]
    store.save_meeting(m, familie)
    items = read(store, TODAY).sections[Section.CONSENTS]
    assert [(i.text, i.who, i.days) for i in items] == [
        ("ressursteam", "Mor", -1), ("stafettlogg", "", 30)]


def test_next_meetings_in_date_order_and_cases_without_one(
        store: Store, familie: Template) -> None:
    later, sooner = _case(store, "Familien Ås"), _case(store, "Familien Bø")
    store.save_meeting(_meeting(store, later, familie, next_date=_day(20)), familie)
    store.save_meeting(_meeting(store, sooner, familie, next_date=_day(3)), familie)
    without = _case(store, "Familien Øy")
    empty = _case(store, "Familien Dal")  # no meeting yet: the case page opens
    store.save_meeting(_meeting(store, without, familie), familie)
    overview = read(store, TODAY)
    nxt = overview.sections[Section.NEXT_MEETINGS]
    assert [(i.case_name, i.days) for i in nxt] == [("Familien Bø", 3), ("Familien Ås", 20)]
    none = overview.sections[Section.NO_NEXT_MEETING]
    assert [i.case_name for i in none] == ["Familien Dal", "Familien Øy"]  # ø after d
    assert none[0].case_id == str(empty.id) and none[0].meeting_id is None
    assert none[1].meeting_id is not None and none[1].field_id is None
    assert overview.open_cases == 4


def test_closed_cases_and_earlier_meetings_are_left_out(
        store: Store, familie: Template) -> None:
    closed = _case(store, "Familien Lukka", CaseStatus.CLOSED)
    m = _meeting(store, closed, familie)
    m.field("neste_steg").actions.append(Action(text="closed case's", due=_day(-1)))
    store.save_meeting(m, familie)
    case = _case(store, "Familien Open")
    first = _meeting(store, case, familie, 1)
    first.field("neste_steg").actions.append(Action(text="first meeting's", due=_day(-1)))
    store.save_meeting(first, familie)
    second = _meeting(store, case, familie, 2, next_date=_day(7))
    second.field("neste_steg").actions.append(Action(text="second meeting's", due=_day(-2)))
    store.save_meeting(second, familie)
    overview = read(store, TODAY)
    assert [i.text for i in overview.items() if i.text] == ["second meeting's"]
    # An earlier meeting edited later ("Edit this meeting") does not take its place.
    first.fields["neste_steg"].actions[0].text = "first meeting's, edited"
    store.save_meeting(first, familie)
    overview = read(store, TODAY)
    assert [i.text for i in overview.items() if i.text] == ["second meeting's"]
    assert overview.open_cases == 1
    assert {i.case_name for i in overview.items()} == {"Familien Open"}


def test_a_save_keeps_the_read_model_current(store: Store, familie: Template) -> None:
    case = _case(store, "Familien Haugland")
    m = _meeting(store, case, familie)
    action = Action(text="Ringja skulen", due=_day(-1))
    m.field("neste_steg").actions.append(action)
    store.save_meeting(m, familie)
    assert _texts(store, Section.ACTIONS_LATE) == ["Ringja skulen"]
    m.fields["neste_steg"].actions[0].status = ActionStatus.DONE
    store.save_meeting(m, familie)
    assert _texts(store, Section.ACTIONS_LATE) == []
    store.delete_case(case.id, compact=False)
    assert store.conn.execute("SELECT count(*) FROM due_items").fetchone()[0] == 0


def test_long_text_is_kept_short(store: Store, familie: Template) -> None:
    case = _case(store, "Familien Lang")
    m = _meeting(store, case, familie)
    m.field("neste_steg").actions.append(Action(text="ord\n" * 400, due=_day(-1)))
    store.save_meeting(m, familie)
    (text,) = _texts(store, Section.ACTIONS_LATE)
    assert len(text) == 240 and text.endswith("…") and "\n" not in text


def test_the_dated_items_are_read_in_one_pass_over_due_items(
        store: Store, familie: Template) -> None:
    """At 10,000 cases walking the open cases and seeking each one's items through
    `due_items_meeting` took 850 ms; one pass over `due_items`, each case found by
    its id, 330 ms (issue 16's caseload)."""
    case = _case(store, "Familien Planlagt")
    _meeting(store, case, familie)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        read(store, _day(0))
    finally:
        store.conn.set_trace_callback(None)
    (sql,) = [s for s in statements if "FROM cases c JOIN due_items d" in s]
    plan = " | ".join(r[-1] for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
    assert plan.startswith("SCAN d"), plan
    assert "SEARCH c USING" in plan and "(id=?)" in plan, plan
