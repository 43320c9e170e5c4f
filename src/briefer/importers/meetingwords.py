"""The word of a sentence that tells of a meeting of its people, passing over the phrases that
only look like one: an event held, a speech at a session, others' talks in someone's words.
"""

from __future__ import annotations

import functools
import re

from briefer.importers.meetingphrases import MEETING


@functools.lru_cache(maxsize=32768)  # asked of each sentence by several passes
def meeting_word(sentence: str) -> re.Match[str] | None:
    """Return the first word of a sentence that names a meeting of its people, passing over
    those that name none: a reception "held" or a gathering "hosted", remarks "spoken at"
    an event or "addressing a meeting", talks others "had held" in what someone said, a
    matter "being discussed with" others, "in Council meetings", a dialogue to "carry on"."""
    for match in MEETING.finditer(sentence):
        before = sentence[: match.start()]
        word = match.group(0).lower()
        if not any(
            any(part in word for part in words) and pattern.search(before)
            for words, pattern in _NO_MEETING_BEFORE
        ) and not (
            (word in ("spoke", "speaks") and _SPOKE_AT.match(sentence, match.end()))
            or _AUDIENCE.match(sentence, match.end())
            or (
                _STAFF_WORD.search(sentence, match.end(), match.end() + 90)
                and _OWN_STAFF.match(sentence, match.end())
            )
            or (
                _TALKS_NOUN.fullmatch(match.group(0))
                and _FRONTED.match(before)
                and MEETING.search(sentence, match.end() + 1)
            )
            or (
                (word in _EVENT_NOUNS or (word == "held" and before.rstrip().endswith(",")))
                and _OPENED_BY.match(sentence, match.end())
            )
            or _quoted_others(sentence, match.start())
            or (word in ("traf", "trafen") and _SEPARATED.match(sentence, match.end()))
        ):
            return match
    return None


# a German separable verb, not "treffen" (met): "traf am Montag in Norland ein" (arrived),
# "traf in Brio auf Vertreter der Opposition" (came upon); "traf … zusammen" and "traf X auf
# dem Gipfel" are meetings
_SEPARATED = re.compile(
    r"(?i)[^.;:,]{0,120}?\s(?:ein|auf)\b\s*(?:[.;:,!)]|$|(?:und|wo)\b)|"
    # "auf" before what was come upon, not before a place in the dative ("auf dem Gipfel")
    r"(?:\s+[^.;:,\s]+){0,6}?\s+auf\s+(?!(?:der|dem|einer|einem|diese[rm]|seine[rm]|ihre[rm])\b)"
)


# a body's meeting opened by one person is an event they opened with a speech, not talks
# (nor is it "held" in a participle after a comma): "The meeting, held in hybrid form, was
# opened by Director-General X", "La réunion a été
# ouverte par le Secrétaire général", "Die Sitzung wurde von X eröffnet"
_EVENT_NOUNS = frozenset(("meeting", "meetings", "summit", "réunion", "treffen"))
_OPENED_BY = re.compile(
    r"(?i)[^.;]{0,80}?\b(?:(?:was|were|has been|had been) (?:\w+ )?opened by|"
    r"(?:a|ont) été (?:\w+ )?ouverte?s? par|(?:wurde|wurden) (?:[^.;]{0,60}?\s)?von "
    r"[^.;]{0,80}?eröffnet|fue (?:\w+ )?inaugurada por)\s+(?!(?:the )?(?:two|both)\b)"
)


