"""A word typed past the prefix indexes is asked as the words it starts (schema 9):
the list of the index's words never misses one, the answers are exactly those of
the plain prefix query, and a deleted case leaves no word of its own behind."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from samtaleduk.domain.model import Case
from samtaleduk.store import reads, search_terms
from samtaleduk.store.index import fts_query
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import load_all
from samtaleduk.templates.model import Template
from tests.samtaleduk.store.test_search_folding import _meeting_with_notes

TEXTS = [
    "Leksene tek lang tid; leksehjelp på biblioteket kvar tysdag",
    "Fotball-trening med Ylva (U12) – fotballsko er kjøpte",
    "Ødegård-familien: Ŋuolja og Đuhtor gler seg til sommaren",
    "Σοφία skriv ός og ΟΣ; سارة har Zoë 🌱 med seg",
    "Lekse, lekser, leksa: 3 lekser i veka, 2026-01-14",
    "d'Artagnan og O'Neil – x²-lekse nr.4 … ñandú",
    "kontakt kontaktlærar kontaktperson kontoret kontrakt kontroll",
]
NAMES = [("Familien Lekseth", ["Leksi Ødegård", "Ylvasdatter"]),
         ("Fotballaget", ["Σοφία", "Ŋuolja Ánde"])]


@pytest.fixture(scope="module")
def family() -> Template:
    return load_all().get("familie")


def _write(store: Store, family: Template) -> list[Case]:
    cases = []
    for (name, members), texts in zip(NAMES, (TEXTS[:4], TEXTS[4:]), strict=True):
        case = Case(name=name, template_id="familie", members=members)
        store.save_case(case)
        _meeting_with_notes(store, family, case, texts)
        cases.append(case)
    store.refresh_search()
    return cases


def _index_words(store: Store) -> set[str]:
    """The words FTS5 holds in the searched columns (folded, names), by its own list."""
    conn = store.conn
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.cols USING "
                 "fts5vocab(main, search_fts, col)")
    words = {r[0] for r in conn.execute(
        "SELECT term FROM temp.cols WHERE col IN ('folded', 'name')")}
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.names USING "
                 "fts5vocab(main, name_fts, row)")
    return words | {r[0] for r in conn.execute("SELECT term FROM temp.names")}


def _listed(store: Store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT term FROM search_terms")}


def _prefixes() -> Iterator[str]:
    seen = set()
    for text in TEXTS + [n for name, members in NAMES for n in (name, *members)]:
        for word in text.split():
            for end in range(2, len(word) + 1):
                if (prefix := word[:end]) not in seen:
                    seen.add(prefix)
                    yield prefix


def test_the_list_holds_every_word_the_index_has(store: Store, family: Template) -> None:
    cases = _write(store, family)
    assert _index_words(store) <= _listed(store)
    assert {"leksehjelp", "fotballsko", "odegard", "nuolja", "2026", "lekseth"} <= _listed(store)
    # Words written later, by an edit and a renamed case, are listed too.
    case = store.get_case(cases[0].id)
    store.save_case(case.model_copy(update={"members": ["Kontaktsøster Åse"]}))
    full = store.list_meetings(case.id)[0]
    next(c for c in full.fields.values() if c.notes).notes[0].text = "leksefri helg"
    store.save_meeting(full)
    store.refresh_search()
    assert _index_words(store) <= _listed(store)
    assert {"kontaktsoster", "leksefri"} <= _listed(store)
    # The words edited away, which no other entry has, have left the list: it holds
    # exactly the index's words (a store made at schema 9 lists only these columns).
    assert not {"biblioteket", "tysdag", "leksehjelp", "ylvasdatter"} & _listed(store)
    assert _listed(store) == _index_words(store)


def test_every_prefix_finds_what_the_plain_prefix_query_finds(
        store: Store, family: Template, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(store, family)
    prefixes = list(_prefixes())
    listed = {p: (store.search(p), store.matching_case_ids(p), store.matching_case_ids(p, 3))
              for p in prefixes}
    # Against the query every word as an FTS5 prefix (what FTS5 merges in memory).
    monkeypatch.setattr(reads, "match_query", lambda conn, text: fts_query(text))
    plain = {p: (store.search(p), store.matching_case_ids(p), store.matching_case_ids(p, 3))
             for p in prefixes}
    assert listed == plain
    # The control: most of these really were asked as listed words.
    expanded = [p for p in prefixes if "*" not in (search_terms.match_query(store.conn, p) or "*")]
    assert len(expanded) > 60
    assert any(store.search(p) for p in expanded)


def test_a_long_word_is_asked_as_the_words_it_starts(store: Store, family: Template) -> None:
    _write(store, family)
    conn = store.conn
    assert search_terms.match_query(conn, "Leks") == (
        '("leksa" OR "lekse" OR "leksehjelp" OR "leksene" OR "lekser" OR "lekseth" '
        'OR "leksi")')
    # Two and three letters read their prefix index; several words must all match.
    assert search_terms.match_query(conn, "le fotb") == (
        '"le"* AND ("fotball" OR "fotballaget" OR "fotballsko")')
    # Not plain letters (FTS5 decides what a word is), or nothing listed: a prefix.
    assert search_terms.match_query(conn, "سارة") == '"سارة"*'
    assert search_terms.match_query(conn, "o'nei") == '"o\'nei"*'
    assert search_terms.match_query(conn, "qzxw") == '"qzxw"*'
    assert search_terms.match_query(conn, " ; ") is None


def test_a_word_starting_too_many_words_is_asked_as_a_prefix(store: Store) -> None:
    many = " ".join(f"kontor{i:03d}" for i in range(search_terms.MAX_TERMS + 1))
    store.save_case(Case(name=many, template_id="familie"))
    assert search_terms.match_query(store.conn, "kontor") == '"kontor"*'
    fewer = f"kontor{search_terms.MAX_TERMS - 1:03d}"[:-1]
    assert search_terms.match_query(store.conn, fewer).startswith('("kontor')
    assert len(store.matching_case_ids("kontor0")) == 1


def test_deleting_a_case_drops_the_words_only_it_had(store: Store, family: Template) -> None:
    first, second = _write(store, family)
    assert {"leksehjelp", "lekseth", "ylvasdatter", "kontaktlaerar"} <= _listed(store)
    store.delete_case(first.id)
    listed = _listed(store)
    # The first case's own words are gone; words the second case also has stay.
    assert not {"leksehjelp", "lekseth", "ylvasdatter", "odegard"} & listed
    assert {"kontaktlaerar", "lekse", "fotballaget", "nuolja"} <= listed
    assert _index_words(store) <= listed
    assert store.matching_case_ids("leksehj") == set()
    assert store.matching_case_ids("kontaktl") == {second.id}
