"""Spell-checking the texts of one language with hunspell: every word is checked
against its own dictionary (nn_NO for nynorsk, nb_NO for bokmål); a word the own
dictionary rejects but the other accepts is a slip into the other language (the
classic: a bokmål form in nynorsk text). The repository's accepted words
(resources/spelling/accepted_{nn,nb}.txt: names, domain words and compounds the
dictionaries lack) are let through.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from tests.language import hunspell
from tests.language.texts import ROOT, Text, words

DICTIONARY = {"nn": "nn_NO", "nb": "nb_NO"}
OTHER = {"nn": "nb", "nb": "nn"}
ACCEPTED_DIR = ROOT / "resources" / "spelling"


def accepted_words(lang: str, folder: Path = ACCEPTED_DIR) -> set[str]:
    """The accepted words of `lang`, lower case (one a line; # starts a comment)."""
    path = folder / f"accepted_{lang}.txt"
    lines = (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return {line.lower() for line in lines if line}


def checked(word: str) -> bool:
    """Whether a word is for the dictionary: two letters or more, and not an acronym
    or a product name with capitals inside (PDF, SQLCipher)."""
    return len(word) > 1 and not any(c.isupper() for c in word[1:])


@dataclass
class Report:
    """What hunspell found in one language's texts: each word with where it stands."""

    lang: str
    slips: dict[str, list[str]] = field(default_factory=dict)
    """Words of the other language (its dictionary knows them, ours does not)."""
    unknown: dict[str, list[str]] = field(default_factory=dict)
    """Words neither dictionary knows and the accepted list does not hold."""

    def message(self) -> str:
        other = {"nn": "bokmål", "nb": "nynorsk"}[self.lang]
        lines = []
        if self.slips:
            lines.append(f"{other} forms in {self.lang} text:")
            lines += [f"  {w}: {', '.join(sorted(set(where))[:3])}" for w, where in
                      sorted(self.slips.items())]
        if self.unknown:
            lines.append(f"words {DICTIONARY[self.lang]} does not know (fix them, or add a "
                         f"correct one to resources/spelling/accepted_{self.lang}.txt):")
            lines += [f"  {w}: {', '.join(sorted(set(where))[:3])}" for w, where in
                      sorted(self.unknown.items())]
        return "\n".join(lines)


def check(lang: str, texts: list[Text], accepted: set[str]) -> Report:
    """Spell-check `texts` of `lang` (one hunspell process per dictionary)."""
    where: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        for word in words(text.text):
            if checked(word) and word.lower() not in accepted:
                where[word].append(text.where)
    rejected = hunspell.unknown_words(where, DICTIONARY[lang])
    of_other = rejected - hunspell.unknown_words(rejected, DICTIONARY[OTHER[lang]])
    return Report(lang,
                  slips={w: where[w] for w in of_other},
                  unknown={w: where[w] for w in rejected - of_other})
