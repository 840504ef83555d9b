"""The glossary of the domain's words (docs/glossary.toml): loading it, finding the
variants it forbids in a text, and rendering docs/glossary.md.

`python3 -m tests.language.glossary` writes docs/glossary.md again after an edit of
the TOML file (tests/language/test_glossary.py fails while it is stale).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from tests.language.texts import ROOT, Text

GLOSSARY = ROOT / "docs" / "glossary.toml"
RENDERED = ROOT / "docs" / "glossary.md"


@dataclass(frozen=True)
class Term:
    """One domain word: its forms in nn, nb and en and the variants not to use."""

    en: str
    nn: str
    nb: str
    forbidden: dict[str, tuple[str, ...]]
    note: str = ""


def load(path: Path = GLOSSARY) -> list[Term]:
    """The glossary's terms, in the file's order."""
    data = tomllib.loads(path.read_text("utf-8"))
    return [Term(en=t["en"], nn=t["nn"], nb=t["nb"], note=t.get("note", ""),
                 forbidden={lang: tuple(t.get(f"not_{lang}", ())) for lang in ("nn", "nb", "en")})
            for t in data["term"]]


def _pattern(variant: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in variant.split()]
    return re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])", re.IGNORECASE)


def forbidden_uses(terms: list[Term], lang: str, texts: list[Text]) -> list[str]:
    """Every use of a forbidden variant in `texts`, as "where: «variant» (use: …)"."""
    found = []
    for term in terms:
        for variant in term.forbidden.get(lang, ()):
            pattern = _pattern(variant)
            found.extend(f"{t.where}: «{variant}» (use: {getattr(term, lang)})"
                         for t in texts if pattern.search(t.text))
    return found


def render(terms: list[Term]) -> str:
    """docs/glossary.md: one table of the terms, then what not to write."""
    lines = [
        "# Glossary: Samtaleduk's words in nynorsk, bokmål and English",
        "",
        "Generated from [glossary.toml](glossary.toml) by `python3 -m tests.language.glossary`;",
        "edit the TOML file. The translations (`resources/i18n/*.ts`), the built-in duker, the",
        "prints' own words (`samtaleduk/domain/vocab.py`, `samtaleduk/printing/words.py`) and",
        "the user guides use only these forms; `tests/language/test_glossary.py` holds them to",
        "it, and `tests/language/test_spelling.py` spell-checks them with hunspell (`nn_NO`,",
        "`nb_NO`) and the accepted words in `resources/spelling/`.",
        "",
        "| English | Nynorsk | Bokmål | Not in nynorsk | Not in bokmål | Not in English |",
        "|---|---|---|---|---|---|",
    ]
    for t in terms:
        nots = [", ".join(t.forbidden[lang]) or "–" for lang in ("nn", "nb", "en")]
        lines.append(f"| {t.en} | {t.nn} | {t.nb} | {' | '.join(nots)} |")
    notes = [f"- **{t.en}**: {t.note}" for t in terms if t.note]
    if notes:
        lines += ["", "## Notes", "", *notes]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    RENDERED.write_text(render(load()), "utf-8")
    print(f"written: {RENDERED.relative_to(ROOT)}")
