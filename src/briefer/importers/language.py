"""Which language a release (or a statement) is written in, from its most common words.

Function words tell the languages of ministries' releases apart after a sentence or two; a
statistical detector (langdetect, lingua) would add a model of tens of megabytes and
randomness for no better answer on these texts.
"""

from __future__ import annotations

import re

READ = ("en", "de", "fr")  # the languages whose statements briefer recognises
NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "nl": "Dutch",
    "pt": "Portuguese",
    "no": "Norwegian",
    "sv": "Swedish",
    "da": "Danish",
}
_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to is with for on that we a an in are was this by".split()),
    "de": frozenset(
        "der die das und mit von sich ist nicht für auf des dem ein eine wir zu im".split()
    ),
    "fr": frozenset("le la les et des du est une un pour dans que qui sur au aux avec ce".split()),
    "es": frozenset("el los las y del es una un para en que por con se su al como".split()),
    "it": frozenset("il lo gli e della delle è una un per che di con si del al nel".split()),
    "nl": frozenset("de het een en van is in dat op te met voor zijn niet ook bij".split()),
    "pt": frozenset("o os as e do da é uma um para em que por com não se ao dos".split()),
    "no": frozenset("og i det som er en på til av for med at ikke har vil skal etter fra".split()),
    "sv": frozenset("och i det som är en på till av för med att inte har ska efter från".split()),
    "da": frozenset("og i det som er en på til af for med at ikke har vil skal efter fra".split()),
}
_TOKEN = re.compile(r"[^\W\d_]+")


def _languages_of_words() -> dict[str, tuple[str, ...]]:
    """Return each function word with the languages it belongs to ("de" → nl, pt, …)."""
    languages: dict[str, tuple[str, ...]] = {}
    for code, words in _WORDS.items():
        for word in words:
            languages[word] = (*languages.get(word, ()), code)
    return languages


_LANGUAGES_OF = _languages_of_words()  # so a text's words are looked up once each


def language_of(text: str, choices: tuple[str, ...] = tuple(_WORDS)) -> str:
    """Return the code of the language of text among choices; "" when it is too short to
    tell (fewer than five function words)."""
    counts = dict.fromkeys(choices, 0)
    for word in _TOKEN.findall(text[:20_000].casefold()):
        for code in _LANGUAGES_OF.get(word, ()):
            if code in counts:
                counts[code] += 1
    best = max(counts, key=lambda code: counts[code])
    return best if counts[best] >= 5 else ""
