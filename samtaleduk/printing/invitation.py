"""The invitation to the next meeting as a one-page letter (portrait, A4 by default).

Draws `samtaleduk.letters.invitation.Invitation.blocks()` one by one in the report
prints' calm style (`printing.report.Styles`): the title, a quiet box with when
and where, the people invited, what we will look at together, what to think
about, and the contact line under a thin rule. The text of the letter is decided
in the letter model, never here, so the golden-text tests read what is drawn.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from samtaleduk.letters.invitation import Block, Invitation
from samtaleduk.printing.atomic import write_atomically
from samtaleduk.printing.fonts import REGULAR
from samtaleduk.printing.report import Styles, finish
from samtaleduk.printing.text import markup

_PAPER_TINT = "#F4EFE6"
"""The duk's paper colour, as the box behind the date and place."""
_RULE = "#B8AE9C"


def _facts(st: Styles, facts: list[Block]) -> Flowable:
    rows = [[Paragraph(f"<b>{markup(b.label)}</b>", st.body), Paragraph(markup(b.text), st.body)]
            for b in facts]
    table = Table(rows, colWidths=["18%", "82%"], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR),  # else Table sets Helvetica
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(_PAPER_TINT)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, 0), 8),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
    ]))
    return table


def invitation_story(invitation: Invitation) -> list[Flowable]:
    """The letter's flowables, block by block."""
    st = Styles(11)
    story: list[Flowable] = []
    facts: list[Block] = []
    for block in invitation.blocks():
        if block.kind == "fact":
            facts.append(block)
            continue
        if facts:
            story += [_facts(st, facts), Spacer(1, 4)]
            facts = []
        text = markup(block.text)
        if block.kind == "title":
            story.append(Paragraph(text, st.title))
        elif block.kind == "intro":
            story.append(Paragraph(text, st.subtitle))
        elif block.kind == "heading":
            story.append(Paragraph(text, st.h1))
        elif block.kind == "subheading":
            story.append(Paragraph(text, st.h2))
        elif block.kind == "item":
            story.append(Paragraph(text, st.item, bulletText="•"))
        elif block.kind == "quiet":
            story.append(Paragraph(text, st.quiet))
        else:  # contact
            story.append(KeepTogether([
                Spacer(1, 10), HRFlowable(width="100%", thickness=0.5,
                                          color=colors.HexColor(_RULE), spaceAfter=6),
                Paragraph(markup(block.label), st.quiet), Paragraph(f"<b>{text}</b>", st.body)]))
    if facts:
        story.append(_facts(st, facts))
    return story


def invitation_pdf(invitation: Invitation, *, paper: str = "a4") -> bytes:
    """The invitation as PDF bytes."""
    return finish(invitation_story(invitation), paper, invitation.lang)


def print_invitation(invitation: Invitation, out: Path, *, paper: str = "a4") -> Path:
    """Write the invitation to `out` (atomically) and return the path."""
    return write_atomically(out, invitation_pdf(invitation, paper=paper))
