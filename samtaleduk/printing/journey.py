"""The case journey: a summary of a case over all its meetings, for the end of
the 6–12 months with a familielos (or any time the team wants to look back).

Summary first: where the goals and actions stand now, how each goal went, what
moved on the duk (a worry that became something that works), and how many notes
each life domain held at every meeting (from `evaluation.case_timeline`). Then each
step from one meeting to the next in the paper's three questions
(`evaluation.summary_lines`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from samtaleduk.domain import vocab
from samtaleduk.domain.model import OPEN_ACTION_STATUSES, ActionStatus, Case, GoalStatus, Meeting
from samtaleduk.domain.vocab import format_date
from samtaleduk.errors import UserError
from samtaleduk.evaluation import (
    EventKind,
    ItemKind,
    Timeline,
    case_timeline,
    compare_meetings,
    summary_lines,
    templates_by_key,
)
from samtaleduk.printing import leave_out as lo
from samtaleduk.printing.atomic import write_atomically
from samtaleduk.printing.evaluation_report import SUMMARY_MARK
from samtaleduk.printing.fonts import BOLD, REGULAR
from samtaleduk.printing.report import Styles, bullets, finish, marked, title_block
from samtaleduk.printing.text import markup
from samtaleduk.printing.words import w
from samtaleduk.templates.model import Template

_WORDS = {
    "now": {"nn": "Der vi står no", "nb": "Der vi står nå", "en": "Where we stand now"},
    "goals": {"nn": "Mål", "nb": "Mål", "en": "Goals"},
    "open": {"nn": "Tiltak som står att", "nb": "Tiltak som gjenstår", "en": "Actions still open"},
    "present": {"nn": "{n} til stades", "nb": "{n} til stede", "en": "{n} present"},
    "goal_story": {"nn": "Måla undervegs", "nb": "Målene underveis", "en": "The goals on the way"},
    "moved": {"nn": "Det som har flytta seg på duken", "nb": "Det som har flyttet seg på duken",
              "en": "What moved on the canvas"},
    "moved_line": {"nn": "«{text}»: frå «{a}» til «{b}» i møte {n}",
                   "nb": "«{text}»: fra «{a}» til «{b}» i møte {n}",
                   "en": "«{text}»: from «{a}» to «{b}» at meeting {n}"},
    "since": {"nn": "frå møte {n}", "nb": "fra møte {n}", "en": "since meeting {n}"},
    "status_at": {"nn": "{status} i møte {n}", "nb": "{status} i møte {n}",
                  "en": "{status} at meeting {n}"},
    "gone_at": {"nn": "teke bort i møte {n}", "nb": "tatt bort i møte {n}",
                "en": "removed at meeting {n}"},
    "domains": {"nn": "Livsområda over tid (tal på notat)",
                "nb": "Livsområdene over tid (antall notater)",
                "en": "Life domains over time (number of notes)"},
    "untagged": {"nn": "utan livsområde", "nb": "uten livsområde", "en": "no life domain"},
    "steps": {"nn": "Frå møte til møte", "nb": "Fra møte til møte", "en": "From meeting to meeting"},
}


def _w(key: str, lang: str, **kw: object) -> str:
    text = _WORDS[key].get(lang) or _WORDS[key]["nb"]
    return text.format(**kw) if kw else text


def journey_story(case: Case, meetings: Sequence[Meeting], templates: Sequence[Template],
                  lang: str, hidden_domains: frozenset[str] = frozenset()) -> list[Flowable]:
    """The journey's flowables; `templates[i]` is the template of `meetings[i]`."""
    st = Styles()
    first, last = meetings[0], meetings[-1]
    timeline = case_timeline(meetings, templates_by_key(templates))
    story: list[Flowable] = title_block(
        st, w("journey_title", lang),
        f"{case.name} · {format_date(first.date)} – {format_date(last.date)}")
    story.append(Paragraph(markup(w("meetings", lang)), st.h1))
    story += bullets(st, [
        f"{w('meeting', lang, n=m.number)} · {format_date(m.date)} · "
        f"{_w('present', lang, n=len(m.participants))}" for m in meetings])
    story += _now(st, last, lang)
    story += _goal_story(st, timeline, lang)
    story += _moves(st, timeline, lang)
    story += _domains(st, timeline, templates[-1], lang, hidden_domains)
    if len(meetings) > 1:
        story.append(Paragraph(markup(_w("steps", lang)), st.h1))
    for i in range(1, len(meetings)):
        old, new = meetings[i - 1], meetings[i]
        lines = summary_lines(compare_meetings(old, new, templates[i - 1], templates[i]), lang)
        story.append(Paragraph(
            f"{markup(w('meeting', lang, n=old.number))} → "
            f"{markup(w('meeting', lang, n=new.number))} ({format_date(new.date)})", st.h2))
        for key in ("done", "remains", "changed"):
            story.append(Paragraph(
                f"<b>{markup(vocab.word(vocab.SUMMARY_HEADINGS, key, lang))}</b>", st.body))
            story += bullets(st, lines.get(key, []), mark=SUMMARY_MARK[key],
                             empty=w("nothing", lang))
    return story


