"""`samtaleduk compare` on a store holding the demo family."""

from __future__ import annotations

import json

import pytest

from samtaleduk.cli import main
from samtaleduk.domain.demo import demo_cases
from samtaleduk.store.store import Store
from tests.conftest import TEST_PASSPHRASE


@pytest.fixture
def haugland(store: Store, monkeypatch: pytest.MonkeyPatch) -> str:
    """The demo cases saved in the test store; returns the family's id prefix."""
    for case, meetings in demo_cases():
        store.save_case(case)
        for meeting in meetings:
            store.save_meeting(meeting)
    store.close()
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", TEST_PASSPHRASE)
    return str(demo_cases()[0][0].id)[:8]


def test_default_is_the_last_two_meetings(haugland: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", haugland]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Møte 2 (11.03.2026) → Møte 3 (06.05.2026)\n")
    assert "Kva er gjort\n  · Målet er nådd: Sara byrjar i arbeidstrening." in out
    assert "Kva står att\n" in out and "Kva har endra seg\n" in out


def test_from_and_to_in_bokmal(haugland: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", haugland, "--from", "1", "--to", "2", "--lang", "nb"]) == 0
    out = capsys.readouterr().out
    assert "Hva er gjort" in out and "Hva gjenstår" in out and "Hva har endret seg" in out
    assert ("Flyttet fra «Det som er vanskelig for oss» til «Det som fungerer for oss»"
            in out)


def test_json(haugland: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", haugland, "--to", "2", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["from"], data["to"], data["lang"]) == (1, 2, "nn")
    assert set(data["summary"]) == {"done", "remains", "changed"}
    moved = [n for n in data["comparison"]["notes"] if n["change"] == "moved"]
    assert [(n["old_field"], n["new_field"]) for n in moved] == [("vanskeleg", "fungerer")]


def test_unknown_meeting_number(haugland: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", haugland, "--from", "7"]) == 1
    err = capsys.readouterr().err
    assert "ikkje noko møte nummer 7" in err and "1, 2, 3" in err


def test_a_case_with_one_meeting(haugland: str, capsys: pytest.CaptureFixture[str]) -> None:
    jonas = str(demo_cases()[1][0].id)
    assert main(["compare", jonas]) == 1
    assert "færre enn to møte" in capsys.readouterr().err
