"""A failed print leaves no file, and an earlier file stays as it was."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from samtaleduk.domain.model import Case, Meeting
from samtaleduk.errors import UserError
from samtaleduk.printing import duk, print_duk
from samtaleduk.printing.atomic import write_atomically
from samtaleduk.templates.loading import TemplateSet


def test_write_atomically_writes_and_leaves_no_temp(tmp_path: Path) -> None:
    out = write_atomically(tmp_path / "a.pdf", b"%PDF-1.4 test")
    assert out.read_bytes() == b"%PDF-1.4 test"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_failure_while_renaming_leaves_old_file_and_no_temp(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(UserError):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_failed_layout_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      haugland: tuple[Case, list[Meeting]],
                                      templates: TemplateSet) -> None:
    case, meetings = haugland

    def broken_build(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("layout failed")

    monkeypatch.setattr(duk, "build_pdf", broken_build)
    with pytest.raises(RuntimeError):
        print_duk(meetings[0], case, templates.get("familie"), tmp_path / "duk.pdf")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Mappa finst ikkje"):
        write_atomically(tmp_path / "nope" / "a.pdf", b"x")


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_temp_file_is_private_while_written(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    modes: list[int] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        modes.append(os.stat(src).st_mode & 0o777)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    write_atomically(tmp_path / "a.pdf", b"x")
    assert modes == [0o600]


def test_unwritable_folder_is_a_user_error(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # Forced, because a read-only folder does not stop root (the test runner may be root).
    def refused(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(UserError, match="Kan ikkje skriva i mappa"):
        write_atomically(tmp_path / "a.pdf", b"x")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["a.pdf", "a.ics", "a.txt", "a.csv"])
def test_full_disk_is_a_user_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   name: str) -> None:
    # The same writer saves PDFs, calendar files, minutes and figures: its message
    # names no one kind of file (a calendar file was called "PDF-fila").
    def full(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(UserError, match="Kunne ikkje lagra fila i") as caught:
        write_atomically(tmp_path / name, b"x")
    for lang in ("nn", "nb", "en"):
        assert "PDF" not in caught.value.render(lang)
