"""Property tests: any valid text survives the store, and no search text can break
the search. A small default run; `-m slow` runs many more examples."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samtaleduk.domain.model import Case, Meeting, Note
from samtaleduk.store.store import FAST_KDF, Store
from tests.conftest import TEST_PASSPHRASE

# Any character a str can hold except lone surrogates and NUL (the model refuses both).
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=200,
)


@pytest.fixture(scope="module")
def shared_store() -> Iterator[Store]:
    with tempfile.TemporaryDirectory() as folder:
        store = Store.create(Path(folder) / "data", TEST_PASSPHRASE, FAST_KDF)
        yield store
        store.close()


def _round_trip(store: Store, name: str, texts: list[str]) -> None:
    case = Case(name=name or "x", template_id="familie", members=[name])
    store.save_case(case)
    m = Meeting(case_id=case.id, number=1, date=dt.date(2026, 1, 1),
                template_id="familie", template_version=1)
    m.field("fungerer").notes.extend(Note(text=t) for t in texts)
    store.save_meeting(m)
    assert store.get_case(case.id) == case
    assert store.get_meeting(m.id) == m
    assert store.list_cases()  # summaries readable
    for text in (name, *texts):
        store.search(text)


def _search_never_raises(store: Store, query: str) -> None:
    hits = store.search(query)
    assert all(h.case_id for h in hits)
    store.matching_case_ids(query)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=TEXT, texts=st.lists(TEXT, max_size=5))
def test_any_text_round_trips(shared_store: Store, name: str, texts: list[str]) -> None:
    _round_trip(shared_store, name, texts)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=TEXT)
def test_no_search_text_breaks_search(shared_store: Store, query: str) -> None:
    _search_never_raises(shared_store, query)


@pytest.mark.slow
@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=TEXT, texts=st.lists(TEXT, max_size=20), query=TEXT)
def test_any_text_round_trips_many(shared_store: Store, name: str, texts: list[str],
                                   query: str) -> None:
    _round_trip(shared_store, name, texts)
    _search_never_raises(shared_store, query)
