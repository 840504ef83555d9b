"""Starting the app: the demo's way in (a passphrase handed over) ends on the cases."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samtaleduk.store.store import FAST_KDF, Store
from ui.shell import app as app_module
from ui.shell.single_instance import InstanceLock
from ui.tools.snapshot import fill_demo_store


def test_start_with_a_passphrase_opens_the_store_and_shows_the_cases(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path) -> None:
    with Store.create(_isolated_data_dir, "demo-frase-ŋ", FAST_KDF) as store:
        fill_demo_store(store)
    started = app_module.start(data_dir=str(_isolated_data_dir), passphrase="demo-frase-ŋ")
    assert started is not None
    window, lock = started
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.store is not None, timeout=10_000)
        assert window.pages.currentWidget() is window.cases_page
        assert sorted(window.cases_page.visible_case_names()) == ["Familien Haugland", "Jonas"]
        # The folder is taken while the window is open.
        assert not InstanceLock(_isolated_data_dir).acquire()
    finally:
        window.close()
        lock.release()
    assert window.store is None


def test_quick_start_draws_the_unlock_page_first_then_builds_the_rest(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path) -> None:
    with Store.create(_isolated_data_dir, "demo-frase-ŋ", FAST_KDF) as store:
        fill_demo_store(store)
    started = app_module.start(data_dir=str(_isolated_data_dir), quick=True)
    assert started is not None
    window, lock = started
    qtbot.addWidget(window)
    try:
        # Only the unlock page exists until the window has been drawn once.
        assert not window.ready and window.pages.count() == 1
        qtbot.waitUntil(lambda: window.ready, timeout=10_000)
        assert window.pages.count() == 4 and window.templates.get("familie") is not None
        page = window.unlock_page
        page.passphrase.setText("demo-frase-ŋ")
        page.attempt()
        qtbot.waitUntil(lambda: window.store is not None, timeout=10_000)
        assert sorted(window.cases_page.visible_case_names()) == ["Familien Haugland", "Jonas"]
    finally:
        window.close()
        lock.release()


def test_an_unlock_asked_before_the_rest_is_built_waits_for_it(
        qtbot: QtBot, qapp: QApplication, _isolated_data_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The duker and the engine load on a worker after the first frame (issue 16:
    typing is not held up by them); Enter pressed before the pages exist unlocks
    as soon as they do, and the keys typed before land in the field."""
    with Store.create(_isolated_data_dir, "demo-frase-ŋ", FAST_KDF) as store:
        fill_demo_store(store)
    loading = threading.Event()
    real = app_module._engine_and_templates

    def slow_load(data: Path) -> object:
        assert loading.wait(10)  # the duker are still loading when Enter is pressed
        return real(data)

    monkeypatch.setattr(app_module, "_engine_and_templates", slow_load)
    started = app_module.start(data_dir=str(_isolated_data_dir), quick=True)
    assert started is not None
    window, lock = started
    qtbot.addWidget(window)
    try:
        page = window.unlock_page
        qtbot.waitExposed(window)
        page.passphrase.setFocus()
        page.passphrase.setText("demo-frase-")
        qtbot.keyClicks(page.passphrase, "x")
        assert page.passphrase.text() == "demo-frase-x"  # typing lands meanwhile
        page.passphrase.setText("demo-frase-ŋ")  # keyClicks cannot type "ŋ"
        assert page.passphrase.text() == "demo-frase-ŋ"
        qtbot.keyClick(page.passphrase, "\r")
        qtbot.wait(50)
        assert not window.ready and window.store is None  # waits for the pages
        loading.set()
        qtbot.waitUntil(lambda: window.store is not None, timeout=10_000)
        assert window.ready and window.pages.currentWidget() is window.cases_page
        assert sorted(window.cases_page.visible_case_names()) == ["Familien Haugland", "Jonas"]
    finally:
        window.close()
        lock.release()


FIRST_PAINT_CHILD = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
HEAVY = ("pydantic", "sqlite_utils", "sqlcipher3", "reportlab", "cryptography",
         "samtaleduk.store.store", "samtaleduk.templates.loading", "ui.pages.case_list", "ui.pages.meeting_page")
class FirstPaint(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            self.seen = True
            print("LOADED", *sorted(m for m in HEAVY if m in sys.modules), flush=True)
            QTimer.singleShot(0, app.quit)
        return False
first = FirstPaint()
app.installEventFilter(first)
from ui.main import main
main(["--data-dir", sys.argv[1]])
"""


def test_the_first_frame_needs_no_database_layer(tmp_path: Path) -> None:
    """`samtaleduk` draws its unlock page before importing pydantic, the store or
    the pages (they load right after): the cold start stays close to bare Qt."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", FIRST_PAINT_CHILD, str(tmp_path)],
                            env=env, capture_output=True, text=True, timeout=120)
    loaded = [line for line in result.stdout.splitlines() if line.startswith("LOADED")]
    assert loaded == ["LOADED"], (loaded, result.stderr[-2000:])


def test_a_quit_while_the_start_up_still_loads_ends_cleanly(tmp_path: Path) -> None:
    """Quit at the first frame, while the engine and the duker still load on a
    worker: the worker ends before the application is torn down, so nothing is
    emitted on a deleted runner (it printed "Signal source has been deleted", and
    a Python thread alive at the interpreter's end can crash the process)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", FIRST_PAINT_CHILD, str(tmp_path)],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr and "deleted" not in result.stderr, \
        result.stderr[-2000:]
