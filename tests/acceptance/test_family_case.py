"""Familien Haugland through the real window, by keys: first start, the case,
meeting 1 with every field of the family duk, "Lagra som PDF"; then meetings 2
and 3 as continuations with the review step "Sidan sist", the comparison and its
printed evaluation, lock and unlock, quit and start again. Asserted on what the
store holds and on the text of the PDFs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from samtaleduk.domain.model import Meeting, SaidBy
from tests.acceptance import scenes, steps
from tests.acceptance.conftest import OpenWindow
from tests.acceptance.driver import Driver, KeyCounter

pytestmark = pytest.mark.acceptance


def _meetings(window) -> list[Meeting]:  # type: ignore[no-untyped-def]
    store = window.store
    (case,) = [c for c in store.list_cases() if c.name == scenes.FAMILY]
    return sorted(store.list_meetings(case.id), key=lambda m: m.number)


def speaker(said: str | None) -> tuple[SaidBy | None, str]:
    """(kind of voice, name) a note gets from "Kven sa det": a role word gives the
    kind; a case member's name (no role at the table) gives only the name."""
    roles = {"barnet": SaidBy.CHILD, "forelder": SaidBy.PARENT}
    if said is None:
        return None, ""
    return (roles[said], "") if said in roles else (None, said)


def test_family_meeting_1_by_keyboard_is_saved_and_printed(
        open_window: OpenWindow, driver: Driver, counter: KeyCounter, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    d = driver
    window = open_window()
    with counter.step("first start: choose the passphrase"):
        steps.first_start(d, window)
    with counter.step("new family case"):
        steps.new_case(d, window, scenes.FAMILY, scenes.MEMBERS, scenes.FACILITATOR)
    scenes.family_meeting_1(d, window)
    meeting_1 = counter.total("m1 · ")
    print(f"\nmeeting 1 of the family duk: {meeting_1.keys} non-text keys, "
          f"{meeting_1.chars} characters, {meeting_1.mouse} mouse actions")
    assert meeting_1.mouse == 0  # all of it by keyboard
    with counter.step("Lagra som PDF"):
        pdf = tmp_path / "møte-1.pdf"
        steps.save_pdf(d, window, pdf, monkeypatch)

    (m1,) = _meetings(window)
    f = m1.fields
    assert m1.date == dt.date(2026, 1, 14)
    assert f["namn"].text == "Sara, Emil og Nora Haugland"
    assert [(p.name, p.role) for p in m1.participants] == [
        ("Sara Haugland", ""), ("Emil Haugland", ""), ("Ingrid Fjeld", "familielos"),
        ("Tor Aas", "NAV-rettleiar"), ("Kari Lund", "helsesjukepleiar"),
        ("Mormor Berit", "tillitsperson"), ("Áile Ŋuorra", "tolk")]
    assert [n.text for n in f["viktig"].notes] == scenes.VIKTIG_1
    domains = {d_.label.get("nn"): d_.id for d_ in window.templates.templates["familie"].life_domains}
    for fid, wanted in (("fungerer", scenes.FUNGERER_1), ("vanskeleg", scenes.VANSKELEG_1)):
        assert [(n.text, n.domain, n.said_by, n.said_by_name) for n in f[fid].notes] == [
            (t, domains.get(dom) if dom else None, *speaker(s)) for t, dom, s in wanted]
    assert [(n.text, n.said_by, n.said_by_name) for n in f["draumar"].notes] == [
        (t, *speaker(s)) for t, s in scenes.DRAUMAR_1]
    assert f["vanskeleg"].notes[0].said_by_name == "Emil Haugland"
    assert f["kort_sikt"].date == dt.date(2026, 3, 1)
    assert [g.text for g in f["kort_sikt"].goals] == scenes.KORT_SIKT_1
    assert f["lang_sikt"].date == dt.date(2026, 12, 31)
    assert [g.text for g in f["lang_sikt"].goals] == scenes.LANG_SIKT_1
    assert all(g.deadline is None for g in f["kort_sikt"].goals + f["lang_sikt"].goals)
    assert [(h.name, h.relation, h.helps_with) for h in f["hjelparar"].helpers] == \
        scenes.HELPERS_1
    step = f["neste_steg"]
    assert (step.text, step.date) == ("Nytt møte med familieteamet", dt.date(2026, 3, 11))
    assert [(a.text, a.owner, a.due.strftime("%d.%m.%Y") if a.due else None)
            for a in step.actions] == scenes.ACTIONS_1
    assert [(c.kind, c.given_by, c.given_on) for c in f["avtale"].consents] == [
        ("ressursteam", "Sara Haugland", m1.date), ("stafettlogg", "Sara Haugland", m1.date)]

    text = steps.pdf_text(pdf)
    for wanted in ["Familien Haugland", "14.01.2026", "Áile Ŋuorra (tolk)",
                   "Nora trivst på skulen", "Sara søv dårleg og er sliten",
                   "Emil Haugland: Emil kjem seg ikkje på skulen om morgonen",
                   "På kort sikt, innan 01.03.2026", "Emil er på skulen kvar dag",
                   "På lang sikt, innan 31.12.2026", "Større bustad",
                   "Čiekčá idrettslag", "Nytt møte med familieteamet", "11.03.2026",
                   "Kartleggje jobbtiltak for Sara — Tor Aas innan 15.02.2026",
                   "samtykke ressursteam — gitt av Sara Haugland 14.01.2026"]:
        assert wanted in text, wanted
    assert (pdf.stat().st_mode & 0o777) == 0o600


def test_family_case_over_three_meetings_review_compare_lock_and_restart(
        open_window: OpenWindow, driver: Driver, counter: KeyCounter, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.evaluation.comparison import ComparisonDialog

    d = driver
    window = open_window()
    with counter.step("first start, case, meeting 1"):
        steps.first_start(d, window)
        steps.new_case(d, window, scenes.FAMILY, scenes.MEMBERS, scenes.FACILITATOR)
        scenes.family_meeting_1(d, window)
    with counter.step("meeting 2: Sidan sist and the duk"):
        scenes.family_meeting_2(d, window)
    with counter.step("meeting 3: Sidan sist and the duk"):
        scenes.family_meeting_3(d, window)
    m3_id = window.meeting_page.session.meeting.id  # type: ignore[union-attr]

    with counter.step("lock (Ctrl+L) and unlock"):
        d.press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert window.store is None
        steps.unlock(d, window)
        # The same meeting comes back, with the cursor in the field it was in
        # (the consents, "gitt av" of the free consent).
        d.wait(lambda: window.pages.currentWidget() is window.meeting_page
               and window.meeting_page.view is not None
               and window.meeting_page.view.canvas.fields["avtale"].isAncestorOf(
                   QApplication.focusWidget()))
    session = window.meeting_page.session
    assert session is not None and session.meeting.id == m3_id
    view = window.meeting_page.view
    assert view is not None
    shown = view.canvas.fields["fungerer"].list.notes_model  # type: ignore[attr-defined]
    assert "Emil er på skulen fire av fem dagar" in [n.text for n in shown.notes()]

    m1, m2, m3 = _meetings(window)
    # Meeting 2, after the review and the duk.
    assert m2.continued_from == m1.id and m3.continued_from == m2.id
    goals = {g.text: g for g in m2.fields["kort_sikt"].goals}
    assert goals["Emil er på skulen kvar dag"].deadline == dt.date(2026, 4, 15)
    assert goals["Nora byrjar på fotball"].status.value == "reached"
    assert goals["Sara byrjar i arbeidstrening"].deadline == dt.date(2026, 5, 1)
    actions = {a.text: a for a in m2.fields["neste_steg"].actions}
    assert {t: a.status.value for t, a in actions.items()} == {
        "Kartleggje jobbtiltak for Sara": "done", "Samtale med Emil om morgonane": "partly",
        "Søkje om kommunal bustad": "open", "Finne fotballag og utstyr til Nora": "done",
        "Setje opp budsjett": "done", "Arbeidstrening i barnehage, to dagar i veka": "open"}
    bustad = actions["Søkje om kommunal bustad"]
    assert (bustad.owner, bustad.due) == ("Sara, med hjelp frå Ingrid Fjeld",
                                          dt.date(2026, 3, 31))
    training = actions["Arbeidstrening i barnehage, to dagar i veka"]
    assert (training.owner, training.due) == ("Tor Aas", dt.date(2026, 5, 1))
    moved = next(n for n in m2.fields["fungerer"].notes
                 if n.text == "Emil er på skulen tre av fem dagar")
    was = next(n for n in m1.fields["vanskeleg"].notes
               if n.text == "Emil kjem seg ikkje på skulen om morgonen")
    assert moved.id == was.id
    assert (moved.said_by, moved.said_by_name) == (SaidBy.CHILD, "Emil Haugland")
    assert [n.text for n in m2.fields["vanskeleg"].notes] == [
        "Leilegheita er for lita, Emil har ikkje eige rom",
        "Rekningane er under kontroll, men det er trongt", "Sara søv dårleg og er sliten"]
    assert m2.fields["neste_steg"].date == dt.date(2026, 5, 6)
    # Meeting 3.
    assert m3.date == dt.date(2026, 5, 6)
    assert {a.text: a.status.value for a in m3.fields["neste_steg"].actions} == {
        "Samtale med Emil om morgonane": "done", "Søkje om kommunal bustad": "done",
        "Arbeidstrening i barnehage, to dagar i veka": "done"}
    assert [g.text for g in m3.fields["lang_sikt"].goals][-1] == "Fast jobb i barnehage"
    other = [c for c in m3.fields["avtale"].consents if c.kind == "anna"]
    assert [(c.description, c.given_by, c.given_on) for c in other] == [
        ("samtykke til samarbeid med bustadkontoret", "Sara Haugland", m3.date)]
    assert m3.fields["neste_steg"].date == dt.date(2026, 6, 17)

    with counter.step("compare 2 and 3, print the evaluation as PDF"):
        d.press(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back to the case
        d.wait(lambda: window.pages.currentWidget() is window.case_page)
        d.tab_to_widget(window.case_page.compare_button, limit=10)
        d.press(Qt.Key.Key_Space)
        d.wait(lambda: any(isinstance(w, ComparisonDialog) and w.isActiveWindow()
                           for w in window.side_windows))
        compare = window.side_windows[0]
        assert isinstance(compare, ComparisonDialog)
        done = compare.view.columns["done"].lines
        assert any("Søkje om kommunal bustad" in line for line in done), done
        d.tab_to_widget(compare.print_button, limit=20)
        d.press(Qt.Key.Key_Space)
        evaluation = tmp_path / "evaluering.pdf"
        steps.save_pdf(d, window, evaluation, monkeypatch, from_side=True)
        d.wait(compare.isActiveWindow)
        d.press(Qt.Key.Key_Escape)
        d.wait(lambda: not window.side_windows)
    text = steps.pdf_text(evaluation)
    for wanted in ["Familien Haugland", "Søkje om kommunal bustad",
                   "Emil er på skulen fire av fem dagar", "Sara er i arbeidstrening og trivst"]:
        assert wanted in text, wanted

    with counter.step("quit (File menu), start again, unlock, open the case"):
        # A window manager gives the keyboard back to the main window when the
        # side window closes; the offscreen platform has none to do it.
        window.activateWindow()
        d.wait(window.isActiveWindow)
        scenes.quit_from_file_menu(d, window)
        assert window.store is None
        window = open_window()
        steps.unlock(d, window)
        d.wait(lambda: window.pages.currentWidget() is window.cases_page)
        d.type("Haugland")
        d.enter()
        d.wait(lambda: window.pages.currentWidget() is window.case_page)
        assert d.focus() is window.case_page.table
        d.enter()  # the newest meeting is selected
        d.wait(lambda: window.pages.currentWidget() is window.meeting_page)
    session = window.meeting_page.session
    assert session is not None and session.meeting.id == m3_id
    assert session.meeting == m3
    assert [m.number for m in _meetings(window)] == [1, 2, 3]
