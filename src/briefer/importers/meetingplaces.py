"""How and where a sentence says a meeting was held: in person, by telephone or by video, and
in which city or country.
"""

from __future__ import annotations

import functools
import re

from briefer.importers.meetings import future_tense
from briefer.months import MONTHS as MONTH_NAMES

# the look-aheads at the phrases' first letters pass over every other word at once: without
# case, re tries each phrase at each word (tests/importers/test_initials.py checks them)
_FORMATS = (
    ("hybrid", re.compile(r"(?i)\bhybrid\b")),
    (
        "video teleconference",
        re.compile(
            r"(?i)\b(?=[beopv])(?:video ?(?:tele)?conferenc\w*|videoconferenc\w*|video call|"
            r"by video|via video|virtual(?:ly)?|virtuel(?:le)?s?|online meeting|"
            r"videokonferenz\w*|per video|"
            r"videoschalte|videotelefonat|visioconférence|vidéoconférence|en visio)\b"
        ),
    ),
    (
        "telephone",
        re.compile(
            r"(?i)\b(?=[abcoprstv])(?:telephone|phone call|by phone|on the phone|over the phone|"
            r"phone talks?|via phone|call with|called(?! (?:on|for|upon)\b)|"
            r"spoke by phone|"
            r"phone conversation|telefongespräch\w*|conférence téléphonique|conference call|"
            r"telefonkonferenz|telefonschalte|"
            r"telefonier\w*|telefonat\w*|telefonisch|téléphon\w*|par téléphone|"
            r"reçu un appel|(?:a|ont) (?:\w+ )?appelé|coups? de (?:téléphone|fil)|"
            r"(?:tele)?phone calls?|calls? of (?:congratulations?|condolences?|support)|"
            r"(?:congratulatory|condolence) calls?|(?<!courtesy )calls? from)\b"
        ),
    ),
)
_IN_PERSON = re.compile(
    r"(?i)\b(?=[abefghikmrstvwz])(?:met|meet|meets|hosted|hosts|received|visited|visit|visiting|"
    r"in person|trafen|traf|empfing|besuch\w*|zu gast|a rencontré|a reçu|a accueilli|"
    r"s['’]est rendue? |visite|"
    # a guest welcomed or summoned, a visit named by its purpose, talks held face to face:
    # "welcomed X to NATO Headquarters", "zu einem Gespräch empfangen", "stattete … seinen
    # Antrittsbesuch ab", "held a working meeting", "se sont rencontrés", "Rencontre entre …"
    r"welcomed|summoned|empfangen|empfängt|getroffen|"
    r"(?:antritts|arbeits|abschieds|höflichkeits|staats|gegen|kurz)besuch\w*|"
    r"held (?:a|an) (?:\w+ )?meeting|se sont rencontrée?s|rencontre|face[- ]to[- ]face|"
    r"tête-à-tête)\b"
)
_PLACE_WORD = "[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ\u0100-\u017f]+"
_PLACE = re.compile(
    r"(?:\bin|\bà|\bvisiting|\b(?:welcomed|received|hosted|empfing|begrüßte)\b[^.;]{0,80}?\bto)\s+"
    # whole words: not "Jo" of "João"
    rf"(?P<place>{_PLACE_WORD}(?:[- ]{_PLACE_WORD})?)(?![^\W\d_])"
)
_NOT_PLACES = {
    *(m for names in MONTH_NAMES.values() for m in names),
    *(
        "Person Addition Particular Order Line Light View Response Support Future Zukunft Asia "
        "Europe Africa America Latin Indo-Pacific Rahmen Zusammenhang Anschluss Gegenwart Bezug "
        "Vertretung Namen Hinblick Abstimmung Format Fragen Anwesenheit Begleitung Erinnerung "
        "Kooperation Zusammenarbeit Gesprächen Angelegenheiten Bereichen Zeiten Folge Form "
        "Richtung Verbindung Anbetracht Kraft"
    ).split(),
}


def only_spoke(text: str) -> bool:
    """Return whether text makes a meeting a call only because someone "spoke with" another,
    with no word for a call or a place."""
    return meeting_format(text) == "telephone" and not any(
        name == "telephone" and pattern.search(text) for name, pattern in _FORMATS
    )


@functools.lru_cache(maxsize=4096)  # asked of the same sentence by several passes
def meeting_format(text: str) -> str:
    """Return how a meeting was held, as one of the model's meeting formats, or ""; someone
    who "spoke with" or "spoke this evening to" another, with no place, visit or margins
    said, called them."""
    for name, pattern in _FORMATS:
        if pattern.search(text):
            return name
    if _IN_PERSON.search(text) or meeting_place(text):
        return "in person"
    return "telephone" if _SPOKE.search(text) and not _MARGINS.search(text) else ""


# "spoke with his counterparts", "spoke this evening to the Foreign Minister": a call when
# nothing says where
_SPOKE = re.compile(
    r"(?i)\b(?:spoke|speaks|has spoken)\s+(?:(?:today|yesterday|this (?:morning|afternoon|"
    r"evening)|tonight|on \w+day)\s+)?(?:with|to)\s+(?!(?:the )?(?:press|media|reporters|"
    r"journalists|students|participants|audience)\b)"
)
# talks on the side of a gathering are held there: "on the margins of", "am Rande"
_MARGINS = re.compile(r"(?i)\b(?:margins?|sidelines?|am rande|en marge)\b")


