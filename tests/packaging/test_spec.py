"""The PyInstaller spec: valid Python that bundles what the app reads at run time."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "samtaleduk.spec"


def _tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def _strings(tree: ast.AST) -> set[str]:
    return {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def _calls(tree: ast.AST) -> set[str]:
    return {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}


def test_spec_parses_and_builds_analysis_exe_collect_and_a_mac_bundle() -> None:
    calls = _calls(_tree())
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"} <= calls


def test_spec_bundles_duker_resources_docs_and_the_compiled_translations() -> None:
    strings = _strings(_tree())
    for target in ("duker", "resources/fonts", "resources/styles", "resources/icons",
                   "resources/i18n", "docs"):
        assert target in strings, target
    assert "samtaleduk_*.qm" in strings
    assert "qtdialogs_*.qm" in strings
    assert not any(s.endswith(".ts") for s in strings)  # sources stay out of the bundle


def test_spec_names_the_modules_loaded_by_name_and_the_native_parts() -> None:
    strings = _strings(_tree())
    # The CLI loads its commands and ui/ with importlib: PyInstaller cannot see those.
    assert {"samtaleduk", "ui"} <= strings
    assert {"sqlcipher3.dbapi2", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
            "PySide6.QtPrintSupport"} <= strings
    assert {"tkinter", "PySide6.QtQml", "PySide6.QtNetwork"} <= strings  # left out


def test_version_is_read_from_pyproject_not_written_in_the_spec() -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    text = SPEC.read_text(encoding="utf-8")
    assert version not in text
    assert "pyproject.toml" in _strings(_tree())


def test_entry_script_and_every_spec_source_exist() -> None:
    assert (ROOT / "packaging" / "entry.py").is_file()
    for rel in ("duker", "resources/fonts", "resources/styles", "resources/icons", "docs"):
        assert (ROOT / rel).is_dir(), rel
    assert (ROOT / "resources/icons/samtaleduk-256.png").is_file()
    assert (ROOT / "resources/icons/samtaleduk.ico").is_file()


def test_pyinstaller_is_pinned_for_the_build() -> None:
    dev = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"]["dev"]
    assert any(req.startswith("pyinstaller") for req in dev)
    pins = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("pyinstaller==") for line in pins)


def test_inno_setup_script_takes_the_version_from_the_build_and_installs_per_machine() -> None:
    iss = (ROOT / "packaging" / "windows" / "samtaleduk.iss").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in iss
    assert "#error" in iss  # no silent default version
    assert "PrivilegesRequired=admin" in iss
    assert "{autopf}" in iss
    assert "[Icons]" in iss and "{group}" in iss
    lowered = iss.lower()
    for network in ("http://", "https://", "download", "[code]"):
        assert network not in lowered, network
