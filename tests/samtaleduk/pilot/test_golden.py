"""The report of the demo store, word for word (nynorsk and English), and the
same for the demo cases five times over, where the counts are shown. Regenerate
with SAMTALEDUK_UPDATE_GOLDEN=1 after a change meant to alter them, and read the diff."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from samtaleduk.pilot import pilot_report
from samtaleduk.pilot.tables import to_text
from samtaleduk.store.store import Store
from tests.samtaleduk.pilot.cases import demo_times

GOLDEN = Path(__file__).parent / "golden"
YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


@pytest.mark.parametrize(("copies", "lang"), [(1, "nn"), (1, "en"), (5, "nn"), (5, "nb")])
def test_demo_report_text(store: Store, copies: int, lang: str) -> None:
    demo_times(store, copies)
    text = to_text(pilot_report(store, *YEAR), lang)
    golden = GOLDEN / f"demo-x{copies}-{lang}.txt"
    if os.environ.get("SAMTALEDUK_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
