"""What a field says on paper: one printable item per note, goal, action, helper
or consent, built from the field's kind in the template (never from its id).

Items carry the user's text separately from the surrounding marks, so that a long
note can be cut between two words and continued on a follow-on page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from samtaleduk.domain import vocab
from samtaleduk.domain.model import (
    ActionStatus,
    Consent,
    FieldContent,
    GoalStatus,
    Meeting,
    Note,
    SaidBy,
)
from samtaleduk.domain.speakers import is_childs_voice
from samtaleduk.domain.vocab import format_date
from samtaleduk.fieldkinds import spec_of
from samtaleduk.printing.item_lines import item_flowable
from samtaleduk.printing.text import markup
from samtaleduk.printing.words import by_date, given_by, w
from samtaleduk.templates.model import Template, TemplateField

ACTION_MARK: dict[ActionStatus, str] = {
    ActionStatus.OPEN: "☐", ActionStatus.DONE: "☑",
    ActionStatus.PARTLY: "◐", ActionStatus.DROPPED: "✗",
}
CHECKED, UNCHECKED = "☑", "☐"
QUIET = "#5B6670"


@dataclass(frozen=True)
class Item:
    """One printable entry: `before` + the user's `text` + `after` (both markup)."""

    text: str
    before: str = ""
    after: str = ""
    bullet: str | None = None
    indent: bool = True
    """Hang under a bullet; plain text (a name, a date) sits flush left."""

    def para(self, style: ParagraphStyle) -> Flowable:
        """The item as a flowable (see item_lines); the user's text is escaped here."""
        if not self.indent:
            style = _flush(style)
        return item_flowable(self.before + markup(self.text) + self.after, style,
                             self.bullet)

    def split_at(self, words: int) -> tuple[Item, Item]:
        """The item cut after `words` words: the head keeps the bullet, the tail
        keeps the trailing marks; "…" shows where it was cut."""
        matches = list(re.finditer(r"\S+", self.text))
        cut = matches[words - 1].end()
        head = Item(self.text[:cut], self.before, " …", self.bullet, self.indent)
        tail = Item(self.text[cut:].lstrip(), "… ", self.after, None, self.indent)
        return head, tail

    def word_count(self) -> int:
        return len(re.findall(r"\S+", self.text))


_FLUSH: dict[str, ParagraphStyle] = {}


def _flush(style: ParagraphStyle) -> ParagraphStyle:
    flush = _FLUSH.get(style.name)
    if flush is None:
        flush = _FLUSH[style.name] = ParagraphStyle(style.name + "-flush", parent=style,
                                                    leftIndent=0)
    return flush


def _meta(parts: list[str], size: float) -> str:
    """Quiet trailing marks (domain, status), already markup."""
    parts = [p for p in parts if p]
    if not parts:
        return ""
    return f'  <font size="{size:.1f}" color="{QUIET}">{" · ".join(parts)}</font>'


def _small(size: float) -> float:
    """The size of quiet marks: smaller than the text, never below 6.5 pt."""
    return max(6.5, size * 0.85)


def _esc(text: str) -> str:
    return markup(text)


def note_item(note: Note, template: Template, lang: str, size: float, accent: str) -> Item:
    """A note with its quiet domain tag and whose voice it records; the child's
    voice is marked so it stands out. A named speaker leads the note, as it was
    said ("Emil Haugland: Eg vil spele fotball"); a role-only mark trails it."""
    meta: list[str] = []
    # A renamed domain is found by its former id; a tag the template does not know
    # at all is left out, as on the screen: never a bare id on paper.
    domain = template.domain(note.domain) if note.domain else None
    if domain is not None:
        meta.append(_esc((domain.short or domain.label).get(lang)))
    after = _meta(meta, _small(size))
    if note.said_by_name:
        name = f"<b>{_esc(note.said_by_name)}:</b> "
        before = f'<font color="{accent}">{name}</font>' if is_childs_voice(note) else name
        return Item(note.text, before=before, after=after, bullet="•")
    if note.said_by is SaidBy.CHILD:
        after += (f'  <font size="{_small(size):.1f}" color="{accent}"><b>'
                  f'{_esc(vocab.word(vocab.SAID_BY, SaidBy.CHILD, lang))}</b></font>')
    elif note.said_by is not None:
        after += _meta([_esc(vocab.word(vocab.SAID_BY, note.said_by, lang))], _small(size))
    return Item(note.text, after=after, bullet="•")


