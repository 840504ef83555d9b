"""`samtaleduk overview [--json] [--pdf]`, run in-process through main()."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from samtaleduk.cli import main
from samtaleduk.domain.model import Action, Case, CaseStatus, Meeting
from samtaleduk.store.store import FAST_KDF, Store
from samtaleduk.templates.model import Template
from tests.conftest import TEST_PASSPHRASE


@pytest.fixture
def ready(_isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch,
          familie: Template) -> Path:
    """A store with an open case (one late action, a next meeting) and a closed one."""
    with Store.create(_isolated_data_dir, TEST_PASSPHRASE, FAST_KDF) as store:
        for name, status in (("Familien Haugland", CaseStatus.OPEN),
                             ("Familien Lukka", CaseStatus.CLOSED)):
            case = Case(name=name, template_id="familie", status=status)
            store.save_case(case)
            m = Meeting(case_id=case.id, number=1, date=dt.date(2026, 4, 1),
                        template_id="familie", template_version=familie.version)
            m.field("neste_steg").date = dt.date(2026, 5, 20)
            m.field("neste_steg").actions.append(
                Action(text=f"Ringja skulen ({name})", owner="Mor", due=dt.date(2026, 5, 3)))
            store.save_meeting(m, familie)
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", TEST_PASSPHRASE)
    return _isolated_data_dir


def test_overview_json(ready: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["overview", "--json", "--today", "2026-05-10"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["today"] == "2026-05-10" and data["open_cases"] == 1
    assert list(data["sections"]) == ["actions_late", "actions_soon", "goals_passed",
                                      "consents", "no_next_meeting", "next_meetings"]
    (late,) = data["sections"]["actions_late"]
    assert late["text"] == "Ringja skulen (Familien Haugland)" and late["who"] == "Mor"
    assert late["days"] == -7 and late["date"] == "2026-05-03"
    assert late["field_id"] == "neste_steg" and late["meeting_number"] == 1
    (nxt,) = data["sections"]["next_meetings"]
    assert (nxt["case_name"], nxt["days"]) == ("Familien Haugland", 10)
    assert "Lukka" not in json.dumps(data)


def test_overview_text_and_pdf(ready: Path, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["overview", "--today", "2026-05-10"]) == 0
    out = capsys.readouterr().out
    assert "Sakene mine no" in out and "1 opne saker" in out
    assert "Tiltak som har passert datoen (1)" in out
    assert "03.05.2026 (for 7 d sidan) · Ringja skulen (Familien Haugland) · Mor" in out
    assert "Lukka" not in out
    pdf = tmp_path / "oversikt.pdf"
    assert main(["overview", "--pdf", str(pdf), "--lang", "nb"]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    with Store.open(ready, TEST_PASSPHRASE) as store:
        assert "overview_printed" in [e.event for e in store.audit_events()]
