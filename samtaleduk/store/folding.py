"""How search spells what it finds: lower case and plain letters, so that a person
typing without ø, æ, å, ŋ, đ or accents finds what was written with them.

Kept apart from the search index's writers (`index`) so that the schema's migration
can use it without importing the store's modules."""

from __future__ import annotations

import unicodedata

_PLAIN_LETTERS = str.maketrans({
    "ø": "o", "æ": "ae", "œ": "oe", "ŋ": "n", "đ": "d", "ð": "d", "ŧ": "t", "ǥ": "g",
    "ʒ": "z", "ł": "l", "þ": "th", "ı": "i",
})
"""Letters that are not a plain letter plus an accent, so Unicode cannot take the
accent off: each is written with the plain letter(s) a person types without it."""
NAME_KINDS = frozenset({"case_name", "member"})
"""Search entries that name a case: found before anything written in a meeting."""


def fold(text: str) -> str:
    """`text` as it is searched: lower case, with every letter a person may type
    without its accent or stroke in plain letters ("Ødegård" → "odegard", "Ŋuolja" →
    "nuolja", "čáhppes" → "cahppes"), so the plain spelling finds it."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_PLAIN_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def query_words(text: str) -> list[str]:
    """The words of what the user typed, folded, each safe inside an FTS5 string
    (no '"'), without those that hold nothing searchable."""
    words = []
    for raw in fold(text).split():
        word = raw.replace('"', " ").strip()
        if any(ch.isalnum() for ch in word):
            words.append(word)
    return words


def search_columns(kind: str, text: str) -> tuple[str, str, str]:
    """The full-text row of an entry: (text as written, folded text of a meeting
    entry, folded text of a name), so that names can be asked for on their own."""
    folded = fold(text)
    return (text, "", folded) if kind in NAME_KINDS else (text, folded, "")


_NORWEGIAN_TAIL = str.maketrans({"æ": "z\x01", "ø": "z\x02", "å": "z\x03"})


def sort_key(name: str) -> str:
    """A sort key that puts æ, ø, å after z, as a Norwegian reader expects. Stored
    as `cases.name_sort_key` (schema 8): a change here needs a migration."""
    return name.casefold().translate(_NORWEGIAN_TAIL)
