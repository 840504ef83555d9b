"""A nearly full and a completely full disk (issue 13, points 1 and 2).

On a real 3 MB tmpfs when the tests run as root on Linux; otherwise (or with
SAMTALEDUK_FAULTS_INJECT=1) with the injected full disk of `conftest.inject_full`.
Either way: the store is never called damaged, never moved, no older backup is
offered, reading works, and the message says the disk is full.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from samtaleduk.store import backup, restore, safe_open
from samtaleduk.store.errors import DiskFull, StoreDamaged
from tests.conftest import TEST_PASSPHRASE
from tests.faults.conftest import MadeStore, Run, SmallDisk


def _assert_untouched(folder: Path) -> None:
    assert (folder / "samtaleduk.db").exists()
    assert restore.list_aside(folder) == []


def test_nearly_full_disk_is_not_damage(small_disk: SmallDisk,
                                        make_store: Callable[..., MadeStore],
                                        run_cli: Callable[..., Run],
                                        count_notes: Callable[[Path], int]) -> None:
    made = make_store(small_disk.root / "data")
    small_disk.fill(leave=12 * 1024)
    result = run_cli("--data-dir", str(made.folder), "cases")
    assert "Traceback" not in result.err
    assert "skadd" not in result.err and "restore" not in result.err, result.err
    assert "Disken er full" in result.err
    assert result.code == 0, result.err  # reading works: the case is listed
    assert "Vern" in result.out
    _assert_untouched(made.folder)
    small_disk.free()
    assert count_notes(made.folder) == made.notes  # the 13 notes after the backup are there


def test_nearly_full_disk_unlock_offers_no_backup(small_disk: SmallDisk,
                                                  make_store: Callable[..., MadeStore]) -> None:
    made = make_store(small_disk.root / "data")
    small_disk.fill(leave=12 * 1024)
    try:
        opened = safe_open.open_store(made.folder, TEST_PASSPHRASE)
    except StoreDamaged as exc:  # the fault: a healthy store put aside
        raise AssertionError(f"called damaged: {exc}") from None
    with opened.store as store:
        assert store.read_only is not None
        assert any("Disken er full" in n for n in opened.notices)
        assert len(store.list_cases()) == 1
    _assert_untouched(made.folder)


def test_completely_full_disk_reads_work(small_disk: SmallDisk,
                                         make_store: Callable[..., MadeStore],
                                         run_cli: Callable[..., Run]) -> None:
    made = make_store(small_disk.root / "data")
    small_disk.fill(leave=0)
    result = run_cli("--data-dir", str(made.folder), "cases")
    assert "Traceback" not in result.err and "Errno" not in result.err, result.err
    assert result.code == 0 and "Vern" in result.out
    assert "Disken er full" in result.err
    _assert_untouched(made.folder)


def test_backup_on_full_disk_says_full_and_leaves_nothing(
        small_disk: SmallDisk, make_store: Callable[..., MadeStore],
        run_cli: Callable[..., Run]) -> None:
    made = make_store(small_disk.root / "data")
    before = {p.name for p in backup.backup_dir(made.folder).iterdir()}
    small_disk.fill(leave=0)
    result = run_cli("--data-dir", str(made.folder), "backup")
    assert result.code == 1 and "Traceback" not in result.err
    assert "Disken er full" in result.err and "skadd" not in result.err
    after = {p.name for p in backup.backup_dir(made.folder).iterdir()}
    assert after == before  # no half backup, no -journal left behind
    _assert_untouched(made.folder)


def test_write_on_nearly_full_disk_is_disk_full(small_disk: SmallDisk,
                                                make_store: Callable[..., MadeStore]) -> None:
    made = make_store(small_disk.root / "data")
    opened = safe_open.open_store(made.folder, TEST_PASSPHRASE)
    with opened.store as store:
        small_disk.fill(leave=0)
        case = store.list_cases()[0]
        try:
            store.set_setting("probe", "x" * 200_000)
        except DiskFull as exc:
            assert str(exc).startswith("Disken er full")
        else:  # pragma: no cover - the injected disk cannot refuse an open connection
            assert not small_disk.real
        assert store.get_case(case.id).name == case.name
    _assert_untouched(made.folder)


def test_gui_on_a_full_disk_is_not_already_open(
        qapp: object, qtbot: object, small_disk: SmallDisk,
        make_store: Callable[..., MadeStore], monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from ui.shell import app as app_module
    from ui.shell.single_instance import InstanceLock

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, *_a, **_k: shown.append(title))
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, title, *_a, **_k: shown.append(title))
    made = make_store(small_disk.root / "data")
    small_disk.fill(leave=0)
    if not small_disk.real:  # injected: the Qt lock file cannot be written either
        monkeypatch.setattr(InstanceLock, "acquire", lambda self: False)
        monkeypatch.setattr(InstanceLock, "held_elsewhere", lambda self: False, raising=False)
    started = app_module.start(data_dir=str(made.folder), passphrase=TEST_PASSPHRASE)
    assert QCoreApplication.translate("App", "Samtaleduk is already open") not in shown
    assert started is not None
    window, lock = started
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    try:
        qtbot.waitUntil(lambda: window.store is not None, timeout=10_000)  # type: ignore[attr-defined]
        assert window.store.read_only is not None  # reading works
        assert "Disken er full" in window.backup_banner.text()
    finally:
        window.close()
        lock.release()
    _assert_untouched(made.folder)
