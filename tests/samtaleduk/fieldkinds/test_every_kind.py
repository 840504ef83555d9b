"""A duk with a field of every kind goes through the whole engine: a new meeting,
carrying forward, the comparison, search, and every print. A kind whose spec is
missing fails here, not in a meeting."""

from __future__ import annotations

import datetime as dt

from samtaleduk.domain.model import (
    Action,
    Case,
    Consent,
    Goal,
    Helper,
    Note,
    Participant,
)
from samtaleduk.evaluation import blank_meeting, carry_forward, compare_meetings
from samtaleduk.printing import actions_pdf, blank_pdf, duk_pdf, evaluation_pdf
from samtaleduk.store.index import meeting_entries
from samtaleduk.templates.continuation import left_behind
from tests.samtaleduk.fieldkinds.every_kind import every_kind_template

DAY = dt.date(2026, 3, 1)


def test_a_field_of_every_kind_goes_through_the_engine() -> None:
    tpl = every_kind_template()
    case = Case(name="Testfamilien", template_id=tpl.id)
    first = blank_meeting(case, tpl, number=1, date=DAY)
    first.participants.append(Participant(name="Sara", role="mor"))
    for f in tpl.fields:
        content = first.field(f.id)
        content.text = f"tekst i {f.kind.value}"
        content.notes.append(Note(text="eit notat"))
        content.goals.append(Goal(text="eit mål"))
        content.actions.append(Action(text="eit tiltak", owner="Sara"))
        content.helpers.append(Helper(name="Bestemor"))
        content.consents.append(Consent(kind="ressursteam", given_by="Sara"))
    second = carry_forward(first, tpl, number=2, date=DAY + dt.timedelta(days=30))
    assert set(second.fields) <= {f.id for f in tpl.fields}
    comparison = compare_meetings(first, second, tpl, tpl)
    assert comparison.notes and comparison.goals and comparison.actions
    assert meeting_entries(second)
    assert left_behind(first, tpl, tpl).is_empty()
    for pdf in (duk_pdf(second, case, tpl), blank_pdf(tpl), actions_pdf(second, case, tpl),
                evaluation_pdf(first, second, case, tpl, tpl)):
        assert pdf.startswith(b"%PDF")
