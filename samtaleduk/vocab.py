"""Fixed words of the domain in nynorsk, bokmål and English.

Template-specific words (field labels, life domains) live in the duk files; the
words here belong to the model itself (who said a note, an action's status) and are
shared by the printout, the evaluation summary and the command line. The Qt UI uses
its own translation files for its chrome but takes these for domain words so that
screen and paper say the same thing.
"""

from __future__ import annotations

from typing import Final

from samtaleduk.model import ActionStatus, GoalStatus, Language, SaidBy

Words = dict[str, str]

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

CONFIDENTIAL: Final[Words] = {
    "nn": "Teiepliktig — unntatt offentlegheit, jf. offl. § 13",
    "nb": "Taushetsbelagt — unntatt offentlighet, jf. offl. § 13",
    "en": "Confidential — exempt from public disclosure",
}


def word(table: dict[str, Words] | dict[SaidBy, Words] | dict[ActionStatus, Words]
         | dict[GoalStatus, Words], key: object, lang: Language | str) -> str:
    """The word for `key` in `lang`, falling back to bokmål."""
    words: Words = table[key]  # type: ignore[index]
    return words.get(lang) or words["nb"]
