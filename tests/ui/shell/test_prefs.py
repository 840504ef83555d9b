"""The UI settings file: private, typed, and remembered between starts."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication

from ui.shell.prefs import Prefs


def test_settings_round_trip(qapp: QApplication, tmp_path: Path) -> None:
    prefs = Prefs(tmp_path / "data")
    prefs.language, prefs.theme, prefs.facilitator = "nb", "high_contrast", "Ingrid Fjeld"
    prefs.geometry = QByteArray(b"\x01\x02")
    prefs.sync()
    again = Prefs(tmp_path / "data")
    assert (again.language, again.theme, again.facilitator) == ("nb", "high_contrast",
                                                                 "Ingrid Fjeld")
    assert again.geometry == QByteArray(b"\x01\x02")


def test_unknown_language_falls_back_to_nynorsk(qapp: QApplication, tmp_path: Path) -> None:
    prefs = Prefs(tmp_path)
    prefs.language = "xx"
    assert prefs.language == "nn"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_data_folder_and_settings_file_are_private(qapp: QApplication, tmp_path: Path) -> None:
    prefs = Prefs(tmp_path / "new")
    prefs.theme = "paper"
    prefs.sync()
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "new" / "ui-settings.ini").stat().st_mode) == 0o600
