"""Whether a line can be a release's headline."""

from __future__ import annotations

import re

from briefer.importers.bylines import BY_LINE, NAME_LINE, ROLE_LINE, byline, names_only
from briefer.importers.header import ORG_LINE
from briefer.importers.kickers import WIRE_TAG
from briefer.importers.monthnames import MONTH_PATTERN
from briefer.importers.publishers import known_publisher
from briefer.importers.releasedates import is_date_line
from briefer.importers.speechwords import SPEECH_VERBS
from briefer.importers.textlines import DANGLING, INITIALS

TIME_LINE = re.compile(r"^\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|uhr|h)?(?:\s+[A-Z]{2,4})?$")
# where a person stands in a photo: "(l.)", "(1. Reihe, 2.v.l.)", "(v.l.n.r.)", "(left)"
_PHOTO_POSITION = (
    r"\((?:\d\.\s?reihe,\s?)?(?:\d\.\s?v\.\s?[lr]\.|[lrm]\.|v\.\s?l\.\s?n\.\s?r\.|links|rechts|"
    r"mitte|left|right|centre|center)\)"
)
# a caption marked at its end: "Anna Berg at the summit (ph)", "… (Photo)", "… (Foto)"
_PHOTO_MARK = r"\((?:ph|pho|photo|photos|foto|fotos)\.?\)\s*$"
CAPTION = re.compile(rf"(?i){_PHOTO_POSITION}|{_PHOTO_MARK}")
# Photo captions, section numbers, notes in brackets, "Label: value" lines, " • " trails
NOT_HEADLINE = re.compile(
    r"(?i)©|\bphoto\b|shaking hands|^\(.*\)$|^\([A-Z]{2,}\)|^\d+\.?\s+\S+(?:\s+\S+){0,3}$|"
    rf"{_PHOTO_POSITION}|{_PHOTO_MARK}|"
    r"^[\w-]+(?:\s+[\w-]+)?\s*:\s*\S+(?:\s+\S+){0,3}$|\s•\s|"
    r"^[A-ZÄÖÜ]{4,}/\d+:\s|"  # a republisher's catalogue label: "TRADE/1717: … (XY)"
    r"^(?:published|posted|filed) (?:in|under)\b|"  # "Published in Politics"
    # a photo's credit: "Direction de la Communication / Jean Nalo", "Press Office/J. Dahl"
    rf"{TIME_LINE.pattern}|"  # "2:37 p.m. EST"
    r"^[A-ZÄÖÜ][\w .'-]{1,30}\([\w/ .-]{2,20}\)\s*[-–—:]?$"  # a wire's "Vaduz (ots/xy) -"
)


_HEADLINE_WORDS = 36  # a speech's headline names the occasion in full
# a headline that says what someone said and credits it after a dash may run longer: "Regional
# cooperation must reach … – says Secretary General X"
_CREDITED_HEADLINE = re.compile(
    r"\s[–—-]\s*(?:says|said|stresses|notes|dit|déclare|affirme|sagt|betont|afirma|dice|"
    r"señala|subraya)\s+[^.!?]{3,60}$"
)
_CREDITED_WORDS = 60


def reads_like_headline(paragraph: str) -> bool:
    """Return whether a line can be the headline: not a sentence, a date line, a banner, a
    bullet, a section trail ("Statements | Spokesperson"), a name or a role alone; a wire's tag
    before it ("(LEAD) …") is none of its words."""
    text = WIRE_TAG.sub("", paragraph.strip()).strip()
    words = text.split()
    most = _CREDITED_WORDS if _CREDITED_HEADLINE.search(text) else _HEADLINE_WORDS
    return (
        3 <= len(words) <= most
        and not text[0].islower()
        and text[0] not in "•·▪-–—*"
        and " | " not in text
        and words[-1].casefold() not in DANGLING
        and not text.endswith((":", ",", ";"))  # "Mr. Jon Dahl, President of Norland;"
        and (not text.endswith(".") or INITIALS.search(text) is not None)
        and not is_date_line(text)
        and not _UNDATED_LINE.match(_BRACKETS.sub("", text))
        and not BY_LINE.match(text)
        and not byline(text)
        and not _LABELLED.search(text)
        and not known_publisher(_spaced(text), whole=True)
        and not ORG_LINE.match(text)
        and not ROLE_LINE.fullmatch(text)
        and not NAME_LINE.fullmatch(text)
        and not NOT_HEADLINE.search(text)
        and not _SPOKESPERSON_LABEL.match(text)
        and not _salutation(text)
        and not _offices(text)
        and not _PRONOUN_SAYS.search(text)
        and not DOUBLED.fullmatch(text)
        and not _PLACE_LINE.match(text)
    )


