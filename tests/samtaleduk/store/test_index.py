"""The search index follows each save row by row: only what changed is rewritten,
and the index always equals what a full rebuild would hold."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from samtaleduk.domain.model import Case, Goal, Meeting, Note
from samtaleduk.store.index import meeting_entries
from samtaleduk.store.store import Store
from samtaleduk.templates.loading import load_all
from samtaleduk.templates.model import FieldKind


def _rows(store: Store, mid: str) -> dict[int, tuple[str, str | None, str | None, str]]:
    store.refresh_search()  # a save marks the meeting; its entries follow after
    rows = store.conn.execute(
        "SELECT r.rowid, r.kind, r.field_id, r.item_id, f.text FROM search_rows r "
        "JOIN search_fts f ON f.rowid = r.rowid WHERE r.meeting_id = ?", (mid,))
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}


def _expected(meeting: Meeting) -> Counter[tuple[str, str | None, str | None, str]]:
    return Counter((e.kind, e.field_id, e.item_id, e.text) for e in meeting_entries(meeting))


def test_save_rewrites_only_changed_rows(store: Store) -> None:
    family = load_all().get("familie")
    notes_fid = family.fields_of_kind(FieldKind.NOTES)[0].id
    goals_fid = family.fields_of_kind(FieldKind.GOALS)[0].id
    case = Case(name="Familien Indeks", template_id=family.id)
    store.save_case(case)
    m = Meeting(case_id=case.id, number=1, date=dt.date(2026, 1, 5),
                template_id=family.id, template_version=family.version)
    m.field(notes_fid).notes += [Note(text=f"notat {i}") for i in range(5)]
    m.field(notes_fid).notes.append(Note(text="notat 0"))  # same text twice
    m.field(goals_fid).goals.append(Goal(text="mål"))
    store.save_meeting(m, family)
    mid = str(m.id)
    before = _rows(store, mid)
    assert Counter(before.values()) == _expected(m)

    m.field(notes_fid).notes[1].text = "endra notat"
    store.save_meeting(m, family)
    after = _rows(store, mid)
    assert Counter(after.values()) == _expected(m)
    changed = set(after) ^ set(before)
    assert len(changed) == 2  # one row out, one row in; the other six kept their rowid
    assert store.search("endra")[0].item_id == m.field(notes_fid).notes[1].id
    assert store.search("notat 1") == []

    del m.field(notes_fid).notes[0]  # one of the two identical texts goes
    m.field(goals_fid).goals.clear()
    m.field(notes_fid).notes.append(Note(text="ny"))
    store.save_meeting(m, family)
    assert Counter(_rows(store, mid).values()) == _expected(m)
    assert store.search("mål") == []
    assert len(store.search("notat 0")) == 1
