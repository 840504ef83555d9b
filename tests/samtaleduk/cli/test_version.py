"""`samtaleduk --version`: the program, Python, SQLCipher and the OpenSSL it bundles."""

from __future__ import annotations

import platform
import subprocess
import sys
from pathlib import Path

import pytest

import samtaleduk
from samtaleduk.cli import main
from samtaleduk.trust.crypto_provider import read_versions


def test_version_names_program_python_sqlcipher_and_provider(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    found = read_versions()
    assert capsys.readouterr().out.splitlines() == [
        f"samtaleduk {samtaleduk.__version__}",
        f"Python {platform.python_version()}",
        f"SQLCipher {found.sqlcipher} (SQLite {found.sqlite})",
        f"krypteringsbibliotek (openssl): {found.provider_version}",
    ]


def test_version_from_the_command_line_needs_no_store() -> None:
    root = Path(__file__).resolve().parents[3]
    run = subprocess.run([sys.executable, "-m", "samtaleduk", "--version"], cwd=root,
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    assert "krypteringsbibliotek (openssl): OpenSSL " in run.stdout
