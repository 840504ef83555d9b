"""scripts/dependency_audit.py: the offline dependency audit that run-tests.sh runs.

Each test writes its own constraints, database, acceptances and end-of-life table into
tmp_path and runs the script's main(); the OpenSSL that SQLCipher reports is replaced
where a test needs another one."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from samtaleduk.trust.crypto_provider import read_versions
from tests.network_guard import no_sockets

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "dependency_audit", ROOT / "scripts" / "dependency_audit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


audit_script = _load()

EOL = """[openssl]
"3.5" = 2030-04-08
"3.6" = 2026-11-01
"""
OPENSSL_36 = "OpenSSL 3.6.0 1 Oct 2025"
ACCEPT_36 = """[[accepted]]
id = "openssl-3.6-end-of-life"
package = "sqlcipher3"
reason = "no sqlcipher3 release bundles a supported OpenSSL"
expires = 2027-03-01
"""


def _entry(version: str, *vulns: dict[str, Any], yanked: str | None = None,
           coverage: str = "release") -> dict[str, Any]:
    return {"version": version, "newest": version, "coverage": coverage,
            "yanked": yanked, "vulnerabilities": list(vulns)}


CLEAN_DB = {"format": 1, "refreshed": "2026-12-06", "packages": {
    "pip": _entry("26.3"), "setuptools": _entry("84.2.1"), "sqlcipher3": _entry("0.6.4"),
    "cryptography": _entry("50.0.2")}}
CLEAN_PINS = "pip==26.3\nsetuptools==84.2.1\nsqlcipher3==0.6.4\ncryptography==50.0.2\n"
VULN = {"id": "GHSA-aaaa-bbbb-cccc", "aliases": ["CVE-2026-0001"], "fixed_in": ["50.0.3"],
        "summary": "a flaw in key unwrapping", "link": "https://example.invalid/GHSA"}


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
         *, pins: str = CLEAN_PINS, database: dict[str, Any] | None = None,
         accepted: str = ACCEPT_36, provider: str | None = OPENSSL_36,
         today: str = "2026-12-06", extra: tuple[str, ...] = ("--no-environment",),
         ) -> tuple[int, str]:
    files = {"constraints.txt": pins, "vulnerabilities.json":
             json.dumps(CLEAN_DB if database is None else database),
             "accepted-risks.toml": accepted, "end-of-life.toml": EOL}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(audit_script, "bundled_provider_version", lambda: provider)
    code = audit_script.main([
        "--constraints", str(tmp_path / "constraints.txt"),
        "--database", str(tmp_path / "vulnerabilities.json"),
        "--accepted", str(tmp_path / "accepted-risks.toml"),
        "--end-of-life", str(tmp_path / "end-of-life.toml"),
        "--today", today, *extra])
    out, err = capsys.readouterr()
    return code, out + err


def test_a_clean_set_passes_without_the_network(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    with no_sockets(monkeypatch):
        code, out = _run(tmp_path, capsys, monkeypatch)
    assert code == 0, out
    assert "FAIL" not in out
    assert out.splitlines()[-1] == ("dependency audit: ok (4 pins; database refreshed "
                                    "2026-12-06; 1 accepted risk(s))")
    assert "sqlcipher3 0.6.4: bundles OpenSSL 3.6.0 1 Oct 2025; OpenSSL 3.6 left upstream " \
           "support on 2026-11-01 (accepted until 2027-03-01" in out


def test_a_known_vulnerable_pin_fails(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    database = json.loads(json.dumps(CLEAN_DB))
    database["packages"]["cryptography"] = _entry("50.0.2", VULN)
    code, out = _run(tmp_path, capsys, monkeypatch, database=database)
    assert code == 1
    assert ("FAIL: cryptography 50.0.2: GHSA-aaaa-bbbb-cccc: a flaw in key unwrapping "
            "(fixed in: 50.0.3)") in out


def test_a_vulnerability_accepted_by_its_cve_alias_passes_until_it_expires(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    database = json.loads(json.dumps(CLEAN_DB))
    database["packages"]["cryptography"] = _entry("50.0.2", VULN)
    accepted = ACCEPT_36 + ('[[accepted]]\nid = "CVE-2026-0001"\npackage = "cryptography"\n'
                            'reason = "the flawed call is never made"\nexpires = 2026-12-31\n')
    code, out = _run(tmp_path, capsys, monkeypatch, database=database, accepted=accepted)
    assert code == 0, out
    code, out = _run(tmp_path, capsys, monkeypatch, database=database, accepted=accepted,
                     today="2027-01-01")
    assert code == 1
    assert "FAIL: the acceptance of CVE-2026-0001 (cryptography) expired on 2026-12-31" in out
    assert "FAIL: cryptography 50.0.2: GHSA-aaaa-bbbb-cccc" in out


def test_the_openssl_acceptance_fails_once_expired(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    code, out = _run(tmp_path, capsys, monkeypatch, today="2027-03-02")
    assert code == 1
    assert ("FAIL: the acceptance of openssl-3.6-end-of-life (sqlcipher3) expired on "
            "2027-03-01") in out
    assert "FAIL: sqlcipher3 0.6.4: bundles OpenSSL 3.6.0 1 Oct 2025" in out


def test_an_unaccepted_end_of_life_openssl_fails_and_a_supported_one_passes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    code, out = _run(tmp_path, capsys, monkeypatch, accepted="")
    assert code == 1
    assert "FAIL: sqlcipher3 0.6.4: bundles OpenSSL 3.6.0 1 Oct 2025; OpenSSL 3.6 left " \
           "upstream support on 2026-11-01" in out
    code, out = _run(tmp_path, capsys, monkeypatch, accepted="",
                     provider="OpenSSL 3.5.4 30 Sep 2025")
    assert code == 0, out
    # The acceptance for 3.6 then matches nothing: said, so it is removed.
    code, out = _run(tmp_path, capsys, monkeypatch, provider="OpenSSL 3.5.4 30 Sep 2025")
    assert code == 0, out
    assert "warning: the acceptance of openssl-3.6-end-of-life (sqlcipher3) matches " \
           "nothing any more" in out


def test_an_openssl_branch_without_a_support_date_fails(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    code, out = _run(tmp_path, capsys, monkeypatch, provider="OpenSSL 9.1.0 1 Jan 2031")
    assert code == 1
    assert "the end of support of OpenSSL 9.1 is not in end-of-life.toml; add it" in out


def test_end_of_support_soon_is_a_warning(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    code, out = _run(tmp_path, capsys, monkeypatch, accepted="", today="2026-09-01")
    assert code == 0, out
    assert "warning: sqlcipher3 0.6.4 bundles OpenSSL 3.6.0 1 Oct 2025; OpenSSL 3.6 " \
           "leaves upstream support on 2026-11-01" in out


@pytest.mark.parametrize(("pins", "said"), [
    (CLEAN_PINS + "zxcvbn==4.5.0\n", "zxcvbn==4.5.0 is not in vulnerabilities.json:"),
    (CLEAN_PINS.replace("cryptography==50.0.2", "cryptography==51.0.1"),
     "cryptography==51.0.1 is not in vulnerabilities.json (it has 50.0.2):"),
])
def test_a_pin_missing_from_the_database_fails_and_names_the_refresh(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, pins: str, said: str) -> None:
    code, out = _run(tmp_path, capsys, monkeypatch, pins=pins)
    assert code == 1
    assert f"FAIL: {said} run `bash scripts/audit-dependencies.sh --refresh`" in out


def test_a_yanked_release_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    database = json.loads(json.dumps(CLEAN_DB))
    database["packages"]["setuptools"] = _entry("84.2.1", yanked="breaks editable installs")
    code, out = _run(tmp_path, capsys, monkeypatch, database=database)
    assert code == 1
    assert "FAIL: setuptools 84.2.1: release yanked from PyPI: breaks editable installs" in out


def test_installed_pip_and_setuptools_must_match_their_pins(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit_script, "installed_versions",
                        lambda: {"pip": "23.2.1", "setuptools": "84.2.1", "zxcvbn": "4.5.0"})
    code, out = _run(tmp_path, capsys, monkeypatch, extra=())
    assert code == 1
    assert "FAIL: pip 23.2.1 is installed but 26.3 is pinned: run `bash scripts/setup.sh`" \
        in out
    assert "setuptools" not in out.split("FAIL", 1)[1]
    code, out = _run(tmp_path, capsys, monkeypatch, extra=(),
                     pins=CLEAN_PINS.replace("pip==26.3\n", ""),
                     database={**CLEAN_DB, "packages": {
                         k: v for k, v in CLEAN_DB["packages"].items() if k != "pip"}})
    assert code == 1
    assert "FAIL: pip is not pinned in constraints.txt" in out


def test_an_acceptance_without_a_reason_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    code, out = _run(tmp_path, capsys, monkeypatch,
                     accepted=ACCEPT_36.replace('reason = "no sqlcipher3 release bundles a '
                                                'supported OpenSSL"\n', ""))
    assert code == 2
    assert "'reason' is missing" in out


def test_newest_release_only_data_is_named_on_every_run(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    database = json.loads(json.dumps(CLEAN_DB))
    database["packages"]["cryptography"] = {
        **_entry("50.0.2", coverage="newest-release-only"), "newest": "51.0.1"}
    code, out = _run(tmp_path, capsys, monkeypatch, database=database)
    assert code == 0, out
    assert "warning: 1 pins are older than their newest release" in out
    assert "cryptography==50.0.2 (newest 51.0.1)" in out


def _project(version: str, newest: str, vulns: list[dict[str, Any]],
             yanked: bool = False) -> dict[str, Any]:
    return {"info": {"version": newest}, "vulnerabilities": vulns, "releases": {
        version: [{"yanked": yanked, "yanked_reason": "bad build" if yanked else None}],
        newest: [{"yanked": False}]}}


def test_refresh_prefers_the_release_page_and_marks_newest_only_data() -> None:
    withdrawn = {**VULN, "id": "PYSEC-0", "withdrawn": "2026-01-01"}
    pages = {
        "https://pypi.org/pypi/a/1.0/json": {"vulnerabilities": [VULN, withdrawn]},
        "https://pypi.org/pypi/a/json": _project("1.0", "2.0", []),
        "https://pypi.org/pypi/b/json": _project("1.0", "2.0", [], yanked=True),
        "https://pypi.org/pypi/c/json": _project("3.0", "3.0", [VULN]),
    }
    data = audit_script.refresh({"a": "1.0", "b": "1.0", "c": "3.0"}, pages.get,
                                dt.date(2026, 12, 6))
    a, b, c = (data["packages"][n] for n in "abc")
    assert a["coverage"] == "release" and [v["id"] for v in a["vulnerabilities"]] == [
        "GHSA-aaaa-bbbb-cccc"]
    assert b["coverage"] == "newest-release-only" and b["yanked"] == "bad build"
    assert c["coverage"] == "release" and c["vulnerabilities"][0]["fixed_in"] == ["50.0.3"]
    assert data["refreshed"] == "2026-12-06" and data["format"] == 1


def test_the_vendored_files_cover_this_machines_openssl() -> None:
    """The committed acceptances, end-of-life table and database read cleanly, and
    judge the OpenSSL this checkout's sqlcipher3 bundles: accepted or supported."""
    database = audit_script.read_database(audit_script.DATABASE)
    pins = {name: entry["version"] for name, entry in database["packages"].items()}
    report = audit_script.audit(
        pins, database, audit_script.read_acceptances(audit_script.ACCEPTED),
        audit_script.tomllib.loads(audit_script.END_OF_LIFE.read_text(encoding="utf-8")),
        dt.date(2026, 12, 6), read_versions().provider_version, None)
    assert report.passed, report.failures
    assert {"pip", "setuptools", "sqlcipher3"} <= pins.keys()
