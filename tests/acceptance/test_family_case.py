"""Familien Haugland through the real window, by keys: first start, the case,
meeting 1 with every field of the family duk, "Lagra som PDF"; then meetings 2
and 3 as continuations with the review step "Sidan sist", the comparison and its
printed evaluation, lock and unlock, quit and start again. Asserted on what the
store holds and on the text of the PDFs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from samtaleduk.model import Meeting, SaidBy
from tests.acceptance import scenes, steps
from tests.acceptance.conftest import OpenWindow
from tests.acceptance.driver import Driver, KeyCounter

pytestmark = pytest.mark.acceptance


def _meetings(window) -> list[Meeting]:  # type: ignore[no-untyped-def]
    store = window.store
    (case,) = [c for c in store.list_cases() if c.name == scenes.FAMILY]
    return sorted(store.list_meetings(case.id), key=lambda m: m.number)


def test_family_meeting_1_by_keyboard_is_saved_and_printed(
        open_window: OpenWindow, driver: Driver, counter: KeyCounter, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    d = driver
    window = open_window()
    with counter.step("first start: choose the passphrase"):
        steps.first_start(d, window)
    with counter.step("new family case"):
        steps.new_case(d, window, scenes.FAMILY, scenes.MEMBERS, scenes.FACILITATOR)
    with counter.step("meeting 1 of the family duk, every field"):
        scenes.family_meeting_1(d, window)
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
    said = {"barnet": SaidBy.CHILD, "forelder": SaidBy.PARENT, None: None}
    for fid, wanted in (("fungerer", scenes.FUNGERER_1), ("vanskeleg", scenes.VANSKELEG_1)):
        assert [(n.text, n.domain, n.said_by) for n in f[fid].notes] == [
            (t, domains.get(dom) if dom else None, said[s]) for t, dom, s in wanted]
    assert [(n.text, n.said_by) for n in f["draumar"].notes] == [
        (t, said[s]) for t, s in scenes.DRAUMAR_1]
    assert f["kort_sikt"].date == dt.date(2026, 3, 1)
    assert [g.text for g in f["kort_sikt"].goals] == scenes.KORT_SIKT_1
    assert f["lang_sikt"].date == dt.date(2026, 12, 31)
    assert [g.text for g in f["lang_sikt"].goals] == scenes.LANG_SIKT_1
    assert all(g.deadline is None for g in f["kort_sikt"].goals + f["lang_sikt"].goals)
    assert [(h.name, h.relation, h.helps_with) for h in f["hjelparar"].helpers] == \
        scenes.HELPERS_1
    step = f["neste_steg"]
    assert (step.text, step.date) == ("Nytt møte med familieteamet", dt.date(2026, 3, 11))
    assert [(a.text, a.owner, a.due.strftime("%d%m%Y") if a.due else None)
            for a in step.actions] == scenes.ACTIONS_1
    assert [(c.kind, c.given_by, c.given_on) for c in f["avtale"].consents] == [
        ("ressursteam", "Sara Haugland", m1.date), ("stafettlogg", "Sara Haugland", m1.date)]

    text = steps.pdf_text(pdf)
    for wanted in ["Familien Haugland", "14.01.2026", "Áile Ŋuorra (tolk)",
                   "Nora trivst på skulen", "Sara søv dårleg og er sliten",
                   "På kort sikt, innan 01.03.2026", "Emil er på skulen kvar dag",
                   "På lang sikt, innan 31.12.2026", "Større bustad",
                   "Čiekčá idrettslag", "Nytt møte med familieteamet", "11.03.2026",
                   "Kartleggje jobbtiltak for Sara — Tor Aas innan 15.02.2026",
                   "samtykke ressursteam — gitt av Sara Haugland 14.01.2026"]:
        assert wanted in text, wanted
    assert (pdf.stat().st_mode & 0o777) == 0o600
