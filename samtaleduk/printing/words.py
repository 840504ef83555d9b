"""The printout's own words in nynorsk, bokmål and English.

Template words (field labels, life domains) come from the duk file and domain
words (who said a note, an action's status) from `samtaleduk.domain.vocab`; these are
the words only paper needs: page numbers, continuation references, headings of
the reports.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from samtaleduk.domain import vocab

_W: Final[dict[str, dict[str, str]]] = {
    "page": {"nn": "side {x} av {y}", "nb": "side {x} av {y}", "en": "page {x} of {y}"},
    "continues": {"nn": "held fram på side {n} →", "nb": "fortsetter på side {n} →",
                  "en": "continued on page {n} →"},
    "continued_from": {"nn": "{label} — held fram frå side {n}",
                       "nb": "{label} — fortsetter fra side {n}",
                       "en": "{label} — continued from page {n}"},
    "left_out": {"nn": "Utelate på denne utskrifta: {what}",
                 "nb": "Utelatt på denne utskriften: {what}",
                 "en": "Left out of this print: {what}"},
    "field_left_out": {"nn": "(utelate på denne utskrifta)", "nb": "(utelatt på denne utskriften)",
                       "en": "(left out of this print)"},
    "meeting": {"nn": "Møte {n}", "nb": "Møte {n}", "en": "Meeting {n}"},
    "withdrawn": {"nn": "trekt tilbake", "nb": "trukket tilbake", "en": "withdrawn"},
    "valid_until": {"nn": "gjeld til", "nb": "gjelder til", "en": "valid until"},
    "actions_title": {"nn": "Kven gjer kva til neste gong", "nb": "Hvem gjør hva til neste gang",
                      "en": "Who does what before next time"},
    "no_owner": {"nn": "Utan nokon ansvarleg", "nb": "Uten noen ansvarlig",
                 "en": "No one responsible yet"},
    "no_date": {"nn": "utan dato", "nb": "uten dato", "en": "no date"},
    "no_actions": {"nn": "Ingen tiltak er skrivne opp.", "nb": "Ingen tiltak er skrevet opp.",
                   "en": "No actions have been written down."},
    "next_meeting": {"nn": "Neste møte", "nb": "Neste møte", "en": "Next meeting"},
    "evaluation_title": {"nn": "Evaluering: møte {a} og møte {b}",
                         "nb": "Evaluering: møte {a} og møte {b}",
                         "en": "Evaluation: meeting {a} and meeting {b}"},
    "details": {"nn": "Detaljar", "nb": "Detaljer", "en": "Details"},
    "nothing": {"nn": "Ingenting å melde.", "nb": "Ingenting å melde.", "en": "Nothing to report."},
    "legend": {"nn": "Teikn", "nb": "Tegn", "en": "Symbols"},
    "journey_title": {"nn": "Saka frå første møte til no", "nb": "Saken fra første møte til nå",
                      "en": "The case from the first meeting until now"},
    "meetings": {"nn": "Møte", "nb": "Møter", "en": "Meetings"},
    "present": {"nn": "Til stades", "nb": "Til stede", "en": "Present"},
    "blank_hint": {"nn": "Skriv med penn; ta med arket til neste møte.",
                   "nb": "Skriv med penn; ta med arket til neste møte.",
                   "en": "Write with a pen; bring the sheet to the next meeting."},
}


def w(key: str, lang: str, **values: object) -> str:
    """The printout word `key` in `lang` (falling back to bokmål), formatted."""
    text = vocab.word(_W, key, lang)
    return text.format(**values) if values else text


def by_date(date: dt.date, lang: str) -> str:
    """A deadline in the evaluation summary's words: "innan 01.03.2026"."""
    return vocab.word(vocab.SUMMARY_PHRASES, "by", lang).format(date=vocab.format_date(date))


def given_by(who: str, lang: str) -> str:
    """Who gave a consent (and when), in the evaluation summary's words: "gitt av …"."""
    return vocab.word(vocab.SUMMARY_PHRASES, "given_by", lang).format(who=who)


_FILE_STEMS: Final[dict[str, dict[str, str]]] = {
    "duk": {"nn": "duk", "nb": "duk", "en": "canvas"},
    "blank": {"nn": "tom-duk", "nb": "tom-duk", "en": "blank-canvas"},
    "evaluation": {"nn": "evaluering", "nb": "evaluering", "en": "evaluation"},
    "actions": {"nn": "kven-gjer-kva", "nb": "hvem-gjor-hva", "en": "who-does-what"},
    "journey": {"nn": "saksloep", "nb": "saksloep", "en": "journey"},
    "overview": {"nn": "oversikt", "nb": "oversikt", "en": "overview"},
}


def suggested_file_name(what: str, lang: str = "nn", meeting_number: int | None = None,
                        meeting_date: dt.date | None = None) -> str:
    """A file name for a print that carries no personal data (no names, no case
    id): e.g. "duk-mote-2-2026-03-11.pdf". For the save dialog's default."""
    stems = _FILE_STEMS.get(what, _FILE_STEMS["duk"])
    parts = [stems.get(lang) or stems["nb"]]
    if meeting_number is not None:
        parts.append(f"mote-{meeting_number}")
    if meeting_date is not None:
        parts.append(meeting_date.isoformat())
    return "-".join(parts) + ".pdf"
