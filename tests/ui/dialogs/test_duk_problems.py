"""Issue 14 defect 5: the duk-problem report lists every problem, and never opens
over the unlock page to take the keystrokes meant for the passphrase."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samtaleduk.paths import user_duker_dir
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import load_all
from samtaleduk.trust.keyfile import FAST_KDF
from tests.conftest import TEST_PASSPHRASE
from tests.samtaleduk.templates import duk_histories as h
from ui.shell import app as app_module
from ui.shell.main_window import MainWindow
from ui.shell.prefs import Prefs
from ui.tools.i18n import LanguageManager

BROKEN = Path(__file__).parents[2] / "fixtures" / "broken_duker"
WAIT_MS = 20_000


def _many_broken(data: Path) -> Path:
    folder = user_duker_dir(data)
    folder.mkdir(parents=True, exist_ok=True)
    for path in BROKEN.glob("*.toml"):
        shutil.copy(path, folder / path.name)
    return folder


def test_problems_wait_for_the_unlock_and_are_all_listed(
        qtbot: QtBot, _isolated_data_dir: Path) -> None:
    data = _isolated_data_dir
    with Store.create(data, TEST_PASSPHRASE, FAST_KDF) as store:
        # A case on v2 whose file is then edited without a bump: said after unlock too.
        case = h.family_case()
        store.save_case(case)
        store.save_meeting(h.filled_meeting(case, h.v2()), h.v2())
    folder = _many_broken(data)
    (folder / "familie.toml").write_text(h.v2_edited_text(), "utf-8")
    templates = load_all(folder)
    assert len(templates.problems) > 10

    languages = LanguageManager()
    languages.set_language("en")
    window = MainWindow(data, templates, languages, Prefs(data), kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)

    modal_before_unlock: list[QWidget] = []

    def look() -> None:
        # The old report was a modal box opened here; close it so the test goes on.
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal_before_unlock.append(modal)
            modal.close()

    QTimer.singleShot(0, look)
    app_module._report_problems(window)
    QTest.qWait(0)
    assert modal_before_unlock == []
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.unlock_page.passphrase,
                    timeout=WAIT_MS)
    for ch in TEST_PASSPHRASE:
        QTest.sendKeyEvent(QTest.KeyAction.Click, QApplication.focusWidget(),
                           Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
    assert window.unlock_page.passphrase.text() == TEST_PASSPHRASE
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.store is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.duk_problems is not None
                    and window.duk_problems.isVisible(), timeout=WAIT_MS)
    shown = window.duk_problems.text()
    for problem in templates.problems:
        assert problem.path.name in shown
        assert problem.message("en") in shown  # the UI's language (issue 18)
    assert "familie.toml" in shown and "version" in shown
    assert not {"ikkje", "ikke", "fila", "filen", "linje"} & set(re.findall(r"\w+", shown))
    # The UI changes language: the problems are said again in the new one.
    languages.set_language("nb")
    qtbot.waitUntil(lambda: templates.problems[0].message("nb")
                    in window.duk_problems.text(), timeout=WAIT_MS)
    shown = window.duk_problems.text()
    assert all(problem.message("nb") in shown for problem in templates.problems)
    assert "ikkje" not in shown
    window.duk_problems.close()
    window.store.close()
    window.store = None
