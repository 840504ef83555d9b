"""Where a save dialog starts and what the chosen name ends with (the PDF,
calendar-file and print dialogs share it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from ui.dialogs import file_dialogs


def _answer(monkeypatch: pytest.MonkeyPatch, chosen: str, offered: list[str]) -> None:
    def ask(_parent: object, _title: str, default: str, _filter: str,
            **_options: object) -> tuple[str, str]:
        offered.append(default)
        return chosen, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))


@pytest.mark.parametrize(("typed", "saved"), [("innkalling", "innkalling.ics"),
                                              ("innkalling.ICS", "innkalling.ICS"),
                                              ("innkalling.pdf", "innkalling.pdf.ics")])
def test_the_suffix_is_added_when_the_name_typed_lacks_it(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str,
        saved: str) -> None:
    offered: list[str] = []
    _answer(monkeypatch, str(tmp_path / typed), offered)
    out = file_dialogs.save_path_in_documents(None, "Save", "kalender-mote-4.ics",
                                              "Calendar files (*.ics)", ".ics")
    assert out == tmp_path / saved
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    assert offered == [str(Path(documents) / "kalender-mote-4.ics")]


def test_cancelling_gives_no_path(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    _answer(monkeypatch, "", [])
    assert file_dialogs.save_path_in_documents(None, "Save", "a.pdf", "PDF (*.pdf)",
                                               ".pdf") is None
