"""What the store derives from a case or a meeting on save: search entries and the
summary columns that keep the case list fast, and the small writers that keep
them (and the audit log) in step inside the caller's transaction.

The derivations are pure functions over the model. Nothing is specific to one duk:
the next-step field is found by its kind in the meeting's own template.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from samtaleduk.domain.model import OPEN_ACTION_STATUSES, Case, Meeting
from samtaleduk.fieldkinds import next_meeting_date
from samtaleduk.store import search_terms
from samtaleduk.store.db import now_utc
from samtaleduk.store.folding import NAME_KINDS, query_words, search_columns
from samtaleduk.templates.model import Template
from samtaleduk.trust.audit_chain import os_account, seal

_EVENT = re.compile(r"^[a-z][a-z_]{0,39}$")


@dataclass(frozen=True)
class SearchEntry:
    """One searchable piece of text and what it belongs to."""

    kind: str
    """case_name, member, participant, note, goal, action, helper, consent or text."""
    text: str
    field_id: str | None = None
    item_id: str | None = None


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def case_entries(case: Case) -> list[SearchEntry]:
    """The case's name, its members and the people who have been at the table."""
    entries = [SearchEntry("case_name", case.name)]
    entries += [SearchEntry("member", m) for m in case.members if m]
    if case.facilitator:
        entries.append(SearchEntry("participant", case.facilitator))
    entries += [
        SearchEntry("participant", _join(p.name, p.role), item_id=str(p.id))
        for p in case.known_participants
    ]
    return entries


def meeting_entries(meeting: Meeting) -> list[SearchEntry]:
    """Everything written on the meeting's duk, item by item."""
    entries = [
        SearchEntry("participant", _join(p.name, p.role), item_id=str(p.id))
        for p in meeting.participants
    ]
    for fid, content in meeting.fields.items():
        if content.text:
            entries.append(SearchEntry("text", content.text, field_id=fid))
        entries += [SearchEntry("note", n.text, fid, str(n.id)) for n in content.notes]
        entries += [
            SearchEntry("goal", _join(g.text, g.comment), fid, str(g.id)) for g in content.goals
        ]
        entries += [
            SearchEntry("action", _join(a.text, a.owner, a.comment), fid, str(a.id))
            for a in content.actions
        ]
        entries += [
            SearchEntry("helper", _join(h.name, h.relation, h.helps_with), fid, str(h.id))
            for h in content.helpers
        ]
        entries += [
            SearchEntry("consent", _join(c.description, c.given_by), fid, str(c.id))
            for c in content.consents
            if c.description or c.given_by
        ]
    return [e for e in entries if e.text.strip()]


def open_actions(meeting: Meeting) -> int:
    """How many of the meeting's actions are still open or only partly done."""
    return sum(
        1
        for content in meeting.fields.values()
        for a in content.actions
        if a.status in OPEN_ACTION_STATUSES
    )


def next_step_date(meeting: Meeting, template: Template | None) -> dt.date | None:
    """The date written in the meeting's next-step field (the next meeting), found
    through the template's field kinds. None without a template or a date."""
    return next_meeting_date(meeting, template)


def participant_names(meeting: Meeting) -> list[str]:
    return [p.name for p in meeting.participants]


def fts_query(text: str) -> str | None:
    """An FTS5 query from what the user typed: every word must match, each as a
    prefix. Each word is a quoted string, so no character the user types can act
    as FTS5 syntax. None when nothing searchable is left. (The store asks
    `search_terms.match_query`, the same matches read lazily.)"""
    words = query_words(text)
    return " ".join(f'"{word}"*' for word in words) if words else None


# -- writers: keep the index, the summaries and the audit log in step ---------

def audit_who() -> str:
    """Who does things in the audit log: the operating-system account running the
    program, asked of the OS, not of environment variables (the store has one
    passphrase, so one holder; the account tells apart people sharing a portable
    data folder). Never a name from a case."""
    return os_account()


