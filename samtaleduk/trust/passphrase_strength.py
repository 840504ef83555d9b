"""How hard a new passphrase is to guess, estimated with zxcvbn.

A length rule alone lets "12345678" and "passord1" through. zxcvbn (Dropbox's
estimator; MIT licence, pure Python, no network) counts the guesses a cracker
working from dictionaries, keyboard patterns, dates and repeats would need. Its
own lists are English, so the common Norwegian words and names an office worker
reaches for are added here as extra dictionary words.

The score runs 0–4; `MIN_SCORE` 3 means at least about 10^8 guesses, i.e. months
against the store's Argon2id at ~0.1–0.3 s a guess, and out of reach for a few
words put together ("korrekt hest batteri stift" scores 4).
"""

from __future__ import annotations

from samtaleduk.errors import UserError

MIN_SCORE = 3
"""The lowest zxcvbn score (0–4) a new passphrase may have."""

_ESTIMATED_CHARS = 72
"""zxcvbn refuses longer input (and slows down with length); the first 72
characters of a longer passphrase are strong enough on their own or not."""

NORWEGIAN_WORDS = tuple("""
passord passordet passordfrase hemmeleg hemmelig hemmeligheit løyndom kode koden
nøkkel lykel lås låst opne åpne logg inn admin bruker brukar test testing velkommen
velkomen hei hallo heisann takk ja nei kanskje norge noreg norsk nynorsk bokmål
samtaleduk samtale duk familie familien barn barna barnet born borna mor far mamma
pappa bestemor bestefar besta søster bror venn venner vener kjæreste kjærleik
kjærlighet elskar elsker glad lykkeleg lykkelig sol sola sommar sommer vinter vår
haust høst jul julaften påske påskeegg snø regn vind hav havet fjell fjord skog
hytte hytta båt bil sykkel fotball ski skitur handball hund hunden katt katten
hest hesten kanin fugl fisk mat kaffi kaffe te øl vin pizza taco brød ost sjokolade
kake is godteri banan eple jordbær blå raud rød grøn grønn gul svart kvit hvit rosa
kommune kommunen skule skole skulen skolen barnehage jobb jobben arbeid kontor
leilighet hus huset heime hjemme måndag mandag tysdag tirsdag onsdag torsdag
fredag laurdag lørdag søndag januar februar mars april mai juni juli august
september oktober november desember oslo bergen trondheim stavanger tromsø
kristiansand drammen fredrikstad bodø ålesund tønsberg hamar lillehammer molde
haugesund sandnes sarpsdal skien larvik arendal finnmark nordland vestland viken
innlandet agder rogaland trøndelag troms telemark vestfold østfold rosenborg
brann vålerenga lyn viking molde tromsø bodøglimt glimt ola kari nordmann
jan per bjørn ole lars kjell knut arne svein hans geir tor terje thomas morten
john martin anders trond rune jon tore erik odd andreas kristian espen harald
magnus jonas emil noah oskar lucas filip henrik sander william elias jakob aksel
mathias tobias isak olav sigurd even audun eirik håkon sindre vegard øyvind
anne inger kari marit ingrid liv eva berit astrid bjørg hilde anna solveig marianne
randi ida nina ellen heidi kristin silje hanne camilla tone elin nora emma sara
sofie olivia maja ella ingrid leah selma frida hedda tiril thea ingeborg maria
emilie julie hanna vilde mari linnea amalie aurora sigrid ragnhild åse gunn
hansen johansen olsen larsen andersen pedersen nilsen kristiansen jensen karlsen
johnsen pettersen eriksen berg haugen hagen johannessen andreassen jacobsen
dahl jørgensen halvorsen henriksen lund sørensen jakobsen moen gundersen iversen
strand solberg svendsen eide knutsen martinsen paulsen bakken kristoffersen
mathisen lie amundsen nguyen rasmussen ali lunde solheim berge moe nygård bakke
haugland
""".split())
"""Common Norwegian (nynorsk and bokmål) words, place names, first names and
surnames, counted by zxcvbn like its own dictionary words."""


def strength(passphrase: str) -> int:
    """zxcvbn's score 0 (guessed at once) … 4 (very hard to guess)."""
    # Imported when needed: only the few set-up paths that choose a passphrase pay.
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:_ESTIMATED_CHARS], user_inputs=list(NORWEGIAN_WORDS))
    return int(result["score"])


def is_weak(passphrase: str) -> bool:
    """True when a new passphrase would be guessed too easily."""
    return strength(passphrase) < MIN_SCORE


WEAK_MESSAGE = "passphrase.weak"
"""The catalogue id of what a person is told when a new passphrase is too weak."""


def check_strength(passphrase: str) -> None:
    """Raise UserError (WEAK_MESSAGE) when `passphrase` is too easy to guess."""
    if is_weak(passphrase):
        raise UserError(WEAK_MESSAGE)
