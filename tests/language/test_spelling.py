"""Issue 18: a spell check with Debian's hunspell dictionaries (hunspell-no) over the
nynorsk and bokmål translations, the built-in duker, the engine's words and messages
(samtaleduk/messages, the prints', letters', overview's and pilot report's words) and the
user guides, failing on a bokmål form in nynorsk text and the other way round.

Without hunspell or its dictionaries these tests FAIL (scripts/setup.sh installs
them): a skipped language check would let the slips back in unseen.
"""

from __future__ import annotations

import re

import pytest

from tests.language import hunspell, spelling
from tests.language.texts import Text, all_texts, words


def test_hunspell_and_the_norwegian_dictionaries_are_installed() -> None:
    assert hunspell.available("nn_NO", "nb_NO"), hunspell.MISSING


@pytest.mark.parametrize("lang", ["nn", "nb"])
def test_translations_duker_and_guides_are_spelt_in_their_own_language(lang: str) -> None:
    report = spelling.check(lang, all_texts(lang), spelling.accepted_words(lang))
    if report.slips or report.unknown:
        pytest.fail(report.message(), pytrace=False)


@pytest.mark.parametrize(("lang", "slip"), [("nn", "ikke"), ("nn", "hva"),
                                            ("nn", "hvordan"), ("nb", "ikkje"),
                                            ("nb", "korleis"), ("nb", "kva")])
def test_a_form_of_the_other_language_is_a_slip(lang: str, slip: str) -> None:
    text = Text("test.ts: «x»", f"Dette er {slip} rett")
    report = spelling.check(lang, [text], spelling.accepted_words(lang))
    assert set(report.slips) == {slip} and report.unknown == {}
    assert "test.ts" in report.message()


def test_a_word_neither_dictionary_knows_is_reported() -> None:
    report = spelling.check("nn", [Text("a.md, line 1", "Dette er ordxyzq")], set())
    assert set(report.unknown) == {"ordxyzq"} and not report.slips


@pytest.mark.parametrize("lang", ["nn", "nb"])
def test_every_accepted_word_is_needed(lang: str) -> None:
    """The accepted list stays small: a word hunspell knows anyway, or one no text
    uses any more, is taken off it."""
    accepted = spelling.accepted_words(lang)
    used = {w.lower() for t in all_texts(lang) for w in words(t.text)}
    unused = accepted - used
    known = accepted - hunspell.unknown_words(accepted, spelling.DICTIONARY[lang])
    assert not unused and not known, (
        f"take these off resources/spelling/accepted_{lang}.txt: "
        f"not used {sorted(unused)}, known to hunspell {sorted(known)}")


def test_every_message_catalogue_is_read_by_these_checks() -> None:
    """A catalogue module left off `PRINT_WORD_MODULES` would go unchecked in silence."""
    from tests.language.texts import PRINT_WORD_MODULES, ROOT

    catalogues = {f"samtaleduk.messages.{path.stem}"
                  for path in (ROOT / "samtaleduk" / "messages").glob("catalogue_*.py")}
    assert catalogues, "no catalogue module found"
    assert sorted(catalogues - set(PRINT_WORD_MODULES)) == []


def test_the_english_texts_hold_no_norwegian_word() -> None:
    """No English dictionary is installed; a Norwegian word left in the English
    catalogue, duker or prints still shows by its letters or by being one of the
    commonest Norwegian words. The languages' own names are kept as they are."""
    from tests.language.texts import catalogue_texts, duk_texts, print_texts

    common = {"ikkje", "ikke", "og", "frå", "fra", "kva", "hva", "saka", "saken", "møte",
              "eller", "ein", "en", "ei", "det", "som", "er", "til", "med"}
    found = sorted({f"{t.where}: {w}"
                    for t in [*catalogue_texts("en"), *duk_texts("en"), *print_texts("en")]
                    for w in words(t.text)
                    if w != "Bokmål" and (re.search("[æøå]", w, re.I) or w.lower() in common)})
    assert not found, "\n".join(found)
