"""Every file the app writes with case data is readable by the user only (0600),
and a print to a file is the engine's PDF, not pages of pictures (issue 12,
defect 11: the system dialog's print to file was 0644 and 2 MB)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from samtaleduk.domain.demo import demo_cases
from samtaleduk.templates.loading import TemplateSet
from tests.ui.main_window_support import WAIT_MS, click
from ui.dialogs import file_dialogs, print_dialog
from ui.dialogs.print_dialog import PrintDialog

MAX_PDF_BYTES = 300_000
"""The engine's duk PDF is about 50 KB; pages rasterised for a printer are megabytes."""


@pytest.fixture(autouse=True)
def _everyday_umask() -> Iterator[None]:
    """The umask most desktops run with: new files would be 0644."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


class _PrintToFileDialog:
    """The system print dialog answered with "print to file" (a PDF)."""

    out: Path

    def __init__(self, printer: QPrinter, _parent: object) -> None:
        self.printer = printer

    def setWindowTitle(self, _title: str) -> None:  # noqa: N802 (Qt API)
        pass

    def exec(self) -> int:
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.out))
        return int(QDialog.DialogCode.Accepted)


def _ready_dialog(qtbot: QtBot, templates: TemplateSet) -> PrintDialog:
    case, meetings = demo_cases()[0]
    meeting = meetings[-1]
    dialog = PrintDialog(case, meeting, templates.get(meeting.template_id),
                         meetings=meetings, ui_lang="en")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_building() and dialog.print_button.isEnabled(),
                    timeout=WAIT_MS)
    return dialog


def test_print_to_a_file_through_the_system_dialog_is_private_and_small(
        qtbot: QtBot, templates: TemplateSet, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _ready_dialog(qtbot, templates)
    _PrintToFileDialog.out = tmp_path / "utskrift.pdf"
    monkeypatch.setattr(print_dialog, "QPrintDialog", _PrintToFileDialog)
    click(dialog.print_button)
    out = _PrintToFileDialog.out
    qtbot.waitUntil(out.exists, timeout=WAIT_MS)
    assert _mode(out) == 0o600
    assert out.stat().st_size < MAX_PDF_BYTES
    reader = PdfReader(str(out))
    assert len(reader.pages) == dialog.preview.document.pageCount()
    assert "Haugland" in reader.pages[0].extract_text()  # text, not a picture of it


def test_save_as_pdf_is_private(qtbot: QtBot, templates: TemplateSet, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _ready_dialog(qtbot, templates)
    out = tmp_path / "duk.pdf"
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        click(dialog.save_button)
    assert _mode(out) == 0o600
    assert out.stat().st_size < MAX_PDF_BYTES


def test_saving_over_a_readable_file_leaves_it_private(
        qtbot: QtBot, templates: TemplateSet, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "duk.pdf"
    out.write_bytes(b"old")
    out.chmod(0o644)
    dialog = _ready_dialog(qtbot, templates)
    _PrintToFileDialog.out = out
    monkeypatch.setattr(print_dialog, "QPrintDialog", _PrintToFileDialog)
    click(dialog.print_button)
    qtbot.waitUntil(lambda: out.stat().st_size > 3, timeout=WAIT_MS)
    assert _mode(out) == 0o600
