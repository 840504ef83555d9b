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


def test_inno_setup_script_takes_the_version_from_the_build_and_installs_per_user() -> None:
    iss = (ROOT / "packaging" / "windows" / "samtaleduk.iss").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in iss
    assert "#error" in iss  # no silent default version
    assert "PrivilegesRequired=lowest" in iss
    assert "{commonpf}" in iss and "{localappdata}') + '\\Programs'" in iss  # = {autopf}
    assert "[Icons]" in iss and "{group}" in iss
    lowered = iss.lower()
    for network in ("http://", "https://", "download", "createoleobject", "exec("):
        assert network not in lowered, network
    code = lowered.split("[code]", 1)[1]
    assert code.count("function ") == 1  # only the install folder is scripted


def test_only_the_apps_languages_of_qts_translations_ship_on_every_platform() -> None:
    """Issue 17, defect 3: the filter looked for /Qt/translations/ only, so on Windows
    (PySide6/translations/) all 99 of Qt's catalogues (7 MB) shipped."""
    (wanted,) = [n for n in _tree().body if isinstance(n, ast.FunctionDef) and n.name == "_wanted"]
    namespace: dict[str, object] = {}
    exec(compile(ast.Module([wanted], []), str(SPEC), "exec"), namespace)  # noqa: S102
    keep = namespace["_wanted"]
    for folder in ("PySide6/Qt/translations", "PySide6\\translations", "PySide6/translations"):
        sep = "\\" if "\\" in folder else "/"
        assert keep((f"{folder}{sep}qtbase_nn.qm", "src", "DATA"))  # type: ignore[operator]
        assert not keep((f"{folder}{sep}qtbase_de.qm", "src", "DATA"))  # type: ignore[operator]
        assert not keep((f"{folder}{sep}qt_help_ja.qm", "src", "DATA"))  # type: ignore[operator]
    assert keep(("resources/i18n/samtaleduk_nn.qm", "src", "DATA"))  # type: ignore[operator]


def test_the_windows_exe_gets_a_version_resource() -> None:
    """Issue 17, defect 4: the exe had no version resource (File properties › Details)."""
    (made,) = [n for n in _tree().body if isinstance(n, ast.FunctionDef)
               and n.name == "version_resource"]
    namespace: dict[str, object] = {}
    exec(compile(ast.Module([made], []), str(SPEC), "exec"),  # noqa: S102
         {"re": __import__("re")} | namespace, namespace)
    text = namespace["version_resource"]("1.2.3")  # type: ignore[operator]
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates it as this expression
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"  # type: ignore[attr-defined]
    assert "filevers=(1, 2, 3, 0)" in text and "'ProductVersion', '1.2.3'" in text
    assert "EXE(" in SPEC.read_text(encoding="utf-8") and "version=str(VERSION_FILE)" in \
        SPEC.read_text(encoding="utf-8")


def test_the_installer_needs_no_admin_rights_but_lets_it_install_for_all_users() -> None:
    """Issue 17, defect 4: many municipal laptops give their users no admin rights."""
    iss = (ROOT / "packaging" / "windows" / "samtaleduk.iss").read_text(encoding="utf-8")
    settings = dict(line.split("=", 1) for line in iss.splitlines()
                    if "=" in line and not line.startswith((";", "#", "Name:", "Source:",
                                                             "Filename:")))
    assert settings["PrivilegesRequired"] == "lowest"
    assert "commandline" in settings["PrivilegesRequiredOverridesAllowed"]
