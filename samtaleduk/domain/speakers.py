"""Who said a note: the people a note's "Kven sa det" offers, and the words that
show a speaker on the card, in print and in the evaluation.

A note records its speaker as a kind of voice (`SaidBy`: child, parent,
professional, other) and, since names can be given, a name. Notes written before
carry only the kind; they show the kind's word as before. A named speaker shows
the name; the kind still decides whether it is the child's voice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from samtaleduk.domain.model import Case, Language, Meeting, Note, SaidBy
from samtaleduk.domain.vocab import SAID_BY, word


@dataclass(frozen=True)
class Speaker:
    """Someone a note can be attributed to."""

    name: str
    role: SaidBy | None
    """The kind of voice, when the person's role says it; None when unknown."""
    detail: str = ""
    """The person's role as written among today's participants ("son, 14 år")."""


_CHILD_WORDS = frozenset({
    "barn", "barnet", "son", "sonen", "dotter", "dottera", "datter", "datteren",
    "gut", "guten", "gutten", "jente", "jenta", "elev", "eleven", "ungdom", "ungdommen",
    "child", "daughter", "pupil",
})
_PARENT_WORDS = frozenset({
    "mor", "far", "mamma", "pappa", "forelder", "foreldre", "stemor", "stefar",
    "bonusmor", "bonusfar", "fostermor", "fosterfar", "fosterforelder", "verge",
    "parent", "mother", "father", "guardian",
})
_PROFESSIONAL_ENDINGS = (
    "los", "rettleiar", "veileder", "lærar", "lærer", "pleiar", "pleier",
    "behandlar", "behandler", "konsulent", "terapeut", "psykolog", "lege", "leiar",
    "leder", "styrar", "styrer", "arbeidar", "arbeider", "koordinator", "kurator",
    "pedagog", "professional", "worker", "teacher", "nurse",
)


def role_of(detail: str) -> SaidBy | None:
    """The kind of voice a participant's role text names, or None when it does
    not say ("mor" → parent, "son, 14 år" → child, "NAV-rettleiar" → professional).
    A guess from plain words: the user can always pick the kind by hand."""
    words = [w for w in re.split(r"[^\w]+", detail.casefold()) if w]
    if any(w in _CHILD_WORDS for w in words):
        return SaidBy.CHILD
    if any(w in _PARENT_WORDS for w in words):
        return SaidBy.PARENT
    if any(w == "nav" or w.endswith(_PROFESSIONAL_ENDINGS) for w in words):
        return SaidBy.PROFESSIONAL
    return None


def speaker_choices(case: Case, meeting: Meeting) -> list[Speaker]:
    """The people to offer, in order: today's participants (with their role),
    then the case's members who are not at the table; each name once."""
    out: list[Speaker] = []
    seen: set[str] = set()
    people = [(p.name, p.role) for p in meeting.participants] + [(m, "") for m in case.members]
    for raw_name, raw_role in people:
        name = " ".join(raw_name.split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            role = " ".join(raw_role.split())
            out.append(Speaker(name, role_of(role) if role else None, role))
    return out


def pick_speaker(name: str, role: SaidBy | None,
                 picked: Speaker | SaidBy | None) -> tuple[str, SaidBy | None]:
    """A note's (name, kind of voice) after the user picks from "Kven sa det".

    A person gives their name, and their kind of voice when their role says it;
    when it does not, a kind chosen by hand for a nameless note stays (pick
    "barnet", then "Nora"), but another person's kind does not. A kind of voice
    keeps the name ("Nora", then "barnet"). None clears both.
    """
    if picked is None:
        return "", None
    if isinstance(picked, Speaker):
        if picked.role is not None:
            return picked.name, picked.role
        return picked.name, role if not name else None
    return name, picked


def speaker_text(note: Note, lang: Language | str) -> str:
    """What shows who said `note`: the name, else the kind's word, else ""."""
    if note.said_by_name:
        return note.said_by_name
    if note.said_by is not None:
        return word(SAID_BY, note.said_by, lang)
    return ""


def speaker_spoken(note: Note, lang: Language | str) -> str:
    """The speaker for a screen reader or a quote: "Emil Haugland (barnet)" when
    both name and kind are known, else what `speaker_text` shows."""
    if note.said_by_name and note.said_by is not None:
        return f"{note.said_by_name} ({word(SAID_BY, note.said_by, lang)})"
    return speaker_text(note, lang)


def is_childs_voice(note: Note) -> bool:
    """True when the note records the child's own words."""
    return note.said_by is SaidBy.CHILD
