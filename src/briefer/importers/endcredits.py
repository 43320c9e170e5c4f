"""Words without quotation marks that a credit at their end gives someone: "… - said the head of
the Polish MFA.", "…, Minister of Defence of Norland said."
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.i18n import _
from briefer.importers.antecedents import subject_before
from briefer.importers.countrynames import countries_in
from briefer.importers.credits import TOP_DIPLOMAT, office_holder
from briefer.importers.knownpersons import known_mentions
from briefer.importers.mentions import Mention
from briefer.importers.passages import FoundStatement
from briefer.importers.quotes import find_quoted
from briefer.importers.release import Release
from briefer.importers.sentences import MIN_QUOTE_WORDS, SENTENCE_END
from briefer.importers.speechwords import FIRST_PERSON, SPEECH_VERBS

# words given without quotation marks and credited after a dash at the end: "We need a …
# evaluation … - said the Polish top diplomat.", "… - stated the head of the Polish MFA."
_DASH_SAID = re.compile(rf"\s[-–—]\s(?P<verb>{SPEECH_VERBS})\s(?P<who>[^.!?]{{3,80}})[.!?]?\s*$")
# … or after a comma, the verb before or after the one credited: "Our talks were useful …,
# Minister of Defence of Norland said.", "…, said Minister Kell.", "…, a déclaré la ministre."
_COMMA_CREDIT = (
    rf",\s(?:(?P<verb>{SPEECH_VERBS})\s(?P<who>[^.!?,;:]{{3,80}}?)|"
    # "…, a-t-elle déclaré.", "…, estime-t-il.": the French inverted pronoun
    r"(?:a-t-|\w{3,}-t-|\w{3,}-)(?P<inverted>il|elle)(?:\s\w+[ée])?|"
    # "…, Ardo Kell, Minister of Defence, said.": a role between commas after the name
    rf"(?P<subject>[^.!?,;:]{{2,80}}?)(?:,\s[^.!?,;:]{{3,100}},)?\s(?:{SPEECH_VERBS}))"
)
_COMMA_SAID = re.compile(_COMMA_CREDIT + r"[.!]?\s*$")
# … or in mid-paragraph, the writer's sentences going on after it: "Our talks were useful …,
# the minister said. The ministers then visited …"
_COMMA_SAID_WITHIN = re.compile(_COMMA_CREDIT + r"[.!](?=\s+[A-ZÄÖÜÉ])")
# … or after a dash in mid-paragraph, the writer's sentences going on after the credit: "…
# - I said that … - said the head of the MoD. He also visited …"
_DASH_SAID_WITHIN = re.compile(
    rf"\s[-–—]\s(?P<verb>{SPEECH_VERBS})\s(?P<who>[^.!?–—-]{{3,80}}?)[.!?](?=\s+[A-ZÄÖÜÉ])"
)
_OPENING_DASH = re.compile(r"^\s*[-–—]\s+")
# a dash that opens the speech after the writer's sentence: "The minister noted that … - I
# said that … - said the head of the MoD."
_INNER_DASH = re.compile(r"\s[-–—]\s")


def credited_at_end(release: Release, body: Sequence[int]) -> list[FoundStatement]:
    """Return the paragraphs with no quotation mark whose first-person words a credit at
    their end gives someone, after a dash or a comma ("… - said the head of the Polish MFA",
    "…, Minister of Defence of Norland said."): the person named there, or the one person of
    the release who holds the office or is from the country it names."""
    found = []
    for index in body:
        paragraph = release.paragraphs[index]
        if find_quoted(paragraph) or not FIRST_PERSON.search(paragraph):
            continue  # quotation marks say where the words are; no one speaks in the first person
        said = (
            _DASH_SAID.search(paragraph)
            or _COMMA_SAID.search(paragraph)
            or _DASH_SAID_WITHIN.search(paragraph)
            or _COMMA_SAID_WITHIN.search(paragraph)
        )
        if said is None:
            continue
        groups = said.groupdict()
        who = groups["who"] or groups.get("subject") or groups.get("inverted") or ""
        start = _speech_start(paragraph, said.start())
        if _PRONOUN.fullmatch(who.strip()):
            speaker = _antecedent(release, index, start)  # "…, he said.": who was named before
        else:
            speaker = _credited(release, who)
        words = paragraph[start : said.start()].strip()
        if speaker is None or len(words.split()) < MIN_QUOTE_WORDS:
            continue
        if not FIRST_PERSON.search(words):
            continue
        found.append(
            FoundStatement(
                speaker=speaker,
                paragraphs=[words],
                indices=[index],
                date=release.published,
                how="credited at its end",
                spans=[(index, start, said.start())],
            )
        )
    return found


# a credit by a pronoun: "…, he said.", "…, a-t-elle déclaré" is not read here
_PRONOUN = re.compile(r"(?i)he|she|er|sie|il|elle")


def _antecedent(release: Release, index: int, position: int) -> Mention | None:
    """Return who "he" or "she" crediting words at the end of a paragraph stands for: the
    subject named before the words in the paragraph, else at the end of the one before."""
    paragraph = release.paragraphs[index]
    subject = subject_before(paragraph, position, release.mentions(index))
    if subject is None and index > 0 and not find_quoted(release.paragraphs[index - 1]):
        before = release.paragraphs[index - 1]
        subject = subject_before(before, len(before), release.mentions(index - 1))
    if subject is None or not subject.name:
        return None
    return subject


def _speech_start(paragraph: str, end: int) -> int:
    """Return where the words a credit at `end` gives start: after a dash that opens them
    ("- We had a good talk … - said X"), or after one that ends the writer's own sentence
    before them ("The minister noted that … - I said that … - said X"), else at the start."""
    opening = _OPENING_DASH.match(paragraph)
    if opening:
        return opening.end()
    for dash in _INNER_DASH.finditer(paragraph, 0, end):
        if not FIRST_PERSON.search(paragraph[: dash.start()]) and FIRST_PERSON.search(
            paragraph[dash.end() : end]
        ):
            return dash.end()
    # the writer's sentences before the words: "The ministers also visited the naval base.
    # Our talks were useful …, the minister said."
    start = 0
    for stop in SENTENCE_END.finditer(paragraph, 0, end):
        sentence = paragraph[start : stop.end()]
        if FIRST_PERSON.search(sentence) or not _NARRATION_OPENING.match(sentence.lstrip()):
            break
        start = stop.end()
    return start


# a sentence of the writer's own: "The ministers also …", "Both sides …", "Die Minister …",
# "Les deux ministres …", "Later, Kell …"
_NARRATION_OPENING = re.compile(
    r"(?:(?:later|then|afterwards|also|in addition|anschließend|danach|ensuite|puis|par ailleurs)"
    r",?\s+)?(?:(?:both|the two|the|die beiden|beide|die|der|les deux|les|le|la)\s+"
    r"(?:ministers?|sides|leaders|delegations?|minister(?:innen)?|seiten|delegationen?|"
    r"ministres?|parties|dirigeants|délégations?)\b|(?-i:(?:[A-ZÄÖÜ][\w’'-]+\s+){1,3})"
    r"(?:met|visited|held|traf|besuchte|a rencontré|a visité)\b)",
    re.IGNORECASE,
)


# "the head of the MoD", "der Chef des BMVg", "le chef du ministère": the release's minister
_HEAD_OF_MINISTRY = re.compile(
    r"(?i)\b(?:head|chief|chef(?:in)?|leiter(?:in)?)\s+(?:of\s+the|du|de\s+la|des|der)\s+"
    r"(?:[\w-]+\s+)?(?:Mo[A-Z]{1,4}|MFA|ministry|ministère|ministeriums?|department|"
    r"(?-i:[A-Z]{2,6}))\b"
)


# an office named by its noun alone: "the minister", "la ministre", "der Minister"
_THE_OFFICE = re.compile(
    r"(?i)^(?:the|le|la|l['’]|der|die|el)\s*(?P<noun>minist\w*|president\w*|präsident\w*|"
    r"présidente?|secretary|chancellor|kanzler\w*|premier|ambassad\w*|botschafter\w*)$"
)


def _credited(release: Release, who: str) -> Mention | None:
    """Return who a dash's credit names: a person of the release, or the one person of the
    release from the country it names, or who holds the office it names ("Minister of
    Defence of Norland", "the head of the MoD": its minister)."""
    named = [m for m in known_mentions(who, release.people, release.home) if m.name]
    if named:
        return named[0]
    countries = countries_in(who)
    people = [p for p in release.people if p.name and p.country and p.country in countries]
    if not people and (TOP_DIPLOMAT.search(who) or _HEAD_OF_MINISTRY.search(who)):
        # "the head of the Polish MFA", "the head of the MoD": its minister, of the release's
        # country when it names ministers of two
        people = [p for p in release.people if p.name and "minist" in p.role.casefold()]
        home = [p for p in people if (p.country or release.home) == release.home]
        people = home if len(people) > 1 and len(home) == 1 else people
    if not people and (office := _THE_OFFICE.match(who.strip())):
        # "the minister", "le ministre", "der Minister": the one who holds it, of the
        # release's country when two do
        noun = office["noun"].casefold()
        people = [p for p in release.people if p.name and noun in p.role.casefold()]
        home = [p for p in people if (p.country or release.home) == release.home]
        people = home if len(people) > 1 and len(home) == 1 else people
    holder = office_holder(release, who) if not people else None
    if holder is not None:
        return holder
    if len(people) != 1:
        return None
    person = people[0]
    how = _("the credit “{words}”").format(words=who.strip())
    return Mention(person.name, person.role, person.country, 0, 0, how)
