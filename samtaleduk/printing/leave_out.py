"""Leaving chosen life domains or fields out of a print (e.g. Rus and Psykisk
helse on a copy for the school), and saying so on the page."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from samtaleduk.domain.model import Meeting
from samtaleduk.errors import UserError
from samtaleduk.printing.words import w
from samtaleduk.templates.model import Template


@dataclass(frozen=True)
class LeaveOut:
    """What one print leaves out, resolved against a template."""

    domains: frozenset[str] = frozenset()
    fields: frozenset[str] = frozenset()
    labels: tuple[str, ...] = ()
    """The left-out things as the reader knows them ("Rus", "Psykisk helse")."""

    def notice(self, lang: str) -> str:
        """The line printed on every page, or "" when nothing is left out."""
        return w("left_out", lang, what=", ".join(self.labels)) if self.labels else ""

    def __bool__(self) -> bool:
        return bool(self.domains or self.fields)


def resolve(template: Template, ids: Iterable[str], lang: str) -> LeaveOut:
    """Match each of `ids` to a life domain or field of `template`, by id (a domain
    also by a former id) or by its nn/nb label (case-insensitive). UserError names
    what could not be matched."""
    domains: list[str] = []
    fields: list[str] = []
    labels: list[str] = []
    for raw in ids:
        key = raw.strip().casefold()
        if not key:
            continue
        domain = next((d for d in template.life_domains
                       if key in (d.id, *d.former_ids, d.label.nn.casefold(),
                                  d.label.nb.casefold())), None)
        if domain is not None:
            if domain.id not in domains:
                # Its former ids too: a note written before a rename may still carry
                # one, and a copy without "Rus" must not show it.
                domains += [domain.id, *domain.former_ids]
                labels.append(domain.label.get(lang))
            continue
        fld = next((f for f in template.fields
                    if key in (f.id, f.label.nn.casefold(), f.label.nb.casefold())), None)
        if fld is None:
            known = ", ".join([d.id for d in template.life_domains] + [f.id for f in template.fields])
            raise UserError("print.unknown_leave_out", name=raw, known=known)
        if fld.id not in fields:
            fields.append(fld.id)
            labels.append(fld.label.get(lang).rstrip(". "))
    return LeaveOut(frozenset(domains), frozenset(fields), tuple(labels))


def apply(meeting: Meeting, leave: LeaveOut) -> Meeting:
    """A copy of `meeting` without the left-out fields and without notes tagged with
    a left-out life domain. The stored meeting is never touched."""
    if not leave:
        return meeting
    copy = meeting.model_copy(deep=True)
    for fid in list(copy.fields):
        if fid in leave.fields:
            del copy.fields[fid]
            continue
        content = copy.fields[fid]
        if leave.domains and any(n.domain in leave.domains for n in content.notes):
            content.notes = [n for n in content.notes if n.domain not in leave.domains]
    return copy
