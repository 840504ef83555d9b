"""Between meetings › Pilot figures, in the real window by keys: Ctrl+Shift+G opens
the dialog with the last twelve months, Enter counts the figures on the job runner,
the focus lands on "Save as PDF", Space asks for a file and writes the PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from tests.samtaleduk.printing.pdfcheck import flat
from tests.ui.main_window_support import WAIT_MS, close_window, focus, key, open_window
from ui.controllers import pilot as pilot_controller
from ui.dialogs import file_dialogs
from ui.dialogs.pilot_report import default_period

Key = Qt.Key
Mod = Qt.KeyboardModifier


def test_shortcut_counts_and_saves_a_pdf(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, demo_store: Store,
        templates: TemplateSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pilot_controller, "today", lambda: dt.date(2026, 12, 31))
    target = tmp_path / "figures.pdf"
    asked: list[str] = []

    def choose(_parent: object, caption: str, name: str, _filter: str) -> str:
        asked.append(name)
        return str(target)

    monkeypatch.setattr(file_dialogs, "save_file_name", choose)
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        action = window.pilot_actions.act_report
        assert action in window.menus.between_menu.actions()
        assert action.shortcut().toString() == "Ctrl+Shift+G"
        key(Key.Key_G, Mod.ControlModifier | Mod.ShiftModifier)
        qtbot.waitUntil(lambda: window.pilot_actions.dialog is not None, timeout=WAIT_MS)
        dialog = window.pilot_actions.dialog
        assert dialog is not None
        assert dialog.period == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        assert not dialog.pdf_button.isEnabled()  # nothing counted yet
        qtbot.waitUntil(lambda: dialog.isActiveWindow(), timeout=WAIT_MS)
        key(Key.Key_Return)  # the default button: count the figures
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT_MS)
        assert dialog.preview.toPlainText().startswith("Pilot figures\n")
        assert "Goals by horizon" in dialog.preview.toPlainText()
        qtbot.waitUntil(lambda: focus() is dialog.pdf_button, timeout=WAIT_MS)
        key(Key.Key_Space)
        qtbot.waitUntil(target.exists, timeout=WAIT_MS)
        assert asked == ["gevinstmaling.pdf"]
        text = flat(target)
        assert "Pilot figures" in text and "Actions by who is responsible" in text
        qtbot.waitUntil(lambda: "figures.pdf" in dialog.message.text(), timeout=WAIT_MS)
        key(Key.Key_Escape)
        qtbot.waitUntil(lambda: window.pilot_actions.dialog is None, timeout=WAIT_MS)
    finally:
        close_window(window, languages)


def test_the_default_period_is_the_last_twelve_months() -> None:
    assert default_period(dt.date(2026, 12, 6)) == (dt.date(2025, 12, 7), dt.date(2026, 12, 6))
    assert default_period(dt.date(2028, 2, 29)) == (dt.date(2027, 3, 1), dt.date(2028, 2, 29))


LAZY_CHILD = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from samtaleduk.store.store import FAST_KDF, Store
from samtaleduk.templates.loading import load_all
from ui.shell.main_window import MainWindow
from ui.shell.prefs import Prefs
from ui.tools.i18n import LanguageManager
folder = Path(sys.argv[1])
Store.create(folder, "lat-import-frase", FAST_KDF).close()
window = MainWindow(folder, load_all(), LanguageManager(), Prefs(folder))
print("BUILT", "samtaleduk.pilot" in sys.modules, "ui.dialogs.pilot_report" in sys.modules)
window.set_store(Store.open(folder, "lat-import-frase"))
dialog = window.pilot_actions.show_report()
print("ASKED", "samtaleduk.pilot" in sys.modules, dialog is not None)
window.store.close()
"""


def test_the_pilot_figures_load_when_first_asked_for(tmp_path: Path) -> None:
    """Not part of every start and unlock (issue 16), and there when asked for."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", LAZY_CHILD, str(tmp_path)], env=env,
                            capture_output=True, text=True, timeout=120,
                            cwd=Path(__file__).resolve().parents[3])
    lines = [ln for ln in result.stdout.splitlines() if ln.startswith(("BUILT", "ASKED"))]
    assert lines == ["BUILT False False", "ASKED True True"], result.stderr[-2000:]
