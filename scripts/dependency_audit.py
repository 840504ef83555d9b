"""Dependency audit: every pinned package against a vendored vulnerability database.

    .venv/bin/python scripts/dependency_audit.py            # the check (offline, ~1 s)
    .venv/bin/python scripts/dependency_audit.py --refresh PAGES  # rebuild the database from saved PyPI pages

The check reads only files in the repository: `constraints.txt` (every pin, pip and
setuptools included), `security/vulnerabilities.json` (made by `--refresh`),
`security/accepted-risks.toml` (each accepted finding with a reason and an expiry date)
and `security/end-of-life.toml` (when OpenSSL branches leave upstream support). It also
compares the running environment with the pins, and asks SQLCipher which OpenSSL it
bundles (samtaleduk/trust/crypto_provider.py). It fails (exit 1) on:

- a known vulnerability or a yanked release in a pinned version, unless accepted;
- a pin the database does not know (a new or bumped dependency: run `--refresh`);
- the bundled OpenSSL on a branch past its end of support, unless accepted;
- an acceptance past its expiry date, or one without a reason;
- an installed version (pip, setuptools, ...) that differs from its pin.

Why vendored: CI machines reach the package registries and nothing else, and pip-audit
cannot run offline. `--refresh` asks PyPI's JSON API for each pin's `vulnerabilities`,
the same data pip-audit's `pypi` service reads (the PyPA advisory database, via OSV):
first the release's own page, and where a registry mirror serves only the project page,
that page, whose list covers the newest release only; such pins are marked and named on
every run, because a flaw fixed before the newest release is then not seen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import json
import re
import sys
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CONSTRAINTS = ROOT / "constraints.txt"
DATABASE = ROOT / "security" / "vulnerabilities.json"
ACCEPTED = ROOT / "security" / "accepted-risks.toml"
END_OF_LIFE = ROOT / "security" / "end-of-life.toml"
REFRESH_COMMAND = "bash scripts/audit-dependencies.sh --refresh"
DATABASE_FORMAT = 1
PROVIDER_PACKAGE = "sqlcipher3"
"""The pinned package whose wheels bundle the OpenSSL that encrypts the store."""
WARN_DAYS = 90
"""How long before an end of support or an acceptance's expiry the audit starts warning."""
PYPI = "https://pypi.org/pypi"


class AuditError(Exception):
    """A file the audit needs is missing or malformed (exit 2)."""


def normalise(name: str) -> str:
    """PEP 503 name: `PySide6_Essentials` and `pyside6-essentials` are one package."""
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pins(path: Path) -> dict[str, str]:
    """`name==version` lines of a constraints file, by normalised name."""
    pins: dict[str, str] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        match = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*([^\s;]+)", line)
        if match is None:
            raise AuditError(f"{path.name}, line {number}: not a 'name==version' pin: {line}")
        pins[normalise(match.group(1))] = match.group(2)
    return pins


@dataclass(frozen=True)
class Finding:
    """Something wrong with a pinned package; `id` is what an acceptance names."""

    id: str
    package: str
    version: str
    text: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Acceptance:
    """An accepted finding from accepted-risks.toml."""

    id: str
    package: str
    reason: str
    expires: dt.date

    def covers(self, finding: Finding) -> bool:
        return normalise(self.package) == finding.package and (
            self.id == finding.id or self.id in finding.aliases)


def read_acceptances(path: Path) -> list[Acceptance]:
    """The accepted risks; a missing reason or expiry date is an error, not a default."""
    if not path.exists():
        return []
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    found = []
    for number, entry in enumerate(data.get("accepted", []), 1):
        where = f"{path.name}, [[accepted]] #{number}"
        for key in ("id", "package", "reason", "expires"):
            if not entry.get(key):
                raise AuditError(f"{where}: '{key}' is missing")
        if not isinstance(entry["expires"], dt.date):
            raise AuditError(f"{where}: 'expires' must be a date (YYYY-MM-DD, unquoted)")
        found.append(Acceptance(str(entry["id"]), str(entry["package"]),
                                str(entry["reason"]).strip(), entry["expires"]))
    return found


