"""Golden text of every print kind, from the fixed demo cases.

The references live in golden/. After a deliberate change to a print, look at
the PNGs (pdftoppm), then refresh them with SAMTALEDUK_UPDATE_GOLDEN=1.

The summary sentences of the evaluation and the journey are the evaluation
module's words (tested there); here they are replaced by fixed stand-ins so that
these references pin the print's own layout and words only.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from samtaleduk.domain.demo import demo_cases
from samtaleduk.evaluation import Comparison
from samtaleduk.printing import (
    actions_pdf,
    duk_pdf,
    evaluation_pdf,
    evaluation_report,
    journey,
    journey_pdf,
)
from samtaleduk.printing.duk import _DukPrint
from samtaleduk.printing.leave_out import LeaveOut
from samtaleduk.templates.loading import load_all
from tests.samtaleduk.printing.pdfcheck import fonts, page_texts

GOLDEN = Path(__file__).parent / "golden"


def _cases() -> dict[str, Callable[[], bytes]]:
    ts = load_all()
    fam, ind = ts.get("familie"), ts.get("individuell")
    (hc, hm), (jc, jm) = demo_cases()
    return {
        "duk-familie-1-nn-a3": lambda: duk_pdf(hm[0], hc, fam),
        "duk-familie-3-nb-a4": lambda: duk_pdf(hm[2], hc, fam, paper="a4", lang="nb"),
        "duk-individuell-nn-a3": lambda: duk_pdf(jm[0], jc, ind),
        "duk-individuell-nb-a3": lambda: duk_pdf(jm[0], jc, ind, lang="nb"),
        "blank-familie-nn-a3": lambda: _DukPrint(fam, None, None, "a3", "nn", LeaveOut()).pdf(),
        "blank-individuell-nb-a4": lambda: _DukPrint(ind, None, None, "a4", "nb",
                                                     LeaveOut()).pdf(),
        "actions-familie-1-nn": lambda: actions_pdf(hm[0], hc, fam),
        "evaluation-familie-1-2-nn": lambda: evaluation_pdf(hm[0], hm[1], hc, fam, fam),
        "journey-familie-nb": lambda: journey_pdf(hc, hm, [fam, fam, fam], lang="nb",
                                                  leave_out=["rus"]),
    }


def _fixed_summary(comparison: Comparison, lang: str = "nn") -> dict[str, list[str]]:
    step = f"{comparison.old_number}→{comparison.new_number}"
    return {"done": [f"gjort {step}"], "remains": [f"står att {step}"], "changed": []}


@pytest.fixture(autouse=True)
def _stable_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evaluation_report, "summary_lines", _fixed_summary)
    monkeypatch.setattr(journey, "summary_lines", _fixed_summary)


def _render(pdf: bytes) -> str:
    pages = page_texts(pdf)
    return "".join(f"=== side {i} ===\n" + "\n".join(line.rstrip() for line in text.splitlines())
                   + "\n" for i, text in enumerate(pages, start=1))


@pytest.mark.parametrize("name", sorted(_cases()))
def test_golden_text(name: str) -> None:
    pdf = _cases()[name]()
    used = fonts(pdf)
    assert used and all(f["embedded"] and "DejaVuSans" in f["name"] for f in used), used
    actual = _render(pdf)
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("SAMTALEDUK_UPDATE_GOLDEN") == "1":
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}; run with SAMTALEDUK_UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8")
