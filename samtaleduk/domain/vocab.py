"""Fixed words of the domain in nynorsk, bokmål and English.

Template-specific words (field labels, life domains) live in the duk files; the
words here belong to the model itself (who said a note, an action's status) and are
shared by the printout, the evaluation summary and the command line. The Qt UI uses
its own translation files for its chrome but takes these for domain words so that
screen and paper say the same thing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Final, TypeVar

from samtaleduk.domain.model import ActionStatus, GoalStatus, Language, SaidBy

Words = dict[str, str]
K = TypeVar("K")

SAID_BY: Final[dict[SaidBy, Words]] = {
    SaidBy.CHILD: {"nn": "barnet", "nb": "barnet", "en": "child"},
    SaidBy.PARENT: {"nn": "forelder", "nb": "forelder", "en": "parent"},
    SaidBy.PROFESSIONAL: {"nn": "fagperson", "nb": "fagperson", "en": "professional"},
    SaidBy.OTHER: {"nn": "annan", "nb": "annen", "en": "other"},
}

ACTION_STATUS: Final[dict[ActionStatus, Words]] = {
    ActionStatus.OPEN: {"nn": "ikkje gjort", "nb": "ikke gjort", "en": "not done"},
    ActionStatus.DONE: {"nn": "gjort", "nb": "gjort", "en": "done"},
    ActionStatus.PARTLY: {"nn": "delvis gjort", "nb": "delvis gjort", "en": "partly done"},
    ActionStatus.DROPPED: {"nn": "lagt bort", "nb": "lagt bort", "en": "dropped"},
}

GOAL_STATUS: Final[dict[GoalStatus, Words]] = {
    GoalStatus.OPEN: {"nn": "held fram", "nb": "fortsetter", "en": "ongoing"},
    GoalStatus.REACHED: {"nn": "nådd", "nb": "nådd", "en": "reached"},
    GoalStatus.DROPPED: {"nn": "lagt bort", "nb": "lagt bort", "en": "dropped"},
}

SUMMARY_HEADINGS: Final[dict[str, Words]] = {
    "done": {"nn": "Kva er gjort", "nb": "Hva er gjort", "en": "What has been done"},
    "remains": {"nn": "Kva står att", "nb": "Hva gjenstår", "en": "What remains"},
    "changed": {"nn": "Kva har endra seg", "nb": "Hva har endret seg", "en": "What has changed"},
}

SUMMARY_PHRASES: Final[dict[str, Words]] = {
    # The evaluation summary (Kva er gjort · Kva står att · Kva har endra seg).
    # {what} is an item with its owner and date, {text} a note's words in «».
    "action_done": {"nn": "Gjort: {what}.", "nb": "Gjort: {what}.", "en": "Done: {what}."},
    "goal_reached": {"nn": "Målet er nådd: {what}.", "nb": "Målet er nådd: {what}.",
                     "en": "Goal reached: {what}."},
    "action_partly": {"nn": "Delvis gjort: {what}.", "nb": "Delvis gjort: {what}.",
                      "en": "Partly done: {what}."},
    "action_open": {"nn": "Ikkje gjort: {what}.", "nb": "Ikke gjort: {what}.",
                    "en": "Not done: {what}."},
    "action_new": {"nn": "Nytt tiltak: {what}.", "nb": "Nytt tiltak: {what}.",
                   "en": "New action: {what}."},
    "overdue": {"nn": "fristen er ute", "nb": "fristen er ute", "en": "overdue"},
    "deadline_moved": {"nn": "fristen {old} er ute, ny frist {new}",
                       "nb": "fristen {old} er ute, ny frist {new}",
                       "en": "the deadline {old} has passed, new deadline {new}"},
    "goal_continues": {"nn": "Målet held fram: {what}.", "nb": "Målet fortsetter: {what}.",
                       "en": "Goal continues: {what}."},
    "goal_passed": {"nn": "Målet «{text}»: fristen {old} er ute.",
                    "nb": "Målet «{text}»: fristen {old} er ute.",
                    "en": "Goal «{text}»: the deadline {old} has passed."},
    "goal_passed_new": {"nn": "Målet «{text}»: fristen {old} er ute, ny frist {new}.",
                        "nb": "Målet «{text}»: fristen {old} er ute, ny frist {new}.",
                        "en": "Goal «{text}»: the deadline {old} has passed, new deadline {new}."},
    "goal_deadline": {"nn": "Ny frist for målet «{text}»: {new}.",
                      "nb": "Ny frist for målet «{text}»: {new}.",
                      "en": "New deadline for the goal «{text}»: {new}."},
    "by": {"nn": "innan {date}", "nb": "innen {date}", "en": "by {date}"},
    "note_moved": {"nn": "Flytta frå «{from}» til «{to}»: {text}.",
                   "nb": "Flyttet fra «{from}» til «{to}»: {text}.",
                   "en": "Moved from «{from}» to «{to}»: {text}."},
    "note_added": {"nn": "Nytt i «{field}»: {text}.", "nb": "Nytt i «{field}»: {text}.",
                   "en": "New in «{field}»: {text}."},
    "note_removed": {"nn": "Teke bort frå «{field}»: {text}.",
                     "nb": "Tatt bort fra «{field}»: {text}.",
                     "en": "Removed from «{field}»: {text}."},
    "note_changed": {"nn": "Endra i «{field}»: {text}.", "nb": "Endret i «{field}»: {text}.",
                     "en": "Changed in «{field}»: {text}."},
    "in_removed_field": {"nn": "Stod i «{field}», som ikkje finst i den nye duken: {text}.",
                         "nb": "Sto i «{field}», som ikke finnes i den nye duken: {text}.",
                         "en": "Was in «{field}», which the new duk does not have: {text}."},
    "goal_new": {"nn": "Nytt mål i «{field}»: {what}.", "nb": "Nytt mål i «{field}»: {what}.",
                 "en": "New goal in «{field}»: {what}."},
    "goal_dropped": {"nn": "Målet er lagt bort: {what}.", "nb": "Målet er lagt bort: {what}.",
                     "en": "Goal dropped: {what}."},
    "goal_removed": {"nn": "Målet er teke bort utan å vera nådd: {what}.",
                     "nb": "Målet er tatt bort uten å være nådd: {what}.",
                     "en": "Goal removed without being reached: {what}."},
    "action_dropped": {"nn": "Lagt bort: {what}.", "nb": "Lagt bort: {what}.",
                       "en": "Dropped: {what}."},
    "action_removed": {"nn": "Teke bort utan å vera gjort: {what}.",
                       "nb": "Tatt bort uten å være gjort: {what}.",
                       "en": "Removed without being done: {what}."},
    "helper_added": {"nn": "Ny hjelpar: {what}.", "nb": "Ny hjelper: {what}.",
                     "en": "New helper: {what}."},
    "helper_removed": {"nn": "Ikkje lenger med som hjelpar: {what}.",
                       "nb": "Ikke lenger med som hjelper: {what}.",
                       "en": "No longer a helper: {what}."},
    "helper_changed": {"nn": "Endra hjelpar: {what}.", "nb": "Endret hjelper: {what}.",
                       "en": "Helper changed: {what}."},
    "consent_added": {"nn": "Nytt samtykke: {what}.", "nb": "Nytt samtykke: {what}.",
                      "en": "New consent: {what}."},
    "consent_withdrawn": {"nn": "Samtykke trekt tilbake: {what}.",
                          "nb": "Samtykke trukket tilbake: {what}.",
                          "en": "Consent withdrawn: {what}."},
    "consent_removed": {"nn": "Samtykke teke bort: {what}.", "nb": "Samtykke tatt bort: {what}.",
                        "en": "Consent removed: {what}."},
    "consent_changed": {"nn": "Samtykke endra: {what}.", "nb": "Samtykke endret: {what}.",
                        "en": "Consent changed: {what}."},
    "given_by": {"nn": "gitt av {who}", "nb": "gitt av {who}", "en": "given by {who}"},
    "field_renamed": {"nn": "Feltet «{old}» heiter no «{new}».",
                      "nb": "Feltet «{old}» heter nå «{new}».",
                      "en": "The field «{old}» is now called «{new}»."},
    "field_removed": {"nn": "Feltet «{field}» finst ikkje i den nye duken.",
                      "nb": "Feltet «{field}» finnes ikke i den nye duken.",
                      "en": "The field «{field}» is not in the new duk."},
    "domain_renamed": {"nn": "Livsområdet «{old}» heiter no «{new}».",
                       "nb": "Livsområdet «{old}» heter nå «{new}».",
                       "en": "The life domain «{old}» is now called «{new}»."},
    "domain_removed": {"nn": "Livsområdet «{domain}» finst ikkje i den nye duken; notata er "
                             "førte vidare utan livsområde.",
                       "nb": "Livsområdet «{domain}» finnes ikke i den nye duken; notatene er "
                             "ført videre uten livsområde.",
                       "en": "The life domain «{domain}» is not in the new duk; its notes "
                             "were carried forward without a life domain."},
    "value_changed": {"nn": "«{field}»: {old} → {new}.", "nb": "«{field}»: {old} → {new}.",
                      "en": "«{field}»: {old} → {new}."},
    "empty": {"nn": "(tomt)", "nb": "(tomt)", "en": "(empty)"},
}

CONFIDENTIAL: Final[Words] = {
    "nn": "Teiepliktig — unntatt offentlegheit, jf. offl. § 13",
    "nb": "Taushetsbelagt — unntatt offentlighet, jf. offl. § 13",
    "en": "Confidential — exempt from public disclosure",
}


def word(table: Mapping[K, Words], key: K, lang: Language | str) -> str:
    """The word for `key` in `lang`, falling back to bokmål."""
    words = table[key]
    return words.get(lang) or words["nb"]


def format_date(value: dt.date | None) -> str:
    """A date as screen and paper write it: 01.03.2026 ("" for None)."""
    return "" if value is None else value.strftime("%d.%m.%Y")
