"""The print dialog: live preview, options reaching the engine, printing to a
QPrinter (a PDF file here, so no printer is needed), saving, and calm errors."""

from __future__ import annotations

import io
import uuid
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from samtaleduk import printing
from samtaleduk.domain.demo import demo_cases
from samtaleduk.domain.model import Case, Meeting
from samtaleduk.errors import UserError
from samtaleduk.templates.loading import TemplateSet
from ui.dialogs import file_dialogs, print_dialog
from ui.dialogs.print_dialog import PrintDialog
from ui.dialogs.print_job import PrintChoice, PrintSubject
from ui.tools.jobs import jobs

WAIT_MS = 10_000
A3_LANDSCAPE = (1190.55, 841.89)
LEFT_OUT_NOTE = "Sara søv dårleg og er sliten"
"""A note of the demo's meeting 3 tagged with the life domain psykisk_helse."""


class AuditRecorder:
    """Stands in for the store: records the audit events the dialog writes."""

    def __init__(self) -> None:
        self.events: list[tuple[str, uuid.UUID | str | None]] = []

    def log_event(self, event: str, case_id: uuid.UUID | str | None = None) -> None:
        self.events.append((event, case_id))


@pytest.fixture
def family() -> tuple[Case, list[Meeting]]:
    return demo_cases()[0]


def _dialog(qtbot: QtBot, templates: TemplateSet, case: Case, meetings: list[Meeting],
            index: int = -1, **kw: Any) -> PrintDialog:
    meeting = meetings[index]
    dialog = PrintDialog(case, meeting, templates.get(meeting.template_id),
                         meetings=meetings, ui_lang="en", **kw)
    qtbot.addWidget(dialog)
    return dialog


def _ready(qtbot: QtBot, dialog: PrintDialog) -> int:
    """Wait until the dialog shows a finished preview; its page count."""
    qtbot.waitUntil(lambda: not dialog.is_building() and dialog.print_button.isEnabled(),
                    timeout=WAIT_MS)
    return dialog.preview.document.pageCount()


def _pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


@pytest.mark.parametrize("paper", ["a3", "a4"])
def test_preview_shows_the_family_duk_with_the_engines_page_count(
        qtbot: QtBot, templates: TemplateSet, family: tuple[Case, list[Meeting]],
        paper: str) -> None:
    case, meetings = family
    dialog = _dialog(qtbot, templates, case, meetings)
    _ready(qtbot, dialog)
    if paper == "a4":
        with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT_MS):
            dialog.options.paper_buttons["a4"].click()
    expected = _pages(printing.duk_pdf(meetings[-1], case, templates.get("familie"),
                                       paper=paper))
    assert dialog.preview.document.pageCount() == expected
    size = dialog.preview.document.pagePointSize(0)
    assert size.width() > size.height()  # the duk lies landscape
    assert (round(size.width()) == round(A3_LANDSCAPE[0])) == (paper == "a3")
    assert dialog.status.text().startswith("1 page" if expected == 1 else f"{expected} pages")
    assert paper.upper() in dialog.status.text()


def test_choosing_a4_reprints_the_duk_on_a4_landscape(
        qtbot: QtBot, templates: TemplateSet, family: tuple[Case, list[Meeting]]) -> None:
    case, meetings = family
    dialog = _dialog(qtbot, templates, case, meetings)
    _ready(qtbot, dialog)
    a3 = dialog.preview.document.pagePointSize(0)
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT_MS) as blocker:
        dialog.options.paper_buttons["a4"].click()
    assert blocker.args == [dialog.preview.document.pageCount()]
    a4 = dialog.preview.document.pagePointSize(0)
    # A3 landscape is 1191 x 842 pt, A4 landscape 842 x 595 pt.
    assert round(a3.width()) == 1191 and round(a3.height()) == 842
    assert round(a4.width()) == 842 and round(a4.height()) == 595


def test_choosing_the_action_list_updates_the_preview(
        qtbot: QtBot, templates: TemplateSet, family: tuple[Case, list[Meeting]]) -> None:
    case, meetings = family
    dialog = _dialog(qtbot, templates, case, meetings, index=1)
    _ready(qtbot, dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT_MS):
        dialog.options.what_buttons["actions"].click()
    assert dialog.options.paper_buttons["a4"].isChecked()  # the list's own paper
    size = dialog.preview.document.pagePointSize(0)
    assert size.width() < size.height()
    text = dialog.preview.document.getAllText(0).text()
    assert "Kven gjer kva til neste gong" in text
    assert "A4 portrait" in dialog.status.text()


