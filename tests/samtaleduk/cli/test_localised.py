"""The command line speaks `--lang` (else SAMTALEDUK_LANG, else the locale): argparse's
own words, the help of the program and its commands, its errors and a command's
output, in nynorsk, bokmål and English, with no word of another language (issue 18,
point 8)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from samtaleduk.cli import main
from samtaleduk.cli.localised import translated

ENGLISH = ("usage:", "error:", "the following arguments", "show this help", "options:",
           "positional arguments", "invalid choice", "unrecognized", "COMMAND")
WRONG_WORDS = {
    # Words that are only the other languages' (whole words, any case).
    "nn": {"ikke", "hva", "hvordan", "fra", "saken", "dukene", "mappen", "lagret", "et",
           "the", "and", "show", "usage", "error", "options", "folder", "hjelpen", "bare",
           "velg", "nå", "ennå"},
    "nb": {"ikkje", "kva", "korleis", "frå", "saka", "dukane", "mappa", "lagra", "eit",
           "ein", "berre", "vel", "no", "enno", "hjelpa", "the", "and", "show", "usage",
           "error", "options", "folder"},
    "en": {"ikkje", "ikke", "og", "frå", "fra", "vis", "sak", "saka", "saken", "bruk",
           "feil", "val", "valg", "mappe", "mappa", "mappen", "hjelpa", "hjelpen", "dukane",
           "dukene", "eller", "elles", "ellers", "lag", "sjekk", "argument", "argumenter",
           "kommando"},
}


def _wrong_words(text: str, lang: str) -> set[str]:
    # Option names, environment variables, quoted commands and the commands listed
    # in a help (two spaces in, then the command's name) are code, not words.
    prose = re.sub(r"--?[\w-]+|\S+\.toml|«[^»]*»|\b[A-Z_]{2,}\b|samtaleduk \w+|^ {2,4}[a-z]+\b",
                   " ", text, flags=re.MULTILINE)
    return {w for w in re.findall(r"[^\W\d_]+", prose) if w.lower() in WRONG_WORDS[lang]}


HELP_STARTS = {"nn": ("bruk: samtaleduk", "vis denne hjelpa og avslutt", "val:"),
               "nb": ("bruk: samtaleduk", "vis denne hjelpen og avslutt", "valg:"),
               "en": ("usage: samtaleduk", "show this help message and exit", "options:")}


@pytest.mark.parametrize("lang", ["nn", "nb", "en"])
def test_the_programs_help_is_in_the_chosen_language(
        lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", lang, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    usage, help_line, options = HELP_STARTS[lang]
    assert out.startswith(usage) and help_line in out and options in out
    assert not _wrong_words(out, lang), (_wrong_words(out, lang), out)
    if lang != "en":
        assert not any(word in out for word in ENGLISH), out


@pytest.mark.parametrize("lang", ["nn", "nb", "en"])
def test_a_commands_help_follows_samtaleduk_lang(
        lang: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMTALEDUK_LANG", lang)
    with pytest.raises(SystemExit):
        main(["case", "new", "--help"])
    out = capsys.readouterr().out
    assert out.startswith(HELP_STARTS[lang][0] + " case new")
    assert not _wrong_words(out, lang), (_wrong_words(out, lang), out)


MISSING = {"nn": "samtaleduk case new: feil: desse argumenta manglar: --name, --duk",
           "nb": "samtaleduk case new: feil: disse argumentene mangler: --name, --duk",
           "en": "samtaleduk case new: error: the following arguments are required: "
                 "--name, --duk"}


@pytest.mark.parametrize("lang", ["nn", "nb", "en"])
def test_a_missing_argument_is_said_in_the_chosen_language(
        lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", lang, "case", "new"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(HELP_STARTS[lang][0] + " case new")
    assert err.strip().endswith(MISSING[lang])
    assert not _wrong_words(err, lang), err


CHECKED = {"nn": "god.toml: i orden — «Samtaleduk familielosen» (familie, versjon 2, 12 felt)",
           "nb": "god.toml: i orden — «Samtaleduk familielosen» (familie, versjon 2, 12 felt)",
           "en": "god.toml: all right — «Conversation canvas: family team» (familie, "
                 "version 2, 12 fields)"}


@pytest.mark.parametrize("lang", ["nn", "nb", "en"])
def test_duker_check_says_its_findings_in_the_chosen_language(
        lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from samtaleduk.paths import builtin_duker_dir

    good = tmp_path / "god.toml"
    good.write_text((builtin_duker_dir() / "familie.toml").read_text("utf-8"), "utf-8")
    broken = tmp_path / "feil.toml"
    broken.write_text(good.read_text("utf-8").replace("[grid]", "[grid]\nrader = 3", 1),
                      "utf-8")
    assert main(["--lang", lang, "duker", "check", str(good)]) == 0
    out = capsys.readouterr().out
    assert out.strip() == CHECKED[lang]
    assert main(["--lang", lang, "duker", "check", str(broken)]) == 1
    err = capsys.readouterr().err
    assert err.startswith({"nn": "samtaleduk: feil.toml, linje ", "nb": "samtaleduk: feil.toml, "
                           "linje ", "en": "samtaleduk: feil.toml, line "}[lang])
    assert "«grid.rader»" in err  # the file's own word, as written
    assert not _wrong_words(err, lang), err


def test_argparse_messages_in_each_language() -> None:
    assert translated("unrecognized arguments: --x", "nn") == "ukjende argument: --x"
    assert translated("unrecognized arguments: --x", "nb") == "ukjente argumenter: --x"
    assert translated("unrecognized arguments: --x", "en") == "unrecognized arguments: --x"
    assert translated("argument --lang: invalid choice: 'xx' (choose from 'nn', 'nb')",
                      "nn") == "argumentet --lang: ugyldig val: 'xx' (vel mellom 'nn', 'nb')"
    assert translated("argument --n: invalid int value: 'x'", "nb") == \
        "argumentet --n: ugyldig verdi: 'x'"


@pytest.mark.parametrize("lang", ["nn", "nb", "en"])
def test_restore_names_no_english_folder(lang: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """The backups and the stores put aside are named as the GUI names them, not by
    their folders' English names (issue 18, point 7)."""
    with pytest.raises(SystemExit):
        main(["--lang", lang, "restore", "--help"])
    out = capsys.readouterr().out
    assert not re.search(r"\b(backups|aside)\b", out), out
    assert {"nn": "tryggingskopi", "nb": "sikkerhetskopi", "en": "backup"}[lang] in out


