"""The speaker of a fragment of their words that ends the writer's sentence about them: "Minister
X thanked the donors for the vaccines, which “have protected our people”."
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.i18n import _
from briefer.importers.antecedents import OFFICE_SAYS, PRONOUN_HOW, Said
from briefer.importers.mentions import Mention
from briefer.importers.names import surname
from briefer.importers.quotes import Quoted
from briefer.importers.sentences import MIN_QUOTE_WORDS, is_possessive
from briefer.importers.speechwords import FIRST_PERSON

# words a fragment of someone's words hangs on in the writer's sentence: "…, which “have
# protected our people”", "in order to “meet every commitment”", "qui « … »", "afin de « … »"
_FRAGMENT_JOIN = re.compile(
    r"(?i)\b(?:which|who|that|to|qui|que|qu['’]|afin de|pour|dont|die|der|das|welche[rs]?|um)$"
)


# a verb of judgement whose object the fragment is, an adverb or a first object between: "The
# minister strongly condemned the attack and “…”", "a vivement salué « … »", "condenó …"
_JUDGES = re.compile(
    r"(?i)\b(?:condemned|denounced|deplored|welcomed|praised|hailed|critici[sz]ed|regretted|"
    r"rejected|condamné|dénoncé|déploré|salué|fustigé|regretté|critiqué|rejeté|"
    r"condamne|dénonce|déplore|salue|fustige|regrette|verurteilte|kritisierte|begrüßte|"
    r"bedauerte|lobte|verurteilt|kritisiert|condenó|denunció|deploró|saludó|criticó|rechazó|"
    r"lamentó|condena|denuncia|deplora|saluda|critica|rechaza|lamenta)\b"
)


# a verb of wishing or naming whose object the fragment is: "wished X and “…”", "She
# identified “…”", "a souhaité « … »", "wünschte dem Volk „…“"
_WISHES = re.compile(
    r"(?i)\b(?:wished|wishes|identified|identifies|listed|lists|a (?:également |aussi )?"
    r"souhaité|souhaite|a (?:également |aussi )?(?:identifié|énuméré)|identifie|énumère|"
    r"wünschte|wünscht|deseó|desea)\b"
)


# the subject of a sentence standing for the person named before
_SUBJECT_PRONOUN = re.compile(
    r"(?i)^\s*(?:he|she|the (?:foreign )?minister|il|elle|er|sie|él|ella|"
    r"(?:le|la) ministre|der minister|die ministerin|el ministro|la ministra)\b"
    r"|^\s*(?:The|Le|La|Das|Der|El)\s+(?:(?:newly[- ]elected|new|nouveau|nouvelle|neue)\s+)?"
    r"(?:Head of State|[Cc]hef de l['’]État|Staatsoberhaupt|[Jj]efe del? Estado|President|"
    r"Président|Präsident|Presidente)\s+(?!(?:of|de|du|des|der|del|von|elect)\b)[a-zéè]"
)


# a sentence given as the last person's view, not as its subject's: "According to the
# minister, …", "In his opinion, …", "Today, she continued, …", "Selon lui, …", "Ihm zufolge"
_VIEW_OPENING = re.compile(
    r"(?i)^\s*(?:[\w ]{0,25},\s*)?(?:according to (?:him|her|the (?:foreign )?minister)|"
    r"in (?:his|her) (?:view|opinion|words)|(?:he|she) (?:continued|went on|added|said)|"
    r"selon (?:lui|elle|(?:le|la) ministre)|à (?:son|ses) (?:avis|yeux)|"
    r"(?:ihm|ihr) zufolge|(?:nach )?(?:seiner|ihrer) (?:Ansicht|Meinung) nach)\s*,"
)


def said_in_fragment(
    paragraph: str,
    span: Quoted,
    before: str,
    offset: int,
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> Said | None:
    """Return the speaker of a fragment of their words that ends the writer's sentence about
    them: lower case after a word, in the first person or hung on a relative pronoun or
    "to" ("Minister X thanked the donors for the vaccines, which “have protected our
    people”."): the subject the sentence opens with."""
    lead = before.rstrip(" “”„\"«»‘’‚'")
    after = paragraph[span.end :].lstrip(' ”’"»)')
    if not (
        span.closed
        and span.text[:1].islower()
        and lead[-1:].isalpha()
        and after[:1] in (".", "!", "?", "")
        and len(span.text.split()) >= MIN_QUOTE_WORDS
        and (
            FIRST_PERSON.search(span.text)
            or _FRAGMENT_JOIN.search(lead)
            or _JUDGES.search(lead)
            or _WISHES.search(lead)
        )
    ):
        return None
    start = offset + len(before) - len(before.lstrip())
    # "He wished Prime Minister X “…”": X is the one wished well, not the subject
    wish = _WISHES.search(lead)
    end = offset + wish.start() if wish else start + 41
    opening = [
        m
        for m in mentions
        if m.name
        and start <= m.start <= start + 40
        and m.start < end
        and not is_possessive(paragraph, m)
    ]
    if opening:
        return Said(opening[0])
    if wish and last_person is not None and _named_after(mentions, end, last_person):
        return None  # "He wished Prime Minister X “…”": "he" is not X, the last one named
    pronoun = _SUBJECT_PRONOUN.match(before)
    if pronoun is None and last_person is not None and _VIEW_OPENING.match(before):
        return Said(last_person, _(PRONOUN_HOW))
    if pronoun is None or last_person is None:
        return None
    office = OFFICE_SAYS.search(pronoun.group(0).strip() + " ")
    if office is not None and office["office"].casefold() not in last_person.role.casefold():
        return None
    return Said(last_person, _(PRONOUN_HOW))


def _named_after(mentions: Sequence[Mention], end: int, person: Mention) -> bool:
    """Return whether a person is named after a paragraph's position `end` (the object of
    the verb there), by name, wherever the mention taken for them stands."""
    family = surname(person.name)
    return any(surname(m.name) == family for m in mentions if m.name and m.start >= end)