# what is held at an event is the event: "a reception that the embassy held", "a yearly
# gathering hosted by"
_EVENT_HELD = re.compile(
    r"(?i)\b(?:reception|gathering|banquet|luncheon|ceremony|celebration|iftar|party|concert|"
    r"exhibition|festival|gala|empfang|feier|réception|cérémonie)\b(?:\s+(?:that|which))?"
    r"[^.;,]{0,40}$"
)
_NO_MEETING_BEFORE: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("held", "hold", "hosted", "hosts"), _EVENT_HELD),
    # the occasion of someone's words, told by a participle: "She said so at the 9th Meeting
    # of the Regional Council, held in Brio on 4 May", "… during the forum, which was held …"
    (
        ("held", "hosted"),
        re.compile(
            r"(?i)\b(?:(?:said|spoke|stated|declared|remarks|speech|address|so|this|these) "
            r"(?:[\w'’-]+ ){0,3}?(?:at|during|to|before)|address(?:ed|ing|es)) "
            r"(?:the|a|an|its|this) [^.;,]{3,100},"
            r"(?:\s*(?:which|that) (?:was|were))?\s*$"
        ),
    ),
    # someone's speech at a session: "Addressing a meeting of the Assembly's board, …"
    (
        ("meeting", "summit", "réunion", "consultation", "talks", "treffen"),
        re.compile(
            # "speaking yesterday at the …", "in his remarks on Monday at the …"
            r"(?i)\b(?:(?:address(?:ing|ed|es)?|(?:speaking|spoke)(?: (?:today|yesterday|"
            r"(?:on )?\w+day|this \w+))? (?:at|to|before)|"
            r"in (?:his|her|a) (?:address|speech|remarks)(?: (?:today|yesterday|(?:on )?\w+day|"
            r"this \w+))? (?:to|at))\s+(?:a|an|the)"
            # at its opening: "Speaking at the opening of the 12th Council Meeting, …"
            r"(?:\s+(?:official |formal )?(?:opening|closing|launch|start|end)"
            r"(?: session| ceremony)? of (?:a|an|the|this|its))?|"
            # words said at its opening: "X said yesterday at the opening of the 12th Council
            # Meeting that …"
            r"(?:said|stated|declared|stressed|underlined|noted)(?: (?:today|yesterday|"
            r"(?:on )?\w+day|this \w+))? (?:at|during) (?:a|an|the)\s+(?:official |formal )?"
            r"(?:opening|closing)(?: session| ceremony)? of (?:a|an|the|this|its)|"
            # a speech given there: "gave a speech at the 12th Meeting of …", "delivered the
            # keynote address to the summit"
            r"(?:gave|gives|give|delivered|delivers|deliver|made|presented) (?:a|an|the|his|her|"
            r"their) (?:[\w-]+ ){0,2}?(?:speech|address|remarks|statement|presentation|lecture)"
            r"(?: (?:today|yesterday|(?:on )?\w+day|this \w+))? (?:at|to|before|during)\s+"
            r"(?:a|an|the)|"
            # "s'adressant à la réunion", "dans son discours devant la réunion", "a prononcé un
            # discours lors de la réunion"
            r"(?:s['’]adressant|(?:dans|lors de) (?:son|un) (?:discours|allocution)) (?:à|devant) "
            r"(?:la|le|l['’]|une?)|"
            r"(?:a|ont) (?:\w+ )?prononcé (?:un|une|son|sa|leur) (?:discours|allocution|"
            r"intervention) (?:lors d[eu]|à|au|devant|pendant) (?:la|le|l['’]|une?)?|"
            # "in seiner Rede beim Ministertreffen", "hielt eine Rede beim Treffen"
            r"(?:in (?:seiner|ihrer|einer)|hielt (?:eine|seine|ihre|die)) rede "
            r"(?:beim|vor dem|auf dem|bei dem))\s*"
            r"(?:(?:[\w'’-]+|\d+\.)\s+){0,4}$"  # "beim 12. Treffen"
        ),
    ),
    # others' talks told in someone's words: "He said the ministers of A and B had met"
    (
        ("met", "held", "talk", "meeting", "spoke", "hosted", "call"),
        re.compile(
            r"(?i)\b(?:said|says|told [^.;]{0,40}?|noted|recalled|added)\b(?:\s+that)?\s+"
            # not the speaker's own talks: "he said he had met X"
            r"(?!(?:he|she|they|we|i|the two|both)\b)[^.;\"“”]{0,120}?"
            r"\b(?:had|have|has) (?:(?:also|already|recently|just|not) )?$"
        ),
    ),
    # others' talks in the words of the one the release quotes: "He said that on the margins
    # President X held talks with Y", "According to the minister, X met Y"
    (
        ("met", "held", "talk", "meeting", "summit"),
        re.compile(
            r"(?i)(?:^(?:he|she|they) (?:also |further )?(?:said|says|noted|added|"
            r"explained|pointed out)(?: that)?|^according to (?:him|her|them|the \w+),)\s+"
            r"(?!(?:he|she|they|we|i|the two|both)\b)[^.;\"“”]{0,120}?$"
        ),
    ),
    # a summit or meeting someone speaks about: "X said on Monday that the summit in Brio had
    # been a success"
    (
        ("meeting", "summit"),
        re.compile(
            r"(?i)^(?:[^.;,\"“”]{0,60}?\s)?(?:said|says|noted|added|explained|"
            r"told (?:reporters|journalists|the press))(?: (?:on |last )?\w+day| today|"
            r" yesterday)?(?: that)? (?:the|this|last week's|this week's) (?:[\w-]+ ){0,3}?$"
        ),
    ),
    # a meeting as a purpose or a proposal, not one held: "un mécanisme permettant de
    # rencontrer les pays riverains", "proposed a meeting of the ministers", "prône une
    # réunion régionale"; or one someone spoke at, recalled in passing: "contradicting what X
    # said in a meeting with Y"
    (
        ("meet", "rencontr", "réunion", "talks", "treffen", "consultation", "summit"),
        re.compile(
            r"(?i)(?:\b(?:permettant d[e'’]|afin d[e'’]|visant à|en vue d[e'’]|to allow|"
            r"to enable|so as to|in order to|um\b[^.,;]{0,60})\s*(?:\w+\s+){0,1}|"
            r"\b(?:propos\w*|suggest\w*|encourag\w*|prôn\w*|call(?:s|ed)? for|appel\w* à|"
            r"plaid\w* pour|schl(?:ä|a)g\w* (?:\w+ )?vor|urg\w*)\s+(?:(?:a|an|the|une?|la|"
            r"le|la tenue d['’]une?|ein\w*)\s+)?(?:[\w-]+\s+){0,2}|"
            r"\b(?:said|stated|told \w+|promised|pledged|agreed|declared|committed)\s+"
            r"(?:(?:in|at|during)\s+(?:a|an|the|their|his|her)\s+)(?:[\w-]+\s+){0,1})$"
        ),
    ),
    # a matter still being discussed: "the question is still being discussed with X"
    (
        ("discussed with", "has discussed", "have discussed", "had discussed"),
        re.compile(r"(?i)\b(?:being|been|is|are|was|were)\s+(?:still\s+)?$"),
    ),
    # a meeting mentioned in passing, not told: "made known to the staff at a recent meeting"
    (
        ("meeting", "réunion", "sitzung"),
        re.compile(
            r"(?i)\b(?:at|in|during|lors d['’]|bei) (?:a|an|une|einer) (?:recent|"
            r"previous|earlier|past|regular|weekly|monthly|staff|internal|récente|kürzlichen)\s+$"
        ),
    ),
    # a third party's words in a clause: "the remarks of X, where he talked of sanctions"
    (
        ("talked", "spoke", "speaks"),
        re.compile(
            r"(?i)\b(?:where|in which|when|wherein) (?:he|she|they|it) (?:(?:also|reportedly|"
            r"allegedly|openly|publicly|had|has|have) )?$"
        ),
    ),
    # habitual: "as the two share a table in Council meetings"
    (("meetings",), re.compile(r"\bin (?:[A-Z][\w-]+ ){1,2}$")),
    # an intention: "wants to carry on the strategic dialogue on the ports"
    (
        ("strategic", "political", "security", "bilateral", "ministerial"),
        re.compile(
            r"(?i)\b(?:carry on|continue|continuing|pursue|pursuing|deepen|strengthen|develop|"
            r"advance|intensify|resume|maintain|keep up)\s+(?:(?:the|our|its|their|this|a)\s+)?$"
        ),
    ),
)


