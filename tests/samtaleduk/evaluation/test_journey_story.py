"""The whole journey of a hand-written case, checked item by item and event by event.

Four meetings in which every kind of change happens once: notes added, removed,
returned, moved, edited and retagged; a goal's deadline moved and the goal reached,
another moved, edited and removed; promises re-owned, postponed, done, dropped
without review; and a newer duk version that renames a field and a life domain and
removes a field. The expected histories are written out by hand from the duker
below, not computed, so that any change in what the journey says (or how the
comparison it is built from is printed as JSON) shows up here.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from samtaleduk.domain.model import (
    Action,
    ActionStatus,
    Consent,
    FieldContent,
    Goal,
    GoalStatus,
    Helper,
    Meeting,
    Note,
    SaidBy,
)
from samtaleduk.evaluation import (
    Comparison,
    EventKind,
    ItemKind,
    Timeline,
    case_timeline,
    compare_meetings,
    templates_by_key,
)
from samtaleduk.evaluation.compare import Comparer
from samtaleduk.templates.model import Template

CASE = uuid.UUID(int=999)
N1, N2, N3, N4, N5, N6 = (uuid.UUID(int=k) for k in range(1, 7))
G1, G2 = uuid.UUID(int=11), uuid.UUID(int=12)
A1, A2, A3 = (uuid.UUID(int=k) for k in range(21, 24))
H1, C1 = uuid.UUID(int=31), uuid.UUID(int=41)
D = dt.date


@pytest.fixture(scope="module")
def newer(familie: Template) -> Template:
    """The next version: "viktig" renamed "viktigast", "draumar" gone, the life domain
    "psykisk_helse" renamed "psykisk"."""
    data = familie.model_dump()
    fields = []
    for f in data["fields"]:
        if f["id"] == "viktig":
            f = {**f, "id": "viktigast", "former_ids": ["viktig"]}
        if f["id"] != "draumar":
            fields.append(f)
    domains = [{**d, "id": "psykisk", "former_ids": ["psykisk_helse"]}
               if d["id"] == "psykisk_helse" else d for d in data["life_domains"]]
    return Template.model_validate({**data, "version": data["version"] + 1,
                                    "fields": fields, "life_domains": domains})


def _meeting(number: int, date: dt.date, template: Template,
             contents: dict[str, FieldContent]) -> Meeting:
    # Every field of the duk, in its order, as a real duk holds them.
    return Meeting(case_id=CASE, number=number, date=date, template_id=template.id,
                   template_version=template.version,
                   fields={f.id: contents.get(f.id, FieldContent()) for f in template.fields})


def _history(familie: Template, newer: Template) -> list[Meeting]:
    def helper() -> FieldContent:
        return FieldContent(helpers=[Helper(id=H1, name="Bestemor")])

    def consent() -> FieldContent:
        return FieldContent(consents=[Consent(id=C1, kind="skule")])

    m1 = _meeting(1, D(2026, 1, 14), familie, {
        "fungerer": FieldContent(notes=[
            Note(id=N1, text="Sara søv dårleg", domain="psykisk_helse")]),
        "vanskeleg": FieldContent(notes=[
            Note(id=N2, text="Emil går på skulen", domain="skole"),
            Note(id=N3, text="Nora trenar ikkje")]),
        "draumar": FieldContent(notes=[Note(id=N4, text="Hytte ved sjøen")]),
        "kort_sikt": FieldContent(goals=[
            Goal(id=G1, text="Emil på skulen kvar dag", deadline=D(2026, 3, 1))]),
        "hjelparar": helper(),
        "neste_steg": FieldContent(actions=[
            Action(id=A1, text="Ring skulen", owner="Tor", due=D(2026, 2, 1)),
            Action(id=A2, text="Søk bustad", owner="Kari")]),
        "avtale": consent(),
    })
    m2 = _meeting(2, D(2026, 3, 11), familie, {
        "fungerer": FieldContent(notes=[
            Note(id=N1, text="Sara søv dårleg", domain="psykisk_helse"),
            Note(id=N2, text="Emil går på skulen kvar dag", domain="skole"),
            Note(id=N6, text="Tor har fått jobb", domain="jobb")]),
        "draumar": FieldContent(notes=[Note(id=N4, text="Hytte ved sjøen")]),
        "kort_sikt": FieldContent(goals=[
            Goal(id=G1, text="Emil på skulen kvar dag", deadline=D(2026, 4, 15))]),
        "lang_sikt": FieldContent(goals=[Goal(id=G2, text="Sara i arbeid")]),
        "hjelparar": helper(),
        "neste_steg": FieldContent(actions=[
            Action(id=A1, text="Ring skulen", owner="Kari", due=D(2026, 2, 1),
                   status=ActionStatus.PARTLY)]),
        "avtale": consent(),
    })
    m3 = _meeting(3, D(2026, 5, 6), familie, {
        "fungerer": FieldContent(notes=[
            Note(id=N1, text="Sara søv dårleg", domain="psykisk_helse"),
            Note(id=N2, text="Emil går på skulen kvar dag", domain="skole",
                 said_by=SaidBy.CHILD),
            Note(id=N6, text="Tor har fått jobb", domain="fritid")]),
        "viktig": FieldContent(notes=[
            Note(id=N3, text="Nora trenar ikkje"),
            Note(id=N5, text="Familien et middag saman")]),
        "draumar": FieldContent(notes=[Note(id=N4, text="Hytte ved sjøen")]),
        "kort_sikt": FieldContent(goals=[
            Goal(id=G1, text="Emil på skulen kvar dag", deadline=D(2026, 4, 15),
                 status=GoalStatus.REACHED),
            Goal(id=G2, text="Sara i arbeid innan hausten")]),
        "hjelparar": helper(),
        "neste_steg": FieldContent(actions=[
            Action(id=A1, text="Ring skulen", owner="Kari", due=D(2026, 2, 15),
                   status=ActionStatus.DONE),
            Action(id=A3, text="Møte med NAV", owner="Tor")]),
        "avtale": consent(),
    })
    m4 = _meeting(4, D(2026, 6, 17), newer, {
        "fungerer": FieldContent(notes=[
            Note(id=N1, text="Sara søv dårleg", domain="psykisk"),
            Note(id=N2, text="Emil går på skulen kvar dag", domain="skole",
                 said_by=SaidBy.CHILD),
            Note(id=N6, text="Tor har fått jobb", domain="fritid", said_by_name="Tor")]),
        "viktigast": FieldContent(notes=[
            Note(id=N3, text="Nora trenar ikkje"),
            Note(id=N5, text="Familien et middag saman")]),
        "hjelparar": helper(),
        "neste_steg": FieldContent(actions=[
            Action(id=A3, text="Møte med NAV i mai", owner="Tor")]),
        "avtale": consent(),
    })
    return [m1, m2, m3, m4]


@pytest.fixture(scope="module")
def journey(familie: Template, newer: Template) -> Timeline:
    meetings = _history(familie, newer)
    return case_timeline(list(reversed(meetings)), templates_by_key([familie, newer]))


A, REM, RET = EventKind.APPEARED, EventKind.REMOVED, EventKind.RETURNED
FIELD, TEXT, TAG = EventKind.FIELD, EventKind.TEXT, EventKind.TAG
STATUS, DEADLINE, OWNER = EventKind.STATUS, EventKind.DEADLINE, EventKind.OWNER
NOTE, GOAL, ACTION = ItemKind.NOTE, ItemKind.GOAL, ItemKind.ACTION

# id: (kind, text, first meeting, first field, last seen, last field, removed at,
#      status, [(meeting, event, field, old, new)])
EXPECTED: dict[uuid.UUID, tuple[Any, ...]] = {
    N1: (NOTE, "Sara søv dårleg", 1, "fungerer", 4, "fungerer", None, None,
         [(1, A, "fungerer", None, None)]),
    N2: (NOTE, "Emil går på skulen kvar dag", 1, "vanskeleg", 4, "fungerer", None, None,
         [(1, A, "vanskeleg", None, None),
          (2, FIELD, "fungerer", "vanskeleg", "fungerer"),
          (2, TEXT, "fungerer", "Emil går på skulen", "Emil går på skulen kvar dag"),
          (3, TAG, "fungerer", "skole/", "skole/child")]),
    N3: (NOTE, "Nora trenar ikkje", 1, "vanskeleg", 4, "viktigast", None, None,
         [(1, A, "vanskeleg", None, None), (2, REM, "vanskeleg", None, None),
          (3, RET, "viktig", None, None)]),
    N4: (NOTE, "Hytte ved sjøen", 1, "draumar", 3, "draumar", 4, None,
         [(1, A, "draumar", None, None),
          (4, EventKind.FIELD_REMOVED, "draumar", None, None)]),
    G1: (GOAL, "Emil på skulen kvar dag", 1, "kort_sikt", 3, "kort_sikt", None, "reached",
         [(1, A, "kort_sikt", None, None),
          (2, DEADLINE, "kort_sikt", "2026-03-01", "2026-04-15"),
          (3, STATUS, "kort_sikt", "open", "reached")]),
    A1: (ACTION, "Ring skulen", 1, "neste_steg", 3, "neste_steg", None, "done",
         [(1, A, "neste_steg", None, None), (2, OWNER, "neste_steg", "Tor", "Kari"),
          (2, STATUS, "neste_steg", "open", "partly"),
          (3, DEADLINE, "neste_steg", "2026-02-01", "2026-02-15"),
          (3, STATUS, "neste_steg", "partly", "done")]),
    A2: (ACTION, "Søk bustad", 1, "neste_steg", 1, "neste_steg", 2, "open",
         [(1, A, "neste_steg", None, None), (2, REM, "neste_steg", None, None)]),
    N6: (NOTE, "Tor har fått jobb", 2, "fungerer", 4, "fungerer", None, None,
         [(2, A, "fungerer", None, None), (3, TAG, "fungerer", "jobb/", "fritid/"),
          (4, TAG, "fungerer", "fritid/", "fritid/Tor")]),
    G2: (GOAL, "Sara i arbeid innan hausten", 2, "lang_sikt", 3, "kort_sikt", 4, "open",
         [(2, A, "lang_sikt", None, None), (3, FIELD, "kort_sikt", "lang_sikt", "kort_sikt"),
          (3, TEXT, "kort_sikt", "Sara i arbeid", "Sara i arbeid innan hausten"),
          (4, REM, "kort_sikt", None, None)]),
    N5: (NOTE, "Familien et middag saman", 3, "viktig", 4, "viktigast", None, None,
         [(3, A, "viktig", None, None)]),
    A3: (ACTION, "Møte med NAV i mai", 3, "neste_steg", 4, "neste_steg", None, "open",
         [(3, A, "neste_steg", None, None),
          (4, TEXT, "neste_steg", "Møte med NAV", "Møte med NAV i mai")]),
}


def test_every_item_tells_exactly_its_story_in_order(journey: Timeline) -> None:
    got = {i.id: (i.kind, i.text, i.first_meeting, i.first_field, i.last_seen, i.last_field,
                  i.removed_at, i.status,
                  [(e.meeting, e.kind, e.field, e.old, e.new) for e in i.events])
           for i in journey.items}
    for item_id, expected in EXPECTED.items():
        assert got.get(item_id) == expected, item_id
    # By first meeting, then in the order the duk is read.
    assert [i.id for i in journey.items] == list(EXPECTED)


def test_counts_of_every_meeting(journey: Timeline) -> None:
    assert [(c.number, c.date) for c in journey.counts] == [
        (1, D(2026, 1, 14)), (2, D(2026, 3, 11)), (3, D(2026, 5, 6)), (4, D(2026, 6, 17))]
    assert [c.fields for c in journey.counts] == [
        {"fungerer": 1, "vanskeleg": 2, "draumar": 1, "kort_sikt": 1, "hjelparar": 1,
         "neste_steg": 2, "avtale": 1},
        {"fungerer": 3, "draumar": 1, "kort_sikt": 1, "lang_sikt": 1, "hjelparar": 1,
         "neste_steg": 1, "avtale": 1},
        {"fungerer": 3, "viktig": 2, "draumar": 1, "kort_sikt": 2, "hjelparar": 1,
         "neste_steg": 2, "avtale": 1},
        {"fungerer": 3, "viktigast": 2, "hjelparar": 1, "neste_steg": 1, "avtale": 1},
    ]
    # The renamed domain is one row under the newest duk's id, all the way.
    assert [c.domains for c in journey.counts] == [
        {"psykisk": 1, "skole": 1},
        {"psykisk": 1, "skole": 1, "jobb": 1},
        {"psykisk": 1, "skole": 1, "fritid": 1},
        {"psykisk": 1, "skole": 1, "fritid": 1},
    ]
    assert [c.untagged for c in journey.counts] == [1, 0, 0, 0]


def test_the_comparison_prints_as_the_same_json(familie: Template, newer: Template) -> None:
    """What `samtaleduk compare --json` prints of each kind of difference."""
    m1, m2, m3, m4 = _history(familie, newer)
    dumped = compare_meetings(m1, m2, familie, familie).model_dump(mode="json")
    # In the newer duk's order; what only the older had, where it stood there.
    assert [(d["change"], d["old_field"] or d["new_field"]) for d in dumped["notes"]] == [
        ("unchanged", "fungerer"), ("moved", "vanskeleg"), ("added", "fungerer"),
        ("removed", "vanskeleg"), ("unchanged", "draumar")]
    moved = next(d for d in dumped["notes"] if d["change"] == "moved")
    assert moved == {
        "old_field": "vanskeleg", "new_field": "fungerer", "change": "moved",
        "old": {"id": str(N2), "text": "Emil går på skulen", "domain": "skole",
                "said_by": None, "said_by_name": ""},
        "new": {"id": str(N2), "text": "Emil går på skulen kvar dag", "domain": "skole",
                "said_by": None, "said_by_name": ""}}
    assert list(moved) == ["old_field", "new_field", "change", "old", "new"]
    [ring, soek] = dumped["actions"]
    assert {k: v for k, v in ring.items() if k not in ("old", "new")} == {
        "old_field": "neste_steg", "new_field": "neste_steg", "change": "partly",
        "changed": ["owner"], "overdue": True, "old_due_passed": True}
    assert ring["new"]["status"] == "partly" and ring["old"]["due"] == "2026-02-01"
    assert (soek["change"], soek["new"], soek["changed"]) == ("removed", None, [])
    [deadline, arbeid] = dumped["goals"]
    assert {k: v for k, v in deadline.items() if k not in ("old", "new")} == {
        "old_field": "kort_sikt", "new_field": "kort_sikt", "change": "open",
        "old_deadline": "2026-03-01", "new_deadline": "2026-04-15",
        "deadline_passed": True, "deadline_changed": True, "text_changed": False}
    assert (arbeid["change"], arbeid["old"], arbeid["new_field"]) == ("new", None, "lang_sikt")
    assert [(d["change"], d["new"]["name"]) for d in dumped["helpers"]] == [
        ("unchanged", "Bestemor")]
    assert [(d["change"], d["old_field"]) for d in dumped["consents"]] == [
        ("unchanged", "avtale")]
    last = compare_meetings(m3, m4, familie, newer).model_dump(mode="json")
    assert [(d["change"], d["old_field"], d["new_field"]) for d in last["notes"]
            if d["change"] != "unchanged"] == [
        ("changed", "fungerer", "fungerer"), ("field_removed", "draumar", None)]


def test_one_comparer_walking_the_case_says_what_fresh_comparisons_say(
        familie: Template, newer: Template) -> None:
    """The journey's Comparer reuses field maps and indexes from pair to pair; across
    the change of duk version too, each pair must come out as on its own."""
    meetings = _history(familie, newer)
    templates = [familie, familie, familie, newer]
    comparer = Comparer()
    walked: list[Comparison] = []
    for i in range(1, 4):
        walked.append(comparer.compare(meetings[i - 1], meetings[i], templates[i - 1],
                                       templates[i]))
    # And back again: an older pair after a newer one, on the same comparer; and the
    # newer duk against itself, after it was compared with the older version.
    walked.append(comparer.compare(meetings[0], meetings[1], familie, familie))
    walked.append(comparer.compare(meetings[3], meetings[3], newer, newer))
    fresh = [compare_meetings(meetings[i - 1], meetings[i], templates[i - 1], templates[i])
             for i in (1, 2, 3, 1)]
    fresh.append(compare_meetings(meetings[3], meetings[3], newer, newer))
    assert walked == fresh
    assert [len(c.notes) for c in walked] == [5, 6, 6, 5, 5]
    assert [c.fields.removed for c in walked] == [(), (), ("draumar",), (), ()]
