"""What the CLI commands share: where the passphrase comes from, and what a
script is told when there is no terminal to ask in."""

from __future__ import annotations

from pathlib import Path

import pytest

from samtaleduk.cli import common, main
from samtaleduk.errors import UserError
from samtaleduk.store.store import FAST_KDF, Store
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.trust.trust_support import marked_case

_VARS = ("SAMTALEDUK_PASSPHRASE", "SAMTALEDUK_NEW_PASSPHRASE",
         "SAMTALEDUK_FILE_PASSPHRASE", "SAMTALEDUK_RECOVERY_PASSPHRASE")


@pytest.fixture
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """A script: no terminal and none of the passphrase variables set."""
    monkeypatch.setattr(common, "interactive", lambda: False)
    for name in _VARS:
        monkeypatch.delenv(name, raising=False)


def test_the_environment_wins_over_the_prompt(monkeypatch: pytest.MonkeyPatch,
                                              no_terminal: None) -> None:
    monkeypatch.setenv("SAMTALEDUK_FILE_PASSPHRASE", "fil-passordfrase-123")
    assert common.passphrase_from_env_or_prompt(
        env="SAMTALEDUK_FILE_PASSPHRASE") == "fil-passordfrase-123"


@pytest.mark.parametrize("env", _VARS)
def test_without_a_terminal_the_hint_names_the_variable_consulted(
        env: str, no_terminal: None) -> None:
    with pytest.raises(UserError) as caught:
        common.passphrase_from_env_or_prompt(env=env)
    message = str(caught.value)
    assert message.endswith(f"set {env}.")
    assert [v for v in _VARS if v in message] == [env]


def test_the_store_passphrase_is_the_default_hint(no_terminal: None) -> None:
    with pytest.raises(UserError, match="set SAMTALEDUK_PASSPHRASE\\.$"):
        common.prompt_passphrase()


def test_export_without_a_file_passphrase_names_its_variable(
        _isolated_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], no_terminal: None) -> None:
    with Store.create(_isolated_data_dir, TEST_PASSPHRASE, FAST_KDF) as store:
        case = marked_case(store, "Klimerkesen", meetings=1)
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", TEST_PASSPHRASE)
    out_file = tmp_path / "overlevering.samtaleduk"
    code = main(["export", str(case.id)[:8], "--out", str(out_file)])
    err = capsys.readouterr().err
    assert code == 1 and not out_file.exists()
    assert "SAMTALEDUK_FILE_PASSPHRASE" in err and "set SAMTALEDUK_PASSPHRASE" not in err
