"""Who a quotation's own sentence says spoke it: the attribution after it ("…,” said X"; "…», a
déclaré M. X"; "…,” she said"), before it ("X said:"; "Said the minister: “…"; "Pour X, « … »"),
or the subject of the writer's sentence a fragment of the speaker's words ends. "He", "she"
and an office ("the President has said") stand for the subject of the narration before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefer.i18n import N_, _
from briefer.importers.lexicon import FIRST_PERSON, SPEECH_VERBS_EN
from briefer.importers.mentions import Mention
from briefer.importers.names import surname
from briefer.importers.quotes import Quoted
from briefer.importers.sentences import (
    DASH,
    MIN_QUOTE_WORDS,
    SAID_VERB,
    SENTENCE_END,
    SUBJECT_WINDOW,
    WHOSE_VIEW,
    first_clause,
    is_possessive,
    last_clause,
    mentions_between,
)

# Verbs whose subject is the sentence's subject, not the nearest name: "X praised Y's
# commitment, saying “…”".
_PARTICIPLE = re.compile(
    r"\b(?:saying|adding|noting|stressing|emphasi[sz]ing|declaring|underlining|warning|"
    r"insisting|explaining|stating|concluding|affirmant|soulignant|déclarant|ajoutant|"
    r"und (?:sagte|betonte|erklärte|fügte hinzu))\b"
)


_PRONOUN = re.compile(
    r"(?i)^(?:he|she|er|sie|il|elle|the (?:foreign |defen[cs]e |prime )?minister|"
    r"the (?:secretary|spokesperson|chancellor|president)|die ministerin|der minister|"
    r"the (?:[a-z]+ )?premier|"  # "the Norland premier wrote": the prime minister named before
    r"die kanzlerin|der kanzler|le ministre|la ministre|a-t-il|a-t-elle|le président|"
    r"[a-zéèêîôûç]+(?:-t)?-(?:il|elle)|"  # an inverted verb: "souligne-t-elle", "poursuit-il"
    r"la présidente|"
    # "Poland’s top diplomat", "le chef de la diplomatie": the foreign minister named before
    r"(?:the )?(?:[a-zäöüé]+['’]s )?(?:top |chief )?diplomat|l[ea] chef(?:fe)? de la diplomatie|"
    r"(?:der |die )?chefdiplomat(?:in)?)\b"
)


# a nationality noun for the person named with it before: "« … », déclare le norlandais."
# ("le norlandais Paul Varo Meko"), "a ajouté la sénégalaise", "l'ivoirien"
_DEMONYM = re.compile(
    r"^(?:l[ea]\s+|l['’])[a-zéèêëîïôûç-]{3,}(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine|"
    r"ite|ole)\s*(?:[.;!]|$)"
)


# a quotation under a label, signed after a dash at the paragraph's end with no verb: "Quote:
# “…” – Ana Lo, Minister of Trade" (a teaser line "“…” – Lo" over the text is no statement)
_QUOTE_LABEL = re.compile(r"(?i)^\s*(?:quotes?|zitat|citation)\s?:")
_SIGNED_AFTER = re.compile(r"[\s.,]*[–—]\s*[A-ZÄÖÜÉ][^.!?“”„«»:;]{2,100}$")


_PRONOUN_BEFORE = re.compile(r"(?i)\b(?:he|she|er|sie|il|elle)\b")


_PRONOUN_SUBJECT = re.compile(r"^\s*(?:He|She|Er|Sie|Il|Elle)\s")


# an office as the subject right before the verb: "the President has said", "der Minister"
OFFICE_SAYS = re.compile(
    r"(?i)\b(?:the|der|die|le|la)\s+(?P<office>president|minister|secretary(?: of state)?|"
    r"chancellor|präsident(?:in)?|minister(?:in)?|kanzler(?:in)?|président(?:e)?|ministre)"
    r"\s+(?:has\s+|had\s+|hat\s+|a\s+)?(?:(?:also|later|further|then|again)\s+)?$"
)


# an office with no article as the subject before the verb, in the English of non-native
# writers: "As Minister said to his counterpart X: “…”", "Minister stressed: “…”"
_BARE_OFFICE_SAYS = re.compile(
    r"(?:^\s*|[,;]\s*|\b(?:[Aa]s|[Ww]hen|[Ww]hile|[Tt]hen|[Aa]nd|[Ss]o)\s+)"
    r"(?P<office>(?:(?:Prime|Foreign|Defen[cs]e)\s+)?(?:Minister|President|Secretary|Chancellor))"
    r"\s+(?:has\s+|had\s+)?(?:(?:also|later|further|then|again)\s+)?$"
)


# Spanish usage in English translations: "the Chancellor" (el Canciller), "the Secretary of
# State" stand for the foreign minister
FOREIGN_OFFICES = ("chancellor", "secretary of state")


FOREIGN_MINISTER = re.compile(r"(?i)\bforeign\b|\bforeign affairs\b|\bexternal\b|exterior")


DIPLOMAT = re.compile(
    r"(?i)\b(?:the (?:[a-zäöüé]+['’]s )?(?:top |chief )?diplomat|\w+['’]s (?:top|chief) diplomat|"
    r"chef(?:fe)? de la diplomatie|"
    r"chefdiplomat(?:in)?)\b"
)


def attribute(
    paragraph: str,
    spans: Sequence[Quoted],
    number: int,
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> tuple[Mention | None, str]:
    """Return who said quote `number` of a paragraph, from its own sentence (None if it
    does not say), and how they were inferred when a pronoun stands for them."""
    for attribution in (_said_after, _said_before):
        speaker = attribution(paragraph, spans, number, mentions, last_person)
        if speaker is not None:
            return speaker.mention, speaker.how
    return None, ""


@dataclass(frozen=True)
class _Said:
    mention: Mention
    how: str = ""


PRONOUN_HOW = N_("“he” or “she” taken as the last person named")


OFFICE_HOW = N_("the office that speaks taken as the person named with it before")


def _said_after(
    paragraph: str,
    spans: Sequence[Quoted],
    number: int,
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> _Said | None:
    """Return the speaker an attribution after the quote names ("…,” said X; "…», a
    déclaré M. X"; "…,” she said)."""
    span = spans[number]
    following = spans[number + 1].start if number + 1 < len(spans) else len(paragraph)
    after = first_clause(paragraph[span.end : following])
    if after.strip() == ".":
        after = _said_apart(paragraph[span.end : following])
    verb = SAID_VERB.search(after[:90])
    if verb is not None and _new_sentence(span, after, verb):
        verb = None  # “… region.” In response, Minister Y stated: Y's own quote follows
    signed = (
        number == len(spans) - 1
        and _QUOTE_LABEL.match(paragraph)
        and _SIGNED_AFTER.match(paragraph, span.end)
    )
    if verb is None and not (DASH.match(paragraph) and number == 0) and not signed:
        return None
    inside = mentions_between(mentions, span.end, span.end + len(after))
    if verb is not None and _PRONOUN.match(after.lstrip(" ,.")):
        # "…,” he said, adding that he met President X": the one named after is no speaker
        inside = [m for m in inside if m.start < span.end + verb.end() + 2]
    if inside and not is_possessive(paragraph, inside[0]):
        return _Said(inside[0])
    rest = after[verb.end() :].lstrip(" ,") if verb else after
    bare = verb is not None and not after[: verb.start()].strip(" ,–—-") and not rest.strip(" .!")
    if _PRONOUN.match(after.lstrip(" ,.")) or _PRONOUN.match(rest) or _DEMONYM.match(rest) or bare:
        # "…, she said."; "», a déclaré." with no subject: the subject of the narration before
        return _pronoun_said(paragraph, span.start, mentions, last_person)
    return None


# a sentence that only credits the quotation before it: "She said.", "Ambassador X said as
# he handed over the keys."; not "X said that …", which reports more
_SAID_APART = re.compile(
    rf"^\.\s+(?P<who>(?:\S+\s+){{0,4}}?)(?:{SPEECH_VERBS_EN})\b(?!\s+that\b)"
    r"(?P<rest>[^.!?]*)[.!?]?\s*$"
)


def _said_apart(text: str) -> str:
    """Return the full stop after a closing mark and the short sentence after it when that
    sentence only credits the quotation (“…”. She said.), else just the full stop."""
    clause = first_clause(text[1:])
    attribution = _SAID_APART.match("." + clause)
    if attribution is None or len(attribution["rest"].split()) > 8:
        return text[:1]
    return "." + clause


def _said_before(
    paragraph: str,
    spans: Sequence[Quoted],
    number: int,
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> _Said | None:
    """Return the speaker the words before the quote name ("X said:"; "Minister X stated,
    “…"; "sagte Außenministerin X: „…"; "X praised Y, saying “…")."""
    span = spans[number]
    preceding = spans[number - 1].end if number else 0
    before = last_clause(paragraph[preceding : span.start])
    offset = span.start - len(before)
    verbs = list(SAID_VERB.finditer(before))
    verb = verbs[-1] if verbs else None
    if (
        verb is not None
        and len(before[verb.end() :].split()) > 6
        and not (verb.group(0) == "told" and before.rstrip().endswith((",", ":")))
        and not _own_clause(paragraph, spans[number])
        and not _said_at_that(before[verb.end() :], spans[number])
    ):
        verb = None  # "stated that 2024 marks the anniversary of the “…”": a term in prose
    candidates = [
        m for m in mentions_between(mentions, offset, span.start) if not is_possessive(paragraph, m)
    ]
    author = _recalled_author(paragraph, before, offset, span.start, mentions)
    said = (
        _Said(author)
        if author
        else _said_inverted(paragraph, before, offset, candidates, mentions, last_person)
    )
    if said is not None:
        return said  # "He recalled President X's words: “…”": X's words; "Said X: “…"
    if verb is None:
        return _said_without_verb(
            paragraph, before, offset, candidates, mentions, last_person
        ) or _fragment(paragraph, span, before, offset, mentions, last_person)
    right_after = [m for m in candidates if 0 <= m.start - (offset + verb.end()) <= 2]
    if right_after and verb.group(0) != "told":  # "X told the President:": the President hears
        return _Said(right_after[0])  # "sagte Außenministerin X:", "a déclaré M. X :"
    earlier = [m for m in candidates if m.end <= offset + verb.start()]
    holder = _office_says(before[: verb.start()], last_person)
    if holder is not None:
        # "In a message to X, the President has said “…”": the office named before, not X
        return _Said(holder, _(OFFICE_HOW))
    if earlier:
        return _earlier_subject(paragraph, before, offset, verb, earlier, mentions, last_person)
    if _PRONOUN_BEFORE.search(before[: verb.start()][-40:]) or DIPLOMAT.search(
        before[: verb.start()]
    ):
        return _pronoun_said(paragraph, offset, mentions, last_person)
    return None


# the end of a credit whose verb stands further back: "a déclaré lors du forum de Brio tenu
# du 3 au 5 mai que, « … »", "said at the summit held in Brio on 3 May that “…”"
_THAT_BEFORE = re.compile(r"(?i)\b(?:que|qu['’]|that|dass)\s*[,:]?\s*$")
_THAT_WORD = re.compile(r"(?i)\b(?:que|qu['’]|that|dass)\b")


def _said_at_that(between: str, span: Quoted) -> bool:
    """Return whether the words between a verb of speech and a quotation are where and when
    it was said, ending in "that": the quotation of whole sentences is what was said."""
    text = span.text.rstrip(' ”’"»')
    return (
        len(between.split()) <= 20
        and _THAT_BEFORE.search(between) is not None
        and len(_THAT_WORD.findall(between)) == 1  # not "said that X … that “…”"
        and text[:1].isupper()
        and text.endswith((".", "!", "?"))
    )


# an attribution in the inverted order of the press, before the quotation: "Said the
# minister: “…", "Added Foreign Minister X, “…"
_INVERTED = re.compile(
    rf"^\s*(?=[A-Z])(?i:{SPEECH_VERBS_EN})\s+"
    r"(?P<who>[^.!?:;“”\"«»]{3,80}?)\s*[:,]\s*$"
)


# the French press's narrative infinitive: "Et d’ajouter :", "Et le ministre de conclure :"
_INFINITIVE_SAID = re.compile(
    r"(?i)^\s*et\s+(?:(?:le|la)\s+(?:ministre|président|présidente|chef de la diplomatie)\s+)?"
    r"d(?:e\s+|['’]\s*)(?:ajouter|conclure|poursuivre|préciser|souligner|insister|rappeler|"
    r"expliquer|lancer|affirmer|marteler|indiquer|renchérir|résumer)\s*[:,]\s*$"
)


def _said_inverted(
    paragraph: str,
    before: str,
    offset: int,
    candidates: Sequence[Mention],
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> _Said | None:
    """Return the speaker an inverted attribution names ("Said the minister: “…"): the
    person named right after the verb, or the one "the minister" stands for."""
    if _INFINITIVE_SAID.match(before):
        # "Et d’ajouter : « … »": the subject of the narration goes on
        return _pronoun_said(paragraph, offset, mentions, last_person)
    inverted = _INVERTED.match(before)
    if inverted is None or SAID_VERB.search(inverted["who"]) is not None:
        return None
    named = [m for m in candidates if m.start - offset < inverted.end("who") + 1]
    if named:
        return _Said(named[0])
    if _PRONOUN.match(inverted["who"]):
        return _pronoun_said(paragraph, offset, mentions, last_person)
    return None


# a circumstance before the sentence's subject: "During a visit with X, Al-Harbi said",
# "At a joint press briefing with X, the FM said", "Lors de sa visite avec X, Y a déclaré"
_CIRCUMSTANCE = re.compile(
    r"^\s*(?:During|At|In|On|After|Following|Before|While|Speaking|Addressing|Lors|Au cours|"
    r"Après|À l['’]issue|En marge|Pendant|Während|Bei|Nach|Im Rahmen)\b[^,]{3,160},\s*"
    r"(?P<subject>[^,]{1,60}?)\s*$"
)


def _earlier_subject(
    paragraph: str,
    before: str,
    offset: int,
    verb: re.Match[str],
    earlier: Sequence[Mention],
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> _Said | None:
    """Return the speaker among the people named before the speech verb: the subject of the
    sentence, not one named in a participle's clause or in a circumstance before it."""
    participle = _PARTICIPLE.search(before, verb.start())
    if participle and _PRONOUN_SUBJECT.match(before):
        # "He stated that A, B and C …; adding: “…”": he adds, not A
        return _pronoun_said(paragraph, offset, mentions, last_person)
    circumstance = _CIRCUMSTANCE.match(before[: verb.start()])
    if circumstance is not None and all(
        m.end <= offset + circumstance.start("subject") for m in earlier
    ):
        # "During a visit with X, Al-Harbi said": X is the other side; a name no pass knew
        # speaks, or the one "he" stands for
        if _PRONOUN_BEFORE.fullmatch(circumstance["subject"]) and last_person is not None:
            return _Said(last_person, _(PRONOUN_HOW))
        return None
    return _Said(earlier[0] if participle else earlier[-1])


# words a speaker recalls or quotes, and their author: "recalled President X's words at the
# summit: “…”", "a rappelé les propos du président X :", "erinnerte an die Worte von X:"
_RECALLS = re.compile(
    r"(?i)\b(?:recall(?:ed|s|ing)|quot(?:ed|es|ing)|cit(?:ed|es|ing)|repeat(?:ed|ing)|"
    r"a (?:rappelé|cité|repris)|rappel(?:le|ant)|cit(?:e|ant)|zitierte?|erinnerte an|"
    r"erinnert an)\b"
)


_WORDS = r"(?:words|remarks|statement|speech|message|appeal|call|propos|paroles|mots|"


_WORDS += r"déclaration|message|appel|Worte|Äußerung|Rede|Aufruf)"


_WORDS_AFTER = re.compile(rf"^['’]s\s+(?:own\s+|famous\s+|recent\s+)?{_WORDS}\b")


_WORDS_BEFORE = re.compile(
    rf"(?i){_WORDS}\s+(?:of|de|du|des|d['’]|von|des|der)\s*(?:(?:the|le|la|l['’]|dem|der)\s+)?$"
)


def _recalled_author(
    paragraph: str, before: str, offset: int, end: int, mentions: Sequence[Mention]
) -> Mention | None:
    """Return the author of words the subject recalls or quotes, when the clause before the
    quote names them as such ("He recalled President X's words: “…”"), else None."""
    recalls = _RECALLS.search(before)
    if recalls is None:
        return None
    after = offset + recalls.end()
    for mention in mentions:
        if not (after <= mention.start < end and mention.name):
            continue
        if _WORDS_AFTER.match(paragraph[mention.end :]) or _WORDS_BEFORE.search(
            paragraph[after : mention.start]
        ):
            return mention
    return None


# a quoted clause in the speaker's first person: "… and that it is right that “we welcome …”"
_OWN_OPENING = re.compile(r"(?i)^\W*(?:I|we|my|our|ich|wir|je|j['’]|nous)\b")


def _own_clause(paragraph: str, span: Quoted) -> bool:
    """Return whether a quote ending a reported sentence is the speaker's words, not a term in
    prose: it opens with a pronoun of the first person and ends the sentence."""
    if not _OWN_OPENING.match(span.text):
        return False
    after = paragraph[span.end :].lstrip(' ”“"»')
    return span.text.rstrip()[-1:] in ".!?" or after[:1] in (".", "!", "?", "")


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


# the subject of a sentence standing for the person named before
_SUBJECT_PRONOUN = re.compile(
    r"(?i)^\s*(?:he|she|the (?:foreign )?minister|il|elle|er|sie|él|ella|"
    r"(?:le|la) ministre|der minister|die ministerin|el ministro|la ministra)\b"
    r"|^\s*(?:The|Le|La|Das|Der|El)\s+(?:(?:newly[- ]elected|new|nouveau|nouvelle|neue)\s+)?"
    r"(?:Head of State|[Cc]hef de l['’]État|Staatsoberhaupt|[Jj]efe del? Estado|President|"
    r"Président|Präsident|Presidente)\s+(?!(?:of|de|du|des|der|del|von|elect)\b)[a-zéè]"
)


# an epithet of the head of state as the subject of a sentence: "The Head of State also
# greeted X", "The newly elected President observed", "Le chef de l'État a salué"
HEAD_OF_STATE = re.compile(
    r"(?:^|[.!?]\s+)(?P<epithet>(?:The|Le|La|Das|Der|El)\s+(?:(?:newly[- ]elected|new|nouveau|"
    r"nouvelle|neue)\s+)?(?:Head of State|[Cc]hef de l['’]État|Staatsoberhaupt|"
    r"[Jj]efe del? Estado|President|Président|Präsident|Presidente))\s+"
    r"(?!(?:of|de|du|des|der|del|von|elect)\b)(?=[a-zéè])"
)


# a sentence given as the last person's view, not as its subject's: "According to the
# minister, …", "In his opinion, …", "Today, she continued, …", "Selon lui, …", "Ihm zufolge"
_VIEW_OPENING = re.compile(
    r"(?i)^\s*(?:[\w ]{0,25},\s*)?(?:according to (?:him|her|the (?:foreign )?minister)|"
    r"in (?:his|her) (?:view|opinion|words)|(?:he|she) (?:continued|went on|added|said)|"
    r"selon (?:lui|elle|(?:le|la) ministre)|à (?:son|ses) (?:avis|yeux)|"
    r"(?:ihm|ihr) zufolge|(?:nach )?(?:seiner|ihrer) (?:Ansicht|Meinung) nach)\s*,"
)


def _fragment(
    paragraph: str,
    span: Quoted,
    before: str,
    offset: int,
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> _Said | None:
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
        and (FIRST_PERSON.search(span.text) or _FRAGMENT_JOIN.search(lead) or _JUDGES.search(lead))
    ):
        return None
    start = offset + len(before) - len(before.lstrip())
    opening = [
        m
        for m in mentions
        if m.name and start <= m.start <= start + 40 and not is_possessive(paragraph, m)
    ]
    if opening:
        return _Said(opening[0])
    pronoun = _SUBJECT_PRONOUN.match(before)
    if pronoun is None and last_person is not None and _VIEW_OPENING.match(before):
        return _Said(last_person, _(PRONOUN_HOW))
    if pronoun is None or last_person is None:
        return None
    office = OFFICE_SAYS.search(pronoun.group(0).strip() + " ")
    if office is not None and office["office"].casefold() not in last_person.role.casefold():
        return None
    return _Said(last_person, _(PRONOUN_HOW))


def _said_without_verb(
    paragraph: str,
    before: str,
    offset: int,
    candidates: Sequence[Mention],
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> _Said | None:
    """Return the speaker of a quote with no speech verb before it: "Pour X, « … »", or a
    clause that ends in a colon ("Minister X: “…"; "bedankte sie sich für die Geste: „…“")."""
    view = _view_of(before, offset, candidates)
    if view is not None:
        return _Said(view)
    if not before.rstrip().endswith(":"):
        return None
    if _OWN_WORDS.match(before):
        # "Ihr Fazit: „…“", "His message to the students: “…”", "Son constat : « … »"
        return possessive_credit(before, paragraph, offset, mentions, last_person)
    verbs = list(SAID_VERB.finditer(before))
    lead = offset + len(before) - len(before.lstrip())
    subjects = [
        m
        for m in candidates
        if (verbs and m.end <= offset + verbs[-1].start()) or m.start <= lead + 1
    ]
    if subjects:
        # "X betont die Bedeutung des Austauschs mit dem Bundespräsidenten: „…“": the clause's
        # subject speaks, not the one spoken of at the end of it
        return _Said(subjects[-1] if verbs else subjects[0])
    if candidates:
        return _Said(candidates[-1])
    if _PRONOUN_BEFORE.search(before):
        return _pronoun_said(paragraph, offset, mentions, last_person)
    return None


# a possessive and a noun of saying or concluding, a colon before the quotation and no verb:
# "Ihr Fazit:", "Sein Appell an die Jugend:", "Her message to the students:", "His verdict
# after the debate:", "Son constat :", "Sa conclusion :", "Su conclusión:"
_SAYING_NOUNS = (
    r"message|verdict|conclusion|appeal|call|advice|assessment|view|take|promise|pledge|"
    r"warning|plea|answer|reply|response|motto|credo|summary|bottom line|words|comment|"
    r"reaction|wish|hope|demand|thanks|vision|impression|message|lesson|"
    r"Fazit|Appell|Botschaft|Bilanz|Resümee|Urteil|Forderung|Credo|Motto|Antwort|Rat|Wunsch|"
    r"Hoffnung|Mahnung|Warnung|Versprechen|Einschätzung|Schlussfolgerung|Aufruf|Plädoyer|"
    r"Kommentar|Reaktion|Dank|Worte|Devise|Anliegen|Eindruck|Lehre|Antwort|"
    r"constat|conclusion|appel|bilan|credo|verdict|conseil|souhait|espoir|avertissement|"
    r"mot d['’]ordre|réponse|réaction|analyse|plaidoyer|promesse|vœu|leitmotiv|devise|"
    r"impression|leçon|"
    r"conclusión|mensaje|llamamiento|llamado|balance|valoración|advertencia|respuesta|"
    r"reacción|consejo|deseo|promesa|lema|impresión|veredicto|lección"
)
_OWN_WORDS = re.compile(
    r"(?i)^\s*(?:[\w ]{0,30},\s*)?(?P<own>her|his|ihre?|seine?|son|sa|su)\s+"
    r"(?:[\wäöüéèêà-]+\s+)?"  # "Sein klares Fazit", "Her final message", "Son dernier mot"
    rf"(?:{_SAYING_NOUNS})\b[^.!?:;“”„«»\"]{{0,80}}:\s*$"
)
_OWNER_GENDER = {"her": "f", "his": "m", "sein": "m", "seine": "m"}


def possessive_credit(
    clause: str,
    paragraph: str,
    position: int,
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> _Said | None:
    """Return whom the possessive of a verbless credit points to when `clause`, at
    `position` in the paragraph, is one ("Ihr Fazit:", "Her message to the students:"),
    else None."""
    own = _OWN_WORDS.match(clause)
    if own is None:
        return None
    gender = _OWNER_GENDER.get(own["own"].casefold())
    return _possessor(paragraph, position, mentions, last_person, gender)


def _possessor(
    paragraph: str,
    position: int,
    mentions: Sequence[Mention],
    last_person: Mention | None,
    gender: str | None,
) -> _Said | None:
    """Return whom a possessive before a quotation points to ("Ana Lo besuchte Kiel. Sie
    traf auch Bürgermeister Jan Ost. Ihr Fazit: „…“": Lo): the named subject of the last
    sentence before it that does not open with "he" or "she", whether it stands first or
    after the verb ("An diesem Tag war die Präsidentin, Ana Lo, in Kiel."); else the
    subject of the narration before the paragraph. A person the possessive's gender does
    not fit is passed over."""
    window = max(0, position - SUBJECT_WINDOW)
    ends = [window, *(e.end() for e in SENTENCE_END.finditer(paragraph, window, position))]
    for start, end in zip(reversed(ends), [position, *reversed(ends[1:])], strict=True):
        sentence = paragraph[start:end]
        named = [
            m
            for m in mentions_between(mentions, start, end)
            if m.name and not is_possessive(paragraph, m) and not _no_subject(paragraph, m)
        ]
        if _PRONOUN_SUBJECT.match(sentence) or not named:
            continue  # "Sie traf auch Bürgermeister X.": she goes on, X is her object
        fitting = [m for m in named if gender is None or _gender(m) in ("", gender)]
        return _Said(fitting[0], _(PRONOUN_HOW)) if fitting else None
    if last_person is None or (gender is not None and _gender(last_person) not in ("", gender)):
        return None
    return _Said(last_person, _(PRONOUN_HOW))


def _gender(who: Mention) -> str:
    """Return "f" or "m" when the role says so ("Präsidentin", "Speaker"), else ""."""
    return "f" if _WOMAN_ROLE.search(who.role) else ""


def _office_says(before_verb: str, last_person: Mention | None) -> Mention | None:
    """Return who speaks when the subject right before the verb is an office ("the
    President has said") that the last person named holds."""
    office = OFFICE_SAYS.search(before_verb) or _BARE_OFFICE_SAYS.search(before_verb)
    if office is None or last_person is None:
        return None
    held = office["office"].casefold()
    if held in last_person.role.casefold():
        return last_person
    foreign = held in FOREIGN_OFFICES and FOREIGN_MINISTER.search(last_person.role)
    return last_person if foreign else None


def _view_of(before: str, offset: int, candidates: Sequence[Mention]) -> Mention | None:
    """Return whose view a quote gives when the words before it are only "Pour X," or "Für
    X"."""
    if not candidates or not WHOSE_VIEW.match(before):
        return None
    view = candidates[0]
    return view if not before[view.end - offset :].strip(" ,") else None


def _new_sentence(span: Quoted, after: str, verb: re.Match[str]) -> bool:
    """Return whether the words after a quote that ends its sentence begin another one,
    unless they are just "Name said"."""
    if not span.text.rstrip().endswith((".", "!", "?")) or _BACK.match(after[verb.end() :]):
        return False  # "… peoples.” Minister X claimed this after …": it points back
    words = after.split()
    return bool(words) and words[0][:1].isupper() and len(after[: verb.start()].split()) > 3


# the next sentence's verb takes the quotation as its object: "X claimed this", "said so"
_BACK = re.compile(r"(?i)\s+(?:this|these words|so|dies|cela|ceci)\b")


# a person named inside a that-clause or as the one whose government or success is spoken
# of: "She noted that the Prime Minister, X, had …", "the reforms of the government of
# President X", "congratulated X on …" — no new subject for "he" or "she"
_THAT_CLAUSE = re.compile(r"(?i)\b(?:that|dass|que|qu['’])\s")


_NOT_SUBJECT_BEFORE = re.compile(
    r"(?i)(?:\b(?:government|administration|gouvernement|regierung) (?:of|de|du|von|des)|"
    r"\bcongratulat\w+|\bfélicit\w+|\bgratulierte?)\s+(?:(?:the|le|la|l['’]|dem|der)\s+)?"
    r"(?:(?:[A-Z][\w-]+\s+){0,3})?$"
)


# the other side named in a circumstance that opens the sentence: "During a visit with X,"
_IN_CIRCUMSTANCE = re.compile(
    r"^\s*(?:During|At|In|On|After|Following|Before|While|Lors|Au cours|Après|En marge|"
    r"Pendant|Während|Bei|Nach)\b[^,.;]{0,120}\b(?:with|to|of|by|avec|auprès|de|du|mit|von)"
    r"\s+(?:[\w.’'-]+\s+){0,5}$"
)


def _no_subject(paragraph: str, mention: Mention) -> bool:
    """Return whether a mention stands where no sentence subject does: inside a that-clause,
    after "government of", "congratulated", or in a circumstance before the subject."""
    before = last_clause(paragraph[max(0, mention.start - 300) : mention.start])
    return bool(
        _THAT_CLAUSE.search(before)
        or _NOT_SUBJECT_BEFORE.search(before)
        or _IN_CIRCUMSTANCE.match(before)
    )


def _pronoun_said(
    paragraph: str, position: int, mentions: Sequence[Mention], last_person: Mention | None
) -> _Said | None:
    """Return the speaker "he", "she" or a subjectless verb stands for at position: the
    subject of the narration before it, else the last person named."""
    subject = subject_before(paragraph, position, mentions) or last_person
    return _Said(subject, _(PRONOUN_HOW)) if subject else None


def subject_before(paragraph: str, position: int, mentions: Sequence[Mention]) -> Mention | None:
    """Return who "he" or "she" stands for at position: the subject of the last sentence
    before it that names one ("Minister X met her counterpart Y. “…,” she said": X), passing
    over sentences whose people stand in a that-clause or a circumstance. A person named in a
    possessive ("he praised President Y’s government") is no subject: the pronoun keeps the
    antecedent it had. Only the text just before is read, so that a paragraph of thousands of
    quotations costs each the same."""
    window = max(0, position - SUBJECT_WINDOW)
    named = [
        m
        for m in mentions_between(mentions, window, position + 1)
        if m.end <= position and (m.name or m.is_spokesperson) and not is_possessive(paragraph, m)
    ]
    ends = [e.end() for e in SENTENCE_END.finditer(paragraph, window, position)]
    for _sentence in range(_SUBJECT_SENTENCES):
        if not named:
            break
        before = bisect.bisect_right(ends, named[-1].start)
        start = ends[before - 1] if before else window
        sentence = [m for m in named if m.start >= start]
        opening = paragraph[start : sentence[0].start] if sentence else ""
        subject = next((m for m in sentence if not _no_subject(paragraph, m)), None)
        if subject is not None and not _PRONOUN_OPENS.match(opening):
            return subject
        named = named[: len(named) - len(sentence)]
    return None


# a sentence whose subject is "he" or "she", first or after the verb: "She also met Mayor
# X.", "Later, he met X.", "Dort traf sie X.", "Ensuite, elle a rencontré X.": the one
# named in it is no subject; the pronoun's antecedent goes on
_PRONOUN_OPENS = re.compile(
    r"^[\s”»\"’']*(?:(?:He|She|Er|Sie|Il|Elle)\s|"
    r"[A-ZÄÖÜÉ][\wäöüßéè]*,?\s+(?:[a-zäöüßéè]+\s+)?(?:he|she|er|sie|il|elle)\s)"
)


_SUBJECT_SENTENCES = 4  # sentences that name someone, walked back through at most


# the gender a credit's pronoun gives its speaker: "she said", "elle a ajouté", "sagte sie"
_SHE = re.compile(r"(?i)\b(?:she|her|elle|sie|ella)\b")
_HE = re.compile(r"(?i)\b(?:he|his|him|il|er|él)\b")
# what says a person is a woman or a man where the text names them: an honorific before the
# name, a gendered role ("Ministerin", "ambassadrice", "ministra"), a possessive of theirs
_WOMAN_BEFORE = re.compile(r"(?:\b(?:Ms|Mrs|Mme|Madame|Madam|Frau|Sra|Señora|Dame|Lady)\.?)\s+$")
_MAN_BEFORE = re.compile(r"(?:\b(?:Mr|Monsieur|Herr|Sr|Señor|Sir)\.?|\bM\.)\s+$")
_WOMAN_ROLE = re.compile(
    r"(?i)\b(?:\w+(?:erin|entin|torin|ärin)|ministra|presidenta|embajadora|secretaria|"
    r"ambassadrice|présidente|directrice|déléguée|chairwoman|spokeswoman|congresswoman)\b"
)
# a possessive that tells its owner's gender ("her", "ihre"; not the French "sa", "ses")
_OWN_WORD = re.compile(
    r"(?i)\b(?P<she>her(?!\s+(?:to|for|and|at|on|in|with|as|that|by|from)\b)(?=\s+\w)|"
    r"ihre[mnrs]?)\b|\b(?P<he>his|sein(?:e[mnrs]?)?)\b"
)


def pronoun_gender(credit: str) -> str:
    """Return "f" or "m" for the pronoun a credit uses ("“…,” she said"), else ""."""
    she, he = _SHE.search(credit), _HE.search(credit)
    if she and not he:
        return "f"
    if he and not she:
        return "m"
    return ""


def genders_in(paragraphs: Sequence[str], mentions: Sequence[Sequence[Mention]]) -> dict[str, str]:
    """Return "f" or "m" for each family name the text says it of (an honorific or a gendered
    role with the name, or "her"/"his" right after it with no one else between), read in one
    pass over the release's mentions."""
    sure: dict[str, str] = {}  # an honorific or a role: the first one the text gives
    said: dict[str, str] = {}  # a possessive of theirs, weaker
    for paragraph, named in zip(paragraphs, mentions, strict=True):
        for index, mention in enumerate(named):
            family = surname(mention.name) if mention.name else ""
            if not family or family in sure:
                continue
            # the words before the name, and the honorific the mention holds ("M. Kell")
            lead = paragraph[max(0, mention.start - 20) : mention.start]
            lead += paragraph[mention.start : mention.end].rsplit(" ", 1)[0] + " "
            if _WOMAN_BEFORE.search(lead) or _WOMAN_ROLE.search(mention.role):
                sure[family] = "f"
            elif _MAN_BEFORE.search(lead):
                sure[family] = "m"
            elif family not in said:
                upto = named[index + 1].start if index + 1 < len(named) else len(paragraph)
                clause = first_clause(paragraph[mention.end : min(upto, mention.end + 120)])
                own = _OWN_WORD.search(clause)
                if own:
                    said[family] = "f" if own["she"] else "m"
    return {**said, **sure}


def gender_of(who: Mention, genders: dict[str, str]) -> str:
    """Return "f" or "m" when the person's role or the text says so, else ""."""
    if _WOMAN_ROLE.search(who.role):
        return "f"
    return genders.get(surname(who.name), "") if who.name else ""
