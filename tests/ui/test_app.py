"""Starting the app: the demo's way in (a passphrase handed over) ends on the cases."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samtaleduk.store import FAST_KDF, Store
from ui import app as app_module
from ui.single_instance import InstanceLock
from ui.snapshot import fill_demo_store


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
