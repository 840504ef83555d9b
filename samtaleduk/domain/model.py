"""The domain model: cases, meetings and what is written on a duk.

Every item a family can follow from one meeting to the next (note, goal, action,
helper, consent, participant) carries a stable uuid. Carrying a duk forward keeps
the uuid; that is what lets the evaluation see that a note *moved* rather than
disappeared and reappeared.

Limits on sizes are part of the model so that a damaged import or a stuck key can
never put a 50 MB note into the store.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

MAX_NOTE_CHARS = 50_000
MAX_SHORT_CHARS = 500
MAX_ITEMS_PER_FIELD = 2_000
MAX_PARTICIPANTS = 200
MAX_MEMBERS = 50

Language = Literal["nn", "nb", "en"]
"""A language for labels. Cases are written in nn or nb; en is for the UI."""


_SURROGATE = re.compile("[\ud800-\udfff]")


def _reject_surrogates(value: str) -> str:
    # A lone UTF-16 surrogate cannot be encoded as UTF-8 and would crash the
    # store's insert; refuse it here, with words, at the boundary. Searched in C:
    # this runs on every keystroke's assignment (a loop over the characters in
    # Python cost a quarter of a millisecond for a long note).
    found = _SURROGATE.search(value)
    if found is not None:
        raise ValueError(
            "teksten inneheld eit ugyldig teikn (ein einsleg «surrogate»-kode, "
            f"U+{ord(found.group()):04X}); skriv teksten på nytt"
        )
    if "\x00" in value:
        raise ValueError("teksten inneheld eit nullteikn (U+0000)")
    return value


LongText = Annotated[str, Field(max_length=MAX_NOTE_CHARS), AfterValidator(_reject_surrogates)]
"""Free text a family dictates: a note, a goal, an action."""

ShortText = Annotated[str, Field(max_length=MAX_SHORT_CHARS), AfterValidator(_reject_surrogates)]
"""A name, a role, a comment's worth of text."""


def new_id() -> uuid.UUID:
    """A fresh identity for an item."""
    return uuid.uuid4()


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class SaidBy(StrEnum):
    """Whose voice a note records; the child's voice must be visible on the duk."""

    CHILD = "child"
    PARENT = "parent"
    PROFESSIONAL = "professional"
    OTHER = "other"


class CaseKind(StrEnum):
    FAMILY = "family"
    INDIVIDUAL = "individual"


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class GoalStatus(StrEnum):
    OPEN = "open"
    REACHED = "reached"
    DROPPED = "dropped"


class ActionStatus(StrEnum):
    """Where a promise stands. "Not done" at a review means it stays OPEN."""

    OPEN = "open"
    DONE = "done"
    PARTLY = "partly"
    DROPPED = "dropped"


OPEN_ACTION_STATUSES = frozenset({ActionStatus.OPEN, ActionStatus.PARTLY})
"""Actions that are still a promise: counted as open, carried to the next meeting."""


class Participant(_Model):
    """Someone at the table: a family member, a service, a trusted person."""

    id: uuid.UUID = Field(default_factory=new_id)
    name: ShortText
    role: ShortText = ""


class Note(_Model):
    """One card on the duk, in the family's own words."""

    id: uuid.UUID = Field(default_factory=new_id)
    text: LongText
    domain: str | None = Field(default=None, max_length=64)
    """Id of a life domain of the template, if the note is tagged."""
    said_by: SaidBy | None = None
    """The kind of voice (the child's must stand out), with or without a name."""
    said_by_name: ShortText = ""
    """Who said it, by name ("Emil Haugland"); empty for a role-only mark, as every
    note written before names could be given (`speakers.speaker_text` shows either)."""


class Goal(_Model):
    """A goal in "På kort sikt" or "På lang sikt"."""

    id: uuid.UUID = Field(default_factory=new_id)
    text: LongText
    deadline: dt.date | None = None
    """The goal's own deadline; when None, the field's date (the "innan ____") applies."""
    status: GoalStatus = GoalStatus.OPEN
    comment: ShortText = ""