# where the text was given, on a line of its own: "At the Council Secretariat, Brio",
# "Au siège de l'Union, Lanvia", "En la Secretaría General, Brio"
_PLACE_LINE = re.compile(
    r"^(?:At|In|Au|À|Im|En|Dans)\s+(?:(?:the|le|la|les|l['’]|el|der|dem)\s*)?"
    r"(?:[A-ZÄÖÜÉ][\w'’.-]*|of|de|du|des|del|der|für|d['’]\w+)(?:\s+(?:[A-ZÄÖÜÉ][\w'’.-]*|"
    r"of|the|de|du|des|del|der|la|le|für|d['’]\w+))*,\s*[A-ZÄÖÜÉ][\w'’.-]+(?:\s[A-ZÄÖÜÉ][\w'’.-]+)?$"
)


# a photo's caption the page prints twice on one line: "Minister X gives a speech Minister X
# gives a speech"
DOUBLED = re.compile(r"(?P<once>\S.{8,}?)\s+(?P=once)")


def given_twice(paragraphs: list[str], index: int) -> bool:
    """Return whether a line stands twice in a row (a photo's caption over its copy)."""
    line = " ".join(paragraphs[index].split())
    near = paragraphs[max(0, index - 1) : index] + paragraphs[index + 1 : index + 2]
    return any(" ".join(p.split()) == line for p in near)


# a standfirst, not a headline, gives its words to "he" ("What comes of it is watched by
# everyone, he says"): a headline names whom it quotes
_PRONOUN_SAYS = re.compile(
    rf",\s+(?:he|she|they|er|sie|il|elle)\s+(?:{SPEECH_VERBS})\b[^,]{{0,40}}$"
)


_OFFICES = re.compile(
    r"^(?:The\s+)?(?:Ministries|Ministry|Departments?|Ministères?|Ministerien|Ministerium)\s+"
    r"(?:of|for|des|du|de la|für)\s"
)


def _offices(text: str) -> bool:
    """Return whether a line only names the offices that issue the release ("Ministries of
    Trade, Transport, and Health and Welfare"): no word in lower case but those joining names."""
    return _OFFICES.match(text) is not None and names_only(text)


# how a speech or a letter addresses someone: "H.E. Xi Jinping, President of …", "His
# Excellency Sheikh …, Minister of Foreign Affairs, Chair of the Meeting"
_ADDRESSED = re.compile(
    r"^(?:H\.\s?E\.?|His Excellency|Her Excellency|Your Excellency|Excellencies|Mr\.?|Mrs\.?|"
    r"Ms\.?|Madam|Dear|Monsieur|Madame|Sehr geehrter?)\s+[^,]{2,60},\s*\S"
)


def _salutation(text: str) -> bool:
    """Return whether a line addresses someone by name and role and says nothing else (its
    words in lower case only those that join a role: "of", "the", "de", "für")."""
    return _ADDRESSED.match(text) is not None and names_only(text)


# what the release is and who speaks, under its headline, naming no topic: "Déclaration du
# porte-parole du quai d’Orsay", "Statement of the Spokesperson of the Ministry" (not "…
# on the attack in Brio")
_SPOKESPERSON_LABEL = re.compile(
    r"(?i)^(?:déclaration|statement|communiqué|erklärung)\s+(?:du|de la|by the|of the|der|des)\s+"
    r"(?:porte-parole|spokes\w+|sprecher\w*)(?:\s+(?:du|de la|des|de l['’]|of the|der|des)"
    r"(?:(?!\b(?:on|sur|zu|über|regarding|concerning|following|after|après)\b)[^,;:()]){0,60})?$"
)


# a dateline with no year: "Brio, Information Office, March 3", "Brio, 3. März"
_UNDATED_LINE = re.compile(
    rf"^[A-ZÄÖÜ][\w.'’-]*(?: [\w.'’-]+){{0,2}},[^.!?]{{0,50}}?\s"
    rf"(?:(?:{MONTH_PATTERN})\.?\s+[0-3]?\d(?:st|nd|rd|th)?|[0-3]?\d(?:\.|st|nd|rd|th|er)?\s+"
    rf"(?:{MONTH_PATTERN})\.?)$"
)
# who issued it and what it is, not a headline: "Französisches Präsidialamt - Pressekommuniqué"
_LABELLED = re.compile(
    r"(?i)\s[-–—|]\s*(?:press(?:e)?[ -]?(?:release|communiqué|kommuniqué|mitteilung)|"
    r"pressemitteilung|pressekommuniqué|communiqué(?: de presse)?|media release|news release)$"
)
_BRACKETS = re.compile(r"\s*\([^()]{1,40}\)")  # "BRIO, March 3 (Information Office)"


def _spaced(text: str) -> str:
    """Return text with a space after each comma ("Foreign,Commonwealth" as published)."""
    return re.sub(r",(?=\S)", ", ", text)
