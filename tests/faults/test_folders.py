"""Folders Samtaleduk may not write in or look into (issue 13, point 3).

An own store in a folder without write rights (a 0500 folder for a process
without root's file rights, or a read-only mount), another user's 0700 store, a
read-only folder under the app, and a data folder that cannot be made. Each
gives a clear Norwegian (or translated) message, no traceback, nothing moved.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from samtaleduk.store import restore, safe_open
from samtaleduk.store.errors import StoreError
from tests.conftest import TEST_PASSPHRASE
from tests.faults.conftest import UNPRIVILEGED, MadeStore, Run, read_only_mount


@pytest.fixture
def no_write(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], Any]:
    """Make a folder unwritable: a read-only bind mount where root may mount,
    else injected EROFS for every file created or opened for writing in it."""
    def make(folder: Path) -> Any:
        mount = read_only_mount(folder)
        if mount.__enter__():
            return mount
        mount.__exit__(None, None, None)
        real_open = os.open

        def refusing_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            writes = flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
            if writes and Path(os.fsdecode(path)).parent == folder:
                raise OSError(30, "Read-only file system", str(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", refusing_open)
        monkeypatch.setenv("SAMTALEDUK_FAULTS_INJECT", "EROFS")
        from tests.faults.conftest import inject_full

        inject_full(monkeypatch, folder)
        monkeypatch.setenv("SAMTALEDUK_FAULTS_INJECT", "EROFS")
        return None
    return make


@pytest.fixture
def unwritable(tmp_path: Path, no_write: Callable[[Path], Any]) -> Iterator[Callable[[Path], bool]]:
    """Make a folder unwritable; True when it is a real read-only mount."""
    mounts: list[Any] = []

    def make(folder: Path) -> bool:
        mounts.append(no_write(folder))
        return mounts[-1] is not None

    yield make
    for m in mounts:
        if m is not None:
            m.__exit__(None, None, None)


def test_store_in_a_read_only_folder_opens_read_only(
        tmp_path: Path, make_store: Callable[..., MadeStore], run_cli: Callable[..., Run],
        unwritable: Callable[[Path], bool]) -> None:
    made = make_store(tmp_path / "data")
    unwritable(made.folder)
    result = run_cli("--data-dir", str(made.folder), "cases")
    assert "Traceback" not in result.err and "skadd" not in result.err, result.err
    assert result.code == 0 and "Vern" in result.out
    assert "får ikkje skriva i datamappa" in result.err
    assert restore.list_aside(made.folder) == []
    assert (made.folder / "samtaleduk.db").exists()


@pytest.mark.skipif(UNPRIVILEGED is None, reason="needs root to drop its file rights")
def test_own_store_in_a_0500_folder(tmp_path: Path, make_store: Callable[..., MadeStore],
                                    run_cli: Callable[..., Run]) -> None:
    made = make_store(tmp_path / "data")
    made.folder.chmod(0o500)
    try:
        result = run_cli("--data-dir", str(made.folder), "cases", unprivileged=True)
    finally:
        made.folder.chmod(0o700)
    assert "Traceback" not in result.err and "PermissionError" not in result.err, result.err
    assert "skadd" not in result.err
    assert result.code == 0 and "Vern" in result.out
    assert "får ikkje skriva i datamappa" in result.err
    assert restore.list_aside(made.folder) == []


@pytest.mark.skipif(UNPRIVILEGED is None, reason="needs root to drop its file rights")
def test_another_users_store(tmp_path: Path, make_store: Callable[..., MadeStore],
                             run_cli: Callable[..., Run]) -> None:
    made = make_store(tmp_path / "data")
    os.chown(made.folder, 65534, 65534)  # nobody's folder, 0700
    try:
        result = run_cli("--data-dir", str(made.folder), "cases", unprivileged=True)
        created = run_cli("--data-dir", str(made.folder / "under"), "cases", unprivileged=True)
    finally:
        os.chown(made.folder, 0, 0)
    assert result.code == 1 and "Traceback" not in result.err, result.err
    assert "har ikkje tilgang til datamappa" in result.err
    assert created.code == 1 and "Traceback" not in created.err, created.err
    assert (made.folder / "samtaleduk.db").exists()


def test_another_users_store_injected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      run_cli: Callable[..., Run]) -> None:
    folder = tmp_path / "fremd"
    real_exists = Path.exists

    def exists(self: Path, *args: Any, **kwargs: Any) -> bool:
        if self.parent == folder:
            raise PermissionError(13, "Permission denied", str(self))
        return real_exists(self, *args, **kwargs)

    monkeypatch.setattr(Path, "exists", exists)
    result = run_cli("--data-dir", str(folder), "cases")
    assert result.code == 1 and "Traceback" not in result.err, result.err
    assert "har ikkje tilgang til datamappa" in result.err


def test_unlock_in_a_read_only_folder_is_not_damage(
        tmp_path: Path, make_store: Callable[..., MadeStore],
        unwritable: Callable[[Path], bool]) -> None:
    made = make_store(tmp_path / "data")
    unwritable(made.folder)
    try:
        opened = safe_open.open_store(made.folder, TEST_PASSPHRASE)
    except StoreError as exc:
        raise AssertionError(f"refused: {exc}") from None
    with opened.store as store:
        assert store.read_only is not None and len(store.list_cases()) == 1
    assert restore.list_aside(made.folder) == []


def test_data_folder_that_cannot_be_made_cli(tmp_path: Path,
                                             run_cli: Callable[..., Run]) -> None:
    blocker = tmp_path / "ei-fil"
    blocker.write_text("x")
    result = run_cli("--data-dir", str(blocker / "data"), "cases")
    assert result.code == 1 and "Traceback" not in result.err, result.err
    assert "datamappa" in result.err


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes the app shows (title, text), recorded instead of shown."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    return shown


def test_gui_data_folder_that_cannot_be_made(qapp: Any, tmp_path: Path,
                                             boxes: list[tuple[str, str]]) -> None:
    from ui.shell import app as app_module

    blocker = tmp_path / "ei-fil"
    blocker.write_text("x")
    started = app_module.start(data_dir=str(blocker / "data"))  # was a traceback in Prefs
    assert started is None
    from PySide6.QtCore import QCoreApplication

    title = QCoreApplication.translate("App", "The data folder cannot be used")
    assert boxes == [(title, boxes[0][1])] and str(blocker / "data") in boxes[0][1]


def test_gui_read_only_folder_is_not_already_open(
        qapp: Any, qtbot: Any, tmp_path: Path, make_store: Callable[..., MadeStore],
        unwritable: Callable[[Path], bool], boxes: list[tuple[str, str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.shell import app as app_module
    from ui.shell.single_instance import InstanceLock

    made = make_store(tmp_path / "data")
    if not unwritable(made.folder):
        # Injected: the Qt lock file cannot be made either.
        monkeypatch.setattr(InstanceLock, "acquire", lambda self: False)
        monkeypatch.setattr(InstanceLock, "held_elsewhere", lambda self: False,
                            raising=False)
    started = app_module.start(data_dir=str(made.folder), passphrase=TEST_PASSPHRASE)
    assert started is not None, boxes
    window, lock = started
    qtbot.addWidget(window)
    try:
        from PySide6.QtCore import QCoreApplication

        busy = QCoreApplication.translate("App", "Samtaleduk is already open")
        unwritable_title = QCoreApplication.translate("App", "The data folder cannot be written")
        assert [t for t, _text in boxes] == [unwritable_title], boxes
        assert busy not in [t for t, _text in boxes]
        qtbot.waitUntil(lambda: window.store is not None, timeout=10_000)
        assert window.store.read_only is not None
        assert window.backup_banner.isVisibleTo(window)
        assert "får ikkje skriva i datamappa" in window.backup_banner.text()
    finally:
        window.close()
        lock.release()
    assert restore.list_aside(made.folder) == []
