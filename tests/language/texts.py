"""Everything a user reads in one language, gathered for the language checks
(spelling and the glossary): the translations in the `.ts` catalogues, the built-in
duker's texts, the prints' own words and the user guides.

Each piece is a `Text`: where it is (for the failure message) and the words a person
reads there. Markup a person does not read is left out: Qt's accelerator `&`,
`%1`/`%n` placeholders and HTML tags in translations; code blocks, inline code, link
targets and table rules in the guides.
"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
DUKER = ROOT / "duker"
GUIDES = ROOT / "docs" / "guide"

LANGUAGES = ("nn", "nb", "en")

GUIDE_FILES = {
    "nn": ("rettleiing-nn.md", "duk-format-nn.md"),
    "nb": ("veiledning-nb.md", "duk-format-nb.md"),
}
"""The user guides per language (English has none)."""

CATALOGUES = {
    "nn": ("samtaleduk_nn.ts", "qtdialogs_nn.ts"),
    "nb": ("samtaleduk_nb.ts", "qtdialogs_nb.ts"),
    "en": ("samtaleduk_en.ts",),
}


@dataclass(frozen=True)
class Text:
    """One piece of text a user reads: `where` names the file and place."""

    where: str
    text: str


COMMAND = re.compile(r"\bsamtaleduk(?:-cli)?(?: [a-z][a-z-]*){1,2}(?: [A-ZÆØÅ]+\b)?")
"""A command line quoted in a message ("samtaleduk duker check FIL"): code, not prose."""


def _translation_text(raw: str) -> str:
    text = COMMAND.sub(" ", raw)
    text = re.sub(r"<[^>]+>", " ", text)           # rich-text tags
    text = re.sub(r"%L?\d+|%n", " ", text)         # placeholders
    return re.sub(r"&(?=\w)", "", text)            # accelerators (&Lagra)


def catalogue_texts(lang: str, names: tuple[str, ...] | None = None) -> Iterator[Text]:
    """The finished translations of the `.ts` files of `lang`, one `Text` per form."""
    for name in names or CATALOGUES[lang]:
        root = ET.parse(I18N / name).getroot()
        for context in root.iter("context"):
            for message in context.iter("message"):
                tr = message.find("translation")
                if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                source = message.findtext("source") or ""
                forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
                for form in forms:
                    yield Text(f"{name}: «{source[:60]}»", _translation_text(form))


def _language_values(node: object, path: str, lang: str) -> Iterator[tuple[str, str]]:
    """Every value under the key `lang` in a dict of {nn, nb, en} in the TOML tree."""
    if isinstance(node, dict):
        if lang in node and isinstance(node[lang], str) and set(node) <= set(LANGUAGES):
            yield path, node[lang]
            return
        for key, value in node.items():
            yield from _language_values(value, f"{path}.{key}", lang)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            ident = value.get("id") if isinstance(value, dict) else None
            yield from _language_values(value, f"{path}[{ident or i}]", lang)


def duk_texts(lang: str) -> Iterator[Text]:
    """The texts of the built-in duker in `lang` (names, labels, help, life domains)."""
    for path in sorted(DUKER.glob("*.toml")):
        data = tomllib.loads(path.read_text("utf-8"))
        for where, value in _language_values(data, "", lang):
            yield Text(f"duker/{path.name}: {where.lstrip('.')}", value)


def _blank(match: re.Match[str]) -> str:
    """Code a person does not read as prose, blanked but for its line breaks."""
    return re.sub(r"[^\n]", " ", match.group(0))


PRINT_WORD_MODULES = (
    "samtaleduk.domain.vocab", "samtaleduk.printing.words",
    "samtaleduk.letters.words", "samtaleduk.overview.words", "samtaleduk.pilot.words",
    "samtaleduk.messages.catalogue_os", "samtaleduk.messages.catalogue_store",
    "samtaleduk.messages.catalogue_backup", "samtaleduk.messages.catalogue_trust",
    "samtaleduk.messages.catalogue_engine", "samtaleduk.messages.catalogue_cli",
    "samtaleduk.messages.catalogue_dukfile", "samtaleduk.messages.catalogue_cli_help",
    "samtaleduk.messages.catalogue_cli_out", "samtaleduk.messages.catalogue_cli_trust",
    "samtaleduk.messages.catalogue_cli_docs", "samtaleduk.messages.catalogue_audit",
    "samtaleduk.messages.catalogue_selftest",
)
"""The engine's fixed words in nn/nb/en: what a print, a letter, the overview, the
pilot report and the comparison say, and the engine's messages (errors, the command
line's words)."""
NOT_PROSE = frozenset({"_FILE_STEMS"})
"""Tables of those modules that are not read as prose: the letters' file-name stems
are ASCII ("motereferat-mote-3"), so that a file name travels anywhere."""
PATH = re.compile(r"(?<![\w/])(?:[\w.-]+/)+[\w.-]*")
"""A path in an engine message (scripts/setup.sh, resources/fonts): not prose."""


