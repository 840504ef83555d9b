"""Portable mode: a `portable.txt` beside the bundled program keeps data beside it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from samtaleduk import paths


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake frozen layout: dist/Samtaleduk/samtaleduk with _internal/ beside it."""
    folder = tmp_path / "USB" / "Samtaleduk"
    (folder / "_internal").mkdir(parents=True)
    exe = folder / "samtaleduk"
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setattr(sys, "_MEIPASS", str(folder / "_internal"), raising=False)
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    return folder


def test_portable_marker_keeps_data_beside_the_program(bundle: Path) -> None:
    (bundle / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert paths.data_dir() == bundle.resolve() / "data"


def test_without_the_marker_data_goes_to_the_users_folder(bundle: Path) -> None:
    data = paths.data_dir()
    assert bundle.resolve() not in data.parents
    assert data.name in ("Samtaleduk", "samtaleduk")


def test_explicit_folder_and_environment_win_over_portable(
        bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (bundle / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert paths.data_dir(tmp_path / "own") == (tmp_path / "own").resolve()
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env"))
    assert paths.data_dir() == (tmp_path / "env").resolve()


def test_marker_beside_a_plain_python_is_ignored(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Not frozen (a developer's venv): a stray portable.txt must not move the data."""
    exe = tmp_path / "bin" / "python"
    exe.parent.mkdir()
    (exe.parent / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    assert tmp_path.resolve() not in paths.data_dir().parents


def test_program_files_come_from_the_bundle(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert paths.app_root() == internal
    assert paths.builtin_duker_dir() == internal / "duker"
    assert paths.font_path(bold=True) == internal / "resources" / "fonts" / "DejaVuSans-Bold.ttf"
