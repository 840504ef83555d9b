"""What an operation changed: the kinds of things and their ids.

Every function in `samtaleduk.ops` returns a `Changes` (alone, or inside a `Done`
with a value). The engine does not know who listens; the app passes the value to its
change bus (`ui.shell.state.AppState.changed`), and each open page or window reads
again only what it shows, if the change touches it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """Ids of what was written, by kind. A meeting's change names its case too
    (the case's summary — counts, dates — follows its meetings)."""

    cases: frozenset[uuid.UUID] = frozenset()
    """Cases created, edited, closed, reopened, imported or deleted."""
    meetings: frozenset[uuid.UUID] = frozenset()
    """Meetings created or edited."""
    people: frozenset[uuid.UUID] = frozenset()
    """Cases whose members or known participants changed."""
    templates: frozenset[str] = frozenset()
    """Template ids whose snapshot was stored."""
    settings: frozenset[str] = frozenset()
    """Store settings written (their keys)."""

    def __bool__(self) -> bool:
        return bool(self.cases or self.meetings or self.people or self.templates
                    or self.settings)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.cases | other.cases, self.meetings | other.meetings,
                       self.people | other.people, self.templates | other.templates,
                       self.settings | other.settings)

    @property
    def kinds(self) -> frozenset[str]:
        """The kinds of things changed: some of "cases", "meetings", "people",
        "templates", "settings"."""
        return frozenset(name for name in ("cases", "meetings", "people", "templates",
                                           "settings") if getattr(self, name))

    def touches_case(self, case_id: uuid.UUID) -> bool:
        """True when the case itself, its people or (through `cases`) its meetings
        changed."""
        return case_id in self.cases or case_id in self.people


NOTHING = Changes()
"""Nothing in the store's content changed (an audit line only)."""


def of_cases(ids: Iterable[uuid.UUID]) -> Changes:
    """A change of these cases."""
    return Changes(cases=frozenset(ids))


@dataclass(frozen=True)
class Done(Generic[T]):
    """An operation's result together with what it changed."""

    value: T
    changes: Changes = field(default_factory=Changes)
