"""Issue 13, point 16: the idle time in ui-settings.ini was not clamped.

Whatever a hand-edited or shipped `ui-settings.ini` says, the window locks after
1–30 minutes (the range the menu offers), and an unreadable value means the
default five; the running lock's timer gets the clamped value too."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import FAST_KDF
from ui.controllers import lock
from ui.shell.main_window import MainWindow
from ui.shell.prefs import Prefs
from ui.tools.i18n import LanguageManager


@pytest.mark.parametrize(("written", "minutes"), [
    ("0", 1), ("-5", 1), ("0.001", 1), ("100000", 30), ("1e308", 30), ("inf", 30),
    ("nan", 5), ("fem", 5), ("", 5), ("12", 12),
])
def test_idle_minutes_from_the_settings_file_are_clamped(
        written: str, minutes: float, _isolated_data_dir: Path, qtbot: QtBot) -> None:
    _isolated_data_dir.mkdir(parents=True, exist_ok=True)
    (_isolated_data_dir / "ui-settings.ini").write_text(
        f"[lock]\nidle_minutes={written}\n", encoding="utf-8")
    assert lock.idle_minutes(_isolated_data_dir) == minutes
    assert Prefs(_isolated_data_dir).idle_minutes == minutes
    window = MainWindow(_isolated_data_dir, None, LanguageManager(), Prefs(_isolated_data_dir),
                        kdf=FAST_KDF)
    qtbot.addWidget(window)
    from samtaleduk.templates.loading import load_all

    window.finish_setup(load_all())
    assert window.lock_controller.timer.interval() == int(minutes * 60_000)