def format_words(text: str, form: str) -> list[tuple[int, int]]:
    """Return where text says a meeting was held in form ("by video", "met"), as characters."""
    pattern = dict(_FORMATS).get(form) or (_IN_PERSON if form == "in person" else None)
    return [] if pattern is None else [m.span() for m in pattern.finditer(text)]


def meeting_place(text: str, loose: bool = False) -> str:
    """Return the city or country a meeting was held "in", or ""; with loose, also the place
    someone was "visiting" or "welcomed to". Never where something "will be held"."""
    for match in _PLACE.finditer(text):
        place = match.group("place")
        before = text[max(0, match.start() - 40) : match.start()]
        strict = match.group(0).startswith(("in", "à"))
        if (
            place.split()[0] in _NOT_PLACES
            or future_tense(before)
            or not (strict or loose)
            or _posted(before, text.startswith(",", match.end()))
            or _ABOUT.search(before)
            or _ATTRIBUTIVE.match(text, match.end())
        ):
            continue
        return place
    return ""


def seat_named(text: str) -> str:
    """Return the seat of government or organisation a meeting was held at, when text names
    one ("in der Staatskanzlei", "at the White House"), or ""; a city is the better place."""
    match = _BUILDING.search(text)
    return "" if match is None or _ahead(text, match.start()) else match["place"]


# the seats of government, heads of state and organisations a release names as where guests
# were received: "in der Thüringer Staatskanzlei", "at the White House", "au palais de l'Élysée"
_BUILDING = re.compile(
    r"\b(?:in der|im|at the|at|au|à l['’]|à)\s+(?P<place>"
    r"(?:[A-ZÄÖÜ][a-zäöüß]+er\s+)?(?:Staatskanzlei|Senatskanzlei|Landhaus|Landeshaus|Rathaus|"
    r"Bundeskanzleramt|Kanzleramt|Staatsministerium|Hofburg)|"
    r"(?:Elysée|Élysée)(?:-?[Pp]alast)?|Elyséepalast|Matignon|Quai d['’]Orsay|"
    r"White House|Downing Street|Lancaster House|Government House|State House|Kremlin|"
    r"(?:NATO|UN|EU|United Nations) Headquarters|[Pp]alais de l['’](?:Elysée|Élysée))"
    r"(?![\w-])"
)


def _ahead(text: str, start: int) -> bool:
    """Return whether the words before a place say it is where something will be held."""
    return future_tense(text[max(0, start - 40) : start])


def _posted(before: str, comma_after: bool) -> bool:
    """Return whether the words before "in" name a diplomat's post there: "the Ambassador of
    Vestria in Norland", "Botschafter in Ungarn", "Coordonnateur Résident du Système des
    Nations Unies à Madagascar"; capitals alone may be a name ("received Ambassador Karl Moen
    in Brio"), so those name a post only before an apposition's comma ("Botschafterin
    Australiens in Deutschland, Lynette Wood")."""
    posted = _POSTED.search(before)
    if posted is None:
        return False
    between = posted["between"]
    return not between.strip() or bool(_CONNECTOR.search(between)) or comma_after


# the words between a post and its country's name: "the Ambassador of the Republic of …"
_CONNECTORS = r"of|the|der|des|de|du|d['’]|la|von|to|seines|ihres|his|her|their|its|son|sa|ses|leur"
_POSTED = re.compile(
    r"(?i:\b(?:(?:ambassador|botschafter|gesandte|generalkonsul|envoy|représentant|repräsentant|"
    r"vertreter|representative|high commissioner|haut[- ]commissaire|geschäftsträger)\w*|"
    r"(?:konsul|consul)(?:in|s|e)?|coordinator|coordonnat(?:eur|rice)|r[eé]sident(?:e|s|es)?|"
    r"chargé d['’]affaires)\b)"
    rf"(?P<between>(?:\s+(?:(?i:{_CONNECTORS})|[A-ZÀ-Þ][\w'’-]*)){{0,6}})\s*$"
)
_CONNECTOR = re.compile(rf"(?i)\b(?:{_CONNECTORS})\b")
# a place the talks were about, not where they were held: "the situation in Norland", "die
# Lage in Syrien", "la crise en Ostrie", "le soutien à Kiev", "particularly in Libya"
_ABOUT = re.compile(
    r"(?i)\b(?:situation|crisis|war|conflict|elections?|process|developments|events|"
    r"lage|krieg|konflikt|krise|wahlen|entwicklungen?|crise|guerre|conflit|soutien|aide|"
    r"support|assistance|particularly|especially|notably|insbesondere|besonders|notamment|"
    r"surtout)\s*$"
)
# a German participle that makes the place an attribute: "die in Paris stattfindenden Spiele"
_ATTRIBUTIVE = re.compile(r"\s+[a-zäöüß]+ende[mnrs]?\b")
