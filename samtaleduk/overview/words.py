"""The overview's words for paper and the command line, in nynorsk, bokmål and
English (the window's own words go through Qt's translations)."""

from __future__ import annotations

from typing import Final

from samtaleduk.domain import vocab
from samtaleduk.domain.vocab import format_date
from samtaleduk.overview.build import Item, Section

_W: Final[dict[str, dict[str, str]]] = {
    "title": {"nn": "Sakene mine no", "nb": "Sakene mine nå", "en": "My cases now"},
    "subtitle": {"nn": "{n} opne saker · {date}", "nb": "{n} åpne saker · {date}",
                 "en": "{n} open cases · {date}"},
    Section.ACTIONS_LATE: {"nn": "Tiltak som har passert datoen",
                           "nb": "Tiltak som har passert datoen",
                           "en": "Actions past their date"},
    Section.ACTIONS_SOON: {"nn": "Tiltak med dato dei neste 14 dagane",
                           "nb": "Tiltak med dato de neste 14 dagene",
                           "en": "Actions due in the next 14 days"},
    Section.GOALS_PASSED: {"nn": "Mål der fristen har gått ut",
                           "nb": "Mål der fristen har gått ut",
                           "en": "Goals whose deadline has passed"},
    Section.CONSENTS: {"nn": "Samtykke som har gått ut eller går ut innan 30 dagar",
                       "nb": "Samtykker som har gått ut eller går ut innen 30 dager",
                       "en": "Consents expired or expiring within 30 days"},
    Section.NO_NEXT_MEETING: {"nn": "Saker utan neste møte", "nb": "Saker uten neste møte",
                              "en": "Cases with no next meeting"},
    Section.NEXT_MEETINGS: {"nn": "Neste møte", "nb": "Neste møter", "en": "Next meetings"},
    "none": {"nn": "Ingenting her no.", "nb": "Ingenting her nå.", "en": "Nothing here now."},
    "today": {"nn": "i dag", "nb": "i dag", "en": "today"},
    "ago": {"nn": "for {n} d sidan", "nb": "for {n} d siden", "en": "{n} d ago"},
    "in": {"nn": "om {n} d", "nb": "om {n} d", "en": "in {n} d"},
    "meeting": {"nn": "møte {n}", "nb": "møte {n}", "en": "meeting {n}"},
    "no_meeting": {"nn": "ingen møte enno", "nb": "ingen møter ennå", "en": "no meeting yet"},
    "for_own_use": {"nn": "Til eige bruk for møteleiaren; ikkje del.",
                    "nb": "Til eget bruk for møtelederen; ikke del.",
                    "en": "For the facilitator's own use; do not share."},
}


def w(key: str, lang: str, **values: object) -> str:
    """The overview word `key` in `lang` (falling back to bokmål), formatted."""
    text = vocab.word(_W, key, lang)
    return text.format(**values) if values else text


def when(item: Item, lang: str) -> str:
    """The item's date and how far it is from today: "03.05.2026 (for 7 d sidan)"."""
    if item.date is None or item.days is None:
        return ""
    if item.days == 0:
        rel = w("today", lang)
    elif item.days < 0:
        rel = w("ago", lang, n=-item.days)
    else:
        rel = w("in", lang, n=item.days)
    return f"{format_date(item.date)} ({rel})"


def where(item: Item, lang: str) -> str:
    """Which family and meeting: "Familien Haugland · møte 3"."""
    if item.meeting_number is None:
        return f"{item.case_name} · {w('no_meeting', lang)}"
    return f"{item.case_name} · {w('meeting', lang, n=item.meeting_number)}"
