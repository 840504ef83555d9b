"""The action list: "Kven gjer kva til neste gong" — the sheet each person and
service takes home from the meeting, grouped by who promised it, with dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from samtaleduk.domain import vocab
from samtaleduk.domain.model import OPEN_ACTION_STATUSES, Action, ActionStatus, Case, Meeting
from samtaleduk.domain.vocab import format_date
from samtaleduk.fieldkinds import next_meeting_date as _next_meeting_date
from samtaleduk.printing import leave_out as lo
from samtaleduk.printing.atomic import write_atomically
from samtaleduk.printing.content import ACTION_MARK
from samtaleduk.printing.fonts import REGULAR
from samtaleduk.printing.report import Styles, finish, title_block
from samtaleduk.printing.text import markup
from samtaleduk.printing.words import by_date, w
from samtaleduk.templates.model import Template


def open_actions_by_owner(meeting: Meeting, template: Template) -> list[tuple[str, list[Action]]]:
    """Open and partly done actions grouped by owner (as written), owners in the
    order they first appear on the duk, each group by due date; actions without
    an owner come last under an empty owner."""
    groups: dict[str, list[Action]] = {}
    for tfield in template.conversation_order():
        content = meeting.fields.get(tfield.id)
        for action in content.actions if content else []:
            if action.status in OPEN_ACTION_STATUSES:
                groups.setdefault(action.owner.strip(), []).append(action)
    for fid, content in meeting.fields.items():  # fields the template no longer has
        if not template.has_field(fid):
            for action in content.actions:
                if action.status in OPEN_ACTION_STATUSES:
                    groups.setdefault(action.owner.strip(), []).append(action)
    ordered = sorted(groups.items(), key=lambda kv: kv[0] == "")
    return [(owner, sorted(acts, key=lambda a: a.due or dt.date.max)) for owner, acts in ordered]


def next_meeting_date(meeting: Meeting, template: Template) -> dt.date | None:
    """The date in the next-step field's blank, if the template has such a field."""
    return _next_meeting_date(meeting, template)


def actions_story(meeting: Meeting, case: Case, template: Template, lang: str) -> list[Flowable]:
    """The action list's flowables."""
    st = Styles(11)
    story: list[Flowable] = title_block(
        st, w("actions_title", lang),
        f"{case.name} · {w('meeting', lang, n=meeting.number)} · {format_date(meeting.date)}")
    nxt = next_meeting_date(meeting, template)
    if nxt is not None:
        story.append(Paragraph(f"<b>{w('next_meeting', lang)}: {format_date(nxt)}</b>", st.body))
    groups = open_actions_by_owner(meeting, template)
    if not groups:
        story.append(Paragraph(markup(w("no_actions", lang)), st.body))
    for owner, actions in groups:
        rows = []
        for a in actions:
            text = markup(a.text)
            if a.status is not ActionStatus.OPEN:
                text += (f'  <font color="#5B6670">'
                         f'{markup(vocab.word(vocab.ACTION_STATUS, a.status, lang))}</font>')
            if a.comment:
                text += f'  <font color="#5B6670">{markup(a.comment)}</font>'
            due = by_date(a.due, lang) if a.due else w("no_date", lang)
            rows.append([Paragraph(ACTION_MARK[a.status], st.body), Paragraph(text, st.body),
                         Paragraph(due, st.body)])
        table = Table(rows, colWidths=["6%", "70%", "24%"], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), REGULAR),  # else Table sets Helvetica
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#B8AE9C")),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
        ]))
        heading = Paragraph(markup(owner) if owner else markup(w("no_owner", lang)), st.h1)
        story.append(KeepTogether([heading, table]))
    return story


def actions_pdf(meeting: Meeting, case: Case, template: Template, *, paper: str = "a4",
                lang: str | None = None, leave_out: Iterable[str] = ()) -> bytes:
    """The action list as PDF bytes (see `print_actions`)."""
    language = lang or case.language
    leave = lo.resolve(template, leave_out, language)
    story = actions_story(lo.apply(meeting, leave), case, template, language)
    return finish(story, paper, language, leave.notice(language))


def print_actions(meeting: Meeting, case: Case, template: Template, out: Path, *,
                  paper: str = "a4", lang: str | None = None,
                  leave_out: Iterable[str] = ()) -> Path:
    """Print "Kven gjer kva til neste gong" for `meeting` (portrait) to `out`."""
    return write_atomically(out, actions_pdf(meeting, case, template, paper=paper, lang=lang,
                                             leave_out=leave_out))