def read_database(path: Path) -> dict[str, Any]:
    """The vendored vulnerability database made by `--refresh`."""
    if not path.exists():
        raise AuditError(f"{path} is missing: run `{REFRESH_COMMAND}`")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != DATABASE_FORMAT:
        raise AuditError(f"{path.name} has format {data.get('format')!r}, "
                         f"not {DATABASE_FORMAT}: run `{REFRESH_COMMAND}`")
    return data


def package_findings(pins: Mapping[str, str], database: Mapping[str, Any],
                     ) -> tuple[list[Finding], list[str], list[str]]:
    """Findings for the pins, the problems (pins the database lacks) and the pins whose
    data covers only the newest release."""
    findings: list[Finding] = []
    missing: list[str] = []
    partial: list[str] = []
    known = database.get("packages", {})
    for name, version in sorted(pins.items()):
        entry = known.get(name)
        if entry is None or entry.get("version") != version:
            had = "" if entry is None else f" (it has {entry.get('version')})"
            missing.append(f"{name}=={version} is not in {DATABASE.name}{had}: "
                           f"run `{REFRESH_COMMAND}`")
            continue
        if entry.get("coverage") != "release":
            partial.append(f"{name}=={version} (newest {entry.get('newest')})")
        for vuln in entry.get("vulnerabilities", []):
            fixed = ", ".join(vuln.get("fixed_in") or []) or "no fixed release yet"
            findings.append(Finding(
                id=vuln["id"], package=name, version=version,
                aliases=tuple(vuln.get("aliases") or ()),
                text=f"{vuln['id']}: {vuln.get('summary') or 'known vulnerability'} "
                     f"(fixed in: {fixed}) {vuln.get('link', '')}".rstrip()))
        if entry.get("yanked"):
            findings.append(Finding(
                id=f"yanked:{name}=={version}", package=name, version=version,
                text=f"release yanked from PyPI: {entry['yanked']}"))
    return findings, missing, partial


def provider_findings(provider_version: str | None, pins: Mapping[str, str],
                      end_of_life: Mapping[str, Any], today: dt.date,
                      ) -> tuple[list[Finding], list[str], list[str]]:
    """The bundled OpenSSL against its branch's end of support: findings, problems,
    warnings."""
    if provider_version is None:
        return [], [], []
    match = re.match(r"^OpenSSL (\d+\.\d+)\.", provider_version)
    if match is None:
        return [], [f"unknown crypto provider {provider_version!r}: the audit "
                    "knows only OpenSSL's support dates"], []
    branch = match.group(1)
    package = normalise(PROVIDER_PACKAGE)
    version = pins.get(package, "?")
    ends = end_of_life.get("openssl", {}).get(branch)
    if not isinstance(ends, dt.date):
        return [], [f"{package} {version} bundles {provider_version}: the end of support "
                    f"of OpenSSL {branch} is not in {END_OF_LIFE.name}; add it"], []
    said = f"bundles {provider_version}; OpenSSL {branch}"
    if ends <= today:
        return [Finding(id=f"openssl-{branch}-end-of-life", package=package,
                        version=version,
                        text=f"{said} left upstream support on {ends}")], [], []
    if (ends - today).days <= WARN_DAYS:
        return [], [], [f"{package} {version} {said} leaves upstream support on {ends}"]
    return [], [], []


def environment_problems(pins: Mapping[str, str],
                         installed: Mapping[str, str]) -> list[str]:
    """Installed versions that differ from their pins; pip and setuptools must be pinned."""
    problems = [f"{name} is not pinned in {CONSTRAINTS.name}"
                for name in ("pip", "setuptools") if name not in pins]
    for name, version in sorted(pins.items()):
        have = installed.get(name)
        if have is not None and have != version:
            problems.append(f"{name} {have} is installed but {version} is pinned: "
                            "run `bash scripts/setup.sh`")
    return problems


