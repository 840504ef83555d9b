"""A bokmål message holds no nynorsk word and a nynorsk message no bokmål word
(issue 18): the forms that tell the two apart, and the project's own choices
("saka"/"saken", "passordfrasa"/"passordfrasen", a-infinitive in nynorsk)."""

from __future__ import annotations

import re

import pytest

from samtaleduk.messages import Message, catalogue, placeholders, render

NYNORSK_ONLY = frozenset("""
ikkje kva korleis kvar vart eit ein ho frå berre noko dei desse enno truleg høyrer
finst lagra endra sletta opna flytta mappa fila saka nøkkelfila lagerfila datamappa
saksfila passordfrasa passordfrasane teikn vera skriva lesast lagrast brukast opnast
medan anna inga sjå gjer kjem fleire byrjar fann hugsar høgst manglar manglande
rettar tryggingskopi tryggingskopien tryggingskopiane tryggingskopiar oppgje verna
innhald hovud storleik dukar oppføringar revisjonar avsendaren dagar henta hentar
laga heilt sjølv lagd oppdaterast vert
""".split())
"""Words that are nynorsk and not bokmål (in this project's bokmål)."""

BOKMAL_ONLY = frozenset("""
ikke hva hvordan hvor ble et en hun fra bare noe de disse ennå trolig hører finnes
lagret endret slettet åpnet flyttet mappen filen saken nøkkelfilen lagerfilen
datamappen saksfilen passordfrasen passordfrasene tegn være leses lagres brukes åpnes
mens annet sikkerhetskopi sikkerhetskopien sikkerhetskopiene sikkerhetskopier se gjør
kommer flere begynner fant husker høyst mangler manglende rettigheter oppgi
beskyttet innhold hode størrelse duker oppføringer revisjoner avsenderen dager hente
henter laget helt selve oppdateres blir hvis
""".split())
"""Words that are bokmål and not nynorsk."""

IDS = sorted(catalogue())


def _words(text: str) -> set[str]:
    # «…» quotes a command or a name (samtaleduk duker list, nn): not prose.
    prose = re.sub(r"«[^»]*»|`[^`]*`", " ", text)  # quoted words and code
    return {w.casefold() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", prose)}


def _rendered(message_id: str, lang: str) -> str:
    names = placeholders(catalogue()[message_id]["nn"])
    # Parameters that are words are messages of the same language; the rest is neutral.
    params = {n: Message("os.not_found") if n in ("reason", "what", "problem") else "X"
              for n in names}
    return render(Message(message_id, params), lang)


@pytest.mark.parametrize("message_id", IDS)
def test_bokmal_holds_no_nynorsk_word(message_id: str) -> None:
    found = _words(_rendered(message_id, "nb")) & NYNORSK_ONLY
    assert not found, f"{message_id} (nb) has nynorsk {sorted(found)}"


@pytest.mark.parametrize("message_id", IDS)
def test_nynorsk_holds_no_bokmal_word(message_id: str) -> None:
    found = _words(_rendered(message_id, "nn")) & BOKMAL_ONLY
    assert not found, f"{message_id} (nn) has bokmål {sorted(found)}"


@pytest.mark.parametrize("message_id", IDS)
def test_english_holds_no_norwegian_word(message_id: str) -> None:
    found = _words(_rendered(message_id, "en")) & (NYNORSK_ONLY | BOKMAL_ONLY | {"og", "er"})
    found -= {"de", "en", "se", "duker"}  # English words too; "duker" is the UI's plural
    assert not found, f"{message_id} (en) has Norwegian {sorted(found)}"


def test_the_word_lists_catch_what_they_are_for() -> None:
    # The check itself can fail: a nynorsk sentence in the bokmål slot is caught.
    assert _words("Lageret er ikkje endra.") & NYNORSK_ONLY == {"ikkje", "endra"}
    assert _words("Lageret er ikke endret.") & BOKMAL_ONLY == {"ikke", "endret"}
