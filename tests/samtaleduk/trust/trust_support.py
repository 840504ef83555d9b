"""Shared helpers of the trust tests (backups, deletion, bundles, scans): cases
with unique marker text, and byte scans of files in every encoding we care about."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samtaleduk.domain.model import Action, Case, Goal, Helper, Meeting, Note
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import load_all
from samtaleduk.templates.model import FieldKind, Template


def family() -> Template:
    return load_all().get("familie")


def marked_case(store: Store, marker: str, meetings: int = 2, edits: int = 3) -> Case:
    """A case whose name, members, notes, goals, actions and helpers all carry
    `marker`, with `meetings` meetings saved `edits` times each (revisions)."""
    t = family()
    case = Case(name=f"Familien {marker}", template_id=t.id, members=[f"Emil {marker}"],
                facilitator=f"Losen {marker}")
    store.remember_template(t)
    store.save_case(case)
    notes = t.fields_of_kind(FieldKind.NOTES)[0].id
    goals = t.fields_of_kind(FieldKind.GOALS)[0].id
    actions = t.fields_of_kind(FieldKind.NEXT_STEP)[0].id
    helpers = t.fields_of_kind(FieldKind.HELPERS)[0].id
    for number in range(1, meetings + 1):
        m = Meeting(case_id=case.id, number=number, date=dt.date(2026, 1, number),
                    template_id=t.id, template_version=t.version)
        m.field(goals).goals.append(Goal(text=f"Mål for {marker}"))
        m.field(actions).actions.append(Action(text=f"Ring {marker}", owner=f"mor {marker}"))
        m.field(helpers).helpers.append(Helper(name=f"Bestemor {marker}"))
        for i in range(edits):
            m.field(notes).notes.append(Note(text=f"Notat {i} om {marker}"))
            store.save_meeting(m, t)
    return case


def encodings(marker: str) -> list[bytes]:
    """The marker as a program could write it: UTF-8, UTF-16 (both byte orders),
    and lower/upper case (search indexes fold case)."""
    forms = {marker, marker.lower(), marker.upper()}
    return [f.encode(enc) for f in forms for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def files_holding(folders: list[Path], marker: str) -> list[str]:
    """Every file under `folders` whose bytes hold the marker in any encoding."""
    needles = encodings(marker)
    hits = []
    for folder in folders:
        if not folder.exists():
            continue
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            data = path.read_bytes()
            if any(n in data for n in needles):
                hits.append(str(path))
    return hits


def plaintext_copy(path: Path, data_key: bytes, out: Path) -> bytes:
    """Decrypt a store or backup file into a plaintext SQLite file with SQLCipher's
    own `sqlcipher_export` (made here, inside the test) and return its bytes."""
    from samtaleduk.store.backup import open_readonly

    conn = open_readonly(path, data_key)
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(out),))
        conn.execute("SELECT sqlcipher_export('plain')").fetchall()
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    return out.read_bytes()


def rows_holding(store: Store, marker: str) -> list[str]:
    """The tables (FTS shadow tables included) with a row holding the marker."""
    needles = encodings(marker)
    tables = [r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")]
    found = []
    for table in tables:
        for row in store.conn.execute(f'SELECT * FROM "{table}"'):
            blob = b"".join(v if isinstance(v, bytes) else str(v).encode() for v in row)
            if any(n in blob for n in needles):
                found.append(table)
                break
    return found
