"""store_faults: messages are chosen by SQLite's result code and the folder
probe's errno, never by SQLite's text."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from samtaleduk import store_faults
from samtaleduk.store_errors import DiskFull


class _Err(Exception):
    def __init__(self, code: int, text: str = "disk full disk") -> None:
        super().__init__(text)
        self.sqlite_errorcode = code


def test_text_decides_nothing(tmp_path: Path) -> None:
    damaged = store_faults.write_failed(_Err(store_faults.SQLITE_CORRUPT), tmp_path)
    assert isinstance(damaged, store_faults.SuspectedDamage)
    assert "Disken er full" not in str(damaged)


def test_full_by_code(tmp_path: Path) -> None:
    assert isinstance(store_faults.write_failed(_Err(store_faults.SQLITE_FULL, "x"), tmp_path),
                      DiskFull)


@pytest.mark.parametrize(("name", "kind"), [("ENOSPC", DiskFull),
                                            ("EROFS", store_faults.FolderUnwritable)])
def test_io_error_is_told_by_the_probe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       name: str, kind: type) -> None:
    monkeypatch.setenv(store_faults.INJECT_ENV, name)
    assert isinstance(store_faults.write_failed(_Err(store_faults.SQLITE_IOERR), tmp_path), kind)


def test_probe_of_a_writable_folder_leaves_nothing(tmp_path: Path) -> None:
    assert store_faults.probe_folder(tmp_path) is None
    assert list(tmp_path.iterdir()) == []
    assert store_faults.probe_folder(tmp_path / "missing") == errno.ENOENT