def installed_versions() -> dict[str, str]:
    """The running interpreter's distributions, by normalised name."""
    return {normalise(d.metadata["Name"]): d.version
            for d in importlib.metadata.distributions() if d.metadata["Name"]}


def bundled_provider_version() -> str | None:
    """The OpenSSL that SQLCipher reports, or None when sqlcipher3 is not installed."""
    sys.path.insert(0, str(ROOT))
    try:
        from samtaleduk.trust.crypto_provider import read_versions
    except ImportError:
        return None
    return read_versions().provider_version


@dataclass
class Report:
    """What one audit found; `passed` decides the exit code."""

    failures: list[str]
    warnings: list[str]
    accepted: list[str]
    checked: int

    @property
    def passed(self) -> bool:
        return not self.failures


def audit(pins: Mapping[str, str], database: Mapping[str, Any],
          acceptances: list[Acceptance], end_of_life: Mapping[str, Any],
          today: dt.date, provider_version: str | None,
          installed: Mapping[str, str] | None) -> Report:
    """The whole check over already-read inputs (the tests call this directly)."""
    findings, failures, partial = package_findings(pins, database)
    more, problems, warnings = provider_findings(provider_version, pins, end_of_life, today)
    findings += more
    failures += problems
    if installed is not None:
        failures += environment_problems(pins, installed)
    accepted: list[str] = []
    used: set[int] = set()
    for finding in findings:
        covering = [a for a in acceptances if a.covers(finding)]
        live = [a for a in covering if a.expires >= today]
        if live:
            used.update(id(a) for a in live)
            accepted.append(f"{finding.package} {finding.version}: {finding.text} "
                            f"(accepted until {live[0].expires}; the reason is in "
                            f"{ACCEPTED.name})")
        else:
            failures.append(f"{finding.package} {finding.version}: {finding.text}")
    for acceptance in acceptances:
        if acceptance.expires < today:
            failures.append(f"the acceptance of {acceptance.id} ({acceptance.package}) "
                            f"expired on {acceptance.expires}: fix it, or decide again "
                            f"and set a new date in {ACCEPTED.name}")
        elif id(acceptance) not in used:
            warnings.append(f"the acceptance of {acceptance.id} ({acceptance.package}) "
                            f"matches nothing any more: remove it from {ACCEPTED.name}")
        elif (acceptance.expires - today).days <= WARN_DAYS:
            warnings.append(f"the acceptance of {acceptance.id} expires on "
                            f"{acceptance.expires}")
    if partial:
        warnings.append(f"{len(partial)} pins are older than their newest release and the "
                        "registry gave data for the newest release only (a flaw fixed "
                        "before it is not seen; refresh where PyPI's per-release pages "
                        "can be reached): " + ", ".join(partial))
    return Report(failures, warnings, accepted, len(pins))


def print_report(report: Report, database: Mapping[str, Any]) -> None:
    for line in report.accepted:
        print(f"accepted: {line}")
    for line in report.warnings:
        print(f"warning: {line}")
    for line in report.failures:
        print(f"FAIL: {line}")
    verdict = "ok" if report.passed else f"{len(report.failures)} problem(s)"
    print(f"dependency audit: {verdict} ({report.checked} pins; database refreshed "
          f"{database.get('refreshed', '?')}; {len(report.accepted)} accepted risk(s))")


# --- refresh: from PyPI JSON pages saved beforehand; this program has no network code ---

Fetch = Callable[[str], "dict[str, Any] | None"]


