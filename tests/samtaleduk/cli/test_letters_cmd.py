"""`samtaleduk print --what invitation [--ics]` and `samtaleduk minutes`, in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.samtaleduk.cli.test_print_cmd import HAUGLAND, _run, demo_store  # noqa: F401
from tests.samtaleduk.letters.test_minutes import GOLDEN_NN_MEETING_3
from tests.samtaleduk.printing.pdfcheck import flat


def test_print_invitation_with_a_calendar_file(demo_store: Path, tmp_path: Path,  # noqa: F811
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out, ics = tmp_path / "innkalling.pdf", tmp_path / "mote.ics"
    code, stdout, err = _run(capsys, "print", HAUGLAND, "--what", "invitation", "--out",
                             str(out), "--time", "13.00", "--place", "Familiesenteret",
                             "--contact", "Ingrid Fjeld, tlf. 400 00 000", "--ics", str(ics))
    assert code == 0, err
    assert str(out) in stdout and str(ics) in stdout
    text = flat(out)
    assert "Innkalling til møte" in text and "17.06.2026, kl. 13.00" in text
    assert "Ingrid Fjeld, tlf. 400 00 000" in text
    data = ics.read_bytes()
    assert b"DTSTART;TZID=Europe/Oslo:20260617T130000\r\n" in data
    assert b"SUMMARY:M\xc3\xb8te\r\n" in data and b"Haugland" not in data


def test_the_calendar_may_name_the_case_when_asked(demo_store: Path,  # noqa: F811
                                                    tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    ics = tmp_path / "m.ics"
    code, _out, err = _run(capsys, "print", HAUGLAND, "--what", "invitation", "--lang", "en",
                           "--date", "24.6.2026", "--out", str(tmp_path / "i.pdf"), "--ics",
                           str(ics), "--name-in-calendar")
    assert code == 0, err
    data = ics.read_bytes()
    assert b"SUMMARY:Familien Haugland\r\n" in data
    assert b"DTSTART;VALUE=DATE:20260624\r\n" in data
    assert "Invitation to a meeting" in flat(tmp_path / "i.pdf")


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--time", "ettermiddag", "klokkeslett"), ("--date", "31.02.2026", "ikkje ein dato")])
def test_bad_time_or_date_is_one_line(option: str, value: str, message: str,
                                      demo_store: Path, tmp_path: Path,  # noqa: F811
                                      capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(capsys, "print", HAUGLAND, "--what", "invitation", option, value,
                           "--out", str(tmp_path / "i.pdf"))
    assert code == 1 and message in err and "Traceback" not in err
    assert not (tmp_path / "i.pdf").exists()


def test_minutes_to_stdout_json_and_file(demo_store: Path, tmp_path: Path,  # noqa: F811
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, stdout, err = _run(capsys, "minutes", HAUGLAND)
    assert code == 0, err
    assert stdout == GOLDEN_NN_MEETING_3
    code, stdout, err = _run(capsys, "minutes", HAUGLAND, "--meeting", "1", "--json")
    assert code == 0, err
    data = json.loads(stdout)
    assert data["meeting"] == 1 and data["actions"][0]["status"] == "open"
    out = tmp_path / "referat.txt"
    code, stdout, err = _run(capsys, "minutes", HAUGLAND, "--out", str(out))
    assert code == 0, err
    assert out.read_text(encoding="utf-8") == GOLDEN_NN_MEETING_3


def test_invitation_options_belong_to_the_invitation(demo_store: Path,  # noqa: F811
                                                     tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(capsys, "print", HAUGLAND, "--what", "actions", "--ics",
                           str(tmp_path / "m.ics"), "--out", str(tmp_path / "a.pdf"))
    assert code == 1 and "--what=invitation" in err
    assert not (tmp_path / "a.pdf").exists() and not (tmp_path / "m.ics").exists()
