"""The people of a case: who is offered as an action's owner or as a participant,
and what the case remembers of who has been at the table.

A participant is followed by its id: a name corrected on the duk replaces the old
name in what the case knows, and a person taken off the meeting they were first
written on is forgotten, so they are not offered again. Stores written before ids
were kept (a participant got a fresh id when remembered) are matched by name.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from pydantic import ValidationError

from samtaleduk.domain.model import Case, Meeting, Participant

__all__ = [
    "Elsewhere",
    "PeopleEdit",
    "known_elsewhere",
    "owner_choices",
    "owner_names",
    "owner_start",
    "participant_for",
    "remember_participants",
    "suggested_participants",
    "with_people",
]

_OWNER_JOINER = re.compile(
    r"(?:[,;&+/]|\b(?:og|and|med\s+hjelp\s+(?:frå|fra)|hjelp\s+(?:frå|fra)|with\s+help\s+from)\b)"
    r"\s*", re.IGNORECASE)
"""What joins several owners in one line: "Sara, med hjelp frå Ingrid", "Sara og Tor"."""


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def owner_start(text: str) -> int:
    """Where the owner being typed begins in `text`: after the last comma, "og",
    "med hjelp frå" …, or at the first letter. Completion offers names for
    `text[owner_start(text):]` and replaces only that part."""
    start = 0
    for match in _OWNER_JOINER.finditer(text):
        start = match.end()
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def owner_names(text: str) -> list[str]:
    """The owners named in an action's owner line, in order: "Sara, med hjelp frå
    Ingrid" is ["Sara", "Ingrid"]; the first is the one responsible."""
    return [" ".join(part.split()) for part in _OWNER_JOINER.split(text) if part.strip()]


def owner_choices(case: Case, meeting: Meeting) -> list[str]:
    """Names to offer as an action's owner, each once: today's participants, the
    case's members, then the helpers written on the duk."""
    names: list[str] = []
    seen: set[str] = set()
    helpers = [h.name for c in meeting.fields.values() for h in c.helpers]
    for name in [*(p.name for p in meeting.participants), *case.members, *helpers]:
        name = " ".join(name.split())
        if name and _key(name) not in seen:
            seen.add(_key(name))
            names.append(name)
    return names


def suggested_participants(case: Case, today: Sequence[Participant]) -> list[Participant]:
    """People the case knows who are not on today's list (by id or name)."""
    ids = {p.id for p in today}
    names = {_key(p.name) for p in today}
    return [p for p in case.known_participants
            if p.id not in ids and _key(p.name) not in names]


def participant_for(case: Case, today: Sequence[Participant], name: str,
                    role: str = "") -> Participant:
    """A participant to add today: a person the case knows keeps their id (so a
    later correction of the name follows them), anyone else is new."""
    taken = {p.id for p in today}
    for known in case.known_participants:
        if _key(known.name) == _key(name) and known.id not in taken:
            return Participant(id=known.id, name=name, role=role)
    return Participant(name=name, role=role)


@dataclass(frozen=True)
class Elsewhere:
    """The people the case knows from somewhere other than the meeting being
    edited (other meetings, the people dialog): taking them off this meeting does
    not make the case forget them."""

    ids: frozenset[uuid.UUID] = frozenset()
    names: frozenset[str] = frozenset()
    """Casefolded names, for stores whose ids did not follow the person."""

    def knows(self, person: Participant) -> bool:
        """True when `person` is known from elsewhere."""
        return person.id in self.ids or _key(person.name) in self.names

    def including(self, people: Iterable[Participant]) -> Elsewhere:
        """These people counted as known from elsewhere too."""
        people = list(people)
        return Elsewhere(self.ids | {p.id for p in people},
                         self.names | {_key(p.name) for p in people})


def known_elsewhere(case: Case, at_open: Sequence[Participant],
                    other_meetings: Iterable[Sequence[Participant]] = ()) -> Elsewhere:
    """Who the case knows apart from this meeting: the people on other meetings,
    and those it knew when the meeting was opened without being on it."""
    here_ids = {p.id for p in at_open}
    here_names = {_key(p.name) for p in at_open}
    outside = [p for p in case.known_participants
               if p.id not in here_ids and _key(p.name) not in here_names]
    return Elsewhere().including([*outside, *(p for ps in other_meetings for p in ps)])


def remember_participants(case: Case, today: Sequence[Participant], elsewhere: Elsewhere,
                          *, at_open: Sequence[Participant] = ()) -> list[Participant]:
    """What the case knows after this meeting's list of participants.

    Someone known and on today's list takes today's name and role (a correction);
    someone known only from this meeting and no longer on it is forgotten; someone
    added to the list since it was opened (not in `at_open`) is remembered with
    their id. Someone already on the list when it was opened and not known is not
    learnt again: the people dialog may have removed them from the case. Order is
    kept; new people come last.
    """
    opened = {p.id for p in at_open}
    by_id = {p.id: p for p in today if p.name.strip()}
    by_name = {_key(p.name): p for p in today if p.name.strip()}
    out: list[Participant] = []
    used: set[uuid.UUID] = set()
    for known in case.known_participants:
        now = by_id.get(known.id) or by_name.get(_key(known.name))
        if now is not None and now.id not in used:
            used.add(now.id)
            # A name typed without its role today does not erase the role known.
            out.append(known.model_copy(update={"name": now.name.strip(),
                                                "role": now.role.strip() or known.role}))
        elif elsewhere.knows(known):
            out.append(known)
    have = {_key(p.name) for p in out}
    for p in today:
        if p.name.strip() and p.id not in used | opened and _key(p.name) not in have:
            out.append(Participant(id=p.id, name=p.name.strip(), role=p.role.strip()))
            have.add(_key(p.name))
    return out


@dataclass
class PeopleEdit:
    """The outcome of editing a case's people: the cleaned lists, and who was
    taken away (for the open meeting)."""

    members: list[str] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    removed_ids: set[uuid.UUID] = field(default_factory=set)


def with_people(case: Case, members: Iterable[str],
                participants: Iterable[Participant]) -> tuple[Case, PeopleEdit]:
    """`case` with these members and known participants: names trimmed, empty
    rows dropped, a name listed twice kept once. Raises ValueError (in words) if a
    name is too long."""
    try:
        return _with_people(case, members, participants)
    except ValidationError as e:
        raise ValueError(str(e.errors()[0].get("msg", e))) from e


def _with_people(case: Case, members: Iterable[str],
                 participants: Iterable[Participant]) -> tuple[Case, PeopleEdit]:
    edit = PeopleEdit()
    seen: set[str] = set()
    for name in members:
        clean = " ".join(name.split())
        if clean and _key(clean) not in seen:
            seen.add(_key(clean))
            edit.members.append(clean)
    seen_people: set[str] = set()
    for p in participants:
        name = " ".join(p.name.split())
        if name and _key(name) not in seen_people:
            seen_people.add(_key(name))
            edit.participants.append(Participant(id=p.id, name=name, role=p.role.strip()))
    kept = {p.id for p in edit.participants}
    edit.removed_ids = {p.id for p in case.known_participants if p.id not in kept}
    updated = case.model_copy(deep=True)
    updated.members = edit.members
    updated.known_participants = edit.participants
    return updated, edit
