"""Counting the pilot's figures for a period from the store's facts.

Pure: `build_report(facts, start, end, template_for)` returns a `PilotReport`. What
each figure counts is defined in docs/pilot-figures.md; the comments here say how.
Every item (goal, action, consent) is followed by its id through the meetings, as
carrying a duk forward keeps it, and is counted once per period.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from samtaleduk.pilot.facts import CaseFacts, MeetingFacts, StoreFacts
from samtaleduk.pilot.model import Count, Line, Median, PilotReport, Table, Words
from samtaleduk.pilot.owners import OwnerKind, OwnerKinds
from samtaleduk.pilot.suppression import THRESHOLD, Constraint, suppressed_keys
from samtaleduk.pilot.words import W
from samtaleduk.templates.model import Template, TemplateField, Text

TemplateFor = Callable[[str, int], Template | None]
"""The duk meetings of (id, version) were written with, or None."""

GAP_BUCKETS = (("gap_4w", 28), ("gap_8w", 56), ("gap_12w", 84), ("gap_more", None))
"""Days between two meetings: up to 4 weeks, 5–8, 9–12, more."""
DURATION_BUCKETS = (("dur_6m", 182), ("dur_12m", 365), ("dur_more", None))
"""Days from opened to closed: under 6 months, 6–12 months, more."""
HORIZONS = ("short", "long", "no_horizon")
GOAL_COLUMNS = ("set", "reached", "continued", "dropped")
OWNER_ROWS = tuple(kind.value for kind in OwnerKind)
ACTION_COLUMNS = ("done", "partly", "not_done", "action_dropped", "new")
_ACTION_OUTCOME = {"done": "done", "partly": "partly", "dropped": "action_dropped"}


@dataclass
class _Raw:
    """A table before suppression: raw counts, which of them are printed, and the
    sums among them (hidden parts included)."""

    key: str
    rows: list[Line]
    columns: list[Line]
    counts: dict[tuple[str, str], int] = field(default_factory=dict)
    hidden: dict[str, int] = field(default_factory=dict)
    constraints: list[Constraint] = field(default_factory=list)
    note: Words | None = None

    def cell(self, row: str, column: str) -> str:
        return f"{self.key}|{row}|{column}"


def _line(key: str) -> Line:
    return Line(key, W[key])


def _in(day: dt.date | None, start: dt.date, end: dt.date) -> bool:
    return day is not None and start <= day <= end


def build_report(facts: StoreFacts, start: dt.date, end: dt.date,
                 template_for: TemplateFor) -> PilotReport:
    """The pilot's figures for `start`–`end` (both days counted)."""
    fields = _FieldLookup(template_for)
    cases, active = _cases(facts, start, end)
    meetings, gaps, gap_days = _meetings(facts, start, end)
    durations, duration_days = _durations(facts, active, start, end)
    raws = [cases, meetings, gaps, durations, *_items(facts, start, end, fields)]
    values: dict[str, int] = {}
    printed: list[str] = []
    constraints: list[Constraint] = []
    for raw in raws:
        for (row, column), value in raw.counts.items():
            values[raw.cell(row, column)] = value
            printed.append(raw.cell(row, column))
        values.update({f"{raw.key}|{k}": v for k, v in raw.hidden.items()})
        constraints += raw.constraints
    hidden = suppressed_keys(values, printed, constraints)
    tables = tuple(
        Table(key=raw.key, title=W[raw.key], rows=tuple(raw.rows), columns=tuple(raw.columns),
              counts={rc: Count(None if raw.cell(*rc) in hidden else v)
                      for rc, v in raw.counts.items()},
              note=raw.note)
        for raw in raws)
    by_key = {t.key: t for t in tables}
    medians = (
        _median("median_gap", by_key["meetings"].count("follow_up", "count"), gap_days),
        _median("median_duration", by_key["cases"].count("closed", "count"), duration_days),
    )
    return PilotReport(start=start, end=end, tables=tables, medians=medians)


def _median(key: str, n: Count, days: list[int]) -> Median:
    shown = len(days) >= THRESHOLD
    return Median(key=key, label=W[key], n=n,
                  days=round(statistics.median(days)) if shown else None)


