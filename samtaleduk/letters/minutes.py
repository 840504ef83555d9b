"""Minutes for the record system ("Møtereferat"): a short structured text of one
meeting to paste into the service's own record system or Stafettloggen, so that
nothing is written twice.

Who was there, what was agreed (goals with their deadline and status, actions
with owner, date and status), the consents and the next meeting. Not the notes:
what the family said belongs to the duk, and each service decides what of it to
record. `Minutes` is the data (`as_json` for `samtaleduk minutes --json`),
`text()` the plain text that is copied or saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from samtaleduk.domain import vocab
from samtaleduk.domain.model import ActionStatus, Case, Consent, Meeting
from samtaleduk.domain.vocab import format_date
from samtaleduk.fieldkinds import holding, next_meeting_date
from samtaleduk.letters.words import w
from samtaleduk.templates.model import Template


@dataclass(frozen=True)
class GoalEntry:
    text: str
    horizon: str
    """The goals field's label ("På kort sikt, innan")."""
    deadline: dt.date | None
    status: str
    """In words, in the minutes' language."""
    code: str
    """The status as stored (open, reached, dropped), for the JSON."""


@dataclass(frozen=True)
class ActionEntry:
    text: str
    owner: str
    due: dt.date | None
    status: str
    comment: str
    code: str
    """The status as stored (open, done, partly, dropped), for the JSON."""


@dataclass(frozen=True)
class ConsentEntry:
    what: str
    given_by: str
    given_on: dt.date | None
    expires_on: dt.date | None
    withdrawn_on: dt.date | None


@dataclass(frozen=True)
class Minutes:
    """One meeting's minutes, in one language."""

    lang: str
    number: int
    date: dt.date
    present: tuple[str, ...]
    goals: tuple[GoalEntry, ...]
    actions: tuple[ActionEntry, ...]
    consents: tuple[ConsentEntry, ...]
    next_meeting: dt.date | None

    def text(self) -> str:
        """The minutes as plain text (LF line ends; no tabs, no markup)."""
        lang = self.lang
        out = [f"{w('min_title', lang)} – "
               f"{w('min_meeting', lang, n=self.number, date=format_date(self.date))}", ""]
        out.append(f"{w('present', lang)}:")
        out += [f"- {p}" for p in self.present] or [f"- {w('nobody', lang)}"]
        out += ["", f"{w('agreed_goals', lang)}:"]
        for g in self.goals:
            bits = [g.horizon.rstrip(", ").split(",")[0]]
            if g.deadline is not None:
                bits.append(w("by", lang, date=format_date(g.deadline)))
            bits.append(g.status)
            out.append(f"- {g.text} ({'; '.join(bits)})")
        if not self.goals:
            out.append(f"- {w('none', lang)}")
        out += ["", f"{w('agreed_actions', lang)}:"]
        for a in self.actions:
            bits = [f"{w('responsible', lang)}: {a.owner or w('no_owner', lang)}"]
            if a.due is not None:
                bits.append(w("by", lang, date=format_date(a.due)))
            bits.append(a.status + (f" – {a.comment}" if a.comment else ""))
            out.append(f"- {a.text} ({'; '.join(bits)})")
        if not self.actions:
            out.append(f"- {w('none', lang)}")
        out += ["", f"{w('consents', lang)}:"]
        for c in self.consents:
            bits = []
            if c.given_by or c.given_on:
                who = " ".join(b for b in (c.given_by, format_date(c.given_on)) if b)
                bits.append(w("given_by", lang, who=who))
            if c.expires_on is not None:
                bits.append(w("valid_until", lang, date=format_date(c.expires_on)))
            if c.withdrawn_on is not None:
                bits.append(w("withdrawn", lang, date=format_date(c.withdrawn_on)))
            out.append(f"- {c.what}" + (f" ({'; '.join(bits)})" if bits else ""))
        if not self.consents:
            out.append(f"- {w('none', lang)}")
        nxt = format_date(self.next_meeting) if self.next_meeting else w("not_set", lang)
        out += ["", f"{w('next_meeting', lang)}: {nxt}"]
        return "\n".join(out) + "\n"

    def as_json(self) -> dict[str, Any]:
        """The data as JSON-ready values (dates in ISO form; no ids)."""
        def d(value: dt.date | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "meeting": self.number, "date": d(self.date), "language": self.lang,
            "present": list(self.present),
            "goals": [{"text": g.text, "horizon": g.horizon, "deadline": d(g.deadline),
                       "status": g.code, "status_text": g.status} for g in self.goals],
            "actions": [{"text": a.text, "owner": a.owner, "due": d(a.due),
                         "status": a.code, "status_text": a.status, "comment": a.comment} for a in self.actions],
            "consents": [{"what": c.what, "given_by": c.given_by, "given_on": d(c.given_on),
                          "expires_on": d(c.expires_on), "withdrawn_on": d(c.withdrawn_on)}
                         for c in self.consents],
            "next_meeting": d(self.next_meeting),
        }


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _consent_what(consent: Consent, template: Template, lang: str) -> str:
    for tf in holding(template, "consents"):
        for kind in tf.consent_kinds:
            if kind.id == consent.kind:
                label = kind.label.get(lang)
                if consent.description and kind.free_text:
                    return _one_line(consent.description)  # "anna": the typed words name it
                return label + (f": {_one_line(consent.description)}"
                                if consent.description else "")
    return consent.kind + (f": {_one_line(consent.description)}" if consent.description else "")


def build_minutes(case: Case, meeting: Meeting, template: Template,
                  lang: str | None = None) -> Minutes:
    """The minutes of `meeting` in `lang` (default: the case's)."""
    language = lang or case.language
    present = tuple(_one_line(p.name) + (f" ({_one_line(p.role)})" if p.role.strip() else "")
                    for p in meeting.participants if p.name.strip())
    goals: list[GoalEntry] = []
    for tf in holding(template, "goals"):
        content = meeting.fields.get(tf.id)
        for g in content.goals if content else []:
            goals.append(GoalEntry(_one_line(g.text), tf.label.get(language).strip(),
                                   g.deadline or (content.date if content else None),
                                   vocab.word(vocab.GOAL_STATUS, g.status, language),
                                   g.status.value))
    actions: list[ActionEntry] = []
    consents: list[ConsentEntry] = []
    order = [f.id for f in template.conversation_order()]
    order += [fid for fid in meeting.fields if fid not in order]
    for fid in order:
        content = meeting.fields.get(fid)
        if content is None:
            continue
        for a in content.actions:
            # A promise made in this meeting is open, not "not done" (the review's word).
            status = (w("status_open", language) if a.status is ActionStatus.OPEN
                      else vocab.word(vocab.ACTION_STATUS, a.status, language))
            actions.append(ActionEntry(_one_line(a.text), _one_line(a.owner), a.due, status,
                                       _one_line(a.comment), a.status.value))
        for c in content.consents:
            consents.append(ConsentEntry(_consent_what(c, template, language),
                                         _one_line(c.given_by), c.given_on, c.expires_on,
                                         c.withdrawn_on))
    return Minutes(language, meeting.number, meeting.date, present, tuple(goals),
                   tuple(actions), tuple(consents), next_meeting_date(meeting, template))
