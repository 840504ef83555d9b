"""Who said a note: named speakers beside the old role-only marks, in the model,
on paper and in the comparison."""

from __future__ import annotations

import json
import uuid

import pytest

from samtaleduk.domain.model import Case, Meeting, Note, Participant, SaidBy
from samtaleduk.domain.speakers import (
    Speaker,
    pick_speaker,
    role_of,
    speaker_choices,
    speaker_spoken,
    speaker_text,
)
from samtaleduk.evaluation import NoteChange, compare_meetings
from samtaleduk.printing import duk_pdf
from samtaleduk.templates.loading import TemplateSet
from tests.samtaleduk.printing.pdfcheck import flat


@pytest.fixture
def haugland() -> tuple[Case, list[Meeting]]:
    from samtaleduk.domain.demo import demo_cases

    return demo_cases()[0]


def test_old_meeting_json_with_only_said_by_loads_and_shows_the_role_word(
        haugland: tuple[Case, list[Meeting]]) -> None:
    _case, meetings = haugland
    data = json.loads(meetings[0].model_dump_json())
    for content in data["fields"].values():
        for note in content["notes"]:
            note.pop("said_by_name", None)  # as written before names existed
    old = Meeting.model_validate(data)
    child = next(n for c in old.fields.values() for n in c.notes if n.said_by is SaidBy.CHILD)
    assert child.said_by_name == ""
    assert speaker_text(child, "nn") == "barnet"
    assert speaker_text(Note(text="x"), "nn") == ""


def test_a_named_speaker_is_shown_by_name_and_spoken_with_the_role() -> None:
    note = Note(text="Eg vil spele fotball", said_by=SaidBy.CHILD, said_by_name="Emil Haugland")
    assert speaker_text(note, "nn") == "Emil Haugland"
    assert speaker_spoken(note, "nn") == "Emil Haugland (barnet)"
    assert speaker_spoken(note.model_copy(update={"said_by": None}), "nb") == "Emil Haugland"


def test_role_words_of_participants_name_the_kind_of_voice() -> None:
    assert role_of("son, 14 år") is SaidBy.CHILD
    assert role_of("barnet, 6 år") is SaidBy.CHILD
    assert role_of("mor") is SaidBy.PARENT
    assert role_of("NAV-rettleiar") is SaidBy.PROFESSIONAL
    assert role_of("familielos") is SaidBy.PROFESSIONAL
    assert role_of("helsesjukepleiar, Emil sin skule") is SaidBy.PROFESSIONAL
    assert role_of("tillitsperson") is None
    assert role_of("") is None


def test_choices_are_todays_participants_then_the_other_members_once_each() -> None:
    case = Case(name="Familien", template_id="familie",
                members=["Sara Haugland", "Emil Haugland", "Nora Haugland", "  "])
    meeting = Meeting(case_id=case.id, number=1, date=case.created_on, template_id="familie",
                      template_version=1,
                      participants=[Participant(name="Emil Haugland", role="son, 14 år"),
                                    Participant(name="Ingrid Fjeld", role="familielos")])
    assert speaker_choices(case, meeting) == [
        Speaker("Emil Haugland", SaidBy.CHILD, "son, 14 år"),
        Speaker("Ingrid Fjeld", SaidBy.PROFESSIONAL, "familielos"),
        Speaker("Sara Haugland", None),
        Speaker("Nora Haugland", None),
    ]


def test_a_changed_speaker_is_a_change(haugland: tuple[Case, list[Meeting]],
                                       templates: TemplateSet) -> None:
    case, meetings = haugland
    old = meetings[0]
    new = old.model_copy(deep=True)
    note = next(n for c in new.fields.values() for n in c.notes if n.said_by is SaidBy.CHILD)
    note.said_by_name = "Emil Haugland"
    tpl = templates.get(old.template_id)
    diff = compare_meetings(old, new, tpl, tpl)
    changed = [d for d in diff.notes if d.change is NoteChange.CHANGED]
    assert [d.id for d in changed] == [note.id]


def test_print_leads_a_note_with_its_speakers_name(haugland: tuple[Case, list[Meeting]],
                                                   templates: TemplateSet) -> None:
    case, meetings = haugland
    meeting = meetings[0].model_copy(deep=True)
    meeting.field("fungerer").notes.append(
        Note(text="Nora trivst på skulen i år", said_by=SaidBy.PARENT, said_by_name="Emil"))
    text = flat(duk_pdf(meeting, case, templates.get(meeting.template_id), lang="nn"))
    assert "Emil: Nora trivst på skulen i år" in text


def test_picking_a_speaker_keeps_what_still_holds() -> None:
    emil = Speaker("Emil Haugland", SaidBy.CHILD, "son, 14 år")
    nora = Speaker("Nora Haugland", None)
    assert pick_speaker("", None, emil) == ("Emil Haugland", SaidBy.CHILD)
    # A kind chosen by hand stays when the person's role does not say theirs …
    assert pick_speaker("", SaidBy.CHILD, nora) == ("Nora Haugland", SaidBy.CHILD)
    # … but another person's kind is not passed on.
    assert pick_speaker("Emil Haugland", SaidBy.CHILD, nora) == ("Nora Haugland", None)
    assert pick_speaker("Nora Haugland", None, SaidBy.CHILD) == ("Nora Haugland", SaidBy.CHILD)
    assert pick_speaker("Nora Haugland", SaidBy.CHILD, None) == ("", None)


def test_the_journey_tells_a_named_speaker(haugland: tuple[Case, list[Meeting]],
                                           templates: TemplateSet) -> None:
    from samtaleduk.evaluation import EventKind, case_timeline, templates_by_key

    _case, meetings = haugland
    first = meetings[0]
    second = first.model_copy(deep=True, update={"id": uuid.uuid4(), "number": 2})
    note = next(n for c in second.fields.values() for n in c.notes if n.said_by is SaidBy.CHILD)
    note.said_by_name = "Emil Haugland"
    timeline = case_timeline([first, second], templates_by_key([templates.get(first.template_id)]))
    [history] = [h for h in timeline.items if h.id == note.id]
    [tag] = [e for e in history.events if e.kind is EventKind.TAG]
    assert (tag.old, tag.new) == (f"{note.domain or ''}/child",
                                  f"{note.domain or ''}/Emil Haugland")
