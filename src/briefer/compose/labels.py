"""Words the document prints, in the briefing's language (English, German or French)."""

from __future__ import annotations

from datetime import date

from briefer.months import MONTHS

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "contents": "Contents",
        "sources": "Sources",
        "annex": "Annex {number}",
        "annex_titled": "Annex {number}: {title}",
        "pdf_attached": "PDF, {pages} – attached separately",
        "one_page": "1 page",
        "pages": "{count} pages",
        "talking_points": "Talking points",
        "background": "Background",
        "note": "Internal note",
        "page_of_pages": "Page {page} of {pages}",
        "occasion": "Occasion",
        "date": "Date",
        "prepared_for": "Prepared for",
        "prepared_by": "Prepared by",
        "reference": "Reference",
        "classification": "Classification",
        "format": "Format",
        "place": "Place",
        "participants": "Participants",
        "topics": "Topics",
        "source": "Source",
        "statement": "Statement",
        "briefing": "Briefing",
        "internal_only": "Internal – not for distribution",
        "excerpt": "excerpt",
        "accessed": "retrieved",
        "summary": "Summary",
        "internal": "Internal version",
        "internal_notes": "Internal version: contains internal notes",
        "shareable": "Version for distribution",
        "week_of": "Week of {date}",
        "undated": "Undated",
        "figure": "Figure {number}:",
    },
    "de": {
        "contents": "Inhalt",
        "sources": "Quellen",
        "annex": "Anlage {number}",
        "annex_titled": "Anlage {number}: {title}",
        "pdf_attached": "PDF, {pages} – gesondert beigefügt",
        "one_page": "1 Seite",
        "pages": "{count} Seiten",
        "talking_points": "Gesprächsführung",
        "background": "Hintergrund",
        "note": "Interner Vermerk",
        "page_of_pages": "Seite {page} von {pages}",
        "occasion": "Anlass",
        "date": "Datum",
        "prepared_for": "Für",
        "prepared_by": "Erstellt von",
        "reference": "Aktenzeichen",
        "classification": "Einstufung",
        "format": "Format",
        "place": "Ort",
        "participants": "Teilnehmende",
        "topics": "Themen",
        "source": "Quelle",
        "statement": "Erklärung",
        "briefing": "Vorlage",
        "internal_only": "Intern – nicht zur Weitergabe",
        "excerpt": "Auszug",
        "accessed": "abgerufen am",
        "summary": "Zusammenfassung",
        "internal": "Interne Fassung",
        "internal_notes": "Interne Fassung: enthält interne Vermerke",
        "shareable": "Fassung zur Weitergabe",
        "week_of": "Woche vom {date}",
        "undated": "Ohne Datum",
        "figure": "Abbildung {number}:",
    },
    "fr": {
        "contents": "Sommaire",
        "sources": "Sources",
        "annex": "Annexe {number}",
        "annex_titled": "Annexe {number}\u00a0: {title}",
        "pdf_attached": "PDF, {pages} – joint séparément",
        "one_page": "1 page",
        "pages": "{count} pages",
        "talking_points": "Éléments de langage",
        "background": "Contexte",
        "note": "Note interne",
        "page_of_pages": "Page {page} sur {pages}",
        "occasion": "Occasion",
        "date": "Date",
        "prepared_for": "À l’attention de",
        "prepared_by": "Rédigé par",
        "reference": "Référence",
        "classification": "Classification",
        "format": "Format",
        "place": "Lieu",
        "participants": "Participants",
        "topics": "Thèmes",
        "source": "Source",
        "statement": "Déclaration",
        "briefing": "Note",
        "internal_only": "Interne – ne pas diffuser",
        "excerpt": "extrait",
        "accessed": "consulté le",
        "summary": "Résumé",
        "internal": "Version interne",
        "internal_notes": "Version interne\u00a0: contient des notes internes",
        "shareable": "Version pour diffusion",
        "week_of": "Semaine du {date}",
        "undated": "Sans date",
        "figure": "Figure {number}\u00a0:",
    },
}
_FORMATS = {
    "de": {
        "video teleconference": "Videokonferenz",
        "telephone": "Telefonat",
        "hybrid": "hybrid",
        "in person": "persönliches Treffen",
    },
    "fr": {
        "video teleconference": "visioconférence",
        "telephone": "entretien téléphonique",
        "hybrid": "hybride",
        "in person": "en présentiel",
    },
}


def label(language: str, key: str) -> str:
    """Return the printed word for key in the language."""
    return LABELS.get(language, LABELS["en"])[key]


def long_date(value: date | None, language: str) -> str:
    """Return a date as a ministry writes it: '13 April 2021', '13. April 2021', '1er avril'."""
    if value is None:
        return ""
    month = MONTHS.get(language, MONTHS["en"])[value.month - 1]
    if language == "de":
        return f"{value.day}. {month} {value.year}"
    if language == "fr":
        return f"{'1er' if value.day == 1 else value.day} {month.lower()} {value.year}"
    return f"{value.day} {month} {value.year}"


def meeting_format(value: str, language: str) -> str:
    """Return a meeting format in the language, capitalised."""
    text = _FORMATS.get(language, {}).get(value, value)
    return text[:1].upper() + text[1:]
