"""Between meetings › Invitation and Minutes, driven by keys in the real window:
the shortcut opens the dialog, a PDF and a calendar file are written, the contact
line is remembered; the minutes are copied and the lock clears the clipboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from samtaleduk.domain.demo import demo_id
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import TemplateSet
from tests.samtaleduk.letters.test_minutes import GOLDEN_NN_MEETING_3
from tests.samtaleduk.printing.pdfcheck import flat
from tests.ui.main_window_support import WAIT_MS, close_window, key, open_window, type_text
from ui.controllers.letters import INVITATION_SHORTCUT, MINUTES_SHORTCUT
from ui.dialogs.invitation import InvitationDialog
from ui.dialogs.minutes import MinutesDialog
from ui.shell.main_window import MainWindow
from ui.shell.prefs import Prefs

HAUGLAND = demo_id("haugland/case")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _invitation_by_keys(qtbot: QtBot, window: MainWindow) -> InvitationDialog:
    """Ctrl+Shift+I on the Haugland case; the invitation once its preview is built."""
    window.open_case(HAUGLAND)
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL_SHIFT)
    dialog = window.letter_actions.dialog
    assert isinstance(dialog, InvitationDialog)
    qtbot.waitUntil(lambda: not dialog.is_building(), timeout=WAIT_MS)
    return dialog


def test_each_shortcut_has_one_owner(qtbot: QtBot, demo_store: Store, templates: TemplateSet,
                                     _isolated_data_dir: Path) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        for shortcut in (INVITATION_SHORTCUT, MINUTES_SHORTCUT):
            owners = [a for a in window.findChildren(QAction)
                      if QKeySequence(shortcut) in a.shortcuts()]
            assert len(owners) == 1, shortcut
    finally:
        close_window(window, languages)


def test_invitation_by_keys_pdf_and_calendar_written(
        qtbot: QtBot, demo_store: Store, templates: TemplateSet, _isolated_data_dir: Path,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        window.open_case(HAUGLAND)
        assert window.letter_actions.act_invitation.isEnabled()
        qtbot.keyClick(window, Qt.Key.Key_I, CTRL_SHIFT)
        dialog = window.letter_actions.dialog
        assert isinstance(dialog, InvitationDialog) and dialog.isVisible()
        assert dialog.form.date_edit.text() == "17.06.2026"  # the next-step field's date
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
        dialog.form.time_edit.setFocus()
        type_text("13.00")
        dialog.form.place_edit.setFocus()
        type_text("Familiesenteret")
        dialog.form.contact_edit.setFocus()
        dialog.form.contact_edit.selectAll()
        type_text("Ingrid Fjeld, tlf. 400 00 000")
        # Emil missed meeting 3: offered unticked after those who came; Space ticks him.
        dialog.form.people_list.setFocus()
        key(Qt.Key.Key_Home)
        for _ in range(4):
            key(Qt.Key.Key_Down)
        assert dialog.form.people_list.currentItem().text() == "Emil Haugland (son, 14 år)"
        key(Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: not dialog.is_building(), timeout=WAIT_MS)
        pdf = tmp_path / "innkalling.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
        with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
            key(Qt.Key.Key_Return)  # Enter: the default button, Save as PDF
        text = flat(pdf)
        # The UI speaks English here, so the letter starts in English.
        assert "Invitation to a meeting" in text and "17.06.2026, at 13:00" in text
        assert "Familiesenteret" in text and "Ingrid Fjeld, tlf. 400 00 000" in text
        assert "Emil Haugland" in text and "Kari Lund" not in text
        ics = tmp_path / "mote.ics"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(ics), ""))
        with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
            qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
        data = ics.read_bytes()
        assert b"DTSTART;TZID=Europe/Oslo:20260617T130000\r\n" in data
        # Neither the name nor the place (perhaps the family's home) unless asked for.
        assert b"Haugland" not in data and b"Familiesenteret" not in data
        qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.form.place_in_calendar.isChecked, timeout=WAIT_MS)  # animateClick
        with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
            qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
        data = ics.read_bytes()
        assert b"LOCATION:Familiesenteret\r\n" in data and b"Haugland" not in data
        key(Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: window.letter_actions.dialog is None, timeout=WAIT_MS)
        assert Prefs(_isolated_data_dir).contact_line == "Ingrid Fjeld, tlf. 400 00 000"
        assert "case_printed" in [e.event for e in demo_store.audit_events()]
    finally:
        close_window(window, languages)


def test_a_date_or_time_not_understood_is_said_and_nothing_is_written(
        qtbot: QtBot, demo_store: Store, templates: TemplateSet,
        _isolated_data_dir: Path) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        dialog = _invitation_by_keys(qtbot, window)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
        assert dialog.save_button.isEnabled()
        dialog.form.date_edit.setFocus()
        dialog.form.date_edit.selectAll()
        type_text("31.02.2026")
        qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=WAIT_MS)
        assert dialog.message.text() == "“31.02.2026” is not a date; write e.g. 17.06.2026."
        assert not dialog.save_button.isEnabled() and not dialog.ics_button.isEnabled()
        dialog.form.date_edit.selectAll()
        type_text("17.06.2026")
        dialog.form.time_edit.setFocus()
        type_text("25.00")
        qtbot.waitUntil(lambda: "time of day" in dialog.message.text(), timeout=WAIT_MS)
        assert dialog.message.text() == "“25.00” is not a time of day; write e.g. 13:00."
        assert not dialog.print_button.isEnabled()
        for _ in range(5):
            key(Qt.Key.Key_Backspace)
        type_text("13.00")
        qtbot.waitUntil(lambda: not dialog.message.isVisible(), timeout=WAIT_MS)
        qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT_MS)
        key(Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: window.letter_actions.dialog is None, timeout=WAIT_MS)
    finally:
        close_window(window, languages)


def test_minutes_copied_and_saved_by_keys_and_cleared_by_the_lock(
        qtbot: QtBot, demo_store: Store, templates: TemplateSet,
        _isolated_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates, "nn")
    clipboard = QGuiApplication.clipboard()
    try:
        window.open_case(HAUGLAND)
        qtbot.keyClick(window, Qt.Key.Key_M, CTRL_SHIFT)
        dialog = window.letter_actions.dialog
        assert isinstance(dialog, MinutesDialog)
        assert dialog.text.toPlainText() == GOLDEN_NN_MEETING_3
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
        with qtbot.waitSignal(dialog.copied, timeout=WAIT_MS):
            key(Qt.Key.Key_Return)  # Enter: the default button, Copy
        assert clipboard.text() == GOLDEN_NN_MEETING_3
        # Save as text by its mnemonic, a name typed without its suffix.
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, **k: (str(tmp_path / "referat"), ""))
        label = dialog.save_button.text()
        mnemonic = label[label.index("&") + 1].upper()
        with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS) as saved:
            qtbot.keyClick(dialog, getattr(Qt.Key, f"Key_{mnemonic}"),
                           Qt.KeyboardModifier.AltModifier)
        assert saved.args == [str(tmp_path / "referat.txt")]
        assert (tmp_path / "referat.txt").read_text(encoding="utf-8") == GOLDEN_NN_MEETING_3
        key(Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: window.letter_actions.dialog is None, timeout=WAIT_MS)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert window.store is None
        assert clipboard.text() == ""
    finally:
        window.store = None
        languages.set_language("en")



def test_a_lock_closes_the_invitation_and_leaves_no_case_text(
        qtbot: QtBot, demo_store: Store, templates: TemplateSet,
        _isolated_data_dir: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    from ui.controllers.lock import all_widget_texts

    window, languages = open_window(qtbot, _isolated_data_dir, demo_store, templates)
    try:
        _invitation_by_keys(qtbot, window)
        assert "Ingrid Fjeld" in "\n".join(all_widget_texts())
        window.lock()
        assert window.store is None and window.letter_actions.dialog is None
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        texts = "\n".join(all_widget_texts())
        assert "Haugland" not in texts and "Ingrid Fjeld" not in texts
    finally:
        window.store = None
        languages.set_language("en")
