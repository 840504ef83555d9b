"""`Changes`: what an operation changed, by kind and id."""

from __future__ import annotations

import uuid

from samtaleduk.ops import NOTHING, Changes


def test_nothing_is_false_and_changes_merge() -> None:
    a, b = uuid.uuid4(), uuid.uuid4()
    assert not NOTHING
    merged = Changes(cases=frozenset({a})) | Changes(meetings=frozenset({b}),
                                                     settings=frozenset({"x"}))
    assert merged and merged.cases == {a} and merged.meetings == {b}
    assert merged.kinds == {"cases", "meetings", "settings"}
    assert merged.touches_case(a) and not merged.touches_case(b)
    assert Changes(people=frozenset({b})).touches_case(b)
