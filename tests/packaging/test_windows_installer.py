"""The Windows installer's sources, checked on Linux: the Inno Setup script, its nynorsk
messages, the Wine stand-in DLLs and the build script that CI runs (issue 17).

The build itself runs under Wine in `packaging/windows/build-and-test.sh` (CI, after the
tests); these hold what can be read without it.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
ISS = WINDOWS / "samtaleduk.iss"
NYNORSK = WINDOWS / "Nynorsk.isl"
SCRIPT = WINDOWS / "build-and-test.sh"


def _section(text: str, name: str) -> list[str]:
    """The non-comment lines of an .iss/.isl section."""
    lines: list[str] = []
    inside = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped == f"[{name}]"
            continue
        if inside and stripped and not stripped.startswith(";"):
            lines.append(stripped)
    return lines


def _messages(text: str, section: str = "Messages") -> dict[str, str]:
    return dict(line.split("=", 1) for line in _section(text, section))


def test_the_installer_speaks_nynorsk_bokmal_and_english() -> None:
    languages = _section(ISS.read_text(encoding="utf-8"), "Languages")
    names = [re.search(r'Name: "(\w+)"', line).group(1) for line in languages]  # type: ignore[union-attr]
    assert names == ["nynorsk", "bokmal", "english"]  # nynorsk first: the fallback
    assert "Norwegian.isl,Nynorsk.isl" in languages[0]  # nynorsk on top of bokmål
    assert languages[1].endswith('"compiler:Languages\\Norwegian.isl"')


def test_the_nynorsk_messages_are_nynorsk_and_readable_by_inno_setup() -> None:
    raw = NYNORSK.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Inno Setup reads UTF-8 only with a BOM
    text = raw.decode("utf-8-sig")
    options = _messages(text, "LangOptions")
    assert options["LanguageID"] == "$0814"  # Norwegian (nynorsk); bokmål is $0414
    messages = _messages(text)
    for seen in ("WelcomeLabel1", "WelcomeLabel2", "SelectDirDesc", "ReadyLabel1",
                 "InstallingLabel", "FinishedLabel", "ButtonNext", "ButtonCancel",
                 "PrivilegesRequiredOverrideCurrentUser", "ConfirmUninstall",
                 "UninstalledAll", "ExitSetupMessage"):
        assert seen in messages, seen
    words = set(re.findall(r"\w+", " ".join(messages.values()).lower()))
    # Bokmål forms that must not be left in the nynorsk texts.
    assert not words & {"ikke", "vennligst", "hvor", "hva", "fortsette", "avslutte",
                        "installere", "mappen", "maskinen", "brukere"}
    assert {"ikkje", "maskina", "installera"} <= words
    custom = _messages(text, "CustomMessages")
    assert custom["LaunchProgram"] == "Opna %1"  # the [Run] entry's {cm:LaunchProgram}


def test_the_script_can_be_given_the_bundle_and_names_no_network() -> None:
    iss = ISS.read_text(encoding="utf-8")
    assert "#ifndef SourceDir" in iss  # build-and-test.sh passes its own build folder
    assert "/VERYSILENT" in iss  # the silent mode is documented where IT reads it


def test_the_wine_stand_ins_export_what_windows_10_has() -> None:
    """The two DLLs Wine 8.0 lacks: what Qt6Core imports from icuuc.dll, and Rust's
    ProcessPrng. Built into the Wine prefix only (never into the bundle)."""
    icu = (WINDOWS / "wine-stubs" / "icuuc.c").read_text(encoding="utf-8")
    exported = set(re.findall(r"EXPORT [\w\s*]+?\b(\w+)\(", icu))
    qt6core_imports = {
        "ucnv_open", "ucnv_close", "UCNV_FROM_U_CALLBACK_SUBSTITUTE",
        "UCNV_TO_U_CALLBACK_SUBSTITUTE", "ucnv_reset", "ucnv_getMaxCharSize", "ucnv_getName",
        "ucnv_getToUCallBack", "ucnv_getFromUCallBack", "ucnv_setToUCallBack",
        "ucnv_setFromUCallBack", "ucnv_cbToUWriteUChars", "ucnv_toUnicode",
        "ucnv_cbFromUWriteUChars", "ucnv_toUCountPending", "ucnv_fromUCountPending",
        "ucnv_getStandardName", "ucnv_getAvailableName", "ucnv_countAvailable",
        "ucnv_fromUnicode"}
    assert qt6core_imports <= exported
    prng = (WINDOWS / "wine-stubs" / "bcryptprimitives.c").read_text(encoding="utf-8")
    assert "__declspec(dllexport) BOOL WINAPI ProcessPrng(" in prng
    script = SCRIPT.read_text(encoding="utf-8")
    assert '"$BUILD_PREFIX/drive_c/windows/system32"' in script
    assert "Wine's stand-in DLLs are in the bundle" in script  # the build fails if they are


def test_the_build_script_is_valid_bash_and_pins_its_downloads() -> None:
    subprocess.run(["bash", "-n", str(SCRIPT)], check=True)
    script = SCRIPT.read_text(encoding="utf-8")
    assert re.search(r'WINPYTHON_SHA256="[0-9a-f]{64}"', script)
    assert re.search(r'INNOSETUP_SHA256="[0-9a-f]{64}"', script)
    assert "--only-binary=:all:" in script and '-c "$ROOT/constraints.txt"' in script
    pins = (WINDOWS / "constraints-windows.txt").read_text(encoding="utf-8")
    wanted = (WINDOWS / "requirements-windows.txt").read_text(encoding="utf-8")
    for windows_only in ("pefile", "pywin32-ctypes", "colorama"):
        assert re.search(rf"^{windows_only}==", pins, re.M), windows_only
        assert re.search(rf"^{windows_only}$", wanted, re.M), windows_only
    # Every step of "What it must show" is in the run.
    for step in ("/VERYSILENT", "selftest", "backup", "Čáhppes Ŋuolja", "snapshot",
                 "unins000.exe", "INSTALLER_SIZE", "timeout", "wineserver -k"):
        assert step in script, step


def test_ci_runs_the_test_command_then_the_windows_build() -> None:
    """Issue 17: CI runs the README's test command, then the Windows build under Wine."""
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines()
             if line.strip() and not line.lstrip().startswith("#")]
    commands = [line for line in lines if line.startswith("bash ")]
    assert commands[0] == "bash scripts/run-tests.sh"
    assert commands[1].split()[:2] == ["bash", "packaging/windows/build-and-test.sh"]
    assert "--reuse-bundle" not in commands[1]  # CI always builds the bundle
    assert "set -euo pipefail" in lines  # a failed test command stops the run
