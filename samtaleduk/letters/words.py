"""The letters' own words in nynorsk, bokmål and English.

Plain words for the family: the invitation is read at a kitchen table, so it says
"we" and "you" and uses no office language. Domain words (an action's status) come
from `samtaleduk.domain.vocab`, printout words (page numbers) from
`samtaleduk.printing.words`.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from samtaleduk.domain import vocab

_W: Final[dict[str, dict[str, str]]] = {
    # --- the invitation ------------------------------------------------------------
    "inv_title": {"nn": "Innkalling til møte", "nb": "Innkalling til møte",
                  "en": "Invitation to a meeting"},
    "inv_intro": {"nn": "Velkommen til neste møte med familieteamet. Her er kva vi skal "
                        "gjera saman, og kva de kan tenkja på før vi møtest.",
                  "nb": "Velkommen til neste møte med familieteamet. Her er hva vi skal "
                        "gjøre sammen, og hva dere kan tenke på før vi møtes.",
                  "en": "Welcome to the next meeting with the family team. Here is what we "
                        "will do together, and what you can think about before we meet."},
    "when": {"nn": "Når", "nb": "Når", "en": "When"},
    "where": {"nn": "Stad", "nb": "Sted", "en": "Where"},
    "date_not_set": {"nn": "Datoen er ikkje fastsett enno.",
                     "nb": "Datoen er ikke fastsatt ennå.",
                     "en": "The date has not been set yet."},
    "at_time": {"nn": "kl. {time}", "nb": "kl. {time}", "en": "at {time}"},
    "invited": {"nn": "Desse er inviterte", "nb": "Disse er invitert", "en": "Invited"},
    "invited_more": {"nn": "De kan ta med nokon de stolar på.",
                     "nb": "Dere kan ta med noen dere stoler på.",
                     "en": "You are welcome to bring someone you trust."},
    "look_at": {"nn": "Dette ser vi på saman", "nb": "Dette ser vi på sammen",
                "en": "What we will look at together"},
    "actions_since": {"nn": "Det vi avtalte sist", "nb": "Det vi avtalte sist",
                      "en": "What we agreed last time"},
    "goals": {"nn": "Måla våre", "nb": "Målene våre", "en": "Our goals"},
    "no_actions": {"nn": "Ingen opne avtalar frå sist.", "nb": "Ingen åpne avtaler fra sist.",
                   "en": "No open agreements from last time."},
    "no_goals": {"nn": "Ingen mål er skrivne opp enno.", "nb": "Ingen mål er skrevet opp ennå.",
                 "en": "No goals have been written down yet."},
    "think_about": {"nn": "Før møtet kan de tenkja på", "nb": "Før møtet kan dere tenke på",
                    "en": "Before the meeting, you can think about"},
    "think_1": {"nn": "Kva har gått bra sidan sist?", "nb": "Hva har gått bra siden sist?",
                "en": "What has gone well since last time?"},
    "think_2": {"nn": "Kva har vore vanskeleg?", "nb": "Hva har vært vanskelig?",
                "en": "What has been difficult?"},
    "think_3": {"nn": "Er det noko nytt som er viktig for dykk no?",
                "nb": "Er det noe nytt som er viktig for dere nå?",
                "en": "Is there something new that matters to you now?"},
    "think_4": {"nn": "Er det nokon fleire de vil ha med på møtet?",
                "nb": "Er det noen flere dere vil ha med på møtet?",
                "en": "Is there anyone else you would like at the meeting?"},
    "contact": {"nn": "Spørsmål, eller passar ikkje tida? Ta kontakt:",
                "nb": "Spørsmål, eller passer ikke tiden? Ta kontakt:",
                "en": "Questions, or does the time not suit you? Get in touch:"},
    # --- the calendar ---------------------------------------------------------------
    "event_title": {"nn": "Møte", "nb": "Møte", "en": "Meeting"},
    # --- the minutes ----------------------------------------------------------------
    "min_title": {"nn": "Møtereferat", "nb": "Møtereferat", "en": "Minutes"},
    "min_meeting": {"nn": "møte {n}, {date}", "nb": "møte {n}, {date}",
                    "en": "meeting {n}, {date}"},
    "status_open": {"nn": "ope", "nb": "åpent", "en": "open"},
    "present": {"nn": "Til stades", "nb": "Til stede", "en": "Present"},
    "nobody": {"nn": "(ingen skrivne opp)", "nb": "(ingen skrevet opp)",
               "en": "(no one written down)"},
    "agreed_goals": {"nn": "Mål", "nb": "Mål", "en": "Goals"},
    "agreed_actions": {"nn": "Tiltak", "nb": "Tiltak", "en": "Actions"},
    "consents": {"nn": "Samtykke", "nb": "Samtykke", "en": "Consents"},
    "none": {"nn": "(ingen)", "nb": "(ingen)", "en": "(none)"},
    "next_meeting": {"nn": "Neste møte", "nb": "Neste møte", "en": "Next meeting"},
    "not_set": {"nn": "ikkje fastsett", "nb": "ikke fastsatt", "en": "not set"},
    "responsible": {"nn": "ansvarleg", "nb": "ansvarlig", "en": "responsible"},
    "no_owner": {"nn": "ingen ansvarleg enno", "nb": "ingen ansvarlig ennå",
                 "en": "no one responsible yet"},
    "by": {"nn": "innan {date}", "nb": "innen {date}", "en": "by {date}"},
    "given_by": {"nn": "gitt av {who}", "nb": "gitt av {who}", "en": "given by {who}"},
    "valid_until": {"nn": "gjeld til {date}", "nb": "gjelder til {date}",
                    "en": "valid until {date}"},
    "withdrawn": {"nn": "trekt tilbake {date}", "nb": "trukket tilbake {date}",
                  "en": "withdrawn {date}"},
}


def w(key: str, lang: str, **values: object) -> str:
    """The letter word `key` in `lang` (falling back to bokmål), formatted."""
    text = vocab.word(_W, key, lang)
    return text.format(**values) if values else text


_FILE_STEMS: Final[dict[str, dict[str, str]]] = {
    "invitation": {"nn": "innkalling", "nb": "innkalling", "en": "invitation"},
    "calendar": {"nn": "mote", "nb": "mote", "en": "meeting"},
    "minutes": {"nn": "motereferat", "nb": "motereferat", "en": "minutes"},
}


def letter_file_name(what: str, lang: str, number: int | None, date: dt.date | None,
                     suffix: str) -> str:
    """A file name without personal data (no names, no ids): the kind, the
    meeting's number and date, e.g. "motereferat-mote-3-2026-05-06.txt"."""
    stems = _FILE_STEMS[what]
    parts = [stems.get(lang) or stems["nb"]]
    if number is not None:
        parts.append(f"mote-{number}")
    if date is not None:
        parts.append(date.isoformat())
    return "-".join(parts) + suffix
