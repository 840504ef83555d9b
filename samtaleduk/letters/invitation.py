"""The invitation to the next meeting ("Innkalling"): a one-page letter for the
family and the team, built from the meeting's own data.

`build_invitation` takes what the letter needs and nothing more: the date (the
next-step field's, or the one the facilitator types), the time, the place and
the contact line typed in the dialog, the names of those invited (the meeting's
participants, or whom the facilitator ticks of the case's people), the agreements still open and the goals still ahead. No notes, no
consents, no case id: what the family said in the meeting stays in the meeting.

`Invitation.blocks()` is the letter as a list of typed blocks; the PDF
(`samtaleduk.printing.invitation`) draws exactly these and `text()` writes them
as plain text, so the golden-text tests read what is printed.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import Literal

from samtaleduk.domain.model import (
    OPEN_ACTION_STATUSES,
    Case,
    GoalStatus,
    Meeting,
    Participant,
)
from samtaleduk.domain.vocab import format_date
from samtaleduk.errors import UserError
from samtaleduk.fieldkinds import holding, next_meeting_date
from samtaleduk.letters.words import w
from samtaleduk.templates.model import Template

BlockKind = Literal["title", "intro", "fact", "heading", "subheading", "item", "quiet",
                    "contact"]


@dataclass(frozen=True)
class Block:
    """One piece of the letter: its kind decides the look, `text` is plain text."""

    kind: BlockKind
    text: str
    label: str = ""
    """For a "fact" ("Når", "Stad"): the label before the text."""


@dataclass(frozen=True)
class InvitationDetails:
    """What the facilitator types for the letter (none of it is stored with the case)."""

    date: dt.date | None = None
    """None: the date written in the meeting's next-step field."""
    time: dt.time | None = None
    place: str = ""
    contact: str = ""
    """The facilitator's contact line, e.g. "Ingrid Fjeld, familielos, tlf. 400 00 000"."""
    invited: frozenset[uuid.UUID] | None = None
    """Ids of the people to invite, from `people_to_invite`; None: those at the meeting."""


@dataclass(frozen=True)
class AgreedAction:
    """An agreement still open from the meeting, as the letter names it."""

    text: str
    owner: str
    due: dt.date | None


@dataclass(frozen=True)
class GoalGroup:
    """The open goals of one goals field (short term, long term), under its heading."""

    heading: str
    goals: tuple[str, ...]


@dataclass(frozen=True)
class Invitation:
    """The letter's content, in one language."""

    lang: str
    date: dt.date | None
    time: dt.time | None
    place: str
    invited: tuple[str, ...]
    actions: tuple[AgreedAction, ...]
    goals: tuple[GoalGroup, ...]
    contact: str

    def when(self) -> str:
        """The date and time in words: "17.06.2026, kl. 13.00"."""
        if self.date is None:
            return w("date_not_set", self.lang)
        text = format_date(self.date)
        if self.time is not None:
            text += ", " + w("at_time", self.lang, time=format_time(self.time, self.lang))
        return text

    def blocks(self) -> list[Block]:
        """The letter from top to bottom."""
        lang = self.lang
        out = [Block("title", w("inv_title", lang)), Block("intro", w("inv_intro", lang)),
               Block("fact", self.when(), label=w("when", lang))]
        if self.place:
            out.append(Block("fact", self.place, label=w("where", lang)))
        out.append(Block("heading", w("invited", lang)))
        out += [Block("item", name) for name in self.invited]
        out.append(Block("quiet", w("invited_more", lang)))
        out.append(Block("heading", w("look_at", lang)))
        out.append(Block("subheading", w("actions_since", lang)))
        out += [Block("item", action_line(a, lang)) for a in self.actions]
        if not self.actions:
            out.append(Block("quiet", w("no_actions", lang)))
        out.append(Block("subheading", w("goals", lang)))
        for group in self.goals:
            out.append(Block("quiet", group.heading))
            out += [Block("item", goal) for goal in group.goals]
        if not self.goals:
            out.append(Block("quiet", w("no_goals", lang)))
        out.append(Block("heading", w("think_about", lang)))
        out += [Block("item", w(f"think_{n}", lang)) for n in range(1, 5)]
        if self.contact:
            out.append(Block("contact", self.contact, label=w("contact", lang)))
        return out

    def text(self) -> str:
        """The letter as plain text, block by block (what the PDF draws)."""
        lines: list[str] = []
        for b in self.blocks():
            if b.kind in ("heading", "subheading", "contact") and lines:
                lines.append("")
            if b.kind == "item":
                lines.append(f"• {b.text}")
            elif b.label:
                lines.append(f"{b.label}: {b.text}" if b.kind == "fact" else b.label)
                if b.kind == "contact":
                    lines.append(b.text)
            else:
                lines.append(b.text)
        return "\n".join(lines) + "\n"


