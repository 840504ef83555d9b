"""File › Change the data key …: the store is locked, the re-key runs off the GUI
thread with a progress bar, and afterwards an old key file copy opens nothing; after
a recovery by IT the app offers it (issue 13, point 14)."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from samtaleduk.store import backup
from samtaleduk.store.errors import StoreError
from samtaleduk.store.store import FAST_KDF, key_file, store_file
from samtaleduk.templates.loading import TemplateSet
from samtaleduk.trust import keyfile, recovery, recovery_file, rekey
from tests.conftest import TEST_PASSPHRASE
from tests.ui.dialogs.window_support import open_window, type_passphrase_and_unlock
from ui.dialogs.rekey import RekeyDialog
from ui.shell.main_window import MainWindow


def _window(qtbot: QtBot, data: Path, templates: TemplateSet) -> MainWindow:
    return open_window(qtbot, data, templates)


def _unlock(qtbot: QtBot, win: MainWindow) -> None:
    type_passphrase_and_unlock(win)
    qtbot.waitUntil(lambda: win.store is not None, timeout=10_000)


def _old_key_opens(path: Path, key: bytes) -> bool:
    try:
        backup.open_readonly(path, key).close()
    except StoreError:
        return False
    return True


def test_change_key_from_the_file_menu(qtbot: QtBot, qapp: QApplication, closed_store: Path,
                                       templates: TemplateSet, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    stolen = tmp_path / "stolen.key"
    shutil.copy(key_file(closed_store), stolen)
    old = keyfile.unwrap_with_passphrase(keyfile.read_key_file(stolen), TEST_PASSPHRASE)
    threads: list[threading.Thread] = []
    real = rekey.rekey

    def recorded(*args: object, **kwargs: object) -> rekey.Rekeyed:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(rekey, "rekey", recorded)
    win = _window(qtbot, closed_store, templates)
    _unlock(qtbot, win)
    action = win.rekey_actions.act_rekey
    assert action in win.menus.file_menu.actions() and "data key" in action.text().replace("&", "")
    action.trigger()
    assert win.store is None  # locked first
    dialog = win.rekey_actions.dialog
    assert isinstance(dialog, RekeyDialog)
    qtbot.waitUntil(dialog.isVisible)
    steps: list[int] = []
    shown = dialog._on_step

    def on_step(value: object) -> None:  # each step the engine reports, as the bar gets it
        steps.append(value[0])  # type: ignore[index]
        shown(value)

    dialog._on_step = on_step  # type: ignore[method-assign]

    dialog.passphrase.setText("feil passordfrase")
    dialog.go_button.click()
    qtbot.waitUntil(lambda: not dialog.working and dialog.message.isVisible(), timeout=10_000)
    assert "wrong" in dialog.message.text().lower() and not dialog.finished_ok
    assert _old_key_opens(store_file(closed_store), old)

    steps.clear()
    dialog.passphrase.setText(TEST_PASSPHRASE)
    dialog.go_button.click()
    assert dialog.working and not dialog.passphrase.isEnabled()
    qtbot.waitUntil(lambda: dialog.finished_ok, timeout=20_000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert steps == list(range(len(rekey.STEPS)))
    assert "no longer opens" in dialog.message.text()
    assert not _old_key_opens(store_file(closed_store), old)
    assert not any(_old_key_opens(b.path, old) for b in backup.list_backups(closed_store))
    dialog.reject()
    qtbot.waitUntil(lambda: win.rekey_actions.dialog is None)
    _unlock(qtbot, win)  # the same passphrase
    assert win.store is not None and len(win.store.list_cases()) == 1


def test_offered_after_a_recovery(qtbot: QtBot, qapp: QApplication, closed_store: Path,
                                  templates: TemplateSet, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recovery_file, "RECOVERY_KDF", FAST_KDF)
    private, public = recovery_file.generate_keypair(tmp_path / "it", "ein lang IT-passordfrase")
    recovery.enable_recovery(key_file(closed_store), TEST_PASSPHRASE, public)
    key = recovery_file.load_private_key(private, "ein lang IT-passordfrase").key
    recovery.recover(key_file(closed_store), key, TEST_PASSPHRASE, FAST_KDF)
    win = _window(qtbot, closed_store, templates)
    _unlock(qtbot, win)
    qtbot.waitUntil(lambda: win.rekey_actions.offer is not None
                    and win.rekey_actions.offer.isVisible(), timeout=10_000)
    offer = win.rekey_actions.offer
    assert offer is not None and "recovery key" in offer.text()
    offer.done(QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: isinstance(win.rekey_actions.dialog, RekeyDialog))
    dialog = win.rekey_actions.dialog
    assert isinstance(dialog, RekeyDialog) and win.store is None
    dialog.passphrase.setText(TEST_PASSPHRASE)
    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.finished_ok, timeout=20_000)
    assert "Recovery by IT works" in dialog.message.text()
    assert not rekey.advised(closed_store)
    dialog.reject()


def test_offered_once_per_run(qtbot: QtBot, qapp: QApplication, closed_store: Path,
                              templates: TemplateSet, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recovery_file, "RECOVERY_KDF", FAST_KDF)
    private, public = recovery_file.generate_keypair(tmp_path / "it", "ein lang IT-passordfrase")
    recovery.enable_recovery(key_file(closed_store), TEST_PASSPHRASE, public)
    key = recovery_file.load_private_key(private, "ein lang IT-passordfrase").key
    recovery.recover(key_file(closed_store), key, TEST_PASSPHRASE, FAST_KDF)
    win = _window(qtbot, closed_store, templates)
    _unlock(qtbot, win)
    qtbot.waitUntil(lambda: win.rekey_actions.offer is not None, timeout=10_000)
    offer = win.rekey_actions.offer
    assert offer is not None
    offer.done(QMessageBox.StandardButton.No)
    qtbot.waitUntil(lambda: win.rekey_actions.offer is None)
    assert win.store is not None and win.rekey_actions.dialog is None
    win.lock()
    _unlock(qtbot, win)
    qapp.processEvents()
    assert win.rekey_actions.offer is None and rekey.advised(closed_store)


def test_not_offered_without_a_recovery(qtbot: QtBot, qapp: QApplication, closed_store: Path,
                                        templates: TemplateSet) -> None:
    win = _window(qtbot, closed_store, templates)
    _unlock(qtbot, win)
    qapp.processEvents()
    assert win.rekey_actions.offer is None
