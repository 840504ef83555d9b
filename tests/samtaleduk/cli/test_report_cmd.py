"""`samtaleduk report` on a store holding the demo cases."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from samtaleduk.cli import main
from samtaleduk.store.store import Store
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.pilot.cases import demo_times
from tests.samtaleduk.printing.pdfcheck import flat

PERIOD = ["--from", "2026-01-01", "--to", "2026-12-31"]


@pytest.fixture
def five(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    demo_times(store, 5)
    store.close()
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", TEST_PASSPHRASE)


def test_text(five: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", *PERIOD]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Gevinstmåling\nTal for perioden 01.01.2026–31.12.2026.")
    assert "Median dagar mellom to møte: 56 dagar (tal 10)" in out


def test_json(five: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", *PERIOD, "--json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["format"], data["from"], data["to"]) == (
        "samtaleduk-pilot-report", "2026-01-01", "2026-12-31")
    actions = next(t for t in data["tables"] if t["key"] == "actions")
    total = next(r for r in actions["rows"] if r["key"] == "total")
    assert total["values"]["done"] == 30 and total["values"]["partly"] == "< 5"
    assert total["label"] == "Total"


def test_csv_and_pdf(five: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_csv, out_pdf = tmp_path / "tal.csv", tmp_path / "gevinst.pdf"
    assert main(["report", *PERIOD, "--csv", str(out_csv), "--pdf", str(out_pdf),
                 "--lang", "nb"]) == 0
    assert capsys.readouterr().out == ""  # files asked for: nothing on stdout
    rows = list(csv.DictReader(out_csv.read_text(encoding="utf-8-sig").splitlines()))
    goals = {(r["row"], r["column"]): r["value"] for r in rows if r["table"] == "goals"}
    assert goals[("all", "set")] == "30" and goals[("long", "reached")] == "< 5"
    assert rows[0]["table_label"] == "Saker"
    text = flat(out_pdf)
    assert "Gevinstmåling" in text and "Tiltak etter hvem som har ansvaret" in text


def test_a_date_that_is_not_one(five: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--from", "1.1.2026", "--to", "2026-12-31"]) == 1
    assert "--from" in capsys.readouterr().err


def test_a_period_backwards(five: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--from", "2026-12-31", "--to", "2026-01-01"]) == 1
    assert "før" in capsys.readouterr().err
