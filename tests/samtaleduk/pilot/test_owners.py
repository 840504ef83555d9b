"""The kind of an action's owner, from what the case knows."""

from __future__ import annotations

from samtaleduk.domain.people import owner_names
from samtaleduk.pilot.owners import OwnerKind, OwnerKinds


def test_owner_names_in_order() -> None:
    assert owner_names("Sara, med hjelp frå Ingrid Fjeld") == ["Sara", "Ingrid Fjeld"]
    assert owner_names("Sara og Tor Aas") == ["Sara", "Tor Aas"]
    assert owner_names("  ") == []


def test_the_first_named_decides_family_before_service_before_helper() -> None:
    kinds = OwnerKinds(members=["Sara Haugland"], participants=["Sara Haugland", "Tor Aas"],
                       helpers=["Tor Aas", "Aktivitetsguiden i kommunen"])
    assert kinds.kind("sara") is OwnerKind.FAMILY
    assert kinds.kind("Sara og Tor Aas") is OwnerKind.FAMILY
    assert kinds.kind("Tor  Aas, med hjelp frå Sara") is OwnerKind.SERVICE
    assert kinds.kind("Aktivitetsguiden") is OwnerKind.HELPER
    assert kinds.kind("Aktivitet") is OwnerKind.OTHER  # a word's start is not a name
    assert kinds.kind("barnehagen") is OwnerKind.OTHER
    assert kinds.kind("") is OwnerKind.NONE
