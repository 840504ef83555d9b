"""The words of the search index, listed, so that a word typed past the prefix
indexes is searched as the few words it can be (schema 9).

FTS5 reads a prefix of two or three letters from a prefix index, newest first,
and stops at the query's LIMIT. A longer prefix ("leks") has no index: FTS5 first
merges the whole list of every word that starts so, into memory, however few rows
are asked for — 15–25 ms a keystroke at 10,000 cases, growing with the store.
Asked instead as the words themselves (`"leksene" OR "leksehjelp"`), FTS5 reads
each list lazily, newest first, and stops at the LIMIT again.

`search_terms` holds every word FTS5 has made of the searched columns: filled from
the index itself by migration 9, and kept by `record` whenever entries are added.
Words are split and folded by FTS5 itself (a scratch full-text table in the
connection's memory, `temp_store = MEMORY`), never by a Python imitation of its
tokenizer, so the list cannot miss a word the index has. The words of entries taken
out that no entry holds any more leave it in the same transaction (`forget`: a word
edited away, a half-typed word indexed at a pause), and deleting a case drops every
word no entry uses any longer (`prune`), so no word of it stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from samtaleduk.store.folding import query_words

TABLE = "CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID"
MAX_TERMS = 40
"""A typed word that starts more words than this is asked as a prefix (FTS5's
merge): a query of many words costs more than the merge it avoids."""
PREFIX_INDEXED = 3
"""The longest prefix with an index of its own (`schema._SEARCH_FTS_V5`, `_NAME_FTS`)."""

_TOKENIZER = "unicode61 remove_diacritics 2"
"""As the searched tables' (`schema`): the probe must split and fold as they do."""
_PLAIN = re.compile(r"[a-z0-9]+")
"""Words looked up in the list: plain letters and digits, which FTS5 keeps as they
are. Any other word is asked as a prefix, so no difference between this module's
idea of a word and FTS5's can lose a hit."""

Connection = Any
"""A sqlcipher3 connection (the module ships no type information)."""


def record(c: Connection, texts: Iterable[str]) -> None:
    """Add the words of `texts` (searched column values) to the list, inside the
    caller's transaction; words already there cost a look-up each, nothing more."""
    _with_words_of(c, texts, "INSERT OR IGNORE INTO search_terms(term) "
                             "SELECT term FROM temp.term_probe_vocab")


def forget(c: Connection, texts: Iterable[str]) -> None:
    """Drop the words of `texts` (searched column values of entries just taken out,
    inside the caller's transaction) that no full-text entry holds any more."""
    _with_words_of(c, texts, "DELETE FROM search_terms WHERE term IN "
                             f"(SELECT term FROM temp.term_probe_vocab) AND {_UNUSED}")


def fill_from_index(c: Connection) -> None:
    """Every word the full-text index holds, from FTS5's own list of it (migration 9).
    It reads the whole index once: seconds at 10,000 cases, and only this once."""
    c.execute("CREATE VIRTUAL TABLE temp.search_fts_vocab USING fts5vocab(main, search_fts, row)")
    try:
        c.execute("INSERT OR IGNORE INTO search_terms(term) SELECT term FROM temp.search_fts_vocab")
    finally:
        c.execute("DROP TABLE temp.search_fts_vocab")


def prune(c: Connection) -> None:
    """Drop every listed word that no full-text entry holds any more (after a case is
    deleted: none of its words may stay in the store). One look-up of each word in
    the index, lazily: no list is read whole."""
    c.execute(f"DELETE FROM search_terms WHERE {_UNUSED}")


_UNUSED = ("NOT EXISTS (SELECT 1 FROM search_fts "
           "WHERE search_fts MATCH '\"' || search_terms.term || '\"')")
"""A listed word no full-text entry holds: one lazy look-up of the word."""


def words_starting(conn: Connection, prefix: str, limit: int = MAX_TERMS + 1) -> list[str]:
    """The listed words that start with `prefix` (plain letters and digits), in order,
    at most `limit`."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return [r[0] for r in conn.execute(
        "SELECT term FROM search_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?",
        (prefix, upper, int(limit)))]


def word_query(conn: Connection, word: str) -> str:
    """One typed word (folded, no '"') as an FTS5 expression matching every word that
    starts with it: a prefix when it is short, unusual or starts too many words,
    otherwise the words it starts, each read lazily."""
    prefix = f'"{word}"*'
    if len(word) <= PREFIX_INDEXED or not _PLAIN.fullmatch(word):
        return prefix
    terms = words_starting(conn, word)
    if not terms or len(terms) > MAX_TERMS:
        # None: nothing starts so (the prefix's merge then reads nothing either).
        return prefix
    return "(" + " OR ".join(f'"{t}"' for t in terms) + ")"


def _with_words_of(c: Connection, texts: Iterable[str], statement: str) -> None:
    # The words of `texts`, as FTS5 splits and folds them, are the probe's
    # vocabulary (`temp.term_probe_vocab`) while `statement` runs; then it is emptied.
    rows = [(text,) for text in texts if text]
    if not rows:
        return
    _ensure_probe(c)
    c.executemany("INSERT INTO temp.term_probe(x) VALUES (?)", rows)
    c.execute(statement)
    c.execute("INSERT INTO temp.term_probe(term_probe) VALUES ('delete-all')")


def _ensure_probe(c: Connection) -> None:
    # In the connection's temp schema (memory): made once per connection.
    if c.execute("SELECT 1 FROM temp.sqlite_master WHERE name = 'term_probe'").fetchone():
        return
    c.execute("CREATE VIRTUAL TABLE temp.term_probe USING fts5("
              f"x, content = '', tokenize = '{_TOKENIZER}')")
    c.execute("CREATE VIRTUAL TABLE temp.term_probe_vocab USING fts5vocab(temp, term_probe, row)")


def match_query(conn: Connection, text: str) -> str | None:
    """`index.fts_query`'s query (every typed word as a word start), with each word
    past the prefix indexes asked as the words it starts (`word_query`): the same
    matches, read newest first and stopped at the LIMIT. None when nothing
    searchable is left."""
    words = [word_query(conn, word) for word in query_words(text)]
    return " AND ".join(words) if words else None
