"""Which kind of owner an action has: the family, a service, a helper.

An action's owner is free text ("Sara, med hjelp frå Ingrid Fjeld", "Tor Aas",
"Aktivitetsguiden"). The first name written is the one responsible; the others help
(`people.owner_names`). That name is matched against what the case itself knows,
in this order (docs/pilot-figures.md gives the rule with examples):

1. family: one of the case's members;
2. service: someone at the table at a meeting of the case who is not a member;
3. helper: someone written under "who can help us" on the duk but not at the table;
4. other: a name the case does not know ("barnehagen");
5. none: no owner written.

A name matches a person when it is the same after folding case and spaces, or the
first words of it ("Sara" is "Sara Haugland"; "Aktivitetsguiden" is "Aktivitetsguiden
i kommunen"). Only the kind leaves this module; the names never do.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from samtaleduk.domain.people import owner_names


class OwnerKind(StrEnum):
    FAMILY = "family"
    SERVICE = "service"
    HELPER = "helper"
    OTHER = "other"
    NONE = "none"


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


class OwnerKinds:
    """The people one case knows, to tell the kind of an action's owner."""

    def __init__(self, members: Iterable[str], participants: Iterable[str],
                 helpers: Iterable[str]) -> None:
        self._family = {_fold(n) for n in members if n.strip()}
        self._service = {_fold(n) for n in participants if n.strip()} - self._family
        self._helpers = {_fold(n) for n in helpers if n.strip()} - self._family - self._service

    def kind(self, owner: str) -> OwnerKind:
        """The kind of the first owner named in `owner`."""
        names = owner_names(owner)
        if not names:
            return OwnerKind.NONE
        name = _fold(names[0])
        for people, kind in ((self._family, OwnerKind.FAMILY),
                             (self._service, OwnerKind.SERVICE),
                             (self._helpers, OwnerKind.HELPER)):
            if any(_same(name, person) for person in people):
                return kind
        return OwnerKind.OTHER


def _same(name: str, person: str) -> bool:
    return name == person or person.startswith(name + " ")
