"""Every field kind of the template schema has a spec with every engine part, and
the specs say what the engine did for each kind before the registry existed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest

from samtaleduk.domain.model import FieldContent, Goal, GoalStatus, Meeting, Participant
from samtaleduk.fieldkinds import SPECS, KindSpec, holding, meeting_date_fields, spec_of
from samtaleduk.templates.model import FieldKind, Template

DAY = dt.date(2026, 3, 1)
BEFORE = [FieldKind.TEXT, FieldKind.DATE, FieldKind.PARTICIPANTS, FieldKind.NOTES,
          FieldKind.GOALS, FieldKind.ACTIONS, FieldKind.HELPERS, FieldKind.CONSENTS,
          FieldKind.NEXT_STEP]
"""The kinds there were when the registry was made; a kind added later has its own
parts and is not held to these."""


@pytest.mark.parametrize("kind", list(FieldKind))
def test_every_kind_has_a_spec(kind: FieldKind) -> None:
    assert kind in SPECS, f"{kind!r} has no spec in samtaleduk/fieldkinds/registry.py"
    assert spec_of(kind).kind is kind


def test_no_spec_without_a_kind() -> None:
    assert set(SPECS) == set(FieldKind)


def test_every_part_is_required() -> None:
    """A spec cannot be made with a part left out: no part has a default."""
    for part in dataclasses.fields(KindSpec):
        assert part.default is dataclasses.MISSING, part.name
        assert part.default_factory is dataclasses.MISSING, part.name
    with pytest.raises(TypeError):
        KindSpec(kind=FieldKind.TEXT)  # type: ignore[call-arg]


def test_only_the_date_field_starts_filled() -> None:
    for kind in BEFORE:
        expected = FieldContent(date=DAY) if kind is FieldKind.DATE else FieldContent()
        assert spec_of(kind).start(DAY) == expected, kind


def test_what_is_carried() -> None:
    old = FieldContent(text="t", date=DAY, goals=[Goal(text="open"),
                                                  Goal(text="done", status=GoalStatus.REACHED)])
    assert {k for k in BEFORE if spec_of(k).carry is None} == {FieldKind.DATE,
                                                                FieldKind.PARTICIPANTS}
    goals = spec_of(FieldKind.GOALS).carry
    notes = spec_of(FieldKind.NOTES).carry
    assert goals is not None and notes is not None
    assert goals(old).date == DAY  # the goals' "innan ____" keeps its date
    assert notes(old).date is None
    assert [g.text for g in goals(old).goals] == ["open"]


def test_values_taken_from_the_meeting() -> None:
    meeting = Meeting(case_id=uuid.uuid4(), number=1, date=DAY, template_id="t", template_version=1,
                      participants=[Participant(name="Sara", role="mor"),
                                    Participant(name="Emil")])
    date = spec_of(FieldKind.DATE).value
    people = spec_of(FieldKind.PARTICIPANTS).value
    assert date is not None and people is not None
    assert date(meeting, FieldContent()) == "01.03.2026"
    assert people(meeting, FieldContent()) == "Sara (mor) · Emil"
    assert {k for k in BEFORE if spec_of(k).value is not None} == {FieldKind.DATE,
                                                                    FieldKind.PARTICIPANTS}


def test_what_the_kinds_did_before_the_registry() -> None:
    """The branches the specs replaced, pinned for the kinds that had them."""
    assert {k for k in BEFORE if spec_of(k).one_line} == {
        FieldKind.TEXT, FieldKind.DATE, FieldKind.PARTICIPANTS}
    assert {k for k in BEFORE if spec_of(k).compared is None} == {FieldKind.DATE}
    assert {k for k in BEFORE if spec_of(k).names_next_meeting} == {FieldKind.NEXT_STEP}
    assert {k for k in BEFORE if spec_of(k).is_meeting_date} == {FieldKind.DATE}


def test_template_questions(familie: Template) -> None:
    assert meeting_date_fields(familie) == familie.fields_of_kind(FieldKind.DATE)
    assert holding(familie, "notes") == familie.fields_of_kind(FieldKind.NOTES)
    assert holding(familie, "actions") == [
        f for f in familie.fields if f.kind in (FieldKind.ACTIONS, FieldKind.NEXT_STEP)]
