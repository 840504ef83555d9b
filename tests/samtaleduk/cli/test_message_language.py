"""The command line renders the engine's messages in `--lang`, else SAMTALEDUK_LANG,
else the system locale (issue 18)."""

from __future__ import annotations

from pathlib import Path

import pytest

from samtaleduk.cli import choose_language, main

NO_STORE = {
    "nn": "Det finst ikkje noko lager i",
    "nb": "Det finnes ikke noe lager i",
    "en": "There is no store in",
}


def _error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("samtaleduk: "), err
    return err


def _no_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SAMTALEDUK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("lang", ["nn", "nb", "en"])
def test_lang_option_chooses_the_language_of_an_error(
        lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = _error(capsys, "--lang", lang, "--data-dir", str(tmp_path), "restore", "x.db")
    assert NO_STORE[lang] in err
    assert all(other not in err for key, other in NO_STORE.items() if key != lang)


def test_lang_option_beats_the_locale(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _no_locale(monkeypatch)
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    err = _error(capsys, "--lang=en", "--data-dir", str(tmp_path), "restore", "x.db")
    assert NO_STORE["en"] in err


@pytest.mark.parametrize(("env", "lang"), [
    ({"LANG": "nb_NO.UTF-8"}, "nb"),
    ({"LANG": "nn_NO.UTF-8"}, "nn"),
    ({"LANG": "no_NO.UTF-8"}, "nn"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANG": "sv_SE.UTF-8"}, "en"),
    ({"LANG": "C.UTF-8"}, "nn"),
    ({"LC_ALL": "en_US.UTF-8", "LANG": "nb_NO.UTF-8"}, "en"),
    ({"LC_MESSAGES": "nb_NO.UTF-8", "LANG": "en_US.UTF-8"}, "nb"),
    ({"SAMTALEDUK_LANG": "nb", "LANG": "en_US.UTF-8"}, "nb"),
])
def test_the_system_locale_chooses_the_language(
        env: dict[str, str], lang: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _no_locale(monkeypatch)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    err = _error(capsys, "--data-dir", str(tmp_path), "restore", "x.db")
    assert NO_STORE[lang] in err, err


def test_a_commands_own_lang_option_is_not_the_message_language() -> None:
    # `case new --lang nb` is the case's language, not the language of the messages.
    assert choose_language(["case", "new", "--lang", "nb"], {}) == "nn"
    assert choose_language(["--data-dir", "d", "--lang", "en", "case", "new", "--lang", "nb"],
                           {}) == "en"
    assert choose_language(["--lang", "xx"], {"LANG": "nb_NO.UTF-8"}) == "nb"


def test_bokmal_from_the_locale_in_a_real_process(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items()
           if k not in ("SAMTALEDUK_LANG", "LC_ALL", "LC_MESSAGES", "LANG")}
    env["LANG"] = "nb_NO.UTF-8"
    done = subprocess.run([sys.executable, "-m", "samtaleduk", "--data-dir", str(tmp_path),
                           "restore", "x.db"], env=env, capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).resolve().parents[3])
    assert done.returncode == 1
    assert done.stderr.startswith(f"samtaleduk: {NO_STORE['nb']}"), done.stderr
