"""Field kinds: one spec per kind (`registry.SPECS`) holding everything the engine
does differently for it. The engine looks a kind up here instead of branching on
its name; `tests/samtaleduk/fieldkinds/test_registry.py` checks that every kind of
the template schema has a spec and that nothing else branches on a kind's name."""

from samtaleduk.fieldkinds.registry import (
    SPECS,
    holding,
    meeting_date_fields,
    next_meeting_date,
    next_meeting_field,
    spec_of,
)
from samtaleduk.fieldkinds.spec import ItemSort, KindSpec

__all__ = ["SPECS", "ItemSort", "KindSpec", "holding", "meeting_date_fields",
           "next_meeting_date", "next_meeting_field", "spec_of"]