def _one_column(key: str, rows: Iterable[str], counts: dict[str, int]) -> _Raw:
    raw = _Raw(key, [_line(r) for r in rows], [_line("count")])
    raw.counts = {(r.key, "count"): counts[r.key] for r in raw.rows}
    return raw


# -- cases and meetings ------------------------------------------------------------

def _cases(facts: StoreFacts, start: dt.date, end: dt.date) -> tuple[_Raw, set[str]]:
    # Active: opened by the end and not closed before the start. The other rows are
    # subsets of it, so "active minus opened" (cases carried into the period) is a
    # hidden part of a sum, and suppression sees it.
    active = {c.id for c in facts.cases.values()
              if c.created_on <= end and (c.closed_on is None or c.closed_on >= start)}
    opened = {i for i in active if _in(facts.cases[i].created_on, start, end)}
    closed = {i for i in active if _in(facts.cases[i].closed_on, start, end)}
    met = {i for i in active
           if any(_in(d, start, end) for _, d in facts.meeting_dates.get(i, ()))}
    raw = _one_column("cases", ("active", "opened", "closed", "met"), {
        "active": len(active), "opened": len(opened), "closed": len(closed), "met": len(met)})
    for name, part in (("opened", opened), ("closed", closed), ("met", met)):
        raw.hidden[f"not_{name}"] = len(active - part)
        raw.constraints.append(Constraint(raw.cell("active", "count"),
                                          (raw.cell(name, "count"), f"cases|not_{name}")))
    return raw, active


def _meetings(facts: StoreFacts, start: dt.date,
              end: dt.date) -> tuple[_Raw, _Raw, list[int]]:
    first = follow_up = 0
    gap_days: list[int] = []
    for dates in facts.meeting_dates.values():
        ordered = sorted(dates)
        for k, (_, day) in enumerate(ordered):
            if not _in(day, start, end):
                continue
            if k == 0:
                first += 1
            else:
                follow_up += 1
                gap_days.append((day - ordered[k - 1][1]).days)
    meetings = _one_column("meetings", ("held", "first", "follow_up"), {
        "held": first + follow_up, "first": first, "follow_up": follow_up})
    meetings.constraints.append(Constraint(
        meetings.cell("held", "count"),
        (meetings.cell("first", "count"), meetings.cell("follow_up", "count"))))
    gaps = _buckets("gaps", GAP_BUCKETS, gap_days, meetings.cell("follow_up", "count"))
    return meetings, gaps, gap_days


def _durations(facts: StoreFacts, active: set[str], start: dt.date,
               end: dt.date) -> tuple[_Raw, list[int]]:
    days = [(c.closed_on - c.created_on).days for i in active
            if (c := facts.cases[i]).closed_on is not None and _in(c.closed_on, start, end)]
    return _buckets("durations", DURATION_BUCKETS, days, "cases|closed|count"), days


def _buckets(key: str, buckets: tuple[tuple[str, int | None], ...], days: list[int],
             total: str) -> _Raw:
    counts = dict.fromkeys((b for b, _ in buckets), 0)
    for d in days:
        counts[next(b for b, most in buckets if most is None or d <= most)] += 1
    raw = _one_column(key, counts, counts)
    raw.constraints.append(Constraint(total, tuple(raw.cell(b, "count") for b in counts)))
    return raw


# -- goals, life domains, actions, consents ---------------------------------------

class _FieldLookup:
    """The template field of a meeting's field id, cached per (id, version)."""

    def __init__(self, template_for: TemplateFor) -> None:
        self._template_for = template_for
        self._cache: dict[tuple[str, int], Template | None] = {}

    def template(self, m: MeetingFacts) -> Template | None:
        key = (m.template_id, m.template_version)
        if key not in self._cache:
            self._cache[key] = self._template_for(*key)
        return self._cache[key]

    def field(self, m: MeetingFacts, field_id: str) -> TemplateField | None:
        template = self.template(m)
        if template is None:
            return None
        return next((f for f in template.fields if f.id == field_id), None)


