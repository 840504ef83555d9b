"""What a field kind is to the engine (`KindSpec`), and the parts kinds share.

A spec is data plus small pure functions over the domain model; it knows nothing of
Qt or reportlab, so evaluation, printing, the store and the UI can all read it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from samtaleduk.domain.model import OPEN_ACTION_STATUSES, FieldContent, GoalStatus, Meeting
from samtaleduk.domain.vocab import format_date
from samtaleduk.templates.model import FieldKind

ItemSort = Literal["notes", "goals", "actions", "helpers", "consents"]
"""The lists of `FieldContent`, by attribute name."""

Carry = Callable[[FieldContent], FieldContent]
Compared = Callable[[FieldContent | None], tuple[str, dt.date | None]]
Value = Callable[[Meeting, FieldContent], str | None]


@dataclass(frozen=True, kw_only=True)
class KindSpec:
    """Everything the engine does differently for one field kind. Every part is
    required (no defaults), so a spec cannot be written with one forgotten."""

    kind: FieldKind
    holds: frozenset[ItemSort]
    """The item lists its editor writes (the notes fields are where notes can move,
    the helpers fields are where owners are offered from)."""
    carry: Carry | None
    """What of the field's content lives on into the next meeting; None: nothing
    (and nothing is ever reported as left behind when the next duk lacks the field)."""
    is_meeting_date: bool
    """The field holds the meeting's own date: a new meeting starts with it filled
    in, it shows the meeting's date while empty, and the first such field of a duk
    sets the meeting's date."""
    compared: Compared | None
    """The text and date two meetings' contents are compared by (the comparison's
    value changes); None: left out, as it differs from meeting to meeting by nature.
    The items (notes, goals, …) are compared by their sort, wherever they stand."""
    names_next_meeting: bool
    """Its date is the next meeting's (the case list's column, the action list)."""
    one_line: bool
    """A header blank: one line on paper (printed inline beside its label when that
    gives bigger text), on the screen's sheet and in the presentation."""
    value: Value | None
    """The one line it shows instead of its own text and items when the value is
    the meeting's (who is here, the day), on paper and in the presentation; None:
    the field shows what is written in it."""
    described: tuple[str, str]
    """What the kind is, in nynorsk and bokmål, for the duk-format reference and the
    JSON Schema (`samtaleduk.templates.reference`)."""

    def start(self, date: dt.date) -> FieldContent:
        """The field's content on a new meeting dated `date` (its empty content)."""
        return FieldContent(date=date) if self.is_meeting_date else FieldContent()


# -- carrying forward ---------------------------------------------------------------

def carry_items(old: FieldContent) -> FieldContent:
    """The text and every item still alive: notes, open goals, open and partly done
    actions, helpers, consents not withdrawn. Items keep their ids. The field's date
    stays behind (the next step's "Dato ____" was the date of the meeting now
    starting, so it is left for a new one). Every list is carried whatever the kind, so that a field whose kind
    changed in a newer template keeps what it held."""
    return FieldContent(
        text=old.text,
        notes=[n.model_copy(deep=True) for n in old.notes],
        goals=[g.model_copy(deep=True) for g in old.goals if g.status is GoalStatus.OPEN],
        actions=[
            a.model_copy(deep=True) for a in old.actions if a.status in OPEN_ACTION_STATUSES
        ],
        helpers=[h.model_copy(deep=True) for h in old.helpers],
        consents=[c.model_copy(deep=True) for c in old.consents if c.withdrawn_on is None],
    )


def carry_items_and_date(old: FieldContent) -> FieldContent:
    """As `carry_items`, and the date in the label's blank (the goals' "innan ____")."""
    carried = carry_items(old)
    carried.date = old.date
    return carried


# -- comparing ----------------------------------------------------------------------

def compare_text_and_date(content: FieldContent | None) -> tuple[str, dt.date | None]:
    """The field's text and the date in its blank."""
    return (content.text, content.date) if content else ("", None)


def compare_text(content: FieldContent | None) -> tuple[str, dt.date | None]:
    """The text only: the date is of another meeting by nature (the next step's)."""
    return (content.text if content else "", None)


# -- values taken from the meeting ----------------------------------------------------

def who_is_here(meeting: Meeting, content: FieldContent) -> str | None:
    """Today's participants with their roles: "Sara (mor) · Emil"."""
    people = [p.name + (f" ({p.role})" if p.role else "") for p in meeting.participants]
    return " · ".join(people) if people else None


def the_day(meeting: Meeting, content: FieldContent) -> str | None:
    """The date written in the field, else the meeting's."""
    return format_date(content.date or meeting.date)
