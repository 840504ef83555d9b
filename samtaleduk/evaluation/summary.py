"""The comparison in a few sentences, in the words of the paper:
Kva er gjort · Kva står att · Kva har endra seg."""

from __future__ import annotations

import datetime as dt

from samtaleduk.domain.model import Action, ActionStatus, Consent, Goal, Helper, Language, Note
from samtaleduk.domain.speakers import speaker_text
from samtaleduk.domain.vocab import SUMMARY_PHRASES, format_date, word
from samtaleduk.evaluation.diffs import (
    ActionChange,
    ActionDiff,
    Comparison,
    GoalChange,
    GoalDiff,
    ItemChange,
    NoteChange,
    NoteDiff,
)

__all__ = ["SUMMARY_KEYS", "format_date", "summary_lines"]
# format_date lives in vocab (paper and screen share it); re-exported for old callers.

SUMMARY_KEYS = ("done", "remains", "changed")
"""The three headings, in order; `vocab.SUMMARY_HEADINGS` has their words."""


def summary_lines(comparison: Comparison, lang: Language | str = "nn") -> dict[str, list[str]]:
    """Short sentences under each heading (keys `done`, `remains`, `changed`), in
    the order the newer duk is read. An empty list means nothing to say."""
    s = _Say(comparison, lang)
    done: list[str] = []
    remains: list[str] = []
    # "What has changed" follows the duk from today's situation to what we do now.
    changed = [line for n in comparison.notes if (line := s.note(n))]
    for g in comparison.goals:
        s.goal(g, done, remains, changed)
    for a in comparison.actions:
        s.action(a, done, remains, changed)
    changed += s.helpers_and_consents()
    changed += s.fields_and_values()
    return {"done": done, "remains": remains, "changed": changed}