def _now(st: Styles, last: Meeting, lang: str) -> list[Flowable]:
    """Where the goals and actions of the latest meeting stand."""
    out: list[Flowable] = [Paragraph(markup(_w("now", lang)), st.h1)]
    goals = [g for c in last.fields.values() for g in c.goals]
    marks = {GoalStatus.REACHED: "✓", GoalStatus.OPEN: "☐", GoalStatus.DROPPED: "✗"}
    if goals:
        out.append(Paragraph(markup(_w("goals", lang)), st.h2))
        out += marked(st, [(marks[g.status], f"{markup(g.text)} — "
                            f"{markup(vocab.word(vocab.GOAL_STATUS, g.status, lang))}")
                           for g in goals if g.status is not GoalStatus.REACHED])
    still = [a for c in last.fields.values() for a in c.actions
             if a.status in OPEN_ACTION_STATUSES]
    if still:
        out.append(Paragraph(markup(_w("open", lang)), st.h2))
        out += marked(st, [("☐" if a.status is ActionStatus.OPEN else "◐",
                            markup(" — ".join(p for p in (a.text, a.owner, format_date(a.due))
                                              if p)))
                           for a in still])
    return out


def _goal_story(st: Styles, timeline: Timeline, lang: str) -> list[Flowable]:
    """Every goal of the case: since when, and how it ended (or stands)."""
    rows: list[tuple[str, str]] = []
    for item in timeline.items:
        if item.kind is not ItemKind.GOAL:
            continue
        bits = [_w("since", lang, n=item.first_meeting)]
        closing = [e for e in item.events if e.kind is EventKind.STATUS and e.new != "open"]
        if item.removed_at is not None:
            mark = "−"
            bits.append(_w("gone_at", lang, n=item.removed_at))
        elif closing and item.status is not None and item.status != "open":
            mark = "✓" if item.status == "reached" else "✗"
            status = vocab.word(vocab.GOAL_STATUS, GoalStatus(item.status), lang)
            bits.append(_w("status_at", lang, status=status, n=closing[-1].meeting))
        else:
            mark = "☐"
            bits.append(vocab.word(vocab.GOAL_STATUS, GoalStatus.OPEN, lang))
        rows.append((mark, f"{markup(item.text)} — {markup(', '.join(bits))}"))
    if not rows:
        return []
    return [Paragraph(markup(_w("goal_story", lang)), st.h1), *marked(st, rows)]


def _moves(st: Styles, timeline: Timeline, lang: str) -> list[Flowable]:
    """Notes that moved between fields: often the clearest sign of progress."""
    def label(fid: str | None) -> str:
        text = timeline.labels.get(fid or "")
        return text.get(lang) if text is not None else (fid or "")

    lines = [_w("moved_line", lang, text=item.text, a=label(e.old), b=label(e.new), n=e.meeting)
             for item in timeline.items if item.kind is ItemKind.NOTE
             for e in item.events if e.kind is EventKind.FIELD]
    if not lines:
        return []
    return [Paragraph(markup(_w("moved", lang)), st.h1), *bullets(st, lines, mark="→")]


def _domains(st: Styles, timeline: Timeline, template: Template, lang: str,
             hidden: frozenset[str]) -> list[Flowable]:
    """A small table: notes per life domain at every meeting."""
    domains = [d for d in template.life_domains if d.id not in hidden]
    if not domains:
        return []

    def cell(n: int) -> str:
        return str(n) if n else "–"

    head = ["", *[w("meeting", lang, n=c.number) for c in timeline.counts]]
    rows = [[d.label.get(lang), *[cell(c.domains.get(d.id, 0)) for c in timeline.counts]]
            for d in domains]
    rows.append([_w("untagged", lang), *[cell(c.untagged) for c in timeline.counts]])
    data = [[Paragraph(markup(text), st.body) for text in row] for row in [head, *rows]]
    table = Table(data, hAlign="LEFT", repeatRows=1,
                  colWidths=[120.0] + [min(60.0, 330.0 / len(timeline.counts))] * len(
                      timeline.counts))
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR),
        ("FONT", (0, 0), (-1, 0), BOLD),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#B8AE9C")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return [Paragraph(markup(_w("domains", lang)), st.h1), table]


def journey_pdf(case: Case, meetings: Sequence[Meeting], templates: Sequence[Template], *,
                paper: str = "a4", lang: str | None = None,
                leave_out: Iterable[str] = ()) -> bytes:
    """The case journey as PDF bytes (see `print_journey`)."""
    if not meetings or len(meetings) != len(templates):
        raise UserError("print.journey_needs_meeting")
    language = lang or case.language
    leave = lo.resolve(templates[-1], leave_out, language)
    kept = [lo.apply(m, leave) for m in meetings]
    return finish(journey_story(case, kept, templates, language, leave.domains), paper,
                  language, leave.notice(language))


def print_journey(case: Case, meetings: Sequence[Meeting], templates: Sequence[Template],
                  out: Path, *, paper: str = "a4", lang: str | None = None,
                  leave_out: Iterable[str] = ()) -> Path:
    """Print the case's journey over `meetings` (by number; `templates[i]` belongs to
    `meetings[i]`) to `out`."""
    return write_atomically(out, journey_pdf(case, meetings, templates, paper=paper, lang=lang,
                                             leave_out=leave_out))
