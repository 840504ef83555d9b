"""The shared domain words: one source for screen, summary and paper."""

from __future__ import annotations

import datetime as dt

import pytest

from samtaleduk.domain import vocab
from samtaleduk.domain.model import Consent
from samtaleduk.printing.content import consent_line
from samtaleduk.printing.words import by_date


def test_format_date_is_the_paper_form() -> None:
    assert vocab.format_date(dt.date(2026, 3, 1)) == "01.03.2026"
    assert vocab.format_date(None) == ""


@pytest.mark.parametrize("lang", ["nn", "nb", "en"])
def test_paper_says_what_the_summary_says(lang: str) -> None:
    consent = Consent(kind="ressursteam", given_by="Sara", given_on=dt.date(2026, 1, 14))
    who = "Sara 14.01.2026"
    given = vocab.word(vocab.SUMMARY_PHRASES, "given_by", lang).format(who=who)
    assert consent_line(consent, "samtykke", lang) == f"samtykke — {given}"
    due = vocab.word(vocab.SUMMARY_PHRASES, "by", lang).format(date="01.03.2026")
    assert by_date(dt.date(2026, 3, 1), lang) == due


def test_nynorsk_consent_is_given_as_on_the_forms() -> None:
    # The common form on Norwegian consent forms, also used by the UI's translations.
    assert vocab.word(vocab.SUMMARY_PHRASES, "given_by", "nn") == "gitt av {who}"