def write_audit(c: Any, event: str, case_id: str | None, at: str | None = None,
                detail: str | None = None) -> None:
    """Append one audit entry inside the caller's transaction and seal it into the
    chain (`audit_chain`). `detail` is a short fixed text, never content."""
    if not _EVENT.match(event):
        raise ValueError(f"audit event names are short snake_case words: {event!r}")
    cur = c.execute("INSERT INTO audit(at, event, case_id, who, detail) VALUES (?,?,?,?,?)",
                    (at or now_utc(), event, case_id, audit_who(), detail))
    seal(c, int(cur.lastrowid))


def reindex(c: Any, cid: str, mid: str | None, entries: list[SearchEntry]) -> None:
    """Make the search index of one owner (a case's own entries when `mid` is None,
    else one meeting) equal to `entries`, touching only the rows that differ: an
    autosave after one keystroke rewrites one row, not the whole duk's ~60."""
    if mid is None:
        where, params = "r.case_id = ? AND r.meeting_id IS NULL", (cid,)
    else:
        where, params = "r.meeting_id = ?", (mid,)
    stale: dict[tuple[str, str | None, str | None, str], list[int]] = {}
    for rowid, kind, field_id, item_id, text in c.execute(
        "SELECT r.rowid, r.kind, r.field_id, r.item_id, f.text FROM search_rows r "
        f"JOIN search_fts f ON f.rowid = r.rowid WHERE {where}", params,
    ):
        stale.setdefault((kind, field_id, item_id, text), []).append(rowid)
    fresh: list[SearchEntry] = []
    for e in entries:
        kept = stale.get((e.kind, e.field_id, e.item_id, e.text))
        if kept:
            kept.pop()  # an identical row already there stays as it is
        else:
            fresh.append(e)
    gone = [(rowid,) for rowids in stale.values() for rowid in rowids]
    if gone:
        c.executemany("DELETE FROM search_fts WHERE rowid = ?", gone)
        c.executemany("DELETE FROM search_rows WHERE rowid = ?", gone)
        c.executemany("DELETE FROM name_fts WHERE rowid = ?",
                      [(rowid,) for (kind, *_), rowids in stale.items()
                       if kind in NAME_KINDS for rowid in rowids])
    searched: list[str] = []
    for e in fresh:
        rowid = c.execute(
            "INSERT INTO search_rows(case_id, meeting_id, kind, field_id, item_id) "
            "VALUES (?,?,?,?,?)", (cid, mid, e.kind, e.field_id, e.item_id),
        ).lastrowid
        text, folded, name = search_columns(e.kind, e.text)
        c.execute("INSERT INTO search_fts(rowid, text, folded, name) VALUES (?, ?, ?, ?)",
                  (rowid, text, folded, name))
        if e.kind in NAME_KINDS:
            c.execute("INSERT INTO name_fts(rowid, name) VALUES (?, ?)", (rowid, name))
        searched += (folded, name)
    search_terms.record(c, searched)
    # The words of the rows taken out that no entry holds any more (a word edited
    # away, a half-typed word indexed at a pause) leave the list too.
    search_terms.forget(c, [column for (kind, _f, _i, text), rowids in stale.items()
                            if rowids for column in search_columns(kind, text)[1:]])


def update_case_summary(c: Any, cid: str, now: str) -> None:
    latest = "FROM meetings WHERE case_id = :c ORDER BY number DESC, date DESC LIMIT 1"
    c.execute(
        "UPDATE cases SET "
        "meeting_count = (SELECT count(*) FROM meetings WHERE case_id = :c), "
        "last_meeting_date = (SELECT max(date) FROM meetings WHERE case_id = :c), "
        f"next_meeting_date = (SELECT next_step_date {latest}), "
        f"open_actions = coalesce((SELECT open_actions {latest}), 0), "
        f"latest_meeting_id = (SELECT id {latest}), "
        f"latest_meeting_number = (SELECT number {latest}), "
        "updated_at = :now WHERE id = :c",
        {"c": cid, "now": now},
    )
