"""The evaluation report: two meetings compared, as the family team reviews them.

First the three questions of the paper (Kva er gjort · Kva står att · Kva har
endra seg) in short sentences from `evaluation.summary_lines`, then the details
field by field. Every change carries a symbol and a word, never colour alone, so
the report reads the same in black and white.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from samtaleduk.domain import vocab
from samtaleduk.domain.model import Case, Meeting, Note
from samtaleduk.domain.speakers import speaker_text
from samtaleduk.domain.vocab import format_date
from samtaleduk.evaluation import (
    ActionChange,
    Comparison,
    GoalChange,
    ItemChange,
    NoteChange,
    compare_meetings,
    summary_lines,
)
from samtaleduk.printing import leave_out as lo
from samtaleduk.printing.atomic import write_atomically
from samtaleduk.printing.content import consent_line
from samtaleduk.printing.report import Styles, bullets, finish, marked, section, title_block
from samtaleduk.printing.text import markup
from samtaleduk.printing.words import by_date, w
from samtaleduk.templates.model import Template

NOTE_MARK = {NoteChange.ADDED: "+", NoteChange.REMOVED: "−", NoteChange.CHANGED: "✎",
             NoteChange.MOVED: "→", NoteChange.UNCHANGED: "=", NoteChange.FIELD_REMOVED: "−"}
ACTION_MARK = {ActionChange.NEW: "+", ActionChange.DONE: "✓", ActionChange.PARTLY: "◐",
               ActionChange.STILL_OPEN: "☐", ActionChange.DROPPED: "✗",
               ActionChange.CLOSED_BEFORE: "·", ActionChange.REMOVED: "−",
               ActionChange.FIELD_REMOVED: "−"}
GOAL_MARK = {GoalChange.NEW: "+", GoalChange.REACHED: "✓", GoalChange.DROPPED: "✗",
             GoalChange.OPEN: "☐", GoalChange.CLOSED_BEFORE: "·", GoalChange.REMOVED: "−",
             GoalChange.FIELD_REMOVED: "−"}
ITEM_MARK = {ItemChange.ADDED: "+", ItemChange.REMOVED: "−", ItemChange.WITHDRAWN: "✗",
             ItemChange.CHANGED: "✎", ItemChange.UNCHANGED: "=", ItemChange.CLOSED_BEFORE: "·",
             ItemChange.FIELD_REMOVED: "−"}
SUMMARY_MARK = {"done": "✓", "remains": "☐", "changed": "✎"}

_WORDS = {
    "legend": {"nn": "+ nytt · − teke bort · ✎ endra · → flytta · = uendra · ✓ gjort/nådd · "
                     "◐ delvis gjort · ☐ står att · ✗ lagt bort",
               "nb": "+ nytt · − tatt bort · ✎ endret · → flyttet · = uendret · ✓ gjort/nådd · "
                     "◐ delvis gjort · ☐ gjenstår · ✗ lagt bort",
               "en": "+ new · − removed · ✎ changed · → moved · = unchanged · ✓ done/reached · "
                     "◐ partly done · ☐ remains · ✗ dropped"},
    "notes": {"nn": "Notat", "nb": "Notater", "en": "Notes"},
    "goals": {"nn": "Mål", "nb": "Mål", "en": "Goals"},
    "actions": {"nn": "Tiltak", "nb": "Tiltak", "en": "Actions"},
    "helpers": {"nn": "Hjelparar og samtykke", "nb": "Hjelpere og samtykker",
                "en": "Helpers and consents"},
    "from": {"nn": "frå", "nb": "fra", "en": "from"},
    "overdue": {"nn": "fristen er passert", "nb": "fristen er passert", "en": "overdue"},
}


def _w(key: str, lang: str) -> str:
    return _WORDS[key].get(lang) or _WORDS[key]["nb"]


def _quote(note: Note, lang: str) -> str:
    who = speaker_text(note, lang)
    said = f" ({markup(who)})" if who else ""
    return f"«{markup(note.text)}»{said}"


def _note_lines(c: Comparison, lang: str) -> list[Flowable]:
    st = Styles()
    out: list[Flowable] = []
    for fid, groups in sorted(c.notes_by_field().items(), key=lambda kv: c.fields.rank(kv[0])):
        rows: list[tuple[str, str]] = []
        for change, diffs in groups.items():
            for d in diffs:
                old, new = d.old, d.new
                if change is NoteChange.CHANGED and old and new:
                    text = f"{_quote(old, lang)} → {_quote(new, lang)}"
                elif change is NoteChange.MOVED and old and new:
                    src = markup(c.fields.label(d.old_field or "", lang))
                    body = (f"{_quote(old, lang)} → {_quote(new, lang)}" if d.text_changed
                            else _quote(new, lang))
                    text = f"{_w('from', lang)} «{src}»: {body}"
                else:
                    note = new or old
                    assert note is not None
                    text = _quote(note, lang)
                    if change in (NoteChange.REMOVED, NoteChange.FIELD_REMOVED):
                        text = f"<strike>{text}</strike>"
                rows.append((NOTE_MARK[change], text))
        out.append(Paragraph(markup(c.fields.label(fid, lang)), st.h2))
        out += marked(st, rows)
    return out


def _action_lines(c: Comparison, lang: str) -> list[tuple[str, str]]:
    rows = []
    for d in c.actions:
        a = d.new or d.old
        assert a is not None
        bits = [f"<b>{markup(a.owner)}</b>" if a.owner else "",
                by_date(a.due, lang) if a.due else "",
                markup(vocab.word(vocab.ACTION_STATUS, a.status, lang)),
                _w("overdue", lang) if d.overdue else "", markup(a.comment)]
        rows.append((ACTION_MARK[d.change],
                     f"{markup(a.text)} — {' · '.join(b for b in bits if b)}"))
    return rows


def _goal_lines(c: Comparison, lang: str) -> list[tuple[str, str]]:
    rows = []
    for d in c.goals:
        g = d.new or d.old
        assert g is not None
        deadline = d.new_deadline or d.old_deadline
        bits = [by_date(deadline, lang) if deadline else "",
                markup(vocab.word(vocab.GOAL_STATUS, g.status, lang))]
        if d.deadline_changed and d.old_deadline:
            bits.insert(0, f"<strike>{format_date(d.old_deadline)}</strike>")
        rows.append((GOAL_MARK[d.change], f"{markup(g.text)} — {' · '.join(b for b in bits if b)}"))
    return rows


def _other_lines(c: Comparison, lang: str) -> list[tuple[str, str]]:
    rows = []
    for h in c.helpers:
        helper = h.new or h.old
        assert helper is not None
        rel = f" ({markup(helper.relation)})" if helper.relation else ""
        what = f" — {markup(helper.helps_with)}" if helper.helps_with else ""
        rows.append((ITEM_MARK[h.change], f"<b>{markup(helper.name)}</b>{rel}{what}"))
    for k in c.consents:
        consent = k.new or k.old
        assert consent is not None
        label = c.consent_labels.get(consent.kind)
        rows.append((ITEM_MARK[k.change],
                     markup(consent_line(consent, label.get(lang) if label else consent.kind,
                                         lang))))
    return rows


def evaluation_story(c: Comparison, case: Case, lang: str) -> list[Flowable]:
    """The report's flowables for comparison `c`."""
    st = Styles()
    story: list[Flowable] = title_block(
        st, w("evaluation_title", lang, a=c.old_number, b=c.new_number),
        f"{case.name} · {format_date(c.old_date)} → {format_date(c.new_date)}")
    lines = summary_lines(c, lang)
    for key in ("done", "remains", "changed"):
        heading = vocab.word(vocab.SUMMARY_HEADINGS, key, lang)
        story += section(st, heading, bullets(st, lines.get(key, []), mark=SUMMARY_MARK[key],
                                              empty=w("nothing", lang)))
    story += section(st, w("details", lang),
                     [Paragraph(f"{w('legend', lang)}: {markup(_w('legend', lang))}", st.quiet)])
    parts: Iterable[tuple[str, list[Flowable]]] = (
        (_w("notes", lang), _note_lines(c, lang)),
        (_w("goals", lang), marked(st, _goal_lines(c, lang))),
        (_w("actions", lang), marked(st, _action_lines(c, lang))),
        (_w("helpers", lang), marked(st, _other_lines(c, lang))),
    )
    for heading, body in parts:
        if body:
            story += [Paragraph(markup(heading), st.h1), *body]
    return story


def evaluation_pdf(old: Meeting, new: Meeting, case: Case, old_template: Template,
                   new_template: Template, *, paper: str = "a4", lang: str | None = None,
                   leave_out: Iterable[str] = ()) -> bytes:
    """The evaluation report as PDF bytes (see `print_evaluation`)."""
    language = lang or case.language
    leave = lo.resolve(new_template, leave_out, language)
    comparison = compare_meetings(lo.apply(old, leave), lo.apply(new, leave),
                                  old_template, new_template)
    return finish(evaluation_story(comparison, case, language), paper, language,
                  leave.notice(language))


def print_evaluation(old: Meeting, new: Meeting, case: Case, old_template: Template,
                     new_template: Template, out: Path, *, paper: str = "a4",
                     lang: str | None = None, leave_out: Iterable[str] = ()) -> Path:
    """Print the comparison of meeting `old` with meeting `new` (portrait) to `out`."""
    return write_atomically(out, evaluation_pdf(old, new, case, old_template, new_template,
                                                paper=paper, lang=lang, leave_out=leave_out))
