"""The key file and leftovers (issue 13, point 8).

A key file of another store put the good store aside and the app then said
there were no backups when two existed; with the key file missing, `restore
nyaste` said there was no store; an interrupted backup left `*.db.tmp-journal`
files behind.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from samtaleduk.store import backup, restore, safe_open
from samtaleduk.store.errors import StoreDamaged, StoreError, WrongPassphrase
from tests.conftest import TEST_PASSPHRASE
from tests.faults.conftest import MadeStore, Run


def test_key_file_of_another_store_moves_nothing(
        tmp_path: Path, make_store: Callable[..., MadeStore],
        run_cli: Callable[..., Run], count_notes: Callable[[Path], int]) -> None:
    made = make_store(tmp_path / "mine", backups=2)
    other = make_store(tmp_path / "other", after_backup=0)
    own_key = (made.folder / "samtaleduk.key").read_bytes()
    shutil.copy2(other.folder / "samtaleduk.key", made.folder / "samtaleduk.key")
    with pytest.raises(StoreError) as info:
        safe_open.open_store(made.folder, TEST_PASSPHRASE)
    assert not isinstance(info.value, StoreDamaged)  # the app offers no restore
    assert "passar ikkje til lagerfila" in str(info.value)
    assert "Dei 2 tryggingskopiane" in str(info.value)  # not "no backups"
    result = run_cli("--data-dir", str(made.folder), "cases")
    assert result.code == 1 and "Traceback" not in result.err
    assert "passar ikkje til lagerfila" in result.err
    assert restore.list_aside(made.folder) == []
    (made.folder / "samtaleduk.key").write_bytes(own_key)
    assert count_notes(made.folder) == made.notes  # the right key opens it as it was


def test_restore_without_the_key_file_names_the_key_file(
        tmp_path: Path, make_store: Callable[..., MadeStore],
        run_cli: Callable[..., Run]) -> None:
    made = make_store(tmp_path / "data")
    (made.folder / "samtaleduk.key").rename(tmp_path / "borte.key")
    result = run_cli("--data-dir", str(made.folder), "restore", "nyaste")
    assert result.code == 1 and "Traceback" not in result.err
    assert "Nøkkelfila samtaleduk.key manglar" in result.err
    assert "ikkje noko lager" not in result.err
    assert (made.folder / "samtaleduk.db").exists()


def test_interrupted_backups_leave_no_journal(tmp_path: Path,
                                             make_store: Callable[..., MadeStore]) -> None:
    made = make_store(tmp_path / "data")
    folder = backup.backup_dir(made.folder)
    stamp = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
    leftovers = []
    for i in range(4):  # what four backups cut off by a full disk left behind
        name = f"auto-{(stamp + dt.timedelta(seconds=i)).strftime('%Y%m%dT%H%M%S%fZ')}.db.tmp"
        leftovers.append(folder / (name + "-journal"))
        leftovers[-1].write_bytes(b"x")
    other = folder / "mine.db.tmp-journal"  # not ours: never touched
    other.write_bytes(b"y")
    backup.rotate(made.folder)
    assert [p for p in leftovers if p.exists()] == []
    assert other.exists()


def test_gui_key_file_of_another_store_names_the_backups(
        qapp: object, qtbot: object, tmp_path: Path,
        make_store: Callable[..., MadeStore]) -> None:
    from ui.shell import app as app_module

    made = make_store(tmp_path / "mine", backups=2)
    other = make_store(tmp_path / "other", after_backup=0)
    shutil.copy2(other.folder / "samtaleduk.key", made.folder / "samtaleduk.key")
    started = app_module.start(data_dir=str(made.folder), passphrase=TEST_PASSPHRASE)
    assert started is not None
    window, lock = started
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    try:
        page = window.unlock_page
        qtbot.waitUntil(lambda: page.message.isVisibleTo(page), timeout=10_000)  # type: ignore[attr-defined]
        assert "passar ikkje til lagerfila" in page.message.text()
        assert "Dei 2 tryggingskopiane" in page.message.text()  # not "no backups"
        assert window.trust_actions.dialog is None  # no restore offered over a good store
    finally:
        window.close()
        lock.release()
    assert restore.list_aside(made.folder) == []


def _flip_wrapped_key(key_path: Path) -> None:
    import base64
    import json

    doc = json.loads(key_path.read_text(encoding="utf-8"))
    wrapping = next(w for w in doc["wrappings"] if w["kind"] == "passphrase")
    raw = bytearray(base64.b64decode(wrapping["wrapped_key"]))
    raw[5] ^= 0x01
    wrapping["wrapped_key"] = base64.b64encode(bytes(raw)).decode("ascii")
    key_path.write_text(json.dumps(doc), encoding="utf-8")


def test_flipped_wrapped_key_is_damage_not_a_failed_unlock(
        tmp_path: Path, make_store: Callable[..., MadeStore]) -> None:
    made = make_store(tmp_path / "mine", backups=1)
    _flip_wrapped_key(made.folder / "samtaleduk.key")
    with pytest.raises(StoreError) as info:
        safe_open.open_store(made.folder, TEST_PASSPHRASE)
    assert not isinstance(info.value, WrongPassphrase)
    assert "Nøkkelfila er skadd" in str(info.value)
    assert not (made.folder / "unlock-failures.txt").exists()  # nobody guessed wrong
    assert restore.list_aside(made.folder) == []  # the store itself is fine
