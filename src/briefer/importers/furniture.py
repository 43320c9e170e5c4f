"""Page furniture: the lines around a release that belong to the website, not the text."""

from __future__ import annotations

import functools
import re

_LABELS = {
    "welcome",
    "willkommen",
    "press release",
    "press releases",
    "communiqué de presse",
    "communiqué",
    "communiqués de presse",
    "partager",
    "imprimer",
    "accueil",
    "actualités",
    "déclaration",
    "déclaration conjointe",
    "retour en haut",
    "haut de page",
    "plan du site",
    "mentions légales",
    "aller au contenu",
    "vous êtes ici :",
    "vous êtes ici",
    "fil d'ariane",
    "en savoir plus",
    "lire la suite",
    "presse- und informationsamt der bundesregierung (bpa)",
    "pressemitteilung",
    "pressemitteilungen",
    "pressemeldung",
    "media release",
    # an embargo label over the headline
    "for immediate release",
    "for immediate distribution",
    "immediate release",
    "news",
    "newsroom",
    "news story",
    # a site's section over its articles
    "top stories",
    "top story",
    "top news",
    "latest news",
    "news and events",
    "news & events",
    "featured news",
    "share",
    "share this page",
    "share this article",
    "teilen",
    "seite teilen",
    "print",
    "print this page",
    "drucken",
    "tweet",
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "instagram",
    "youtube",
    "mastodon",
    "bluesky",
    "email",
    "e-mail",
    "mail",
    "copy link",
    "link kopieren",
    "top of page",
    "to the top",
    "nach oben",
    "back to top",
    "zum seitenanfang",
    "seitenanfang",
    "skip to content",
    "skip to main content",
    "zum inhalt springen",
    "zum hauptinhalt springen",
    "menu",
    "menü",
    "search",
    "suche",
    "home",
    "startseite",
    "related content",
    "related links",
    "related ministers and contacts",  # a ministry's release page: the boxes around the text
    "related ministers",
    "release details",
    "release type",
    "associated links",
    "more",
    "mehr",
    "read more",
    "weiterlesen",
    "mehr erfahren",
    "learn more",
    "accept",
    "reject",
    "accept all",
    "alle akzeptieren",
    "ablehnen",
    "ok",
    "close",
    "schließen",
    "navigation",
    "main navigation",
    "hauptnavigation",
    "breadcrumb",
    "you are here:",
    "sie sind hier:",
    "contents",
    "inhalt",
    "print page",
    "rss",
    "feedback",
    "imprint",
    "impressum",
    "privacy policy",
    "datenschutz",
    "accessibility",
    "barrierefreiheit",
    "contact",
    "kontakt",
    "sitemap",
    "press statement",
    "media note",
    "readout",
    "statement",
    "joint statement",
    "joint press statement",
    "joint media statement",
    "remarks",
    "speech",
    "rede",
    "erklärung",
    "gemeinsame erklärung",
    "artikel",
    "article",
    "transcript",
    "topics",
    "themen",
    "tags",
    "schlagworte",
    "keywords",
    "japanese",
    "english",
    "deutsch",
    "français",
    "english version",
    "gov.uk",
    "eeas",
    "government of canada",
    "gouvernement du canada",
    "australian government",
    "here's how you know",
    "news release",
    "media releases",
    "aktuelles",
    "meldung",
    "office of the spokesperson",
    "view cookies",
    "only necessary cookies",
    "nur notwendige cookies zulassen",
    "accept additional cookies",
    "reject additional cookies",
    "datenschutzerklärung",
    "datenschutzhinweis",
    "contact us",
    "archives",
    "for journalists",
    "related articles",
    "leichte sprache",
    "gebärdensprache",
    "terms of use",
    "nutzungsbedingungen",
}
_CONTACT_START = re.compile(
    r"^(?:media contacts?|press contacts?|contacts?|kontakt|pressekontakt|media enquiries|"
    r"media inquiries|for media inquiries|for further information|for more information|"
    r"media relations|press office|pressestelle|ansprechpartner(?:in)?|contactos?|"
    r"contacto de prensa|contact presse)\b",
    re.IGNORECASE,
)
_CONTACT_LINE = re.compile(
    r"(?:\b(?:tel|phone|telefon|fax|e-?mail)\b\.?:?|[\w.+-]+@[\w-]+\.[\w.]+|\+\d[\d ()/-]{6,}"
    r"|https?://|www\.)",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(r"\s(?:>|›|»|/|\||→|»)\s")
_FURNITURE_START = re.compile(
    r"^(?:©|\(c\)\s|copyright\b|all rights reserved|alle rechte vorbehalten|"
    r"this (?:website|site) uses cookies|diese (?:website|seite) (?:verwendet|nutzt) cookies|"
    r"we use cookies|wir verwenden cookies|skip to|zum inhalt|share on |teilen auf |"
    r"last updated|zuletzt aktualisiert|tags?:|schlagworte:|topics?:|related:|"
    r"stand:|back to |zurück zu|an official website of|reading time|lesedauer|lesezeit|cookies on |"
    r"cookie-einstellungen|screen reader access|skip to main|willkommen auf den seiten|"
    r"welcome to the (?:website|pages|site)|bienvenue sur (?:le site|les pages)|"
    r"(?:foto|photo|bild|crédit photo|photo credit)s?\s?:)",
    re.IGNORECASE,
)


# a link to the release in another language: "Read this release in Spanish.", "Versión en
# español", "Version française", "English version", "Lire en français", "Deutsche Fassung"
_LANGUAGES = (
    r"english|spanish|french|german|portuguese|italian|arabic|russian|chinese|dutch|"
    r"español|espanol|inglés|ingles|francés|frances|portugués|"
    r"français|francais|anglais|espagnol|allemand|portugais|arabe|"
    r"deutsch|englisch|französisch|spanisch|portugiesisch"
)
_OTHER_LANGUAGE = re.compile(
    rf"(?i)^\W*(?:(?:read|view|see|click here to read|lire|leer|ver|lesen sie|download)\b"
    rf"[^.:]{{0,40}}?\b(?:in|en|auf)\s+(?:{_LANGUAGES})|"
    rf"(?:{_LANGUAGES}|deutsche|englische|französische|spanische)\s+(?:version|versión|"
    rf"translation|text|fassung|übersetzung)|"
    rf"(?:version|versión|versione|traduction|traducción)\s+(?:(?:en|in|in the)\s+)?"
    rf"(?:{_LANGUAGES}|française|anglaise|espagnole|allemande|española|inglesa|francesa)|"
    rf"(?:en|in)\s+(?:{_LANGUAGES}))\W*$"
)


# a photo's caption that ends with its credit: "Karl Moen was sworn in in Brio. Picture:
# ARCHIVE", "… (Photo: Jon Dahl)"
_CREDITED_CAPTION = re.compile(
    r"(?i)[.\s]\(?(?:picture|photo|foto|bild|image|crédit photo|photo credit|credit)s?\s?:"
    r"\s?[^.:]{1,40}\)?\s*$"
)


# a photo's credit on its own line: "Direction de la Communication / Jean Nalo", "Press
# Office/J. Dahl": a press or photo office and, after a slash, the photographer's name
_CREDIT_LINE = re.compile(
    r"(?i)^[^/]{0,40}\b(?:communication|presse|press|photos?|fotos?|media|médias|information)\b"
    r"[^/]{0,30}\s?/\s?(?-i:[A-ZÄÖÜÉ])[\w.'’-]*(?:\s(?-i:[A-ZÄÖÜÉ])[\w.'’-]*){0,3}$"
)


def photo_credit(paragraph: str) -> bool:
    """Return whether a line is a photo's credit on its own ("Photo: Norland News Agency",
    "© NNA", "Press Office / J. Dahl"): the line above it is the photo's caption."""
    text = paragraph.strip()
    return len(text.split()) <= 12 and (
        _PHOTO_CREDIT.match(text) is not None or _CREDIT_LINE.match(text) is not None
    )


_PHOTO_CREDIT = re.compile(
    r"(?i)^\(?(?:©|\(c\)\s|(?:foto|photo|bild|picture|image|crédit photo|photo credit|"
    r"credits? photo|fotonachweis|bildnachweis)s?\s?:)"
)


def credited_caption(paragraph: str) -> bool:
    """Return whether a short paragraph is a photo's caption ending with its credit (one line:
    not a page's header lines run together over a photo's credit)."""
    text = paragraph.strip()
    return (
        len(text.split()) <= 40 and "\n" not in text and _CREDITED_CAPTION.search(text) is not None
    )


def other_language(paragraph: str) -> bool:
    """Return whether a short line only links to the release in another language."""
    return len(paragraph.split()) <= 12 and _OTHER_LANGUAGE.match(paragraph.strip()) is not None


# where a copy is from, as a republishing site or an aggregator credits it over or under the
# text: "Quelle: Pressemitteilung 77 des …", "Source : X, publié le …", "Fuente: X", "Bron: X";
# "Published by X on …", "Originally published by X", "This article was first published on
# …", "Republished with permission from X", "Publié par X le …", "Repris de X", "Veröffentlicht
# von X am …", "Übernommen von X", "Zuerst erschienen bei X", "Publicado por X el …", "Tomado
# de X", "Pubblicato da X il …", "Tratto da X", "Met dank overgenomen van X, gepubliceerd op …"
_SOURCE_LINE = re.compile(
    r"(?i)^(?:(?:quelle|sources?|fonte|fuente|bron)\s?:\s|"
    r"(?:originally |first )?(?:published|posted|republished|reproduced|reprinted|taken|"
    r"adapted)(?: with (?:kind )?permission)? (?:by|from)\s|"
    r"(?:this|the) (?:article|text|story|press release|news release|post) "
    r"(?:was|is|has been) (?:originally |first )?(?:published|posted|republished|reproduced)\b|"
    r"(?:publiée?|repris|reproduite?) (?:par|de|du|des|d['’])\s?|"
    r"(?:veröffentlicht|übernommen|erschienen) (?:von|bei|aus)\s|zuerst erschienen\b|"
    r"(?:publicad[oa]|tomad[oa]|reproducid[oa]) (?:por|de|del)\s|"
    r"(?:pubblicat[oa]|tratt[oa]) (?:da|dal|dalla|dallo)\s|"
    r"(?:met dank )?overgenomen (?:van|uit)\s|gepubliceerd door\s)"
)


def source_line(paragraph: str) -> bool:
    """Return whether a paragraph is a short line naming where the text is from: a source's
    label or a republisher's credit (its date is the original's, the release's)."""
    return bool(_SOURCE_LINE.match(paragraph.strip())) and len(paragraph.split()) <= 30


def is_label(paragraph: str) -> bool:
    """Return whether a paragraph is a website label or widget, such as "Share" or "Print"."""
    text = paragraph.strip().strip(" .:|•·-–—").casefold()
    if not text:
        return True  # a line of dashes or dots between parts of the page
    numbered = re.sub(r"\s+(?:no\.?\s*|nr\.?\s*|n°\s*)?\d+$", "", text)  # "Pressemitteilung 252"
    return (
        text in _LABELS
        or (numbered != text and numbered in _LABELS)
        or (bool(_FURNITURE_START.match(paragraph.strip())) and not tagged_headline(paragraph))
        or source_line(paragraph)
        or other_language(paragraph)
        or credited_caption(paragraph)
        or _CREDIT_LINE.match(paragraph.strip()) is not None
        or _LINK.match(paragraph.strip()) is not None
    )


# a link to another page, its arrow after a few words: "Photos from the Trip»", "Read the full
# speech ›", "Alle Meldungen →" (a closing guillemet after an opening one ends a quotation)
_LINK = re.compile(r"^(?!.*«)\S+(?:\s+\S+){0,7}?\s*(?:»|›|→|>>)$")


# a media tag in capitals before a headline: "PHOTOS: President A visits B", "VIDEO: …",
# "FOTOS: Presidente A recibe a …", "WATCH: …", "IN PICTURES: …"
_MEDIA_TAG = re.compile(
    r"^(?:PHOTOS?|FOTOS?|BILDER|VIDEOS?|WATCH|GALLERY|GALERIE|GALERÍA|IN PICTURES|EN IMAGES|"
    r"EN IMÁGENES|AUDIO|LIVE|UPDATE|BREAKING)\s?:\s+(?P<rest>.+)$"
)
# a lower-case word of a headline's sentence (a verb: "visits", "recibe", "trifft"), not a
# photo credit's "courtesy of the"
_HEADLINE_WORD = re.compile(r"\b(?!courtesy\b|tous\b|todos\b)[a-zäöüßéèàáíóúñç]{4,}\b")


def tagged_headline(paragraph: str) -> bool:
    """Return whether a line is a headline under a media tag in capitals ("PHOTOS: President
    A visits B"), not a photo's credit ("PHOTO: Ana Lo", "Foto: Bundesregierung")."""
    tagged = _MEDIA_TAG.match(paragraph.strip())
    return (
        tagged is not None
        and len(tagged["rest"].split()) >= 4
        and _HEADLINE_WORD.search(tagged["rest"]) is not None
    )


def is_breadcrumb(paragraph: str) -> bool:
    """Return whether a paragraph is a breadcrumb trail such as "Home > News > Releases"."""
    text = paragraph.strip()
    parts = _BREADCRUMB.split(text)
    if len(parts) < 2 or text.endswith((".", ":", "”", '"')):
        return False
    rooted = parts[0].casefold() in _CRUMB_ROOTS or parts[0].casefold().endswith(
        (".ca", ".gov", ".de", ".uk", ".int", ".eu")
    )
    return (rooted and re.search(r"\s[>›»→]\s", text) is not None) or (
        len(parts) >= 3 and all(0 < len(p) <= 60 for p in parts[:-1])
    )


_CRUMB_ROOTS = {
    "home",
    "startseite",
    "homepage",
    "start",
    "accueil",
    "top",
    "canada.ca",
    "gov.uk",
    "newsroom",
}


def is_cookie_notice(paragraph: str) -> bool:
    """Return whether a paragraph asks about cookies."""
    return len(paragraph) < 600 and bool(re.search(r"(?i)\bcookies?\b", paragraph))


def _holds_contact(paragraph: str) -> bool:
    """Return whether a contact line gives its number or address itself ("Contact: 011 3201
    234", "Contacto: prensa@…")."""
    return is_contact_line(paragraph) or len(re.findall(r"\d", paragraph)) >= 6


def is_contact_start(paragraph: str) -> bool:
    """Return whether a paragraph opens a contact block ("Media contact", "Kontakt", …)."""
    return bool(_CONTACT_START.match(paragraph.strip())) and len(paragraph.split()) <= 12


def is_contact_line(paragraph: str) -> bool:
    """Return whether a short paragraph holds a phone number, e-mail address or web address."""
    return len(paragraph.split()) <= 16 and bool(_CONTACT_LINE.search(paragraph))


_PRESS_WORD = (
    r"(?:public relations|public affairs|press|media|information|communications?|prensa|"
    r"comunicaci[óo]n(?: social)?|presse|(?:la )?communication|relations publiques|"
    r"l'information|information et (?:de la )?communication|öffentlichkeitsarbeit)"
)
_UNIT_WORD = (
    r"(?:department|directorate|division|office|service|unit|section|centre|center|bureau|"
    r"team|oficina|direcci[óo]n|servicio|departamento|divisi[óo]n|direction|cellule|"
    r"abteilung|referat|stabsstelle)"
)
# a word of the office's ministry: "of the Ministry of Foreign Affairs of Ukraine"
_TAIL_WORD = r"(?:(?-i:[A-ZÄÖÜÉ][\w'’-]*)|of|the|and|for|de|la|du|des|del|y|et|und|für|der)"
# a press office's name on its own line: "Public Relations Department", "Directorate for
# Public Relations", "Press Service of the Ministry", "Oficina de Prensa", "Service de presse"
_PRESS_OFFICE = re.compile(
    rf"(?i)(?:the )?(?:{_PRESS_WORD}(?: and {_PRESS_WORD})? {_UNIT_WORD}|"
    rf"{_UNIT_WORD}(?: general)? (?:for |of |de |du |de la |des |del |für |d')?(?:the )?"
    rf"{_PRESS_WORD}(?: (?:and|et|y|und) {_PRESS_WORD})?)"
    rf"(?: (?:of|de|du|des|del|de la|der|des) {_TAIL_WORD}(?: {_TAIL_WORD}){{0,6}})?"
)


def _press_office(paragraph: str) -> bool:
    text = paragraph.strip().rstrip(".")
    return len(text.split()) <= 10 and _PRESS_OFFICE.fullmatch(text) is not None


@functools.lru_cache(maxsize=4096)  # each pass of the layout asks of the same paragraphs
def is_furniture(paragraph: str) -> bool:
    """Return whether a paragraph, taken alone, is page furniture."""
    return (
        is_label(paragraph)
        or _press_office(paragraph)
        or is_breadcrumb(paragraph)
        or is_cookie_notice(paragraph)
        or is_contact_start(paragraph)
        or _is_address(paragraph)
    )


def _is_address(paragraph: str) -> bool:
    """Return whether a paragraph is an office's address block: an e-mail address or a phone
    number in a line that is not a sentence."""
    text = paragraph.strip()
    return (
        len(text.split()) <= 30
        and not text.endswith((".", "!", "?", ":"))
        and re.search(r"[\w.+-]+@[\w-]+\.[\w.]+|\b(?:Tel|Telefon|Phone)\b", text) is not None
    )


def furniture_flags(paragraphs: list[str]) -> list[bool]:
    """Mark each paragraph that is furniture, including whole contact blocks."""
    flags = [is_furniture(p) for p in paragraphs]
    in_contact = whole = texted = False
    for index, paragraph in enumerate(paragraphs):
        if is_contact_start(paragraph):
            # over the text, "Contact: +44 …" / "Press Office: press@…" holds all it gives:
            # the short line under it is the headline, not a name in the block
            in_contact, whole = True, not texted and _holds_contact(paragraph)
        elif in_contact and (
            is_contact_line(paragraph)
            or (
                not whole
                and len(paragraph.split()) <= 8
                and not paragraph.rstrip().endswith((".", "!", "?"))
            )
        ):
            flags[index] = True
        else:
            in_contact = False
        texted = texted or (len(paragraph.split()) >= 12 and paragraph.rstrip()[-1:] in ".!?")
    return flags