def saved_pages(folder: Path) -> Fetch:
    """Read `https://pypi.org/pypi/NAME[/VERSION]/json` from pages saved in `folder`
    as `NAME.json` and `NAME-VERSION.json` (fetched outside the project, e.g.
    `curl -sf https://pypi.org/pypi/NAME/json -o NAME.json`); None when not saved."""
    def fetch(url: str) -> dict[str, Any] | None:
        parts = url.removeprefix(PYPI + "/").removesuffix("/json").split("/")
        page = folder / ("-".join(parts) + ".json")
        if not page.is_file():
            return None
        data: dict[str, Any] = json.loads(page.read_text(encoding="utf-8"))
        return data
    return fetch


def _vulnerabilities(page: Mapping[str, Any]) -> list[dict[str, Any]]:
    kept = []
    for vuln in page.get("vulnerabilities") or []:
        if vuln.get("withdrawn"):
            continue
        kept.append({
            "id": vuln["id"],
            "aliases": sorted(vuln.get("aliases") or []),
            "fixed_in": list(vuln.get("fixed_in") or []),
            "summary": (vuln.get("summary") or vuln.get("details") or "")[:300],
            "link": vuln.get("link") or "",
        })
    return sorted(kept, key=lambda v: v["id"])


def refresh_entry(name: str, version: str, fetch: Fetch) -> dict[str, Any]:
    """One pin's database entry, from its release page or, failing that, the project's."""
    release = fetch(f"{PYPI}/{name}/{version}/json")
    project = fetch(f"{PYPI}/{name}/json")
    if project is None:
        raise AuditError(f"{name} is not on PyPI")
    newest = str(project["info"]["version"])
    files = project.get("releases", {}).get(version)
    if files is None:
        raise AuditError(f"{name} {version} is not a release on PyPI")
    yanked = next((f.get("yanked_reason") or "no reason given"
                   for f in files if f.get("yanked")), None)
    if release is not None:
        coverage, source = "release", release
    elif newest == version:
        coverage, source = "release", project
    else:
        coverage, source = "newest-release-only", project
    return {"version": version, "newest": newest, "coverage": coverage,
            "yanked": yanked, "vulnerabilities": _vulnerabilities(source)}


def refresh(pins: Mapping[str, str], fetch: Fetch, today: dt.date) -> dict[str, Any]:
    """A new database for every pin."""
    packages = {}
    for name, version in sorted(pins.items()):
        print(f"refresh: {name}=={version}", file=sys.stderr)
        packages[name] = refresh_entry(name, version, fetch)
    return {"format": DATABASE_FORMAT, "refreshed": today.isoformat(),
            "source": "PyPI JSON API, field 'vulnerabilities' (PyPA advisory database "
                      "via OSV; what pip-audit's 'pypi' service reads)",
            "packages": packages}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--refresh",
                        type=Path, metavar="PAGES",
                        help="rebuild the database from PyPI JSON pages saved in PAGES")
    parser.add_argument("--constraints", type=Path, default=CONSTRAINTS)
    parser.add_argument("--database", type=Path, default=DATABASE)
    parser.add_argument("--accepted", type=Path, default=ACCEPTED)
    parser.add_argument("--end-of-life", type=Path, default=END_OF_LIFE)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today(),
                        help="the date to judge expiries by (YYYY-MM-DD)")
    parser.add_argument("--no-environment", action="store_true",
                        help="do not compare installed versions with the pins")
    args = parser.parse_args(argv)
    try:
        pins = read_pins(args.constraints)
        if args.refresh:
            data = refresh(pins, saved_pages(args.refresh), args.today)
            args.database.parent.mkdir(parents=True, exist_ok=True)
            args.database.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n",
                                     encoding="utf-8")
            print(f"refresh: wrote {len(pins)} packages to {args.database}")
        database = read_database(args.database)
        report = audit(
            pins, database, read_acceptances(args.accepted),
            tomllib.loads(args.end_of_life.read_text(encoding="utf-8")), args.today,
            bundled_provider_version(),
            None if args.no_environment else installed_versions())
    except (AuditError, OSError, tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        print(f"dependency audit: error: {exc}", file=sys.stderr)
        return 2
    print_report(report, database)
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main())
