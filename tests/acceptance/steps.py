"""The steps a facilitator takes in the real window, each done by keys (and the
few clicks that have no keyboard way), through `Driver`. The scenarios in the
test modules are made of these, so a step reads like the user guide.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QWidget

from tests.acceptance.driver import Driver, Key, Mod
from ui.shell.main_window import MainWindow

PASSPHRASE = "Ŋuorra sommar i Áile, 2026 æøå"
"""Typed on the first-start page and at every unlock (Sami and Norwegian letters)."""


def name_is(name: str) -> object:
    """A predicate for `Driver.tab_to`: the widget's object name."""
    return lambda w: w.objectName() == name


def entry(words: str) -> object:
    """A predicate for `Driver.choose_in_menu`: the menu entry reading `words`,
    whatever its accelerator ("3  barnet") or shortcut ("Kven sa det\tCtrl+K")."""
    return lambda text: re.sub(r"^\w\s\s+", "", text).split("\t")[0] == words


def wait_dialog(d: Driver, window: MainWindow, kind: type) -> QDialog:
    """Wait until the window's dialog of `kind` is shown and has the keyboard."""
    d.wait(lambda: isinstance(window.active_dialog, kind)
           and window.active_dialog.isActiveWindow())
    dialog = window.active_dialog
    assert isinstance(dialog, QDialog)
    d.wait(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def first_start(d: Driver, window: MainWindow) -> None:
    """Choose the passphrase on the first-start page: type it twice, Enter each time."""
    assert window.unlock_page.creating
    assert d.focus() is window.unlock_page.passphrase
    d.type(PASSPHRASE)
    d.enter()
    d.type(PASSPHRASE)
    d.enter()
    d.wait(lambda: window.store is not None)


def unlock(d: Driver, window: MainWindow) -> None:
    """Type the passphrase on the unlock page and press Enter."""
    d.wait(lambda: window.pages.currentWidget() is window.unlock_page)
    assert not window.unlock_page.creating
    assert d.focus() is window.unlock_page.passphrase
    d.type(PASSPHRASE)
    d.enter()
    d.wait(lambda: window.store is not None)


def new_case(d: Driver, window: MainWindow, name: str, members: list[str],
             facilitator: str, individual: bool = False) -> None:
    """Ctrl+N on the case list: name, members one a line, who leads it, Enter."""
    from ui.dialogs.new_case import NewCaseDialog

    d.press(Key.Key_N, Mod.ControlModifier)
    dialog = wait_dialog(d, window, NewCaseDialog)
    if individual:
        # The kind's radio buttons are before the name: Shift+Tab, Space.
        d.tab_to(lambda w: w is dialog.individual, limit=2,  # type: ignore[attr-defined]
                 backwards=True)
        d.press(Key.Key_Space)
        assert dialog.individual.isChecked()  # type: ignore[attr-defined]
        d.tab_to(name_is("caseName"))
    assert d.focus().objectName() == "caseName"
    d.type(name)
    d.tab()
    for i, member in enumerate(members):
        if i:
            d.enter()  # a new line in the members box
        d.type(member)
    d.tab_to(name_is("caseFacilitator"))
    d.type(facilitator)
    d.enter()
    d.wait(lambda: window.pages.currentWidget() is window.case_page)
    d.wait(window.isActiveWindow)


def new_meeting(d: Driver, window: MainWindow, date: str, tick: list[str]) -> None:
    """Ctrl+Shift+N on the case page: type the date, tick those at the
    table with Tab and Space, Enter. A continuation is the default after meeting 1."""
    from ui.dialogs.new_meeting import NewMeetingDialog

    d.press(Key.Key_N, Mod.ControlModifier | Mod.ShiftModifier)
    dialog = wait_dialog(d, window, NewMeetingDialog)
    assert d.focus().objectName() == "meetingDate"
    d.type(date)  # as written on a form: "14.01.2026"
    for name in tick:
        box = d.tab_to(lambda w, n=name: isinstance(w, QCheckBox) and w.text().startswith(n))
        d.press(Key.Key_Space)
        assert isinstance(box, QCheckBox) and box.isChecked()
    d.tab_to(name_is("startMeeting"))
    d.enter()
    d.wait(lambda: window.pages.currentWidget() is window.meeting_page
           and window.meeting_page.view is not None)
    del dialog


def field_entry(window: MainWindow, field_id: str) -> QWidget:
    """The widget where typing starts in a field of the open duk."""
    view = window.meeting_page.view
    assert view is not None
    entry = view.canvas.fields[field_id].entry_widget()
    assert entry is not None
    return entry


def go_to_field(d: Driver, window: MainWindow, field_id: str) -> None:
    """F6 (next field) until the cursor is in `field_id`'s entry."""
    target = field_entry(window, field_id)
    for _ in range(20):
        if d.focus() is target:
            return
        d.press(Key.Key_F6)
    raise AssertionError(f"F6 never reached {field_id}")


def to_field_top(d: Driver, window: MainWindow, field_id: str) -> QWidget:
    """From a field's entry line (its bottom, in reading order): Shift+F6 back to
    the field before, then Tab into this field at its top, the date in its label
    or else the first thing written in it. Returns that widget."""
    view = window.meeting_page.view
    assert view is not None
    top = view.canvas.fields[field_id].focus_chain()[0]
    d.press(Key.Key_F6, Mod.ShiftModifier)
    return d.tab_to(lambda w: w is top, limit=3)


def add_note(d: Driver, text: str, domain: str | None = None,
             said_by: str | None = None) -> None:
    """In a notes field's entry: type the note, tag it while it is being written
    (Ctrl+D and the life domain's key, Ctrl+K and the speaker's key; a chip under
    the line shows the tags), Enter adds it tagged. `said_by` is a name offered
    in the menu (today's participants, the case's members) or a role word."""
    d.type(text)
    if domain is not None:
        d.tag(Key.Key_D, domain)
    if said_by is not None:
        d.tag(Key.Key_K, said_by)
    d.enter()


def to_card(d: Driver, window: MainWindow, field_id: str, text: str) -> None:
    """Put the keyboard on the card reading `text` in a notes field: F6 to the
    field, Shift+Tab up to its cards (above the entry line), Home, Down until the
    card is lit."""
    from ui.canvas.notes import NotesField

    go_to_field(d, window, field_id)
    view = window.meeting_page.view
    assert view is not None
    field = view.canvas.fields[field_id]
    assert isinstance(field, NotesField)
    d.tab_to_widget(field.list, limit=3, backwards=True)
    d.press(Key.Key_Home)
    for _ in range(field.list.notes_model.rowCount()):
        if field.list.currentIndex().data() == text:
            return
        d.press(Key.Key_Down)
    raise AssertionError(f"no card {text!r} in {field_id}")


def edit_card(d: Driver, new_text: str) -> None:
    """On a card: Enter opens it, Ctrl+A, type the new text, Enter keeps it."""
    d.enter()
    d.press(Key.Key_A, Mod.ControlModifier)
    d.type(new_text)
    d.enter()


def review(d: Driver, window: MainWindow, marks: dict[str, tuple[Key, str]]) -> None:
    """Sidan sist: on each row, the mark's number key (and a new deadline typed
    where the mark asks for one), Enter to the next; Space on "Ferdig"."""
    from ui.evaluation.review import ReviewDialog
    from ui.evaluation.review_row import ReviewRow

    dialog = wait_dialog(d, window, ReviewDialog)
    assert isinstance(dialog, ReviewDialog)
    done = dialog.step.done_button
    for _ in range(len(dialog.step.rows) + 1):
        row = d.focus()
        if row is done:
            break
        assert isinstance(row, ReviewRow), row
        key, deadline = marks.get(row.item.text, (None, ""))
        if key is not None:
            d.press(key)
        if deadline:
            d.type(deadline)
        d.enter()
    assert d.focus() is done
    d.press(Key.Key_Space)
    d.wait(lambda: window.active_dialog is None)


def save_pdf(d: Driver, window: MainWindow, out: Path, monkeypatch: pytest.MonkeyPatch,
             from_side: bool = False) -> bytes:
    """Ctrl+Shift+E ("Lagra som PDF"), wait for the preview, Space on the focused
    Save button; the file dialog answers `out`. Esc closes the print dialog.
    `from_side`: the print dialog is already open over a comparison or journey
    window; Tab to its Save button."""
    from PySide6.QtWidgets import QFileDialog

    from ui.dialogs.print_dialog import PrintDialog

    # The system's file dialog is native and cannot be driven by Qt events: this
    # one call is answered with the path a person would choose.
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(out), "PDF (*.pdf)")))
    if not from_side:
        d.press(Key.Key_E, Mod.ControlModifier | Mod.ShiftModifier)
        dialog = wait_dialog(d, window, PrintDialog)
        assert isinstance(dialog, PrintDialog)
        d.wait(lambda: dialog.save_button.hasFocus(), timeout=20000)
    else:
        # Opened from a side window (already open): wait for its preview, then
        # Tab to "Lagra som PDF".
        dialog = window.active_dialog  # type: ignore[assignment]
        assert isinstance(dialog, PrintDialog)
        d.wait(lambda: dialog.isActiveWindow() and dialog.save_button.isEnabled(),
               timeout=20000)
        d.tab_to_widget(dialog.save_button, limit=30)
    with_saved = []
    dialog.saved.connect(with_saved.append)
    d.press(Key.Key_Space)
    d.wait(lambda: with_saved, timeout=20000)
    d.press(Key.Key_Escape)
    d.wait(lambda: window.active_dialog is None)
    return out.read_bytes()


