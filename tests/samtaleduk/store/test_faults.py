"""store_faults: messages are chosen by SQLite's result code and the folder
probe's errno, never by SQLite's text."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from samtaleduk.store import faults
from samtaleduk.store.errors import DiskFull


class _Err(Exception):
    def __init__(self, code: int, text: str = "disk full disk") -> None:
        super().__init__(text)
        self.sqlite_errorcode = code


def test_text_decides_nothing(tmp_path: Path) -> None:
    damaged = faults.write_failed(_Err(faults.SQLITE_CORRUPT), tmp_path)
    assert isinstance(damaged, faults.SuspectedDamage)
    assert "Disken er full" not in str(damaged)


def test_full_by_code(tmp_path: Path) -> None:
    assert isinstance(faults.write_failed(_Err(faults.SQLITE_FULL, "x"), tmp_path),
                      DiskFull)


@pytest.mark.parametrize(("name", "kind"), [("ENOSPC", DiskFull),
                                            ("EROFS", faults.FolderUnwritable)])
def test_io_error_is_told_by_the_probe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       name: str, kind: type) -> None:
    monkeypatch.setenv(faults.INJECT_ENV, name)
    assert isinstance(faults.write_failed(_Err(faults.SQLITE_IOERR), tmp_path), kind)


def test_probe_of_a_writable_folder_leaves_nothing(tmp_path: Path) -> None:
    assert faults.probe_folder(tmp_path) is None
    assert list(tmp_path.iterdir()) == []
    assert faults.probe_folder(tmp_path / "missing") == errno.ENOENT
