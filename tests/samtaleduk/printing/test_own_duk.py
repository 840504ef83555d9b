"""A municipality's own duk prints from the same code: nothing knows a duk id."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samtaleduk.domain.model import (
    Action,
    ActionStatus,
    Case,
    Consent,
    Goal,
    GoalStatus,
    Helper,
    Meeting,
    Note,
    Participant,
    SaidBy,
)
from samtaleduk.printing import duk_pdf
from samtaleduk.printing.duk import _DukPrint
from samtaleduk.printing.leave_out import LeaveOut
from samtaleduk.templates.loading import parse_template
from tests.samtaleduk.printing.pdfcheck import flat

OWN = """
format_version = 1
id = "kommune_vart"
case_kind = "family"
name = { nn = "Vår eigen duk", nb = "Vår egen duk" }
domains_layout = { col = 2, row = 0, row_span = 3 }
[grid]
columns = 3
rows = 4
column_weights = [1, 2, 0.6]
[[life_domains]]
id = "heim"
label = { nn = "Heimen", nb = "Hjemmet" }
[[life_domains]]
id = "venner"
label = { nn = "Vener", nb = "Venner" }
[[groups]]
id = "no"
label = { nn = "NO", nb = "NÅ" }
layout = { col = 0, row = 0 }
[[fields]]
id = "kven"
kind = "participants"
label = { nn = "Kven er her", nb = "Hvem er her" }
layout = { col = 1, row = 0 }
[[fields]]
id = "bra"
kind = "notes"
number = 7
domain_tags = true
label = { nn = "Dette går bra", nb = "Dette går bra" }
colour = "#DDEEDD"
layout = { col = 0, row = 1 }
[[fields]]
id = "maal"
kind = "goals"
date_blank = true
horizon = "short"
label = { nn = "Mål innan", nb = "Mål innen" }
layout = { col = 1, row = 1 }
[[fields]]
id = "gjer"
kind = "actions"
label = { nn = "Kven gjer kva", nb = "Hvem gjør hva" }
layout = { col = 0, row = 2, col_span = 2 }
[[fields]]
id = "hjelp"
kind = "helpers"
label = { nn = "Hjelparar", nb = "Hjelpere" }
layout = { col = 0, row = 3 }
[[fields]]
id = "lov"
kind = "consents"
label = { nn = "Samtykke", nb = "Samtykke" }
layout = { col = 1, row = 3 }
consent_kinds = [{ id = "skule", label = { nn = "samtykke skulen", nb = "samtykke skolen" } }]
[[fields]]
id = "dag"
kind = "date"
label = { nn = "Dagen", nb = "Dagen" }
layout = { col = 2, row = 3 }
"""


def test_own_duk_prints_every_kind_filled_and_blank() -> None:
    template = parse_template(OWN.encode(), Path("kommune_vart.toml"))
    case = Case(name="Familien Test", template_id=template.id)
    m = Meeting(case_id=case.id, number=4, date=dt.date(2026, 2, 2), template_id=template.id,
                template_version=1, participants=[Participant(name="Ola", role="far")])
    m.field("bra").notes = [Note(text="Vi lagar mat saman", domain="heim", said_by=SaidBy.CHILD)]
    m.field("maal").date = dt.date(2026, 4, 1)
    m.field("maal").goals = [Goal(text="Fast fritidsaktivitet", status=GoalStatus.REACHED)]
    m.field("gjer").actions = [Action(text="Ringje klubben", owner="Ola",
                                      due=dt.date(2026, 3, 1), status=ActionStatus.PARTLY)]
    m.field("hjelp").helpers = [Helper(name="Tante Gro", relation="familie",
                                       helps_with="skyss")]
    m.field("lov").consents = [Consent(kind="skule", given_by="Ola",
                                       given_on=dt.date(2026, 2, 2))]
    for lang, words in (("nn", ["Vår eigen duk", "Heimen", "Vener", "NO", "Kven er her",
                                "Mål innan 01.04.2026", "Kven gjer kva", "Hjelparar", "Dagen"]),
                        ("nb", ["Vår egen duk", "Hjemmet", "Venner", "NÅ", "Hvem er her",
                                "Mål innen 01.04.2026", "Hvem gjør hva", "Hjelpere"])):
        text = flat(duk_pdf(m, case, template, lang=lang))
        for word in words:
            assert word in text, (lang, word)
        assert "Ola (far)" in text and "02.02.2026" in text
        assert "Vi lagar mat saman" in text and "barnet" in text
        assert "✓ Fast fritidsaktivitet" in text
        assert "◐ Ringje klubben — Ola" in text and "delvis gjort" in text
        assert "Tante Gro (familie) — skyss" in text
        assert "☑ samtykke sk" in text and "gitt av Ola 02.02.2026" in text
    blank = flat(_DukPrint(template, None, None, "a4", "nn", LeaveOut()).pdf())
    assert "Mål innan ________" in blank and "☐ samtykke skulen" in blank
