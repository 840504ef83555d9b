"""Evaluation figures: comparing two big meetings, and the journey of a long case.

Each is measured against reading the same meetings from their stored JSON
(`Meeting.model_validate_json`), the work any view of them does first: the ratio
says what the evaluation adds on top of loading the duker.
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.harness import Context, Figure, interleaved_ms
from benchmarks.synthetic import make_case
from samtaleduk.domain.model import Action, ActionStatus, Case, Meeting, Note
from samtaleduk.evaluation import (
    blank_meeting,
    carry_forward,
    case_timeline,
    compare_meetings,
    templates_by_key,
)
from samtaleduk.templates.loading import load_all
from samtaleduk.templates.model import FieldKind, Template

BIG_NOTES = 500
JOURNEY_MEETINGS = 24


def big_pair(template: Template, n_notes: int = BIG_NOTES,
             seed: int = 2026) -> tuple[Meeting, Meeting]:
    """Two meetings of `n_notes` notes each: the second carried forward from the
    first, then about a tenth of the notes moved, a tenth edited, 5 % removed and as
    many added, and the actions reviewed."""
    rng = random.Random(seed)
    fields = [f.id for f in template.fields_of_kind(FieldKind.NOTES)]
    case = Case(name="Benchmark", template_id=template.id)
    old = blank_meeting(case, template, number=1, date=dt.date(2026, 1, 14))
    for i in range(n_notes):
        old.field(rng.choice(fields)).notes.append(Note(text=f"Lapp nummer {i} om kvardagen"))
    action_field = (template.fields_of_kind(FieldKind.NEXT_STEP)
                    or template.fields_of_kind(FieldKind.ACTIONS))[0].id
    old.field(action_field).actions = [
        Action(text=f"Tiltak {i}", owner="Tor", due=dt.date(2026, 2, 1)) for i in range(20)]
    new = carry_forward(old, template, number=2, date=dt.date(2026, 3, 11))
    placed: dict[str, list[Note]] = {fid: [] for fid in fields}
    for fid in fields:
        for note in new.field(fid).notes:
            r = rng.random()
            if r < 0.05:
                continue  # removed
            if r < 0.15:
                note.text += " (endra)"
            to = rng.choice([f for f in fields if f != fid]) if 0.15 <= r < 0.25 else fid
            placed[to].append(note)
    for fid, notes in placed.items():
        new.field(fid).notes = notes
    while sum(len(new.field(f).notes) for f in fields) < n_notes:
        new.field(rng.choice(fields)).notes.append(Note(text="Ny lapp"))
    for a in new.field(action_field).actions:
        a.status = rng.choice(list(ActionStatus))
    return old, new


def compare_big(ctx: Context) -> list[Figure]:
    """compare_meetings on two meetings of 500 notes each."""
    template = load_all().get("familie")
    old, new = big_pair(template)
    raw = (old.model_dump_json(), new.model_dump_json())

    def subject() -> None:
        compare_meetings(old, new, template, template)

    def load_both() -> None:
        for text in raw:
            Meeting.model_validate_json(text)

    value, base = interleaved_ms(subject, load_both, ctx.repeats * 2)
    return [Figure(
        name=f"compare two meetings of {BIG_NOTES} notes each", value=value, unit="ms",
        baseline=base, target="≤ 2× and ≤ 100 ms", target_ratio=2.0,
        note="baseline: reading the two meetings from their stored JSON")]


def journey(ctx: Context) -> list[Figure]:
    """case_timeline of a synthetic case with 24 meetings (~60 notes each)."""
    templates = {t.id: t for t in load_all().ordered()}
    rng = random.Random(2026)
    _, meetings = make_case(rng, {"familie": templates["familie"],
                                  "individuell": templates["familie"]}, JOURNEY_MEETINGS)
    keyed = templates_by_key(templates.values())
    raw = [m.model_dump_json() for m in meetings]

    def subject() -> None:
        case_timeline(meetings, keyed)

    def load_all_meetings() -> None:
        for text in raw:
            Meeting.model_validate_json(text)

    value, base = interleaved_ms(subject, load_all_meetings, ctx.repeats)
    notes = sum(len(c.notes) for m in meetings for c in m.fields.values())
    return [Figure(
        name=f"case journey (timeline) of {JOURNEY_MEETINGS} meetings, {notes} notes in all",
        value=value, unit="ms", baseline=base, target="≤ 3× and ≤ 300 ms", target_ratio=3.0,
        note="baseline: reading the meetings from their stored JSON")]
