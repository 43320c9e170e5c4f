"""Second looks at a quote's speaker: the gender of a crediting pronoun, a misspelt family name."""

from __future__ import annotations

from collections.abc import Sequence

from briefer.i18n import _
from briefer.importers.antecedents import PRONOUN_HOW
from briefer.importers.genders import gender_of, genders_in, pronoun_gender
from briefer.importers.mentions import Mention
from briefer.importers.names import surname
from briefer.importers.passages import Quote
from briefer.importers.release import Release
from briefer.importers.sentences import first_clause, last_clause, mentions_between

_GENDER_BACK = 3  # paragraphs before a quote's own where "she" may find the woman named
_GENDER_PEOPLE = 8  # the people named last before it, looked at


def by_gender(release: Release, quote: Quote, genders: dict[str, str]) -> None:
    """Give a quote credited by "she" or "he" to the last person named of that gender when
    the text says the one the pronoun was taken for is of the other ("Mr Kell also met Marit
    Soane. She began by saying “…”": Soane, not Kell). `genders` keeps what the text says of
    each family name, read once per release."""
    if quote.how != _(PRONOUN_HOW) or quote.speaker is None or not quote.speaker.name:
        return
    paragraph, span = release.paragraphs[quote.index], quote.span
    before = last_clause(paragraph[max(0, span.start - 300) : span.start])[-80:]
    credit = before + " " + first_clause(paragraph[span.end : span.end + 200])
    wanted = pronoun_gender(credit[:160])
    if not wanted:
        return

    if not genders:  # read once per release, when a pronoun first needs it
        texts = release.paragraphs
        genders.update(genders_in(texts, [release.mentions(i) for i in range(len(texts))]))
        genders.setdefault("", "")  # read, even when the text says nothing of anyone

    def gender(who: Mention) -> str:
        return gender_of(who, genders)

    own = gender(quote.speaker)
    if own in ("", wanted):
        return  # nothing says the pronoun is not theirs
    family = surname(quote.speaker.name)
    first = max(0, quote.index - _GENDER_BACK)
    earlier: list[Mention] = []
    for i in range(first, quote.index):
        earlier += release.mentions(i)[-_GENDER_PEOPLE:]
    near = mentions_between(release.mentions(quote.index), max(0, span.start - 800), span.start)
    earlier += [m for m in near if m.end <= span.start]
    others = [
        m for m in reversed(earlier[-_GENDER_PEOPLE:]) if m.name and surname(m.name) != family
    ]
    # the last one named of the pronoun's gender, else the last one named of no known gender
    chosen = next((m for m in others if gender(m) == wanted), None)
    chosen = chosen or next((m for m in others if not gender(m)), None)
    if chosen is not None:
        quote.speaker = chosen


def correct_misspellings(release: Release, quotes: Sequence[Quote]) -> None:
    """Credit a quote whose speaker is a bare family name one letter off the family name of
    one person the release names in full ("„…“, sagte Ministerin Berk." after "Anna Berg") to
    that person."""
    full = [p for p in release.people if len(p.name.split()) > 1]
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or len(speaker.name.split()) != 1 or len(speaker.name) < 4:
            continue
        written = speaker.name.casefold()
        if any(surname(p.name) == written for p in full):
            continue
        near = [p for p in full if _one_letter_off(surname(p.name), written)]
        if len(near) == 1:
            person = near[0]
            quote.speaker = Mention(
                person.name, person.role, person.country, speaker.start, speaker.end
            )


def _one_letter_off(a: str, b: str) -> bool:
    """Return whether two words differ by one letter changed, left out or added."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
