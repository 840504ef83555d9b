"""The pilot's figures ("Gevinstmåling"): an anonymous report over a period for the
municipality, from the whole store. `facts` reads the store, `figures` counts,
`suppression` hides small counts, `tables` writes CSV, JSON and plain text; the PDF
is `samtaleduk.printing.pilot_report`. Definitions: docs/pilot-figures.md."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from samtaleduk.errors import UserError
from samtaleduk.pilot.facts import Progress, read_facts
from samtaleduk.pilot.figures import TemplateFor, build_report
from samtaleduk.pilot.model import Count, Median, PilotReport, Table

if TYPE_CHECKING:
    from samtaleduk.store.store import Store

__all__ = ["Count", "Median", "PilotReport", "Table", "TemplateFor", "build_report",
           "pilot_report", "read_facts"]


def pilot_report(store: Store, start: dt.date, end: dt.date,
                 progress: Progress | None = None) -> PilotReport:
    """The report of `start`–`end` (both days counted) from an open store; reads only."""
    if end < start:
        raise UserError("pilot.period_backwards")
    facts = read_facts(store.conn, start, end, progress)
    return build_report(facts, start, end, store.template_for)