def print_texts(lang: str) -> Iterator[Text]:
    """The engine's own words in `lang` (every {nn, nb, en} dict in the modules of
    `PRINT_WORD_MODULES`), with their {placeholders} left out."""
    import importlib

    for name in PRINT_WORD_MODULES:
        module = importlib.import_module(name)
        for attr, value in sorted(vars(module).items()):
            if isinstance(value, dict) and attr not in NOT_PROSE:
                for where, text in _language_values(value, attr, lang):
                    prose = PATH.sub(" ", COMMAND.sub(" ", re.sub(r"\{\w*\}", " ", text)))
                    prose = re.sub(r"`[^`]*`", " ", prose)  # the duk file's keys: code
                    yield Text(f"{name}: {where}", prose)


def _guide_prose(markdown: str) -> Iterator[tuple[int, str]]:
    """The lines of a guide a person reads as prose, with their line numbers: code
    blocks, inline code (also across a line break), link targets, tags and addresses
    blanked out."""
    markdown = re.sub(r"^```.*?^```", _blank, markdown, flags=re.MULTILINE | re.DOTALL)
    markdown = re.sub(r"`[^`]*`", _blank, markdown)
    for number, line in enumerate(markdown.splitlines(), 1):
        if re.fullmatch(r"[\s|:-]*", line):
            continue
        line = re.sub(r"\]\([^)]*\)", "] ", line)              # link targets
        line = re.sub(r"<[^>]+>|https?://\S+", " ", line)      # tags, addresses
        yield number, line


def guide_texts(lang: str) -> Iterator[Text]:
    """The prose of the user guides in `lang`, one `Text` per line."""
    for name in GUIDE_FILES.get(lang, ()):
        for number, line in _guide_prose((GUIDES / name).read_text("utf-8")):
            yield Text(f"docs/guide/{name}, line {number}", line)


def all_texts(lang: str) -> list[Text]:
    """Everything checked in `lang`: the catalogues, the duker, the prints' words
    and the guides."""
    return [*catalogue_texts(lang), *duk_texts(lang), *print_texts(lang), *guide_texts(lang)]


WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
NOT_WORDS = re.compile(
    r"--?[\w-]+(?:=\S+)?"                           # command-line options (--what=minutes)
    r"|\*\.\w+"                                     # file patterns (*.pdf)
    r"|\b[\w-]+\.(?:key|db|toml|json|log|txt|pdf|ics|sh|py)\b"  # file names (samtaleduk.key)
    r"|(?<=\w)-(?:en|et|a|ar|ane|er|ene|ens)\b"     # an ending on a code or id (id-en)
)


def words(text: str) -> list[str]:
    """The words of `text` as a spell checker sees them: letters only (a hyphen or a
    slash splits), apostrophes kept inside a word; command-line options and endings
    hyphened onto a code (PDF-en, id-en) left out."""
    return WORD.findall(NOT_WORDS.sub(" ", text))