class Action(_Model):
    """Who does what by when: the promise the next meeting reviews."""

    id: uuid.UUID = Field(default_factory=new_id)
    text: LongText
    owner: ShortText = ""
    due: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN
    comment: ShortText = ""


class Helper(_Model):
    """Someone who "can help us reach the goal"."""

    id: uuid.UUID = Field(default_factory=new_id)
    name: ShortText
    relation: ShortText = ""
    helps_with: LongText = ""


class Consent(_Model):
    """A consent given in the meeting (ressursteam, stafettlogg or another)."""

    id: uuid.UUID = Field(default_factory=new_id)
    kind: str = Field(max_length=64)
    """Id of one of the field's consent kinds in the template."""
    description: ShortText = ""
    """What the consent covers, for the kind "other"."""
    given_by: ShortText = ""
    given_on: dt.date | None = None
    expires_on: dt.date | None = None
    withdrawn_on: dt.date | None = None


class FieldContent(_Model):
    """What is written in one field of a duk. Which parts are used follows the
    field's kind in the template; unused parts stay empty."""

    text: LongText = ""
    date: dt.date | None = None
    """A date field's value, or the date in a label's blank ("innan ____", "Dato ____")."""
    notes: list[Note] = Field(default_factory=list, max_length=MAX_ITEMS_PER_FIELD)
    goals: list[Goal] = Field(default_factory=list, max_length=MAX_ITEMS_PER_FIELD)
    actions: list[Action] = Field(default_factory=list, max_length=MAX_ITEMS_PER_FIELD)
    helpers: list[Helper] = Field(default_factory=list, max_length=MAX_ITEMS_PER_FIELD)
    consents: list[Consent] = Field(default_factory=list, max_length=MAX_ITEMS_PER_FIELD)
    draft: LongText = ""
    """What stands in the field's entry line, typed but not yet added with Enter.
    Saved with the meeting so a close, a crash or a shutdown does not lose it, and
    put back in the entry line when the meeting opens again. Not content yet: never
    printed, carried forward or compared (and `is_empty` ignores it)."""

    def is_empty(self) -> bool:
        """True when nothing at all is written in the field (a draft aside)."""
        return not (
            self.text or self.date or self.notes or self.goals
            or self.actions or self.helpers or self.consents
        )


class Case(_Model):
    """A family or a child followed over several meetings."""

    id: uuid.UUID = Field(default_factory=new_id)
    name: ShortText
    """How the facilitator names the case in the list, e.g. "Familien Haugland"."""
    kind: CaseKind = CaseKind.FAMILY
    template_id: str = Field(max_length=64)
    """The duk the case's meetings use unless a meeting says otherwise."""
    members: list[ShortText] = Field(default_factory=list, max_length=MAX_MEMBERS)
    language: Literal["nn", "nb"] = "nn"
    status: CaseStatus = CaseStatus.OPEN
    facilitator: ShortText = ""
    known_participants: list[Participant] = Field(
        default_factory=list, max_length=MAX_PARTICIPANTS
    )
    """People who have been at the table before: offered, not copied, next time."""
    created_on: dt.date = Field(default_factory=dt.date.today)
    closed_on: dt.date | None = None


class Meeting(_Model):
    """One meeting and the duk filled in at it."""

    id: uuid.UUID = Field(default_factory=new_id)
    case_id: uuid.UUID
    number: int = Field(ge=1, le=10_000)
    """1 for the first meeting of the case, then 2, 3, …"""
    date: dt.date
    template_id: str = Field(max_length=64)
    template_version: int = Field(ge=1)
    participants: list[Participant] = Field(default_factory=list, max_length=MAX_PARTICIPANTS)
    fields: dict[str, FieldContent] = Field(default_factory=dict)
    continued_from: uuid.UUID | None = None
    """The meeting this duk was carried forward from, or None for a blank start."""

    def field(self, field_id: str) -> FieldContent:
        """The content of a field, created empty on first use."""
        content = self.fields.get(field_id)
        if content is None:
            content = FieldContent()
            self.fields[field_id] = content
        return content
