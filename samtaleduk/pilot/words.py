"""The report's own words in nynorsk, bokmål and English (the duk's words, life
domains, field labels and consent kinds, come from the duk files)."""

from __future__ import annotations

from typing import Final

from samtaleduk.pilot.model import Words, words

W: Final[dict[str, Words]] = {
    # titles
    "title": words("Gevinstmåling", "Gevinstmåling", "Pilot figures"),
    "subtitle": words("Tal for perioden {start}–{end}. Anonymt: ingen namn, ingen fritekst; "
                      "tal under 5 står som «< 5».",
                      "Tall for perioden {start}–{end}. Anonymt: ingen navn, ingen fritekst; "
                      "tall under 5 står som «< 5».",
                      "Figures for the period {start}–{end}. Anonymous: no names, no free "
                      "text; counts under 5 read “< 5”."),
    "definitions": words("Kva tala tyder: sjå «Gevinstmåling» i brukarrettleiinga.",
                         "Hva tallene betyr: se «Gevinstmåling» i brukerveiledningen.",
                         "What the figures mean: see “Pilot figures” in the user guide."),
    # tables
    "cases": words("Saker", "Saker", "Cases"),
    "meetings": words("Møte", "Møter", "Meetings"),
    "gaps": words("Tid mellom møta", "Tid mellom møtene", "Time between meetings"),
    "durations": words("Kor lenge sakene varte (avslutta saker)",
                       "Hvor lenge sakene varte (avsluttede saker)",
                       "How long cases lasted (closed cases)"),
    "goals": words("Mål etter tidsperspektiv", "Mål etter tidsperspektiv", "Goals by horizon"),
    "domains": words("Livsområde på duken (saker)", "Livsområder på duken (saker)",
                     "Life domains on the duk (cases)"),
    "domains_note": words("Mål har ikkje livsområde i lageret; her er talet på saker der "
                          "livsområdet er merkt på ein lapp i feltet, på siste møte i perioden.",
                          "Mål har ikke livsområde i lageret; her er antall saker der "
                          "livsområdet er merket på en lapp i feltet, på siste møte i perioden.",
                          "Goals carry no life domain in the store; this counts the cases "
                          "where a note in the field is tagged with the domain, at the last "
                          "meeting in the period."),
    "actions": words("Tiltak etter kven som har ansvaret", "Tiltak etter hvem som har ansvaret",
                     "Actions by who is responsible"),
    "consents": words("Samtykke", "Samtykker", "Consents"),
    # columns and rows
    "count": words("Tal", "Antall", "Count"),
    "opened": words("Oppretta", "Opprettet", "Opened"),
    "closed": words("Avslutta", "Avsluttet", "Closed"),
    "active": words("Aktive i perioden", "Aktive i perioden", "Active in the period"),
    "met": words("Med møte i perioden", "Med møte i perioden", "With a meeting in the period"),
    "held": words("Møte haldne", "Møter holdt", "Meetings held"),
    "first": words("Første møte i ei sak", "Første møte i en sak", "First meeting of a case"),
    "follow_up": words("Oppfølgingsmøte", "Oppfølgingsmøter", "Follow-up meetings"),
    "gap_4w": words("Inntil 4 veker", "Inntil 4 uker", "Up to 4 weeks"),
    "gap_8w": words("5–8 veker", "5–8 uker", "5–8 weeks"),
    "gap_12w": words("9–12 veker", "9–12 uker", "9–12 weeks"),
    "gap_more": words("Meir enn 12 veker", "Mer enn 12 uker", "More than 12 weeks"),
    "dur_6m": words("Under 6 månader", "Under 6 måneder", "Under 6 months"),
    "dur_12m": words("6–12 månader", "6–12 måneder", "6–12 months"),
    "dur_more": words("Meir enn 12 månader", "Mer enn 12 måneder", "More than 12 months"),
    "short": words("På kort sikt", "På kort sikt", "Short term"),
    "long": words("På lang sikt", "På lang sikt", "Long term"),
    "no_horizon": words("Utan tidsperspektiv", "Uten tidsperspektiv", "No horizon"),
    "all": words("Alle", "Alle", "All"),
    "set": words("Sette", "Satt", "Set"),
    "reached": words("Nådde", "Nådd", "Reached"),
    "continued": words("Held fram", "Fortsetter", "Continued"),
    "dropped": words("Lagde bort", "Lagt bort", "Dropped"),
    "family": words("Familien", "Familien", "The family"),
    "service": words("Teneste ved bordet", "Tjeneste ved bordet", "Service at the table"),
    "helper": words("Hjelpar på duken", "Hjelper på duken", "Helper on the duk"),
    "other": words("Anna namn", "Annet navn", "Another name"),
    "none": words("Ingen ansvarleg", "Ingen ansvarlig", "No one responsible"),
    "done": words("Gjort", "Gjort", "Done"),
    "partly": words("Delvis gjort", "Delvis gjort", "Partly done"),
    "not_done": words("Ikkje gjort", "Ikke gjort", "Not done"),
    "action_dropped": words("Lagt bort", "Lagt bort", "Dropped"),
    "new": words("Nye, ikkje vurderte", "Nye, ikke vurdert", "New, not yet reviewed"),
    "total": words("I alt", "I alt", "Total"),
    "given": words("Gjevne", "Gitt", "Given"),
    "withdrawn": words("Trekte tilbake", "Trukket tilbake", "Withdrawn"),
    # medians
    "medians": words("Medianar", "Medianer", "Medians"),
    "median_gap": words("Median dagar mellom to møte", "Median dager mellom to møter",
                        "Median days between two meetings"),
    "median_duration": words("Median dagar frå saka vart oppretta til ho vart avslutta",
                             "Median dager fra saken ble opprettet til den ble avsluttet",
                             "Median days from a case opened to closed"),
    "days": words("{n} dagar", "{n} dager", "{n} days"),
    "too_few": words("for få til å visa", "for få til å vise", "too few to show"),
    "n": words("tal", "antall", "n"),
    "nothing": words("Ingenting i perioden.", "Ingenting i perioden.", "Nothing in the period."),
}


def w(key: str, lang: str, **values: object) -> str:
    """The report word `key` in `lang` (falling back to bokmål), formatted."""
    text = W[key].get(lang) or W[key]["nb"]
    return text.format(**values) if values else text
