"""The case-file limits as functions: the Argon2 bounds, the JSON counts made before
parsing, and that what the program itself uses lies inside them."""

from __future__ import annotations

import json

import pytest

from samtaleduk.handover import limits as bundle_limits
from samtaleduk.handover.limits import CaseFileTooBig, check_json_shape, kdf_within_bounds
from samtaleduk.trust.keyfile import DEFAULT_KDF, FAST_KDF, KdfParams


@pytest.mark.parametrize("kdf", [DEFAULT_KDF, FAST_KDF])
def test_the_programs_own_key_derivations_are_within_bounds(kdf: KdfParams) -> None:
    # A case file is sealed with the store's own parameters: they must pass import.
    assert kdf_within_bounds(kdf.memory_kib, kdf.time_cost, kdf.parallelism)


@pytest.mark.parametrize("params", [
    (True, 1, 1), (8, 0, 1), (-8, 1, 1), ("8", 1, 1), (8, 1.0, 1), (None, 1, 1),
    (2 * 1024 * 1024, 1, 1), (8, 11, 1), (8, 1, 17), (1024 * 1024, 5, 1),
])
def test_odd_or_expensive_parameters_are_out_of_bounds(params: tuple[object, ...]) -> None:
    assert not kdf_within_bounds(*params)


def test_json_counts_are_upper_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_limits, "MAX_JSON_OBJECTS", 3)
    monkeypatch.setattr(bundle_limits, "MAX_JSON_VALUES", 10)
    check_json_shape(json.dumps({"a": [{}, {}], "b": 1}).encode())
    with pytest.raises(CaseFileTooBig, match="JSON-objekt"):
        check_json_shape(json.dumps([{}, {}, {}, {}]).encode())
    with pytest.raises(CaseFileTooBig, match="JSON-verdiar"):
        check_json_shape(json.dumps(list(range(10))).encode())
    # Braces and commas inside text count too: the bound errs on the safe side.
    with pytest.raises(CaseFileTooBig):
        check_json_shape(json.dumps({"text": "{{{{"}).encode())


def test_export_and_import_words_differ() -> None:
    with pytest.raises(CaseFileTooBig, match="Ingenting er importert"):
        bundle_limits.check_plain_bytes(bundle_limits.MAX_PLAIN_BYTES + 1)
    with pytest.raises(CaseFileTooBig, match="Ingenting er skrive"):
        bundle_limits.check_plain_bytes(bundle_limits.MAX_PLAIN_BYTES + 1, export=True)
    bundle_limits.check_plain_bytes(bundle_limits.MAX_PLAIN_BYTES)