def test_language_switch_prints_bokmal(qtbot: QtBot, templates: TemplateSet,
                                       family: tuple[Case, list[Meeting]]) -> None:
    case, meetings = family
    dialog = _dialog(qtbot, templates, case, meetings, index=1)
    _ready(qtbot, dialog)
    dialog.options.what_buttons["actions"].click()
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT_MS):
        dialog.options.lang_buttons["nb"].click()
    assert "Hvem gjør hva til neste gang" in dialog.preview.document.getAllText(0).text()


def test_quick_changes_build_only_the_last_choice(
        qtbot: QtBot, templates: TemplateSet, family: tuple[Case, list[Meeting]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    case, meetings = family
    dialog = _dialog(qtbot, templates, case, meetings)
    _ready(qtbot, dialog)
    built: list[str] = []
    real = PrintSubject.pdf

    def counting(self: PrintSubject, choice: PrintChoice) -> bytes:
        built.append(choice.what)
        return real(self, choice)

    monkeypatch.setattr(PrintSubject, "pdf", counting)
    for what in ("actions", "journey", "blank", "evaluation"):
        dialog.options.what_buttons[what].click()
    assert dialog.is_building() and not dialog.print_button.isEnabled()
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT_MS):
        pass
    assert built == ["evaluation"]
    assert "Kva er gjort" in dialog.preview.document.getAllText(0).text()


def test_leave_out_reaches_the_saved_pdf(qtbot: QtBot, templates: TemplateSet,
                                         family: tuple[Case, list[Meeting]], tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    case, meetings = family
    dialog = _dialog(qtbot, templates, case, meetings)
    _ready(qtbot, dialog)
    assert LEFT_OUT_NOTE in dialog.preview.document.getAllText(0).text().replace("\n", " ")
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT_MS):
        dialog.options.leave_checks["psykisk_helse"].click()
    out = tmp_path / "kopi-til-skulen"
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS) as blocker:
        dialog.save_button.click()
    saved = Path(blocker.args[0])
    assert saved == out.with_name("kopi-til-skulen.pdf")
    text = " ".join(_text(saved).split())
    assert LEFT_OUT_NOTE not in text
    assert "Utelate på denne utskrifta: Psykisk helse" in text


def test_export_writes_the_file_under_a_name_without_personal_data(
        qtbot: QtBot, templates: TemplateSet, family: tuple[Case, list[Meeting]],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case, meetings = family
    store = AuditRecorder()
    dialog = _dialog(qtbot, templates, case, meetings, store=store, export=True)
    _ready(qtbot, dialog)
    assert dialog.save_button.isDefault()
    offered: list[str] = []

    def ask(_parent: object, _title: str, default: str, _filter: str,
            **_options: object) -> tuple[str, str]:
        offered.append(default)
        return str(tmp_path / Path(default).name), ""

    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", staticmethod(ask))
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save_button.click()
    name = Path(offered[0]).name
    assert name == "duk-mote-3-2026-05-06.pdf"
    assert "Haugland" not in name and str(case.id)[:8] not in name
    written = tmp_path / name
    assert written.read_bytes().startswith(b"%PDF")
    assert _pages(written.read_bytes()) == dialog.preview.document.pageCount()
    assert store.events == [("case_pdf_saved", case.id)]
    assert name in dialog.status.text()
    assert not list(tmp_path.glob("*.tmp*"))


def test_cancelled_save_writes_nothing(qtbot: QtBot, templates: TemplateSet,
                                       family: tuple[Case, list[Meeting]], tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    case, meetings = family
    store = AuditRecorder()
    dialog = _dialog(qtbot, templates, case, meetings, store=store)
    _ready(qtbot, dialog)
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: ("", "")))
    dialog.save_button.click()
    assert dialog.save_button.isEnabled() and store.events == []


class _AcceptingPrintDialog:
    """The system print dialog, answered with OK: the printer writes a PDF file."""

    out: Path

    def __init__(self, printer: QPrinter, _parent: object) -> None:
        self.printer = printer

    def setWindowTitle(self, _title: str) -> None:  # noqa: N802
        pass

    def exec(self) -> int:
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.out))
        return int(QDialog.DialogCode.Accepted)