class _Goals:
    def __init__(self, fields: _FieldLookup) -> None:
        self.fields = fields
        self.counts = {(h, c): 0 for h in HORIZONS for c in GOAL_COLUMNS}

    def add(self, listed: list[MeetingFacts], inside: list[bool]) -> None:
        seen: dict[str, list[tuple[int, str, str]]] = {}
        for k, m in enumerate(listed):
            for g in m.goals:
                seen.setdefault(g.id, []).append((k, g.field, g.status))
        for history in seen.values():
            k_last, field_id, _ = history[-1]
            found = self.fields.field(listed[k_last], field_id)
            horizon = found.horizon if found is not None and found.horizon else "no_horizon"
            status_at = {k: status for k, _, status in history}
            done = False
            for outcome in ("reached", "dropped"):
                k_first = next((k for k, _, s in history if s == outcome), None)
                if k_first is not None and inside[k_first]:
                    self.counts[(horizon, outcome)] += 1
                    done = True
            # Set in the period: first seen there. A goal already on the meeting
            # before the period (listed first) was set before it.
            if inside[history[0][0]]:
                self.counts[(horizon, "set")] += 1
            if not done and any(inside[k] and s == "open" and status_at.get(k - 1) == "open"
                                for k, _, s in history):
                self.counts[(horizon, "continued")] += 1

    def raw(self) -> _Raw:
        counts = self.counts
        rows = [h for h in HORIZONS if h != "no_horizon"
                or any(counts[(h, c)] for c in GOAL_COLUMNS)]
        raw = _Raw("goals", [_line(h) for h in rows] + [_line("all")],
                   [_line(c) for c in GOAL_COLUMNS])
        for c in GOAL_COLUMNS:
            for h in rows:
                raw.counts[(h, c)] = counts[(h, c)]
            raw.counts[("all", c)] = sum(counts[(h, c)] for h in rows)
            raw.constraints.append(Constraint(raw.cell("all", c),
                                              tuple(raw.cell(h, c) for h in rows)))
        return raw


class _Domains:
    def __init__(self, fields: _FieldLookup) -> None:
        self.fields = fields
        self.rows: dict[str, Words] = {}
        self.columns: dict[str, Words] = {}
        self.counts: dict[tuple[str, str], int] = {}

    def add(self, listed: list[MeetingFacts], inside: list[bool]) -> None:
        last = listed[max(k for k, i in enumerate(inside) if i)]
        template = self.fields.template(last)
        for field_id, domain in sorted(last.tagged):
            self.counts[(domain, field_id)] = self.counts.get((domain, field_id), 0) + 1
            if template is not None:
                found = self.fields.field(last, field_id)
                self.columns.setdefault(field_id,
                                        _text(found.label) if found else _raw(field_id))
                label = next((d.label for d in template.life_domains if d.id == domain), None)
                self.rows.setdefault(domain, _text(label) if label else _raw(domain))
            else:
                self.columns.setdefault(field_id, _raw(field_id))
                self.rows.setdefault(domain, _raw(domain))

    def raw(self) -> _Raw:
        raw = _Raw("domains", [Line(k, v) for k, v in self.rows.items()],
                   [Line(k, v) for k, v in self.columns.items()], note=W["domains_note"])
        raw.counts = {(r, c): self.counts.get((r, c), 0) for r in self.rows
                      for c in self.columns}
        return raw


