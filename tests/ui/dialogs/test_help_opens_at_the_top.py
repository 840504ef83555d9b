"""F1 opens the user guide at its beginning, every time (issue 12)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from tests.ui.main_window_support import WAIT_MS, close_window, key, open_window
from ui.dialogs.help import GuideDialog


def _guide() -> GuideDialog | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, GuideDialog) and w.isVisible()), None)


def test_f1_opens_the_guide_at_the_top_every_time(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path, store: Store,
        templates: TemplateSet) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, store, templates, lang="nn")
    try:
        for _ in range(2):
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
            key(Qt.Key.Key_F1)
            qtbot.waitUntil(lambda: _guide() is not None, timeout=WAIT_MS)
            guide = _guide()
            assert guide is not None
            qtbot.waitExposed(guide)
            bar = guide.browser.verticalScrollBar()
            qtbot.waitUntil(lambda b=bar: b.maximum() > 0, timeout=WAIT_MS)
            for _ in range(3):  # let any late layout or scroll of the browser happen
                QApplication.processEvents()
            assert bar.value() == 0
            assert guide.browser.textCursor().position() == 0
            assert guide.browser.cursorRect().top() <= guide.browser.viewport().height()
            # Read down the guide, then close it: the next F1 starts at the top again.
            bar.setValue(bar.maximum() // 2)
            with qtbot.waitSignal(guide.destroyed, timeout=WAIT_MS):
                guide.close()
    finally:
        close_window(window, languages)