def test_print_button_to_a_file_writes_every_page_on_a3_landscape(
        qtbot: QtBot, templates: TemplateSet, family: tuple[Case, list[Meeting]],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The system dialog's "print to file" writes the previewed PDF (a file was
    saved, so the audit says so)."""
    case, meetings = family
    store = AuditRecorder()
    dialog = _dialog(qtbot, templates, case, meetings, store=store)
    _ready(qtbot, dialog)
    _AcceptingPrintDialog.out = tmp_path / "printer.pdf"
    monkeypatch.setattr(print_dialog, "QPrintDialog", _AcceptingPrintDialog)
    dialog.print_button.click()
    reader = PdfReader(str(_AcceptingPrintDialog.out))
    assert len(reader.pages) == dialog.preview.document.pageCount()
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)
    assert store.events == [("case_pdf_saved", case.id)]
    assert dialog.status.text() == "Saved as printer.pdf"


def test_a_printer_gets_every_previewed_page_painted(
        qtbot: QtBot, templates: TemplateSet, family: tuple[Case, list[Meeting]],
        tmp_path: Path) -> None:
    """What a real printer gets: each page rendered and fitted to the paper (a
    PDF-writing QPrinter stands in for the printer)."""
    case, meetings = family
    dialog = _dialog(qtbot, templates, case, meetings)
    _ready(qtbot, dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    print_dialog.prepare_printer(printer, dialog.preview.document, "a3", "duk.pdf")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "painted.pdf"))
    assert print_dialog.print_document(dialog.preview.document, printer) == dialog.preview.document.pageCount()
    reader = PdfReader(str(tmp_path / "painted.pdf"))
    assert len(reader.pages) == dialog.preview.document.pageCount()
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)


def test_print_to_a4_printer_with_a_multi_page_report(
        qtbot: QtBot, templates: TemplateSet, family: tuple[Case, list[Meeting]],
        tmp_path: Path) -> None:
    case, meetings = family
    dialog = _dialog(qtbot, templates, case, meetings)
    _ready(qtbot, dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT_MS):
        dialog.options.what_buttons["journey"].click()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    print_dialog.prepare_printer(printer, dialog.preview.document, "a4", "saksloep.pdf")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "journey.pdf"
    printer.setOutputFileName(str(out))
    assert dialog.print_to(printer)
    reader = PdfReader(str(out))
    assert len(reader.pages) == dialog.preview.document.pageCount() >= 1
    box = reader.pages[0].mediabox
    assert float(box.width) < float(box.height)


def test_engine_error_is_shown_calmly(qtbot: QtBot, templates: TemplateSet,
                                      family: tuple[Case, list[Meeting]],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    case, meetings = family

    def broken(self: PrintSubject, choice: object) -> bytes:
        raise UserError("Malen manglar eit felt.")

    monkeypatch.setattr(PrintSubject, "pdf", broken)
    dialog = _dialog(qtbot, templates, case, meetings)
    dialog.show()
    with qtbot.waitSignal(dialog.failed, timeout=WAIT_MS) as blocker:
        pass
    assert blocker.args == ["Malen manglar eit felt."]
    assert dialog.message.isVisible() and dialog.message.text() == "Malen manglar eit felt."
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    dialog.print_button.click()  # nothing to print: nothing happens
    assert dialog.isVisible()


def test_unexpected_error_and_disk_error_give_messages_not_crashes(
        qtbot: QtBot, templates: TemplateSet, family: tuple[Case, list[Meeting]],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case, meetings = family
    dialog = _dialog(qtbot, templates, case, meetings)
    _ready(qtbot, dialog)

    def full_disk(self: PrintSubject, choice: object, out: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(PrintSubject, "save", full_disk)
    with qtbot.waitSignal(dialog.failed, timeout=WAIT_MS) as blocker:
        dialog.save_to(tmp_path / "x.pdf")
    assert blocker.args[0].startswith("The PDF could not be saved. Nothing was written.")
    # The reason by errno in the UI language, not the system's English (issue 18).
    assert "the disk is full" in blocker.args[0] and "No space" not in blocker.args[0]
    assert not (tmp_path / "x.pdf").exists()
    assert dialog.save_button.isEnabled()

    def bug(self: PrintSubject, choice: object) -> bytes:
        raise ZeroDivisionError("Sara Haugland")

    monkeypatch.setattr(PrintSubject, "pdf", bug)
    with qtbot.waitSignal(dialog.failed, timeout=WAIT_MS) as blocker:
        dialog.options.what_buttons["actions"].click()
    assert blocker.args == ["The preview could not be made."]
    assert "Haugland" not in dialog.message.text()


def test_evaluation_needs_an_earlier_meeting(qtbot: QtBot, templates: TemplateSet) -> None:
    case, meetings = demo_cases()[1]
    dialog = _dialog(qtbot, templates, case, meetings)
    _ready(qtbot, dialog)
    assert not dialog.options.what_buttons["evaluation"].isEnabled()
    assert dialog.options.what_buttons["evaluation"].toolTip()


def test_evaluation_against_the_meeting_before(qtbot: QtBot, templates: TemplateSet,
                                               family: tuple[Case, list[Meeting]]) -> None:
    case, meetings = family
    dialog = _dialog(qtbot, templates, case, meetings, index=1)
    _ready(qtbot, dialog)
    button = dialog.options.what_buttons["evaluation"]
    assert button.isEnabled() and "meeting 1" in button.text()
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT_MS):
        button.click()
    text = dialog.preview.document.getAllText(0).text()
    assert "Kva er gjort" in text and "møte 1 og møte 2" in text


def test_blank_duk_has_nothing_to_leave_out(qtbot: QtBot, templates: TemplateSet,
                                            family: tuple[Case, list[Meeting]]) -> None:
    case, meetings = family
    dialog = _dialog(qtbot, templates, case, meetings)
    _ready(qtbot, dialog)
    dialog.options.leave_checks["rus"].click()
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT_MS):
        dialog.options.what_buttons["blank"].click()
    assert not dialog.options.leave_box.isEnabled()
    assert dialog.options.choice().leave_out == ()
    assert "Haugland" not in dialog.preview.document.getAllText(0).text()
    assert dialog.subject.file_name(dialog.options.choice()) == "tom-duk.pdf"


def test_leave_out_boxes_come_from_the_template(qtbot: QtBot, templates: TemplateSet) -> None:
    for case, meetings in demo_cases():
        template = templates.get(meetings[-1].template_id)
        dialog = _dialog(qtbot, templates, case, meetings)
        wanted = [d.id for d in template.life_domains] + [f.id for f in template.fields]
        assert list(dialog.options.leave_checks) == wanted
        _ready(qtbot, dialog)


def test_the_printed_meeting_is_a_copy_of_the_live_one(
        templates: TemplateSet, family: tuple[Case, list[Meeting]]) -> None:
    case, meetings = family
    live = meetings[1].model_copy(deep=True)
    subject = PrintSubject.frozen(case, live, templates.get("familie"), meetings)
    assert [m.number for m in subject.meetings] == [1, 2]
    assert subject.meeting is subject.meetings[-1] and subject.meeting is not live
    live.fields.clear()
    assert subject.meeting.fields


def test_ctrl_p_in_an_open_meeting_prints_what_was_just_typed(
        qtbot: QtBot, qapp: Any, _isolated_data_dir: Path, demo_store: Any,
        templates: TemplateSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the main window: an action typed a moment ago is on the action list,
    and the save leaves a `print_pdf` event in the store's audit log."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ui.shell.main_window import MainWindow
    from ui.shell.prefs import Prefs
    from ui.tools.i18n import LanguageManager

    languages = LanguageManager()
    languages.set_language("en")
    window = MainWindow(_isolated_data_dir, templates, languages, Prefs(_isolated_data_dir))
    qtbot.addWidget(window)
    window.set_store(demo_store)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    # Window shortcuts fire only in the active window.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    try:
        family = next(s for s in demo_store.list_cases() if s.name == "Familien Haugland")
        window.open_case(family.id)
        window.open_meeting(demo_store.list_meetings(family.id)[-1].id)
        session = window.meeting_page.session
        assert session is not None
        next_step = next(f.id for f in session.template.fields if f.kind == "next_step")
        session.add_action(next_step, "Ringje skulen om leksehjelp", owner="Tor Aas")
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_P,
                       Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: isinstance(window.active_dialog, PrintDialog), timeout=WAIT_MS)
        dialog = window.active_dialog
        assert isinstance(dialog, PrintDialog)
        _ready(qtbot, dialog)
        with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT_MS):
            dialog.options.what_buttons["actions"].click()
        assert "Ringje skulen om leksehjelp" in dialog.preview.document.getAllText(0).text()
        out = tmp_path / "tiltak.pdf"
        monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, **k: (str(out), "")))
        with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
            dialog.save_button.click()
        assert "Ringje skulen om leksehjelp" in _text(out)
        assert [e.event for e in demo_store.audit_events(family.id)][-1] == "case_pdf_saved"
        dialog.close_button.click()
        qtbot.waitUntil(lambda: window.active_dialog is None, timeout=WAIT_MS)
    finally:
        window.meeting_page.leave(force=True)
        window.store = None  # the store fixture closes the store itself
        languages.set_language("en")


def test_closing_while_a_preview_is_built_neither_hangs_nor_crashes(
        qtbot: QtBot, templates: TemplateSet, family: tuple[Case, list[Meeting]]) -> None:
    case, meetings = family
    dialog = PrintDialog(case, meetings[-1], templates.get("familie"), meetings=meetings)
    dialog.show()
    assert dialog.is_building()
    dialog.reject()  # the build started on opening is still running or queued
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    # The dialog goes away while its build may still run: the result then
    # arrives for a deleted owner and is dropped, not delivered into freed memory.
    with qtbot.waitSignal(dialog.destroyed, timeout=WAIT_MS):
        dialog.deleteLater()
    jobs().wait_for_all()
    assert not jobs().busy