class _Say:
    def __init__(self, comparison: Comparison, lang: str) -> None:
        self.c = comparison
        self.lang = lang

    def p(self, key: str, **kw: str) -> str:
        return word(SUMMARY_PHRASES, key, self.lang).format(**kw)

    def label(self, field_id: str) -> str:
        return self.c.fields.label(field_id, self.lang)

    # --- items ---------------------------------------------------------------

    def quoted(self, note: Note) -> str:
        who = speaker_text(note, self.lang)
        said = f" ({who})" if who else ""
        return f"«{note.text}»{said}"

    def action_what(self, a: Action, extra: str = "", *, due: bool = True) -> str:
        by = self.p("by", date=format_date(a.due)) if a.due and due else ""
        bits = [b for b in (a.owner, by, extra) if b]
        # The review's comment is the family's own words: after the facts, not among them.
        comment = f" — {a.comment}" if a.comment else ""
        return a.text + (f" ({', '.join(bits)})" if bits else "") + comment

    def goal_what(self, g: Goal, deadline: dt.date | None) -> str:
        return g.text + (f" ({self.p('by', date=format_date(deadline))})" if deadline else "")

    def action(self, d: ActionDiff, done: list[str], remains: list[str],
               changed: list[str]) -> None:
        a = d.new or d.old
        assert a is not None
        ch = d.change
        if ch is ActionChange.DONE:
            done.append(self.p("action_done", what=self.action_what(a, due=False)))
        elif ch in (ActionChange.PARTLY, ActionChange.STILL_OPEN, ActionChange.NEW):
            extra, moved = "", False
            if d.old_due_passed and d.old and d.old.due and "due" in d.changed and a.due:
                extra = self.p("deadline_moved", old=format_date(d.old.due),
                               new=format_date(a.due))
                moved = True
            elif d.overdue:
                extra = self.p("overdue")
            key = {ActionChange.NEW: "action_new", ActionChange.PARTLY: "action_partly"}.get(
                ch, "action_partly" if a.status is ActionStatus.PARTLY else "action_open")
            remains.append(self.p(key, what=self.action_what(a, extra, due=not moved)))
        elif ch is ActionChange.DROPPED:
            changed.append(self.p("action_dropped", what=self.action_what(a)))
        elif ch is ActionChange.REMOVED:
            changed.append(self.p("action_removed", what=self.action_what(a)))
        elif ch is ActionChange.FIELD_REMOVED:
            changed.append(self.p("in_removed_field", field=self.label(d.field),
                                  text=f"«{a.text}»"))

    def goal(self, d: GoalDiff, done: list[str], remains: list[str],
             changed: list[str]) -> None:
        g = d.new or d.old
        assert g is not None
        ch = d.change
        if ch is GoalChange.REACHED:
            done.append(self.p("goal_reached", what=g.text))
        elif ch is GoalChange.NEW:
            # A goal set at the newer meeting is ahead of the family, like a new action.
            remains.append(self.p("goal_new", field=self.label(d.field),
                                  what=self.goal_what(g, d.new_deadline)))
        elif ch is GoalChange.OPEN and not d.deadline_passed:
            # Kept in the review ("held fram") or simply still open: it remains. A
            # passed deadline says so in its own sentence below.
            remains.append(self.p("goal_continues", what=self.goal_what(g, d.new_deadline)))
        elif ch is GoalChange.DROPPED:
            changed.append(self.p("goal_dropped", what=g.text))
        elif ch is GoalChange.REMOVED:
            changed.append(self.p("goal_removed", what=g.text))
        elif ch is GoalChange.FIELD_REMOVED:
            changed.append(self.p("in_removed_field", field=self.label(d.field),
                                  text=f"«{g.text}»"))
        if d.deadline_passed and d.old_deadline:
            old = format_date(d.old_deadline)
            if d.deadline_changed and d.new_deadline:
                remains.append(self.p("goal_passed_new", text=g.text, old=old,
                                      new=format_date(d.new_deadline)))
            else:
                remains.append(self.p("goal_passed", text=g.text, old=old))
        elif d.deadline_changed and d.new_deadline:
            changed.append(self.p("goal_deadline", text=g.text,
                                  new=format_date(d.new_deadline)))

    def note(self, d: NoteDiff) -> str | None:
        if d.change is NoteChange.MOVED:
            assert d.old and d.new and d.old_field and d.new_field
            text = (f"«{d.old.text}» → {self.quoted(d.new)}" if d.text_changed
                    else self.quoted(d.new))
            return self.p("note_moved", **{"from": self.label(d.old_field),
                                           "to": self.label(d.new_field)}, text=text)
        if d.change is NoteChange.ADDED and d.new:
            return self.p("note_added", field=self.label(d.field), text=self.quoted(d.new))
        if d.change is NoteChange.REMOVED and d.old:
            return self.p("note_removed", field=self.label(d.field), text=self.quoted(d.old))
        if d.change is NoteChange.FIELD_REMOVED and d.old:
            return self.p("in_removed_field", field=self.label(d.field),
                          text=self.quoted(d.old))
        if d.change is NoteChange.CHANGED and d.old and d.new:
            text = (f"«{d.old.text}» → «{d.new.text}»" if d.text_changed
                    else self.quoted(d.new))
            return self.p("note_changed", field=self.label(d.field), text=text)
        return None

    def helper_what(self, h: Helper) -> str:
        bits = [b for b in (h.relation, h.helps_with) if b]
        return h.name + (f" ({', '.join(bits)})" if bits else "")

    def consent_what(self, c: Consent) -> str:
        label = self.c.consent_labels.get(c.kind)
        what = label.get(self.lang) if label else c.kind
        if c.description:
            # For "anna" the typed description is the whole name of the consent.
            free = c.kind in self.c.consent_free_text
            what = c.description if free else f"{what}: {c.description}"
        given = [b for b in (c.given_by, format_date(c.given_on) if c.given_on else "") if b]
        if given:
            what += " — " + self.p("given_by", who=" ".join(given))
        if c.withdrawn_on:
            what += f" ({format_date(c.withdrawn_on)})"
        return what

    def helpers_and_consents(self) -> list[str]:
        out: list[str] = []
        keys = {ItemChange.ADDED: "added", ItemChange.REMOVED: "removed",
                ItemChange.CHANGED: "changed", ItemChange.WITHDRAWN: "withdrawn"}
        for h in self.c.helpers:
            item = h.new or h.old
            if h.change in keys and item is not None and h.change is not ItemChange.WITHDRAWN:
                out.append(self.p(f"helper_{keys[h.change]}", what=self.helper_what(item)))
            elif h.change is ItemChange.FIELD_REMOVED and h.old:
                out.append(self.p("in_removed_field", field=self.label(h.field),
                                  text=self.helper_what(h.old)))
        for c in self.c.consents:
            consent = c.new or c.old
            if c.change in keys and consent is not None:
                out.append(self.p(f"consent_{keys[c.change]}", what=self.consent_what(consent)))
            elif c.change is ItemChange.FIELD_REMOVED and c.old:
                out.append(self.p("in_removed_field", field=self.label(c.field),
                                  text=self.consent_what(c.old)))
        return out

    def fields_and_values(self) -> list[str]:
        out: list[str] = []
        fm = self.c.fields
        for old, new in fm.renamed.items():
            out.append(self.p("field_renamed", old=self.label(old), new=self.label(new)))
        for fid in fm.removed:
            out.append(self.p("field_removed", field=self.label(fid)))
        for old, new in fm.renamed_domains.items():
            out.append(self.p("domain_renamed", old=fm.domain_label(old, self.lang),
                              new=fm.domain_label(new, self.lang)))
        for did in fm.removed_domains:
            out.append(self.p("domain_removed", domain=fm.domain_label(did, self.lang)))
        empty = self.p("empty")
        for v in self.c.values:
            if v.old_text != v.new_text:
                out.append(self.p("value_changed", field=self.label(v.field),
                                  old=f"«{v.old_text}»" if v.old_text else empty,
                                  new=f"«{v.new_text}»" if v.new_text else empty))
            if v.old_date != v.new_date:
                out.append(self.p(
                    "value_changed", field=self.label(v.field),
                    old=format_date(v.old_date) if v.old_date else empty,
                    new=format_date(v.new_date) if v.new_date else empty))
        return out
