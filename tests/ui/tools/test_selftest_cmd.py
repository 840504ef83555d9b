"""`samtaleduk selftest` in-process: ok on a working checkout, one plain line on failure,
and no data left behind either way."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from samtaleduk import paths
from samtaleduk.trust.crypto_provider import read_versions
from ui.main import main
from ui.tools import selftest_cmd


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the self-test makes its temporary folder, to check that it is removed."""
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


def test_selftest_says_what_it_checked_in_the_chosen_language(
        temp_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "selftest"]) == 0
    out = capsys.readouterr().out.strip()
    assert "2 duker drawn" in out and "font with Sami letters" in out
    assert "temporary folder removed" in out
    assert not {"ikkje", "ikke", "teikna", "tegnet", "mappe", "skrift"} & set(out.split())


def test_selftest_passes_and_leaves_nothing_behind(
        temp_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"  # the user's (test) data folder: never touched
    assert main(["selftest"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("samtaleduk selftest: ok (")
    assert "2 dukar teikna" in out and "QtPdf" in out and "samiske bokstavar" in out
    # The OpenSSL bundled in sqlcipher3 is named, so IT sees which one runs here.
    assert f"({read_versions().summary()})" in out and "OpenSSL " in out
    assert list(temp_root.iterdir()) == []
    assert not data.exists()


def test_keep_copies_the_drawn_duker_and_pdfs(temp_root: Path, tmp_path: Path) -> None:
    keep = tmp_path / "kept"
    assert main(["selftest", "--keep", str(keep)]) == 0
    names = sorted(p.name for p in keep.iterdir())
    assert names == ["duk-familie.pdf", "duk-familie.png",
                     "duk-individuell.pdf", "duk-individuell.png"]
    assert all((keep / n).stat().st_size > 1000 for n in names)
    assert list(temp_root.iterdir()) == []


def test_missing_font_fails_with_one_line(
        temp_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(paths, "font_path", lambda bold=False: tmp_path / "gone.ttf")
    assert main(["selftest"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "samtaleduk selftest: FEIL: fann ikkje den innebygde skrifta gone.ttf"
    assert list(temp_root.iterdir()) == []


def test_broken_pdf_fails_with_one_line(
        temp_root: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    def empty_pdf(meeting: object, case: object, template: object, out: Path) -> Path:
        out.write_bytes(b"%PDF-1.4\n")
        return out

    monkeypatch.setattr(selftest_cmd, "print_duk", empty_pdf)
    assert main(["selftest"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "PDF-en av duken" in err and "tom eller øydelagd" in err
    assert list(temp_root.iterdir()) == []


def test_unexpected_crash_is_one_line_not_a_traceback(
        temp_root: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    def crash() -> list[object]:
        raise OSError("disken er full\nandre linje")

    monkeypatch.setattr(selftest_cmd, "demo_cases", crash)
    assert main(["selftest"]) == 1
    err = capsys.readouterr().err
    assert err == "samtaleduk selftest: FEIL: OSError: disken er full\n"
    assert list(temp_root.iterdir()) == []


def test_missing_user_guide_fails_with_one_line(
        temp_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import ui.dialogs.help

    monkeypatch.setattr(ui.dialogs.help, "guide_dir", lambda: tmp_path / "no-docs")
    assert main(["selftest"]) == 1
    err = capsys.readouterr().err
    assert err == "samtaleduk selftest: FEIL: brukarrettleiinga rettleiing-nn.md manglar\n"
    assert list(temp_root.iterdir()) == []
