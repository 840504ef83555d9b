"""Right of access (GDPR art. 15): everything the store holds about one family.

`access_export` writes into a folder the user chooses: `innsyn.json` (the case, every
meeting, every revision with its time, the templates' ids and versions, and the
case's audit events) and PDFs made by the printing package: one duk per meeting and
the case's journey. File names are fixed words and numbers, never names, and unique
(two meetings with the same number get `mote-02.pdf` and `mote-02-2.pdf`).

The folder must be new or empty: written into a folder in use, two families' files
ended up side by side, and a second export overwrote the first one's PDFs.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from samtaleduk.errors import UserError
from samtaleduk.messages import os_reason
from samtaleduk.store.durable import write_atomically
from samtaleduk.store.store import Store
from samtaleduk.templates.model import Template
from samtaleduk.trust import audit

JSON_NAME = "innsyn.json"
JOURNEY_NAME = "forlop.pdf"


@dataclass(frozen=True)
class AccessExport:
    folder: Path
    files: list[Path]


def _template(store: Store, template_id: str, version: int) -> Template:
    found = store.template_for(template_id, version)
    if found is None:
        raise UserError("access.duk_missing")
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


def _new_or_empty(out_dir: Path) -> None:
    """Make `out_dir`, or accept it when it is an empty folder; `UserError` else."""
    try:
        out_dir.mkdir(mode=0o700, parents=True)
        return
    except FileExistsError:
        pass
    except OSError as exc:
        raise UserError("access.folder_not_made", reason=os_reason(exc)) from None
    try:
        empty = out_dir.is_dir() and not any(out_dir.iterdir())
    except OSError as exc:
        raise UserError("access.folder_unreadable", reason=os_reason(exc)) from None
    if not empty:
        raise UserError("access.folder_not_empty")


def meeting_file_names(numbers: list[int]) -> list[str]:
    """A unique PDF name for each meeting number, in order (`mote-02.pdf`, then
    `mote-02-2.pdf` for a second meeting 2)."""
    seen: dict[int, int] = {}
    names = []
    for n in numbers:
        seen[n] = seen.get(n, 0) + 1
        names.append(f"mote-{n:02d}.pdf" if seen[n] == 1 else f"mote-{n:02d}-{seen[n]}.pdf")
    return names


def access_export(store: Store, case_id: uuid.UUID, out_dir: Path, *,
                  pdf: bool = True, lang: str | None = None) -> AccessExport:
    """Write the access export of the case into `out_dir`, which must be new or an
    empty folder (`UserError` otherwise, before anything is written)."""
    from samtaleduk.printing import print_duk, print_journey  # reportlab: only when used

    out_dir = Path(out_dir)
    # Everything that can be refused is read before the folder is made.
    data = access_data(store, case_id)
    case = store.get_case(case_id)
    meetings = store.list_meetings(case.id) if pdf else []
    templates = [_template(store, m.template_id, m.template_version) for m in meetings]
    _new_or_empty(out_dir)
    files = [write_atomically(out_dir / JSON_NAME,
                              json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))]
    names = meeting_file_names([m.number for m in meetings])
    for m, t, name in zip(meetings, templates, names, strict=True):
        files.append(print_duk(m, case, t, out_dir / name, paper="a4", lang=lang))
    if meetings:
        files.append(print_journey(case, meetings, templates, out_dir / JOURNEY_NAME,
                                   lang=lang))
    audit.record(store, "access_exported", case_id)
    return AccessExport(out_dir, files)
