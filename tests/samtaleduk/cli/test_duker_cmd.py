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
    for line in ("familie  (versjon 2", "individuell  (versjon 1",
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


# --- issue 14: rules across files and keys in `duker check` ----------------------

def _familie() -> str:
    return (builtin_duker_dir() / "familie.toml").read_text("utf-8")


def _two_with_one_id(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    a, b = folder / "familie_a.toml", folder / "familie_b.toml"
    a.write_text(_familie().replace("\nversion = 2", "\nversion = 3", 1), "utf-8")
    b.write_text(_familie().replace("\nversion = 2", "\nversion = 4", 1), "utf-8")
    return a, b


def _line(path: Path, needle: str) -> int:
    return next(n for n, t in enumerate(path.read_text("utf-8").splitlines(), 1) if needle in t)


def test_check_one_of_two_files_with_one_id_names_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, _ = _two_with_one_id(tmp_path / "duker")
    assert main(["duker", "check", str(a)]) == 1
    captured = capsys.readouterr()
    assert "i orden" not in captured.out
    line = _line(a, 'id = "familie"')
    assert captured.err.strip() == (
        f"samtaleduk: familie_a.toml, linje {line}, felt «id»: id-en «familie» står i 2 filer "
        "i same mappe (familie_a.toml og familie_b.toml); ingen av dei vert brukt før berre "
        "éi fil har denne id-en. Gje dei andre filene ein ny id, eller flytt dei ut av mappa "
        "(ingen møte vert endra)")


def test_check_the_folder_reports_both_files_and_passes_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "duker"
    _two_with_one_id(folder)
    shutil.copy(builtin_duker_dir() / "individuell.toml", folder / "individuell.toml")
    assert main(["duker", "check", str(folder)]) == 1
    captured = capsys.readouterr()
    assert "individuell.toml: i orden" in captured.out
    assert "familie_a.toml: i orden" not in captured.out
    assert "familie_b.toml: i orden" not in captured.out
    errors = captured.err.strip().splitlines()
    assert [e.split(",")[0] for e in errors] == ["samtaleduk: familie_a.toml",
                                                 "samtaleduk: familie_b.toml"]


def test_check_a_good_folder_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "duker"
    folder.mkdir()
    for name in ("familie.toml", "individuell.toml"):
        shutil.copy(builtin_duker_dir() / name, folder / name)
    assert main(["duker", "check", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "familie.toml: i orden" in out and "individuell.toml: i orden" in out


def test_check_an_empty_folder_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["duker", "check", str(tmp_path)]) == 1
    assert "ingen dukfiler" in capsys.readouterr().err


def test_check_refuses_a_field_id_equal_to_a_domain_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "min.toml"
    path.write_text(_familie().replace('id = "rus"', 'id = "viktig"', 1), "utf-8")
    assert main(["duker", "check", str(path)]) == 1
    err = capsys.readouterr().err
    line = _line(path, 'id = "viktig"')  # the domain's line comes first …
    assert f"min.toml, linje {line}, " not in err  # … the field's own line is named
    assert "felt «fields[viktig].id»: feltet har same id som livsområdet «viktig»" in err


def test_check_reports_a_label_colour_under_4_5_to_1_with_line_field_and_ratio(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mork.toml"
    path.write_text(_familie().replace('colour = "#FCF3D9"', 'colour = "#4A5A6A"', 1), "utf-8")
    assert main(["duker", "check", str(path)]) == 1
    captured = capsys.readouterr()
    line = _line(path, 'colour = "#4A5A6A"')
    assert (f"samtaleduk: åtvaring: mork.toml, linje {line}, felt «fields[viktig].colour»: "
            "overskrifta til feltet (`colours.heading`) #2F4858 mot feltfargen #4A5A6A har "
            "kontrast 1,35:1, men må ha minst 4,5:1 (WCAG 2.1 AA)") in captured.err
    assert "i orden" not in captured.out
    assert "mork.toml: kan brukast" in captured.out


def test_check_a_draft_elsewhere_warns_of_a_file_with_its_id_in_the_users_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A draft checked before it is copied in: placed beside the user's own file with
    the same id, neither would be used. Said before it happens."""
    data = tmp_path / "data"
    user = data / "duker"
    user.mkdir(parents=True)
    (user / "familie_v2.toml").write_text(
        _familie().replace("\nversion = 2", "\nversion = 3", 1), "utf-8")
    draft = tmp_path / "utkast" / "familie_v3.toml"
    draft.parent.mkdir()
    draft.write_text(_familie().replace("\nversion = 2", "\nversion = 4", 1), "utf-8")
    assert main(["--data-dir", str(data), "duker", "check", str(draft)]) == 1
    captured = capsys.readouterr()
    line = _line(draft, 'id = "familie"')
    assert (f"samtaleduk: åtvaring: familie_v3.toml, linje {line}, felt «id»: dukmappa di har "
            "alt ei fil med id-en «familie» (familie_v2.toml)") in captured.err
    assert "erstatt den fila" in captured.err
    assert "familie_v3.toml: kan brukast" in captured.out
