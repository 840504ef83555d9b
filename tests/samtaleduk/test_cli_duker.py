"""`samtaleduk duker list|check` through the command line's own entry point."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from samtaleduk.cli import main
from samtaleduk.paths import builtin_duker_dir


def test_list_shows_both_duker_in_nynorsk_and_bokmal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["duker", "list"]) == 0
    out = capsys.readouterr().out
    for line in ("familie  (versjon 1", "individuell  (versjon 1",
                 "nn: Samtaleduk familielosen", "nb: Samtaleduk familielosen",
                 "nn: Samtaleduk første samtale", "nb: Samtaleduk første samtale"):
        assert line in out


def test_list_json_is_data(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["duker", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    by_id = {d["id"]: d for d in data["duker"]}
    assert set(by_id) == {"familie", "individuell"}
    assert by_id["familie"]["case_kind"] == "family"
    assert by_id["individuell"]["name"]["nn"] == "Samtaleduk første samtale"
    assert by_id["individuell"]["name"]["nb"]
    assert "vanskeleg" in by_id["familie"]["fields"]
    assert data["problems"] == []


def test_list_reports_a_broken_user_file_and_still_lists_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    user = tmp_path / "data" / "duker"
    user.mkdir(parents=True)
    (user / "tom.toml").write_bytes(b"")
    assert main(["--data-dir", str(tmp_path / "data"), "duker", "list"]) == 1
    out = capsys.readouterr().out
    assert "familie  (versjon" in out and "individuell  (versjon" in out
    assert "FEIL: tom.toml: fila er tom" in out


def test_check_a_broken_copy_exits_1_naming_file_field_and_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "min_familie.toml"
    text = (builtin_duker_dir() / "familie.toml").read_text("utf-8")
    path.write_text(text.replace('kind = "helpers"', 'kind = "hjelparar"'), "utf-8")
    assert main(["duker", "check", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    line = next(n for n, t in enumerate(path.read_text("utf-8").splitlines(), 1)
                if 'kind = "hjelparar"' in t)
    assert captured.err.strip() == (
        f"samtaleduk: min_familie.toml, linje {line}, felt «fields[hjelparar].kind»: "
        "«hjelparar» er ikkje ein kjend type; bruk ein av 'text', 'date', 'participants', "
        "'notes', 'goals', 'actions', 'helpers', 'consents' eller 'next_step'"
    )


def test_check_a_good_copy_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "individuell.toml"
    shutil.copy(builtin_duker_dir() / "individuell.toml", path)
    assert main(["duker", "check", str(path)]) == 0
    assert "individuell.toml: i orden" in capsys.readouterr().out


def test_check_a_missing_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["duker", "check", str(tmp_path / "borte.toml")]) == 1
    assert "borte.toml: fila finst ikkje" in capsys.readouterr().err