def pdf_text(path: Path) -> str:
    """All the text of a PDF, pages joined, whitespace runs made single spaces."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(text.split())


def print_to_file(d: Driver, window: MainWindow, out: Path) -> None:
    """Ctrl+P, wait for the preview, Ctrl+P again for the system print dialog; in
    it, Tab to the file name, Ctrl+A, type `out`, Enter ("Skriv ut"). Here the
    only printer is "Print to file (PDF)", as on a machine with none set up."""
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrintDialog

    from ui.dialogs.print_dialog import PrintDialog

    d.press(Key.Key_P, Mod.ControlModifier)
    dialog = wait_dialog(d, window, PrintDialog)
    assert isinstance(dialog, PrintDialog)
    d.wait(dialog.print_button.isEnabled, timeout=20000)
    problems: list[str] = []

    def in_the_system_dialog() -> None:
        system = QApplication.activeModalWidget()
        if not isinstance(system, QPrintDialog):
            problems.append(f"no print dialog but {system!r}")
            return
        name = system.findChild(QWidget, "filename")
        try:
            d.tab_to_widget(name, limit=6)
            d.press(Key.Key_A, Mod.ControlModifier)
            d.type(str(out))
            d.enter()
        except AssertionError as exc:
            problems.append(str(exc))
            system.reject()

    # The system print dialog runs its own event loop: drive it from inside.
    QTimer.singleShot(0, in_the_system_dialog)
    d.press(Key.Key_P, Mod.ControlModifier)
    assert not problems, problems[0]
    d.wait(out.exists, timeout=20000)
    # The file name's completer list stays open and active here (offscreen has no
    # window manager to close it when its dialog goes): close it, and give the
    # keyboard back to the print dialog as a desktop does.
    def back_in_the_print_dialog() -> bool:
        while QApplication.activePopupWidget() is not None:
            QApplication.activePopupWidget().close()
        if not dialog.isActiveWindow():
            dialog.activateWindow()
        d.settle()
        return dialog.isActiveWindow() and dialog.isAncestorOf(QApplication.focusWidget())

    d.wait(back_in_the_print_dialog)
    d.press(Key.Key_Escape)
    d.wait(lambda: window.active_dialog is None)
