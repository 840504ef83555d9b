"""Jonas's first conversation on the individual duk through the real window, by
keys: the case (kind chosen with the arrows), every field of the duk, Ctrl+P and
"Lagra som PDF"; asserted on the store and on the PDF's text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from samtaleduk.domain.model import CaseKind, SaidBy
from tests.acceptance import scenes, steps
from tests.acceptance.conftest import OpenWindow
from tests.acceptance.driver import Driver, KeyCounter

pytestmark = pytest.mark.acceptance


def test_individual_case_every_field_by_keyboard_saved_and_printed(
        open_window: OpenWindow, driver: Driver, counter: KeyCounter, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from ui.dialogs.print_dialog import PrintDialog

    d = driver
    window = open_window()
    with counter.step("first start"):
        steps.first_start(d, window)
    with counter.step("new individual case"):
        steps.new_case(d, window, scenes.JONAS, scenes.JONAS_FAMILY, "Anne Vik",
                       individual=True)
    with counter.step("meeting 1 of the individual duk, every field"):
        scenes.jonas_meeting_1(d, window)
    with counter.step("Ctrl+P, Tab to Lagra som PDF"):
        pdf = tmp_path / "jonas.pdf"
        # The system's file dialog is native: this one call answers with a path.
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *_a, **_k: (str(pdf), "PDF (*.pdf)")))
        d.press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        dialog = steps.wait_dialog(d, window, PrintDialog)
        assert isinstance(dialog, PrintDialog)
        d.wait(dialog.save_button.isEnabled, timeout=20000)
        d.tab_to_widget(dialog.save_button, limit=30)
        saved: list[str] = []
        dialog.saved.connect(saved.append)
        d.press(Qt.Key.Key_Space)
        d.wait(lambda: saved, timeout=20000)
        d.press(Qt.Key.Key_Escape)
        d.wait(lambda: window.active_dialog is None)

    assert window.store is not None
    (summary,) = window.store.list_cases()
    case = window.store.get_case(summary.id)
    assert (case.name, case.kind, case.template_id) == ("Jonas", CaseKind.INDIVIDUAL,
                                                        "individuell")
    assert case.members == scenes.JONAS_FAMILY and case.facilitator == "Anne Vik"
    (meeting,) = window.store.list_meetings(case.id)
    f = meeting.fields
    assert meeting.date == dt.date(2026, 2, 3)
    said = {"barnet": SaidBy.CHILD, "forelder": SaidBy.PARENT,
            "fagperson": SaidBy.PROFESSIONAL, None: None}
    for field_id, notes in scenes.JONAS_NOTES.items():
        assert [(n.text, n.said_by) for n in f[field_id].notes] == [
            (t, said[s]) for t, s in notes]
    assert [(a.text, a.owner, a.due.strftime("%d.%m.%Y") if a.due else None)
            for a in f["tiltak"].actions] == scenes.JONAS_ACTIONS
    assert f["namn"].text == "Jonas Berg" and f["kven"].text == scenes.JONAS_WHO
    assert [p.name for p in meeting.participants] == [
        "Jonas Berg", "Lena Berg", "Anne Vik", "Per Dahl", "Áile Ŋuorra"]
    assert [(c.kind, c.given_by, c.given_on) for c in f["avtale"].consents] == [
        ("ressursteam", "Lena Berg", meeting.date)]
    assert f["avtale"].text == scenes.JONAS_OUTCOME

    text = steps.pdf_text(pdf)
    for wanted in ["Namnet mitt er Jonas Berg", scenes.JONAS_WHO, "Å bli brannmann",
                   "Slår når han blir sint i garderoben", "Hjelpe dei minste",
                   "Fast vaksen i garderoben — Barnehagen innan 05.02.2026",
                   "Áile Ŋuorra (PPT)", "samtykke ressursteam — gitt av Lena Berg 03.02.2026",
                   scenes.JONAS_OUTCOME]:
        assert wanted in text, wanted
    assert (pdf.stat().st_mode & 0o777) == 0o600
