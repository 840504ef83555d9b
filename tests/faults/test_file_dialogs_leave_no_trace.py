"""Issue 13, point 7: the Save-as-PDF dialog wrote ~/.config/QtProject.conf (0644)
with the last folder, whose name held the family's name, outside the data folder.

A fresh app process with HOME and the XDG folders in tmp goes through every file
dialog (case file save and open, the access copy's folder), picking things in a
folder named after the family; afterwards nothing outside the data folder holds
that name, no QtProject.conf is anywhere outside it, and the one inside it has
forgotten the folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MARK = "Qxvfjell"
"""The family's name, in no text of the app: the new-case dialog's example name
("Familien Haugland") is in the translations the app may compile into its cache."""
FAMILY = f"Familien {MARK}"


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


@pytest.mark.skipif(sys.platform == "win32", reason="HOME/XDG layout of Linux and macOS")
def test_file_dialogs_write_nothing_outside_the_data_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    data = home / "data"
    family = tmp_path / "Dokument" / FAMILY  # where the person saves: not watched
    family.mkdir(parents=True)
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update({"QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
                "XDG_CONFIG_HOME": str(home / ".config"),
                "XDG_DATA_HOME": str(home / ".local" / "share"),
                "XDG_CACHE_HOME": str(home / ".cache"),
                "XDG_STATE_HOME": str(home / ".local" / "state"),
                "SAMTALEDUK_DATA_DIR": str(data), "PYTHONPATH": str(REPO)})
    done = subprocess.run(
        [sys.executable, "-m", "tests.faults.file_dialog_child", str(data), str(family)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    chosen = done.stdout.splitlines()
    assert chosen == [str(family / "overlevering.samtaleduk"),
                      str(family / "sak-1234.samtaleduk"), str(family)], done.stderr

    outside = [p for p in _files(home) if data not in p.parents]
    assert not [p for p in outside if p.name == "QtProject.conf"], outside
    for path in outside:
        assert MARK not in path.read_bytes().decode("utf-8", "replace"), path
    for path in _files(data):
        if path.suffix in (".conf", ".ini"):
            text = path.read_text(encoding="utf-8", errors="replace")
            assert MARK not in text and "Dokument" not in text, path
            assert path.stat().st_mode & 0o077 == 0, path


def test_every_file_dialog_goes_through_file_dialogs() -> None:
    # The print dialog's "Save as PDF" (the one the issue found) and every other
    # dialog: no module but ui/dialogs/file_dialogs.py opens Qt's file dialog itself.
    users = [p.relative_to(REPO).as_posix() for p in (REPO / "ui").rglob("*.py")
             if "QFileDialog" in p.read_text(encoding="utf-8")]
    assert users == ["ui/dialogs/file_dialogs.py"]
