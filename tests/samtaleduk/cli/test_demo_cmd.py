"""`samtaleduk demo`: the demo store, its passphrase, and no names in plain bytes."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from samtaleduk.cli import main
from samtaleduk.domain.demo import demo_cases
from samtaleduk.store.store import Store

ROOT = Path(__file__).resolve().parents[3]


def _demo_names() -> set[str]:
    """Every name in the demo data, and each part of it (Emil, Haugland, …)."""
    names: set[str] = set()
    for case, meetings in demo_cases():
        whole = [case.name, *case.members, *(p.name for p in case.known_participants)]
        whole += [p.name for m in meetings for p in m.participants]
        for name in whole:
            names.add(name)
            names.update(part for part in name.split() if len(part) >= 4)
    return names


def _plain_hits(folder: Path, needles: set[str]) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        for name in needles:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if name.encode(encoding) in raw:
                    hits.append(f"{path.name}: {encoding}")
    return hits


def test_the_scan_finds_plain_names(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_bytes("– Emil –".encode("utf-16-le"))
    assert "plain.txt: utf-16-le" in _plain_hits(tmp_path, {"Emil"})


def test_demo_store_has_the_cases_and_no_plain_names(
    _isolated_data_dir: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", "demo-passordfrase")
    assert main(["demo", "--no-gui"]) == 0
    out = capsys.readouterr().out
    assert str(_isolated_data_dir) in out and "demo-passordfrase" not in out
    names = _demo_names()
    assert {"Haugland", "Emil", "Jonas"} <= names
    assert _plain_hits(_isolated_data_dir, names) == []
    with Store.open(_isolated_data_dir, "demo-passordfrase") as store:
        summaries = {s.name: s for s in store.list_cases()}
        assert set(summaries) == {case.name for case, _ in demo_cases()}
        for case, meetings in demo_cases():
            assert store.list_meetings(case.id) == meetings
            assert summaries[case.name].meeting_count == len(meetings)
        assert store.search("Haugland")
    # still nothing in plain bytes after a session that opened and searched
    assert _plain_hits(_isolated_data_dir, names) == []


def test_demo_refuses_to_overwrite(
    _isolated_data_dir: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SAMTALEDUK_PASSPHRASE", "demo-passordfrase")
    assert main(["demo", "--no-gui"]) == 0
    before = (_isolated_data_dir / "samtaleduk.db").read_bytes()
    capsys.readouterr()
    assert main(["demo", "--no-gui"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "skriv ikkje over" in err[0]
    assert (_isolated_data_dir / "samtaleduk.db").read_bytes() == before


def test_demo_prints_a_generated_passphrase_and_starts_the_app(
    _isolated_data_dir: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch
) -> None:
    launched: dict[str, object] = {}

    def fake_launch(args: argparse.Namespace, **options: object) -> int:
        launched.update(options)
        return 0

    assert main(["demo"], launch=fake_launch) == 0
    out = capsys.readouterr().out
    (line,) = [ln for ln in out.splitlines() if ln.startswith("Passordfrase: ")]
    passphrase = line.removeprefix("Passordfrase: ")
    # The generated passphrase is also shown on the unlock page (after a lock).
    assert launched == {"passphrase": passphrase, "hint": passphrase}
    Store.open(_isolated_data_dir, passphrase).close()


def test_subprocess_smoke(tmp_path: Path) -> None:
    env = {**os.environ, "SAMTALEDUK_PASSPHRASE": "røyk-test-passord",
           "SAMTALEDUK_DATA_DIR": str(tmp_path / "data")}

    def run(*argv: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "samtaleduk", *argv], cwd=ROOT,
                              env={**env, **extra}, capture_output=True, text=True,
                              timeout=120)

    made = run("demo", "--no-gui")
    assert made.returncode == 0, made.stderr
    listed = run("cases", "--json")
    assert listed.returncode == 0 and "Familien Haugland" in listed.stdout
    wrong = run("cases", SAMTALEDUK_PASSPHRASE="feil passord")
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == "samtaleduk: Passordfrasa er feil. Prøv på nytt."
    usage = run("meeting", "new")
    assert usage.returncode == 2 and "Traceback" not in usage.stderr