SUBCOMMANDS = {"duker": ("list", "check"), "case": ("new", "delete"), "meeting": ("new",),
               "recovery": ("keygen", "enable", "unwrap", "status", "reprotect")}


def _every_command() -> list[tuple[str, ...]]:
    from samtaleduk.cli import COMMANDS

    return [(name, *([sub] if sub else [])) for name in sorted(COMMANDS)
            for sub in SUBCOMMANDS.get(name, (None,))]


@pytest.mark.parametrize("lang", ["nn", "nb", "en"])
def test_every_commands_help_is_in_the_chosen_language(
        lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    found = {}
    for command in _every_command():
        with pytest.raises(SystemExit):
            main(["--lang", lang, *command, "--help"])
        out = capsys.readouterr().out
        assert out.startswith(HELP_STARTS[lang][0]), out
        if _wrong_words(out, lang):
            found[" ".join(command)] = sorted(_wrong_words(out, lang))
    assert not found, found


@pytest.mark.parametrize(("lang", "words"), [
    ("nn", "argumentet --date: «2026-13-01» er ikkje ein dato på forma ÅÅÅÅ-MM-DD"),
    ("nb", "argumentet --date: «2026-13-01» er ikke en dato på formen ÅÅÅÅ-MM-DD"),
    ("en", "argument --date: «2026-13-01» is not a date of the form YYYY-MM-DD")])
def test_a_wrong_date_is_said_in_the_chosen_language(
        lang: str, words: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", lang, "meeting", "new", "1a2b", "--date", "2026-13-01"])
    assert done.value.code == 2
    assert capsys.readouterr().err.strip().endswith(words)


def test_the_audit_log_is_listed_in_the_chosen_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from samtaleduk.store.store import Store
    from samtaleduk.trust.keyfile import FAST_KDF
    from tests.conftest import TEST_PASSPHRASE

    Store.create(tmp_path, TEST_PASSPHRASE, FAST_KDF).close()
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", TEST_PASSPHRASE)
    said = {}
    for lang in ("nn", "nb", "en"):
        assert main(["--lang", lang, "--data-dir", str(tmp_path), "audit"]) == 0
        said[lang] = capsys.readouterr().out
    assert "lageret vart oppretta" in said["nn"]
    assert "lageret ble opprettet" in said["nb"]
    assert "the store was created" in said["en"]
    assert not _wrong_words(said["en"], "en"), said["en"]


@pytest.mark.parametrize("lang", ["nn", "nb", "en"])
def test_every_broken_duk_is_explained_in_the_chosen_language(
        lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The corpus of broken duk files: each named with its problem in `lang` (the
    file's own words are quoted «…» and not counted)."""
    broken = Path(__file__).parents[2] / "fixtures" / "broken_duker"
    assert main(["--lang", lang, "duker", "check", str(broken)]) == 1
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert len(lines) == len(list(broken.glob("*.toml")))
    assert all(line.startswith("samtaleduk: ") for line in lines)
    assert not _wrong_words(err, lang), (_wrong_words(err, lang), err)