def action_line(action: AgreedAction, lang: str) -> str:
    """ "Søkje om kommunal bustad — Sara — innan 31.03.2026"."""
    parts = [action.text.strip()]
    parts.append(action.owner.strip() or w("no_owner", lang))
    if action.due is not None:
        parts.append(w("by", lang, date=format_date(action.due)))
    return " — ".join(parts)


def format_time(time: dt.time, lang: str) -> str:
    """13.00 in Norwegian, 13:00 in English."""
    return time.strftime("%H:%M" if lang == "en" else "%H.%M")


_TIME = re.compile(r"^(?:kl\.?\s*)?(\d{1,2})(?:[:.]?(\d{2}))?$", re.IGNORECASE)


def parse_time(text: str) -> dt.time | None:
    """A time as typed: "13", "13:00", "13.30", "1330", "kl. 13.30". None when
    empty; UserError when it is not a time of day."""
    cleaned = " ".join(text.split())
    if not cleaned:
        return None
    m = _TIME.match(cleaned)
    if m is not None:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise UserError(f"«{cleaned}» er ikkje eit klokkeslett; skriv t.d. 13.00")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def open_actions(meeting: Meeting, template: Template) -> tuple[AgreedAction, ...]:
    """The meeting's actions still open or partly done, in the duk's conversation
    order, each field's by due date (those without a date last)."""
    found: list[AgreedAction] = []
    order = [f.id for f in template.conversation_order()]
    order += [fid for fid in meeting.fields if fid not in order]  # fields the duk lost
    for fid in order:
        content = meeting.fields.get(fid)
        if content is None:
            continue
        acts = [a for a in content.actions if a.status in OPEN_ACTION_STATUSES]
        for a in sorted(acts, key=lambda a: a.due or dt.date.max):
            found.append(AgreedAction(_one_line(a.text), _one_line(a.owner), a.due))
    return tuple(found)


def open_goals(meeting: Meeting, template: Template, lang: str) -> tuple[GoalGroup, ...]:
    """The goals still ahead (not reached, not dropped), under their field's label
    and date ("På kort sikt, innan 01.05.2026")."""
    groups: list[GoalGroup] = []
    for tf in holding(template, "goals"):
        content = meeting.fields.get(tf.id)
        if content is None:
            continue
        goals = tuple(
            _one_line(g.text) + (" — " + w("by", lang, date=format_date(g.deadline))
                                 if g.deadline else "")
            for g in content.goals if g.status is GoalStatus.OPEN)
        if not goals:
            continue
        label = tf.label.get(lang).strip()
        # A label written to be followed by the date ("…, innan") loses its tail
        # when the field has no date.
        heading = f"{label} {format_date(content.date)}" if content.date else \
            label.split(",")[0].rstrip(". ")
        groups.append(GoalGroup(heading, goals))
    return tuple(groups)


def people_to_invite(case: Case, meeting: Meeting) -> list[Participant]:
    """Whom the facilitator can invite: those at the meeting, then the others the
    case knows (someone who missed this meeting may well come to the next)."""
    people = [p for p in meeting.participants if p.name.strip()]
    seen = {p.id for p in people}
    people += [p for p in case.known_participants if p.id not in seen and p.name.strip()]
    return people


def person_line(person: Participant) -> str:
    """A name with the role they gave: "Tor Aas (NAV-rettleiar)"."""
    return _one_line(person.name) + (f" ({_one_line(person.role)})" if person.role.strip()
                                     else "")


def invited(case: Case, meeting: Meeting, chosen: frozenset[uuid.UUID] | None) -> tuple[str, ...]:
    """The invited as the letter names them: `chosen` of `people_to_invite` (None:
    those at the meeting)."""
    if chosen is None:
        return tuple(person_line(p) for p in meeting.participants if p.name.strip())
    return tuple(person_line(p) for p in people_to_invite(case, meeting) if p.id in chosen)


def build_invitation(case: Case, meeting: Meeting, template: Template,
                     details: InvitationDetails, lang: str | None = None) -> Invitation:
    """The invitation to the meeting after `meeting` (see the module docstring).
    `lang` is nn, nb or en (default: the case's). Without a typed contact line the
    case's facilitator is named."""
    language = lang or case.language
    return Invitation(
        lang=language,
        date=details.date or next_meeting_date(meeting, template),
        time=details.time,
        place=_one_line(details.place),
        invited=invited(case, meeting, details.invited),
        actions=open_actions(meeting, template),
        goals=open_goals(meeting, template, language),
        contact=_one_line(details.contact) or _one_line(case.facilitator),
    )
