"""Spell checking in English, German and French with Hunspell's dictionaries, offline.

The dictionaries are those the system has installed (Debian: hunspell-en-gb, hunspell-de-de,
hunspell-fr), read through Enchant's Hunspell provider (pyenchant). A word is checked whole,
so German compounds are the dictionary's business; numbers, URLs, e-mail addresses and
abbreviations (NATO, BMVg) are never flagged, nor are the words a checker is told to know.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from briefer.errors import BrieferError
from briefer.i18n import N_, _

# Each language's dictionaries, in the order tried: English is British English.
DICTIONARIES: dict[str, tuple[str, ...]] = {
    "en": ("en_GB", "en_US"),
    "de": ("de_DE", "de_AT", "de_CH"),
    "fr": ("fr_FR", "fr"),
}
_PACKAGES = {"en": "hunspell-en-gb", "de": "hunspell-de-de", "fr": "hunspell-fr"}
LANGUAGE_NAMES = {"en": N_("English"), "de": N_("German"), "fr": N_("French")}
SUGGESTIONS = 5
_CACHE_LIMIT = 200_000  # words remembered per dictionary; typing never comes near it

# URLs, www. addresses, bare domains with a usual ending, and e-mail addresses.
_NOT_WORDS = re.compile(
    r"\b(?:https?|ftp)://\S+"
    r"|\bwww\.\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|int|gov|eu|de|fr|uk|jp|info)\b(?:/\S*)?",
    re.IGNORECASE,
)
# Letters (with combining accents) and digits, joined by single apostrophes (don't,
# l'Allemagne) or hyphens.
_LETTERS = r"(?:[^\W_][\u0300-\u036f]*)+"
_WORD = re.compile(rf"{_LETTERS}(?:['’\-‑]{_LETTERS})*")
# A letter of a script other than Latin: the dictionaries have none (茂木, Лавров).
_OTHER_SCRIPT = re.compile(r"[^\u0000-\u024f\u0300-\u036f\u1e00-\u1eff\u2019\u2011]")
_HYPHEN = re.compile(r"[\-‑]")


class SpellingUnavailable(BrieferError):
    """No dictionary for a language is installed, or nothing can read dictionaries."""


@dataclass(frozen=True)
class Misspelling:
    """A misspelled word and where it stands in the text checked."""

    start: int
    end: int
    word: str


class Dictionary:
    """One installed Hunspell dictionary, with its answers remembered."""

    def __init__(self, tag: str, backend: Any) -> None:
        self.tag = tag
        self._backend = backend
        self._answers: dict[str, bool] = {}

    def check(self, word: str) -> bool:
        """Return whether the dictionary knows the word."""
        known = self._answers.get(word)
        if known is None:
            if len(self._answers) >= _CACHE_LIMIT:
                self._answers.clear()
            known = self._answers[word] = bool(self._backend.check(word))
        return known

    def suggest(self, word: str) -> list[str]:
        """Return the dictionary's suggestions for a word, best first."""
        return [str(s) for s in self._backend.suggest(word)]


_OPEN: dict[str, Dictionary] = {}


def open_dictionary(language: str) -> Dictionary:
    """Return the dictionary for a briefing language (en, de, fr), loaded once.

    Raises SpellingUnavailable, saying what to install, when there is none."""
    if language in _OPEN:
        return _OPEN[language]
    name = LANGUAGE_NAMES.get(language)
    if name is None:
        raise SpellingUnavailable(
            _(
                "Spelling is checked in English, German and French only, not in '{language}'."
            ).format(language=language)
        )
    try:
        import enchant  # loads the Enchant C library

        broker = enchant.Broker()
    except (ImportError, OSError):
        raise SpellingUnavailable(
            _(
                "Spelling is not checked: the Enchant library that reads the dictionaries is not "
                "installed (Debian and Ubuntu: apt-get install libenchant-2-2)."
            )
        ) from None
    broker.set_ordering("*", "hunspell")
    for tag in DICTIONARIES[language]:
        if broker.dict_exists(tag):
            _OPEN[language] = Dictionary(tag, broker.request_dict(tag))
            return _OPEN[language]
    raise SpellingUnavailable(
        _(
            "{language} spelling is not checked: no {language} dictionary is installed "
            "(Debian and Ubuntu: apt-get install {package})."
        ).format(language=_(name), package=_PACKAGES[language])
    )


def name_words(names: Iterable[str]) -> set[str]:
    """Return the words of names, hyphenated ones whole and in parts (Kramp-Karrenbauer), and
    family names given in capitals also as written in text (MOTEGI: Motegi)."""
    words: set[str] = set()
    for name in names:
        for match in _WORD.finditer(name.replace("’", "'")):
            for word in (match.group(), *_HYPHEN.split(match.group())):
                words.add(word)
                if word.isupper():
                    words.add(word.capitalize())
    return words


class SpellChecker:
    """Tells which words of a text are misspelled in one dictionary and suggests others.

    Words in known (the user's word list, names from the library, words ignored) are never
    misspelled: as in Hunspell, a known word in lower case also allows it capitalised."""

    def __init__(self, dictionary: Dictionary, known: Collection[str] = ()) -> None:
        self.dictionary = dictionary
        self.known = frozenset(word.replace("’", "'") for word in known)

    def misspelled(self, text: str) -> list[Misspelling]:
        """Return the misspelled words of text, in order."""
        text = _NOT_WORDS.sub(lambda m: " " * len(m.group()), text)
        return [wrong for match in _WORD.finditer(text) for wrong in self._check(match, text)]

    def suggest(self, word: str) -> list[str]:
        """Return up to five corrections for a misspelled word, best first."""
        return self.dictionary.suggest(word)[:SUGGESTIONS]

    def _check(self, match: re.Match[str], text: str) -> Iterator[Misspelling]:
        start, word = match.start(), match.group()
        if self._acceptable(word) or (
            text.startswith(".", match.end()) and self.dictionary.check(f"{word}.")  # Dr., ca.
        ):
            return
        parts = list(_HYPHEN.finditer(word))
        if not parts:
            yield Misspelling(start, start + len(word), word)
            return
        # A hyphenated word the dictionary lacks is right when each part is (NATO-Gipfel):
        # only the wrong parts are marked.
        begin = 0
        for end in [hyphen.start() for hyphen in parts] + [len(word)]:
            part = word[begin:end]
            if not self._acceptable(part):
                yield Misspelling(start + begin, start + end, part)
            begin = end + 1

    def _acceptable(self, word: str) -> bool:
        word = word.replace("’", "'")
        if not word.isascii():  # an accent typed as a mark after its letter: as one letter
            word = unicodedata.normalize("NFC", word)
        return _exempt(word) or self._known(word) or self.dictionary.check(word)

    def _known(self, word: str) -> bool:
        if word.endswith("'s"):  # Motegi's
            word = word[:-2]
        return word in self.known or (word[0].isupper() and word.lower() in self.known)


def _exempt(word: str) -> bool:
    """Whether a word is never checked: one letter, a number or code (G7, 2+2), an
    abbreviation with more than one capital (NATO, BMVg, VS-NfD), or another script's."""
    return (
        len(word) < 2
        or any(c.isdigit() for c in word)
        or _OTHER_SCRIPT.search(word) is not None
        or (sum(c.isupper() for c in word) > 1 and not _HYPHEN.search(word))
    )
