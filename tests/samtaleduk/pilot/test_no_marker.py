"""No name, no free text and no id from the store reaches the report: a store
with a marker in every free-text field and every name, rendered as text, CSV, JSON
and PDF, and every byte searched (the PDF's streams decompressed, and its text)."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import zlib

from samtaleduk.domain.model import (
    Action,
    ActionStatus,
    Case,
    Consent,
    Goal,
    GoalStatus,
    Helper,
    Meeting,
    Note,
    Participant,
    SaidBy,
)
from samtaleduk.evaluation import carry_forward
from samtaleduk.pilot import pilot_report
from samtaleduk.pilot.tables import to_csv, to_json, to_text
from samtaleduk.printing.pilot_report import pilot_pdf
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import load_all
from tests.samtaleduk.printing.pdfcheck import flat

MARK = "QXZMARK"
"""Starts every marker; each field gets its own number after it."""


class Markers:
    def __init__(self) -> None:
        self.made: list[str] = []

    def __call__(self) -> str:
        self.made.append(f"{MARK}{len(self.made):03d}")
        return self.made[-1]


def marked_case(m: Markers, k: int) -> tuple[Case, list[Meeting]]:
    template = load_all().get("familie")
    members = [m(), m()]
    case = Case(name=m(), template_id="familie", members=members, facilitator=m(),
                known_participants=[Participant(name=m(), role=m())],
                created_on=dt.date(2026, 1, 10 + k))
    people = [Participant(name=members[0], role=m()), Participant(name=m(), role=m())]
    first = Meeting(case_id=case.id, number=1, date=dt.date(2026, 1, 20 + k),
                    template_id=template.id, template_version=template.version,
                    participants=people)
    for f in template.fields:
        content = first.field(f.id)
        content.text, content.draft = m(), m()
    first.field("fungerer").notes = [
        Note(text=m(), domain="jobb", said_by=SaidBy.CHILD, said_by_name=m())]
    first.field("kort_sikt").goals = [Goal(text=m(), comment=m())]
    first.field("lang_sikt").goals = [Goal(text=m(), comment=m())]
    first.field("hjelparar").helpers = [Helper(name=m(), relation=m(), helps_with=m())]
    first.field("neste_steg").actions = [
        Action(text=m(), owner=f"{members[0]} og {m()}", comment=m()),
        Action(text=m(), owner=m(), comment=m())]
    first.field("avtale").consents = [
        Consent(kind="anna", description=m(), given_by=m(), given_on=dt.date(2026, 1, 20)),
        Consent(kind="ressursteam", given_by=m(), given_on=dt.date(2026, 1, 20))]
    second = carry_forward(first, template, number=2, date=dt.date(2026, 3, 2 + k))
    second.participants = people
    for c in second.fields.values():
        for a in c.actions:
            a.status, a.comment = ActionStatus.DONE, m()
        for g in c.goals:
            g.status, g.comment = GoalStatus.REACHED, m()
    return case, [first, second]


def test_no_marker_name_or_id_reaches_the_report(store: Store) -> None:
    markers = Markers()
    ids: list[str] = []
    for k in range(6):  # enough cases that counts are shown, not only "< 5"
        case, meetings = marked_case(markers, k)
        store.save_case(case)
        ids.append(str(case.id))
        for meeting in meetings:
            store.save_meeting(meeting)
            ids.append(str(meeting.id))
            ids += [str(i.id) for c in meeting.fields.values()
                    for i in (*c.notes, *c.goals, *c.actions, *c.helpers, *c.consents)]
    assert len(markers.made) > 100
    report = pilot_report(store, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert report.table("actions").count("total", "done").value == 12  # it did count

    outputs: dict[str, bytes] = {}
    for lang in ("nn", "nb", "en"):
        outputs[f"text-{lang}"] = to_text(report, lang).encode()
        outputs[f"csv-{lang}"] = to_csv(report, lang).encode()
        outputs[f"json-{lang}"] = json.dumps(to_json(report, lang), ensure_ascii=False).encode()
        pdf = pilot_pdf(report, lang)
        outputs[f"pdf-{lang}"] = pdf
        outputs[f"pdf-streams-{lang}"] = b"\n".join(_streams(pdf))
        outputs[f"pdf-text-{lang}"] = flat(pdf).encode()
        # The search can see: the report's own words are in the PDF's text.
        assert "Gevinstmåling" in flat(pdf) or "Pilot figures" in flat(pdf)
    for name, data in outputs.items():
        assert MARK.encode() not in data, name
        assert MARK.lower().encode() not in data.lower(), name
        for ident in ids:
            assert ident.encode() not in data, (name, ident)
            assert ident[:8].encode() not in data, (name, ident)


def _decoded(raw: bytes) -> bytes:
    """A stream's bytes undone: Flate, or ASCII85 then Flate (reportlab's pages)."""
    for undo in (lambda b: b, lambda b: base64.a85decode(b.strip(), adobe=True)):
        try:
            return zlib.decompressobj().decompress(undo(raw))
        except (zlib.error, ValueError):
            continue
    return raw


def _streams(pdf: bytes) -> list[bytes]:
    found = []
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        found.append(_decoded(match.group(1)))
    # The pages' own drawing operators are there to search: the search can see.
    assert any(b"BT" in s and b"Tf" in s for s in found)
    return found