def consent_line(consent: Consent, label: str, lang: str) -> str:
    """Plain words for one consent: "samtykke ressursteam — gitt av Sara 14.01.2026"."""
    text = label
    if consent.description:
        text += f": {consent.description}"
    parts = []
    if consent.given_by or consent.given_on:
        parts.append(given_by(" ".join(p for p in (consent.given_by,
                                                   format_date(consent.given_on)) if p), lang))
    if consent.expires_on:
        parts.append(f"{w('valid_until', lang)} {format_date(consent.expires_on)}")
    if consent.withdrawn_on:
        parts.append(f"{w('withdrawn', lang)} {format_date(consent.withdrawn_on)}")
    return text + (" — " + ", ".join(parts) if parts else "")


def consent_items(tfield: TemplateField, content: FieldContent, lang: str) -> list[Item]:
    """Every consent kind of the field as a checkbox line; given ones ticked."""
    items: list[Item] = []
    known = {k.id for k in tfield.consent_kinds}
    for kind in tfield.consent_kinds:
        given = [c for c in content.consents if c.kind == kind.id]
        if not given:
            items.append(Item(kind.label.get(lang), bullet=UNCHECKED))
        for c in given:
            mark = UNCHECKED if c.withdrawn_on else CHECKED
            items.append(Item(consent_line(c, kind.label.get(lang), lang), bullet=mark))
    for c in content.consents:
        if c.kind not in known:  # a kind the template no longer has: still printed
            items.append(Item(consent_line(c, c.kind, lang), bullet=CHECKED))
    return items


def field_items(meeting: Meeting, template: Template, tfield: TemplateField, lang: str,
                size: float) -> list[Item]:
    """Everything written in one field, as printable items, in a fixed order."""
    content = meeting.fields.get(tfield.id) or FieldContent()
    accent = template.colours.accent
    items: list[Item] = []
    spec = spec_of(tfield.kind)
    value = spec.value(meeting, content) if spec.value is not None else None
    if value:  # who is here, the day
        items.append(Item(value, indent=False))
    if not spec.is_meeting_date and content.date and not tfield.date_blank:
        items.append(Item(format_date(content.date), indent=False))
    if content.text:
        items.append(Item(content.text, indent=False))
    items += [note_item(n, template, lang, size, accent) for n in content.notes]
    for g in content.goals:
        meta = []
        if g.deadline and g.deadline != content.date:
            meta.append(by_date(g.deadline, lang))
        if g.status is not GoalStatus.OPEN:
            meta.append(_esc(vocab.word(vocab.GOAL_STATUS, g.status, lang)))
        if g.comment:
            meta.append(_esc(g.comment))
        bullet = "✓" if g.status is GoalStatus.REACHED else "•"
        items.append(Item(g.text, after=_meta(meta, _small(size)), bullet=bullet))
    for a in content.actions:
        who = f" — <b>{_esc(a.owner)}</b>" if a.owner else ""
        meta = [by_date(a.due, lang) if a.due else "", _esc(a.comment)]
        if a.status is not ActionStatus.OPEN:  # the empty box says "open" already
            meta.insert(1, _esc(vocab.word(vocab.ACTION_STATUS, a.status, lang)))
        items.append(Item(a.text, after=who + _meta(meta, _small(size)),
                          bullet=ACTION_MARK[a.status]))
    for h in content.helpers:
        head = f"<b>{_esc(h.name)}</b>" + (f" ({_esc(h.relation)})" if h.relation else "")
        items.append(Item(h.helps_with, before=head + (" — " if h.helps_with else ""),
                          bullet="•"))
    if tfield.consent_kinds:  # a consents field: every option, ticked or not
        items += consent_items(tfield, content, lang)
    elif content.consents:
        items += [Item(consent_line(c, c.kind, lang), bullet=CHECKED) for c in content.consents]
    return items


def label_text(tfield: TemplateField, content: FieldContent | None, lang: str,
               blank: bool = False) -> str:
    """The field's label as markup, with the date written into its blank
    ("På kort sikt, innan 01.03.2026"), or a line to write on."""
    label = _esc(tfield.label.get(lang))
    if not tfield.date_blank:
        return label
    date = None if blank or content is None else content.date
    if date is None:
        return label + " ________"
    return f"{label} <u>{format_date(date)}</u>"
