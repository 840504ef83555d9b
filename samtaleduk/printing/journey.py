"""The case journey: a summary of a case over all its meetings, for the end of
the 6–12 months with a familielos (or any time the team wants to look back).

Each step from one meeting to the next is told with the paper's three questions
(from `evaluation.summary_lines`); the end shows where the goals stand now.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from samtaleduk import vocab
from samtaleduk.errors import UserError
from samtaleduk.evaluation import compare_meetings, summary_lines
from samtaleduk.model import ActionStatus, Case, GoalStatus, Meeting
from samtaleduk.printing import leave_out as lo
from samtaleduk.printing.atomic import write_atomically
from samtaleduk.printing.evaluation_report import SUMMARY_MARK
from samtaleduk.printing.report import Styles, bullets, finish, marked, title_block
from samtaleduk.printing.text import markup
from samtaleduk.printing.words import fmt_date, w
from samtaleduk.template import Template

_WORDS = {
    "now": {"nn": "Der vi står no", "nb": "Der vi står nå", "en": "Where we stand now"},
    "goals": {"nn": "Mål", "nb": "Mål", "en": "Goals"},
    "open": {"nn": "Tiltak som står att", "nb": "Tiltak som gjenstår", "en": "Actions still open"},
    "present": {"nn": "{n} til stades", "nb": "{n} til stede", "en": "{n} present"},
}


def _w(key: str, lang: str, **kw: object) -> str:
    text = _WORDS[key].get(lang) or _WORDS[key]["nb"]
    return text.format(**kw) if kw else text


def journey_story(case: Case, meetings: Sequence[Meeting], templates: Sequence[Template],
                  lang: str) -> list[Flowable]:
    """The journey's flowables; `templates[i]` is the template of `meetings[i]`."""
    st = Styles()
    first, last = meetings[0], meetings[-1]
    story: list[Flowable] = title_block(
        st, w("journey_title", lang),
        f"{case.name} · {fmt_date(first.date)} – {fmt_date(last.date)}")
    story.append(Paragraph(markup(w("meetings", lang)), st.h1))
    story += bullets(st, [
        f"{w('meeting', lang, n=m.number)} · {fmt_date(m.date)} · "
        f"{_w('present', lang, n=len(m.participants))}" for m in meetings])
    for i in range(1, len(meetings)):
        old, new = meetings[i - 1], meetings[i]
        lines = summary_lines(compare_meetings(old, new, templates[i - 1], templates[i]), lang)
        story.append(Paragraph(
            f"{markup(w('meeting', lang, n=old.number))} → "
            f"{markup(w('meeting', lang, n=new.number))} ({fmt_date(new.date)})", st.h1))
        for key in ("done", "remains", "changed"):
            story.append(Paragraph(markup(vocab.word(vocab.SUMMARY_HEADINGS, key, lang)), st.h2))
            story += bullets(st, lines.get(key, []), mark=SUMMARY_MARK[key],
                             empty=w("nothing", lang))
    story.append(Paragraph(markup(_w("now", lang)), st.h1))
    goals = [g for c in last.fields.values() for g in c.goals]
    marks = {GoalStatus.REACHED: "✓", GoalStatus.OPEN: "☐", GoalStatus.DROPPED: "✗"}
    if goals:
        story.append(Paragraph(markup(_w("goals", lang)), st.h2))
        story += marked(st, [(marks[g.status], f"{markup(g.text)} — "
                              f"{markup(vocab.word(vocab.GOAL_STATUS, g.status, lang))}")
                             for g in goals])
    still = [a for c in last.fields.values() for a in c.actions
             if a.status in (ActionStatus.OPEN, ActionStatus.PARTLY)]
    if still:
        story.append(Paragraph(markup(_w("open", lang)), st.h2))
        story += marked(st, [("☐" if a.status is ActionStatus.OPEN else "◐",
                              markup(" — ".join(p for p in (a.text, a.owner, fmt_date(a.due)) if p)))
                             for a in still])
    return story


def journey_pdf(case: Case, meetings: Sequence[Meeting], templates: Sequence[Template], *,
                paper: str = "a4", lang: str | None = None,
                leave_out: Iterable[str] = ()) -> bytes:
    """The case journey as PDF bytes (see `print_journey`)."""
    if not meetings or len(meetings) != len(templates):
        raise UserError("Saksløpet treng minst eitt møte, og ein mal for kvart møte.")
    language = lang or case.language
    leave = lo.resolve(templates[-1], leave_out, language)
    kept = [lo.apply(m, leave) for m in meetings]
    return finish(journey_story(case, kept, templates, language), paper, language,
                  leave.notice(language))


def print_journey(case: Case, meetings: Sequence[Meeting], templates: Sequence[Template],
                  out: Path, *, paper: str = "a4", lang: str | None = None,
                  leave_out: Iterable[str] = ()) -> Path:
    """Print the case's journey over `meetings` (by number; `templates[i]` belongs to
    `meetings[i]`) to `out`."""
    return write_atomically(out, journey_pdf(case, meetings, templates, paper=paper, lang=lang,
                                             leave_out=leave_out))