def _quoted_others(sentence: str, start: int) -> bool:
    """Return whether a meeting word stands inside someone's quoted words, closed and
    attributed in the sentence, that do not tell of the speaker's own meeting: "“The talks
    between our two neighbours went well,” he said" (not "“We held good talks,” he said", nor a
    spokesman's whole statement quoted, which is the release's report)."""
    before = sentence[:start]
    opened = _quotation_open(before)
    attributed = _ATTRIBUTED.search(sentence, start)
    if attributed is None:
        return False
    if opened < 0:
        # the tail of a quotation opened in a sentence before: "… The phone call between A
        # and B helped,” the minister said"
        if sentence[attributed.start()] not in "”»" or any(m in before for m in '“«„"'):
            return False
        opened = 0
    return not _FIRST_PERSON.search(before[opened:])


def quoted_others_meeting(paragraph: str, sentence: str) -> bool:
    """Return whether a meeting sentence stands inside someone's quotation opened before it
    in its paragraph and tells of others' meeting, not the speaker's own ("“Ministerial
    engagement is key. Just this week, Secretary X met a Japanese company in Osaka …")."""
    start = paragraph.find(sentence)
    return (
        start > 0 and _quotation_open(paragraph[:start]) >= 0 and not _FIRST_PERSON.search(sentence)
    )


# quoted words closed and attributed: "…,” the minister said", "…», a-t-il dit"
_ATTRIBUTED = re.compile(
    r"""[”»“"]\s*[,–—-]?\s*(?:[\w'’.-]+\s+){0,6}?(?:said|says|added|stated|noted|told|"""
    r"""sagte|erklärte|betonte|a-t-il|a-t-elle|a (?:\w+ )?(?:dit|déclaré|ajouté))\b"""
)


def _quotation_open(before: str) -> int:
    """Return where the quotation still open at the end of before opens, or -1."""
    german = before.rfind("„")
    if german >= 0 and "“" not in before[german:]:
        return german
    french = before.rfind("«")
    if french >= 0 and "»" not in before[french:]:
        return french
    english = before.rfind("“")
    if english > german and "”" not in before[english:]:
        return english
    return before.rfind('"') if before.count('"') % 2 else -1


