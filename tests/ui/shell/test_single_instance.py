"""Only one running app may hold a data folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ui.shell import app as app_module
from ui.shell.single_instance import InstanceLock


def test_second_lock_is_refused_until_the_first_is_released(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path)
    second = InstanceLock(tmp_path)
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()


def test_second_start_says_the_app_is_already_open(
    qapp: QApplication, _isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(app_module.QMessageBox, "information",
                        lambda _parent, title, text: shown.append(f"{title}\n{text}"))
    holder = InstanceLock(_isolated_data_dir)
    assert holder.acquire()
    try:
        started = app_module.start(data_dir=str(_isolated_data_dir))
    finally:
        holder.release()
    assert started is None
    assert len(shown) == 1 and "Samtaleduk" in shown[0]