class _Actions:
    def __init__(self) -> None:
        self.counts = {(r, c): 0 for r in OWNER_ROWS for c in ACTION_COLUMNS}

    def add(self, case: CaseFacts | None, listed: list[MeetingFacts],
            inside: list[bool]) -> None:
        kinds = OwnerKinds(case.members if case else (),
                           (p for m in listed for p in m.participants),
                           (h for m in listed for h in m.helpers))
        seen: dict[str, list[tuple[int, str, str]]] = {}
        for k, m in enumerate(listed):
            for a in m.actions:
                seen.setdefault(a.id, []).append((k, a.status, a.owner))
        for history in seen.values():
            in_period = [h for h in history if inside[h[0]]]
            if not in_period:
                continue
            k_last, status, owner = in_period[-1]
            reviewed = history[0][0] < k_last
            outcome = _ACTION_OUTCOME.get(status, "not_done" if reviewed else "new")
            self.counts[(kinds.kind(owner).value, outcome)] += 1

    def raw(self) -> _Raw:
        counts = self.counts
        raw = _Raw("actions", [_line(r) for r in (*OWNER_ROWS, "total")],
                   [_line(c) for c in (*ACTION_COLUMNS, "total")])
        for r in OWNER_ROWS:
            for c in ACTION_COLUMNS:
                raw.counts[(r, c)] = counts[(r, c)]
            raw.counts[(r, "total")] = sum(counts[(r, c)] for c in ACTION_COLUMNS)
        for c in (*ACTION_COLUMNS, "total"):
            raw.counts[("total", c)] = sum(raw.counts[(r, c)] for r in OWNER_ROWS)
        for r in (*OWNER_ROWS, "total"):
            raw.constraints.append(Constraint(raw.cell(r, "total"),
                                              tuple(raw.cell(r, c) for c in ACTION_COLUMNS)))
        for c in (*ACTION_COLUMNS, "total"):
            raw.constraints.append(Constraint(raw.cell("total", c),
                                              tuple(raw.cell(r, c) for r in OWNER_ROWS)))
        return raw


class _Consents:
    def __init__(self, fields: _FieldLookup, start: dt.date, end: dt.date) -> None:
        self.fields, self.start, self.end = fields, start, end
        self.rows: dict[str, Words] = {}
        self.counts: dict[tuple[str, str], int] = {}

    def add(self, listed: list[MeetingFacts], inside: list[bool]) -> None:
        first: dict[str, int] = {}
        last: dict[str, tuple[int, str, str, dt.date | None, dt.date | None]] = {}
        for k, m in enumerate(listed):
            for consent in m.consents:
                first.setdefault(consent.id, k)
                last[consent.id] = (k, consent.field, consent.kind, consent.given_on,
                                    consent.withdrawn_on)
        for consent_id, (k, field_id, kind, given_on, withdrawn_on) in last.items():
            given = (_in(given_on, self.start, self.end) if given_on
                     else inside[first[consent_id]])
            withdrawn = _in(withdrawn_on, self.start, self.end)
            if not (given or withdrawn):
                continue
            if kind not in self.rows:
                found = self.fields.field(listed[k], field_id)
                label = next((ck.label for ck in found.consent_kinds if ck.id == kind),
                             None) if found else None
                self.rows[kind] = _text(label) if label else _raw(kind)
            self.counts[(kind, "given")] = self.counts.get((kind, "given"), 0) + int(given)
            self.counts[(kind, "withdrawn")] = (self.counts.get((kind, "withdrawn"), 0)
                                                + int(withdrawn))

    def raw(self) -> _Raw:
        rows = self.rows
        raw = _Raw("consents", [Line(k, v) for k, v in rows.items()] + [_line("total")],
                   [_line("given"), _line("withdrawn")])
        for c in ("given", "withdrawn"):
            for r in rows:
                raw.counts[(r, c)] = self.counts.get((r, c), 0)
            raw.counts[("total", c)] = sum(raw.counts[(r, c)] for r in rows)
            raw.constraints.append(Constraint(raw.cell("total", c),
                                              tuple(raw.cell(r, c) for r in rows)))
        return raw


def _items(facts: StoreFacts, start: dt.date, end: dt.date,
           fields: _FieldLookup) -> list[_Raw]:
    """Goals, life domains, actions and consents, counted in one pass over the
    cases' meetings as they are read (one case's meetings in memory at a time)."""
    goals, domains, actions = _Goals(fields), _Domains(fields), _Actions()
    consents = _Consents(fields, start, end)
    for case_id, listed in facts.meetings:
        inside = [_in(m.date, start, end) for m in listed]
        if not any(inside):
            continue
        goals.add(listed, inside)
        domains.add(listed, inside)
        actions.add(facts.cases.get(case_id), listed, inside)
        consents.add(listed, inside)
    return [goals.raw(), domains.raw(), actions.raw(), consents.raw()]


def _text(label: Text) -> Words:
    return {lang: label.get(lang) for lang in ("nn", "nb", "en")}


def _raw(key: str) -> Words:
    return {"nn": key, "nb": key, "en": key}
