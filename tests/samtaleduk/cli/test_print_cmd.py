"""`samtaleduk print`, run in-process through main() against a store with the demo."""

from __future__ import annotations

from pathlib import Path

import pytest

from samtaleduk.cli import main
from samtaleduk.domain.demo import demo_cases
from samtaleduk.store.store import FAST_KDF, Store
from samtaleduk.templates.loading import load_all
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.printing.pdfcheck import flat, page_sizes

HAUGLAND = "40db8455"


@pytest.fixture
def demo_store(_isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fast store holding the two demo cases; the passphrase in the environment."""
    templates = load_all()
    with Store.create(_isolated_data_dir, TEST_PASSPHRASE, FAST_KDF) as store:
        for case, meetings in demo_cases():
            store.save_case(case)
            for meeting in meetings:
                store.save_meeting(meeting, templates.get(meeting.template_id))
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", TEST_PASSPHRASE)
    return _isolated_data_dir


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_print_duk_of_a_chosen_meeting(demo_store: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "duk.pdf"
    code, stdout, err = _run(capsys, "print", HAUGLAND, "--meeting", "1", "--paper", "a4",
                             "--lang", "nb", "--leave-out", "rus", "psykisk_helse", "--out",
                             str(out))
    assert code == 0, err
    assert str(out) in stdout
    text = flat(out)
    assert "Navnene våre er" in text and "Møte 1 · 14.01.2026" in text
    assert "Utelatt på denne utskriften: Rus, Psykisk helse" in text
    assert "Sara søv dårleg" not in text
    assert page_sizes(out)[0][0] > page_sizes(out)[0][1]


@pytest.mark.parametrize(("what", "expected"), [
    ("evaluation", "Evaluering: møte 2 og møte 3"),
    ("actions", "Kven gjer kva til neste gong"),
    ("journey", "Saka frå første møte til no"),
])
def test_print_reports(what: str, expected: str, demo_store: Path, tmp_path: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"{what}.pdf"
    code, _, err = _run(capsys, "print", HAUGLAND, "--what", what, "--out", str(out))
    assert code == 0, err
    assert expected in flat(out)


def test_print_blank_needs_no_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "tom.pdf"
    code, _, err = _run(capsys, "print", "--blank", "individuell", "--out", str(out))
    assert code == 0, err
    assert "Namnet mitt er" in flat(out)


@pytest.mark.parametrize("argv", [
    ["print", HAUGLAND, "--meeting", "9"],
    ["print", HAUGLAND, "--what", "evaluation", "--meeting", "1"],
    ["print", HAUGLAND, "--leave-out", "ukjent"],
    ["print", "--blank", "finst_ikkje"],
    ["print"],
])
def test_print_errors_are_one_line_and_write_nothing(argv: list[str], demo_store: Path,
                                                     tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "ut"
    folder.mkdir()
    code, _, err = _run(capsys, *argv, "--out", str(folder / "x.pdf"))
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert list(folder.iterdir()) == []
