"""Right of access (GDPR art. 15): everything the store holds about one family.

`access_export` writes into a folder the user chooses: `innsyn.json` (the case, every
meeting, every revision with its time, the templates' ids and versions, and the
case's audit events) and PDFs made by the printing package: one duk per meeting and
the case's journey. File names are fixed words and numbers, never names.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from samtaleduk import audit
from samtaleduk.durable import write_atomically
from samtaleduk.errors import UserError
from samtaleduk.store import Store
from samtaleduk.template import Template

JSON_NAME = "innsyn.json"
JOURNEY_NAME = "forlop.pdf"


@dataclass(frozen=True)
class AccessExport:
    folder: Path
    files: list[Path]


def _template(store: Store, template_id: str, version: int) -> Template:
    found = store._template_for(template_id, version)
    if found is None:
        raise UserError("Duken eit møte vart skrive med, finst ikkje i lageret; "
                        "innsynet kan ikkje skrivast ut.")
    return found


def access_data(store: Store, case_id: uuid.UUID) -> dict[str, Any]:
    """Everything about the case as plain JSON values."""
    case = store.get_case(case_id)
    meetings = store.list_meetings(case.id)
    return {
        "format": "samtaleduk-innsyn", "version": 1,
        "made_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "case": case.model_dump(mode="json"),
        "meetings": [m.model_dump(mode="json") for m in meetings],
        "revisions": [
            {"meeting_id": str(m.id), "saved_at": r.saved_at.isoformat(),
             "data": store.get_revision(r.id).model_dump(mode="json")}
            for m in meetings for r in store.revisions(m.id)
        ],
        "templates": sorted({f"{m.template_id} v{m.template_version}" for m in meetings}),
        "audit": audit.export(store, case.id),
    }


def access_export(store: Store, case_id: uuid.UUID, out_dir: Path, *,
                  pdf: bool = True, lang: str | None = None) -> AccessExport:
    """Write the access export of the case into `out_dir` (created if needed)."""
    from samtaleduk.printing import print_duk, print_journey  # reportlab: only when used

    out_dir = Path(out_dir)
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    data = access_data(store, case_id)
    files = [write_atomically(out_dir / JSON_NAME,
                              json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))]
    if pdf:
        case = store.get_case(case_id)
        meetings = store.list_meetings(case.id)
        templates = [_template(store, m.template_id, m.template_version) for m in meetings]
        for m, t in zip(meetings, templates, strict=True):
            files.append(print_duk(m, case, t, out_dir / f"mote-{m.number:02d}.pdf",
                                   paper="a4", lang=lang))
        if meetings:
            files.append(print_journey(case, meetings, templates, out_dir / JOURNEY_NAME,
                                       lang=lang))
    audit.record(store, "access_exported", case_id)
    return AccessExport(out_dir, files)
