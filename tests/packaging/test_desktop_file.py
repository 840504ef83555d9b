"""The Linux menu entry: a valid .desktop file that starts the bundled program."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "packaging" / "samtaleduk.desktop"


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (Debian: desktop-file-utils) is not installed")
def test_desktop_file_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_desktop_file_names_the_program_and_its_icon() -> None:
    entry = _entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Samtaleduk"
    assert entry["Exec"].split()[0] == "samtaleduk"
    assert entry["Icon"] == "samtaleduk"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert "møte" in entry["Comment[nn]"] and "møter" in entry["Comment[nb]"]
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()


def test_icon_png_is_256_pixels_square() -> None:
    png = (ROOT / "resources" / "icons" / "samtaleduk-256.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (256, 256)