# the speaker's own part in quoted words: "“We met", "« J'ai rencontré", "„Wir haben"
_FIRST_PERSON = re.compile(r"(?i)\b(?:I|we|us|me|je|j['’]|nous|ich|wir|uns)\b")
# an audience met is no counterpart: "met with a group of visiting foreign reporters"
_AUDIENCE = re.compile(
    # "traf sich am Montag in Brio mit Journalisten": a day and a place may come first
    r"(?i)\s+(?:sich\s+)?(?:(?:am|on|in|at|le|à|au)\s+[\w-]+\s+){0,2}(?:(?:with|mit|avec)\s+)?"
    r"(?:(?:a|the|some|several|un|une|des|les|einer|einigen) )?"
    r"(?:(?:group|delegation|team|members|groupe|représentants|gruppe|vertreter) "
    r"(?:of|de|des|d['’]|von) (?:the |la |les )?)?"
    r"(?:[\w-]+ ){0,3}(?:reporters|journalists|media|press|editors|bloggers|newsmen|"
    r"journalistes|journalist(?:inn)?en|medienvertreter\w*)\b"
    r"(?!\s+(?:secretary|secretaries|attach\w*|officers?|council|union|freedom|agency)\b)"
)
_STAFF_WORD = re.compile(r"(?i)team|staff|employees|équipe|personnel|mitarbeit|belegschaft")
# one's own institution's office or staff met is no counterpart: "traf dessen Team", "met its
# team and its head", "a rencontré son équipe", "met the embassy's staff"
_OWN_STAFF = re.compile(
    r"(?i)\s+(?:sich\s+)?(?:(?:am|on|in|at|le|à|au)\s+[\w-]+\s+){0,2}(?:(?:with|mit|avec)\s+)?"
    r"(?:(?:its|their|his|her|dessen|deren|sein\w*|ihr\w*|son|sa|ses|leurs?)\s+|"
    r"(?:the|das|die|le|les|l['’])\s+(?:[\w-]+['’]s\s+)?(?=(?:\w+\s+)?(?:team|staff|"
    r"employees|équipe|personnel|mitarbeit\w*|belegschaft)\b(?!\s+(?:of|von|de|des|du|der)\b)))"
    r"(?:[\w-]+\s+)?(?:team|staff|employees|équipe|personnel|mitarbeit\w*|belegschaft)\b"
)
# talks named by a noun, which a fronted clause can hold (not "Nach dem Gipfel traf X Y")
_TALKS_NOUN = re.compile(
    r"(?i)(?:(?:tele)?phone )?calls?(?: with)?|conversation(?: with)?|talks|meetings?|"
    r"consultations?|entretiens?|réunion|rencontres?(?: avec)?|entretien téléphonique|"
    r"appel téléphonique|\w*telefonat|\w*gespräch(?:e|en|s)?|\w*treffen|konsultation(?:en)?"
)
# a fronted clause of what came before: "After a call with X, …", "Nach einem Telefonat mit X
# …", "Après un entretien avec X, …" — background when the main clause tells its own meeting
_FRONTED = re.compile(
    r"(?i)^(?:after|following|nach|après|à la suite d['’])\s*(?:(?:a|an|the|his|her|their|"
    r"einem|einer|dem|der|ihrem|seinem|un|une|son|sa|leur)\s+)?(?:[\w-]+\s+){0,2}"
    # the clause may go on to more talks: "Nach einem Telefonat mit X und Treffen mit Y …"
    r"(?:(?:with|mit|avec)\s[^,;.]{0,60}?\s(?:and|und|et)\s+(?:[\w-]+\s+){0,2})?$"
)


# remarks made somewhere, not to someone: "spoke at the forum", "spoke on the sidelines of"
_SPOKE_AT = re.compile(
    r"(?i)\s+(?:at(?! length)|during|before|on the (?:sidelines|margins|occasion)|about|of|"
    # when, then the speech: "spoke Thursday, August 20th, when he delivered a statement at"
    r"(?:(?:on |last |this )?\w+day|today|yesterday)(?:,? [\w ]{0,20}?\d\w*)?,? "
    r"(?:when|as|where) (?:he|she|they) (?:delivered|gave|made|addressed|presented)|"
    # speaks on a matter: "Government speaks on the minister's statement", not "spoke on the
    # phone with", "spoke on Monday with"
    r"on (?!(?:the )?(?:tele)?phone\b|behalf\b|\w+day\b|\d|(?:january|february|march|april|"
    r"may|june|july|august|september|october|november|december)\b|(?:the )?\d))\b"
)


def without_background(sentence: str) -> str:
    """Return a meeting sentence from after the talks its fronted clause names for
    background ("After a phone call with X, Minister Y met Z …"), or the sentence whole."""
    first = MEETING.search(sentence)
    told = meeting_word(sentence)
    if first is None or told is None or told.start() <= first.start():
        return sentence
    if _TALKS_NOUN.fullmatch(first.group(0)) and _FRONTED.match(sentence[: first.start()]):
        return sentence[first.end() :]
    return sentence
