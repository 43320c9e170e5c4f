"""Speakers no earlier pass knew: a family name alone ("“…”, Agner said"), a given name or a
name in full after the verb ("», a déclaré Marc Oyo."), taken as the person the release names
in full before."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.i18n import N_
from briefer.importers.countrynames import countries_in
from briefer.importers.mentions import Mention
from briefer.importers.patterncache import compiled
from briefer.importers.quotes import Quoted
from briefer.importers.release import Release
from briefer.importers.roleterms import ROLE_PATTERN
from briefer.importers.sentences import SENTENCE_END, SUBJECT_WINDOW, first_clause, last_clause
from briefer.importers.speechwords import CONVICTION, SPEECH_VERBS, SPEECH_VERBS_EN

# a subject that is a name alone, its verb after it: "Lise Varnet a succédé", "Ana Vel took"
BARE_NAME_SUBJECT = re.compile(r"(?P<name>[A-ZÀ-Ý][\w’'-]+\s+[A-ZÀ-Ý][\w’'-]+)\s+[a-zàâéè]")


FULL_NAME_HOW = N_("the family name taken as the person named in full before")


# a family name alone credited with the quotation: "“…”, Agner said", "“…”, said Agner.",
# "„…“, sagte Agner nach dem Gespräch.", "« … », a déclaré Agner à l'issue de l'entretien."
_BARE_AFTER = re.compile(
    rf"^[\s,]*(?:(?P<before>[A-Z][\w’'-]+)\s+(?:{SPEECH_VERBS_EN})\b|"
    rf"(?:{SPEECH_VERBS})\s+(?P<after>[A-Z][\w’'-]+)(?:\s*[,.;]|\s+(?=[a-zäöüàâéèç]))|"
    r"(?:he|she)\s+(?:" + SPEECH_VERBS_EN + r")\b)"
)


_BARE_BEFORE = re.compile(
    rf"(?:^|,\s+)(?P<name>[A-Z][\w’'-]+)\s+(?:{SPEECH_VERBS_EN})(?:\s+that)?\s*[:,]?$"
)


# the sentence a pronoun stands in for: "Sjoberg said he was glad …. “…”, he remarked."
_BARE_SUBJECT = re.compile(r"^\s*(?P<name>[A-Z][\w’'-]+)\s+(?:[a-z]+ed|" + SPEECH_VERBS_EN + r")\b")


def bare_name_credit(
    release: Release, index: int, spans: Sequence[Quoted], number: int
) -> Mention | None:
    """Return the person a family name alone credits a quote to ("“…”, Agner said"), or
    whom "he" or "she" after it stands for when the sentence before opens with a family
    name alone ("Sjoberg said he was glad …. “…”, he remarked."): the person the release
    names in full before, when no pass knew them."""
    paragraph = release.paragraphs[index]
    span = spans[number]
    following = spans[number + 1].start if number + 1 < len(spans) else len(paragraph)
    credit = _BARE_AFTER.match(first_clause(paragraph[span.end : following]))
    named = _FULL_AFTER.match(paragraph[span.end : following])
    if credit is None and named is not None and a_name(named["name"]):
        return Mention(named["name"], "", "", 0, 0)  # "», a déclaré Marc Oyo.": a bare name
    lead = max(0, span.start - SUBJECT_WINDOW)  # the sentences just before, not all
    before = paragraph[lead : span.start].rstrip()
    if credit is None:
        # "During a visit with X, Al-Harbi said that “…”": the subject before the quote
        subject = _BARE_BEFORE.search(last_clause(before).rstrip(" “”„\"«»‘’‚'"))
        return _named_in_full(release, index, subject["name"]) if subject else None
    family = credit["before"] or credit["after"]
    if family in _NOT_GIVEN:
        return None  # "…,' Minister said.": a role, no name (credits.role_holder)
    if family is None:
        start = lead + len(before) - len(last_clause(before))
        ends = list(SENTENCE_END.finditer(paragraph, lead, max(start - 1, lead)))
        subject = _BARE_SUBJECT.match(paragraph, ends[-1].end() if ends else lead)
        mentions = release.mentions(index)  # in order: is anyone named before the quote?
        if subject is None or (mentions and mentions[0].start < span.start):
            return None
        family = subject["name"]
        return _named_in_full(release, index, family)
    return _named_in_full(release, index, family) or _named_by_given(release, index, family)


# a credit by a name in full no pass knew: "« … », a déclaré Marc Oyo.", "‘’…’’, assure Marc
# Oyo, le doyen des ambassadeurs", "“…,” said Ana Vel."
# a word that is a role in any case ("minister", "PREMIER")
_ROLE_WORD = compiled(ROLE_PATTERN, re.IGNORECASE)
_FULL_AFTER = re.compile(
    rf"^[\s,–—-]*(?:{SPEECH_VERBS})\s+"
    r"(?P<name>[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){1,2})\s*(?:[,.;]|$|"
    rf"(?=(?:{CONVICTION})\b))"  # "„…“, zeigte sich Anna Berg überzeugt."
)


def a_name(name: str) -> bool:
    """Return whether capitalised words after a speech verb are a person's name, not a role,
    a title or a country."""
    words = name.split()
    return not (
        any(w in _NOT_GIVEN or _ROLE_WORD.fullmatch(w) for w in words) or countries_in(name)
    )


def _named_by_given(release: Release, index: int, given: str) -> Mention | None:
    """Return the one person written in full in the paragraphs up to `index` whose name
    opens with the given name (or chiefly title) a quote is credited to: "“…,” said Moko"
    after "Governor Moko P. S. Lanu"."""
    if given in _NOT_GIVEN or _ROLE_WORD.fullmatch(given):
        return None
    full = re.compile(rf"\b{re.escape(given)}(?:\s+[A-Z][\w’'-]*\.?)*\s+[A-Z][\w’'-]+\b")
    names = {
        match.group(0) for text in release.paragraphs[: index + 1] for match in full.finditer(text)
    }
    if len(names) != 1 or countries_in(next(iter(names))):
        return None
    return Mention(next(iter(names)), "", "", 0, 0)


def _named_in_full(release: Release, index: int, family: str) -> Mention | None:
    """Return the one person written in full with this family name in the paragraphs up to
    `index` ("Harald Agner"), not a role, a title or a country ("Sierra Leone")."""
    # a hyphenated given name whole ("Marie-Anne"), not from its second half on
    full = re.compile(
        rf"(?<![\w-])(?P<given>[A-Z][a-zäöüéè’'-]+(?:-[A-Z][a-zäöüéè’'-]+)*)\s+{re.escape(family)}\b"
    )
    names = {
        f"{match['given']} {family}"
        for text in release.paragraphs[: index + 1]
        for match in full.finditer(text)
        if not _ROLE_WORD.fullmatch(match["given"]) and match["given"] not in _NOT_GIVEN
    }
    if len(names) != 1 or countries_in(next(iter(names))):
        return None
    return Mention(next(iter(names)), "", "", 0, 0)


# capitalised words that stand before a family name and are no given name
_NOT_GIVEN = frozenset(
    "The A An And Of Mr Mrs Ms Dr Madam Mme Sir Lady Dame Lord Herr Frau Monsieur Madame Minister "
    "Ambassador President Secretary Consul Envoy Governor Chancellor Director Spokesperson "
    "Excellency Honourable Hon Prof Professor General Colonel Captain Chairman Chairperson "
    "Deputy Vice Acting Senator Commissioner".split()
)
