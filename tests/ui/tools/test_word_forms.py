"""Known wrong or mixed forms in the translations (issue 18, points 6 and 7).

An explicit, short list — not a spell check: forms that slipped in once and
must not come back. Nynorsk: a-infinitives, "passordfrase" is feminine
("passordfrasa"), "vert" rather than "blir", the journey is "vegen", a case is
"avslutta" (not "lukka"). Bokmål: no nynorsk forms. Words are matched whole
and case-insensitively in every translation (plural forms included)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from ui.tools import i18n

WRONG: dict[str, tuple[str, ...]] = {
    "nn": (
        # bokmål in nynorsk
        "ikke", "hva", "hvis", "hvordan", "hvem", "jeg", "noen", "fra", "ble", "blir",
        "velger", "forløpet", "saksløpet", "veien", "saken", "lukket",
        # wrong nynorsk
        "passordfrasen", "slette", "angre", "endre", "opne dei", "slag sak",
        "samtykke gitt dato", "lukk saka", "lukka sak", "lukka",
    ),
    "nb": (
        # nynorsk in bokmål
        "ikkje", "kva", "vart", "korleis", "kven", "eg", "nokon", "frå", "berre",
        "sjå", "vegen", "saka", "passordfrasa", "forløpet", "saksløpet",
        # wrong bokmål
        "samtykke gitt dato", "type sak", "lukk saken", "lukket sak", "lukket",
    ),
}


def _translations(lang: str) -> list[str]:
    texts = []
    for message in ET.parse(i18n.i18n_dir() / f"samtaleduk_{lang}.ts").getroot().iter("message"):
        if message.get("numerus") == "yes":
            texts += [form.text or "" for form in message.iter("numerusform")]
        else:
            texts.append(message.findtext("translation") or "")
    return texts


@pytest.mark.parametrize("lang", ["nn", "nb"])
def test_no_known_wrong_form(lang: str) -> None:
    found = []
    texts = _translations(lang)
    for form in WRONG[lang]:
        whole = re.compile(rf"(?<![\wæøå]){re.escape(form)}(?![\wæøå])", re.IGNORECASE)
        found += [(form, text) for text in texts if whole.search(text.replace("&", ""))]
    assert found == []


def test_the_list_catches_what_it_names() -> None:
    """The matcher sees a form at the start, after a mnemonic and in a plural form."""
    whole = re.compile(r"(?<![\wæøå])passordfrasen(?![\wæøå])", re.IGNORECASE)
    assert whole.search("&Gjenta passordfrasen".replace("&", ""))
    assert whole.search("Passordfrasen må ha minst 12 teikn.")
    assert not whole.search("passordfrasene")
