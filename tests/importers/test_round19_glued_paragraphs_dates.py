"""Layout read in more than one form (round 19): a scraped news copy whose paragraph breaks
were lost, the quotation marks glued to the next sentence; a byline's date cell with its hour; a
contact line over the headline; a media tag before the headline (invented releases)."""

from __future__ import annotations

from datetime import date

from briefer.importers.pressrelease import parse_release
from briefer.importers.readers import read_pasted
from briefer.importers.textfile import split_paragraphs
from tests.importers.drafting import draft

_FILLER = " ".join(
    ["The two leaders also spoke about the region, energy supplies and trade between them."] * 12
)


def _said(text: str, words: str) -> list[str]:
    found = parse_release(read_pasted(text))
    return [s.speaker.name if s.speaker else "" for s in found.statements if words in s.text]


# '…reported."The talk …," said Tam. "…ties."Vel said: "….""I am …," Oro replied.' in one line
def test_a_body_glued_at_its_quotation_marks_is_split_into_paragraphs() -> None:
    text = (
        "Vel and Oro hold a phone call\n\n"
        "President Ana Vel phoned Prime Minister Rui Oro on Monday, her office reported."
        '"The talk was warm and open," said Ari Tam, a deputy adviser to the president. "Both'
        ' want closer trade ties."Vel said: "I wish you every success in your new office."'
        '"I am grateful for your call," Oro replied. ' + _FILLER
    )
    assert _said(text, "talk was warm") == ["Ari Tam"]
    assert _said(text, "every success") == ["Ana Vel"]
    assert _said(text, "grateful for your call") == ["Rui Oro"]


# the same with curly marks, in German: "…Präsidentin.“Wir …” / "…zusammen.”Die …"
def test_curly_marks_glued_to_a_capital_split_the_line() -> None:
    line = (
        "Der Kanzler telefonierte am Montag mit der Präsidentin.“Wir stehen zusammen.”Die"
        " Präsidentin dankte ihm: “Danke für alles!”“Gern”, antwortete er. " + _FILLER
    )
    assert split_paragraphs(line)[:4] == (
        "Der Kanzler telefonierte am Montag mit der Präsidentin.",
        "“Wir stehen zusammen.”",
        "Die Präsidentin dankte ihm: “Danke für alles!”",
        "“Gern”, antwortete er. " + _FILLER,
    )


# a paragraph of normal length, and a quotation mark after a sentence's end followed by a
# space or a lower-case word, is left alone
def test_short_or_spaced_paragraphs_are_not_split() -> None:
    short = 'He said it was ready."Another step," she added.'
    assert split_paragraphs(short) == (short,)
    spaced = 'He said: "It is ready." Another step followed, she added. ' + _FILLER
    assert split_paragraphs(spaced) == (spaced,)


# "Text: Agency | Photo: A, B | 14:05 March 3, 2024": a byline's cells, its last the date
# with the hour before it (or after it: "Foto: Ana Lo | 3. März 2024, 14:05 Uhr")
def test_a_byline_of_labelled_cells_dates_the_release() -> None:
    for line in (
        "Text: Brio News Agency | Photo: Ana Lo, Per Tal | 14:05 March 3, 2024",
        "Texte : Agence de Brio | Photo : Ana Lo | 3 mars 2024, 14h05",
        "Foto: Ana Lo | 3. März 2024, 14:05 Uhr",
    ):
        found = draft(
            "President Vel visits the port of Brio",
            line,
            "President Ana Vel met Prime Minister Rui Oro on Monday, 2 March, in Brio.",
            "The two leaders discussed trade and the port's new terminal.",
        )
        assert found.source.date_published == date(2024, 3, 3), line
        assert found.consultation is not None and found.consultation.date == date(2024, 3, 2)


# a headline with a date after a bar stays the headline
def test_a_headline_with_a_bar_and_a_date_is_no_byline() -> None:
    found = draft(
        "Minister Oro meets the envoy of Valdoria | 3 March 2024",
        "Minister Rui Oro met the envoy of Valdoria, Ana Lo, in Brio on Monday.",
    )
    assert found.source.title.startswith("Minister Oro meets the envoy")


_MET = "Defence Minister Rui Oro met Defence Minister Ana Lo of Valdoria in Brio on Monday."


# a contact line over the headline that holds its number or address is all the block gives:
# "Contact: +44 …", "Press Office: +1 …", "Media contact: press@…", "Kontakt: +49 …"
def test_a_contact_line_over_the_headline_is_no_part_of_it() -> None:
    for top in (
        ("Press Office", "Contact: +44 20 7946 0000"),
        ("Press Office: +1 202 555 0100",),
        ("Media contact: press@mod.example.org",),
        ("Pressestelle", "Kontakt: +49 30 1234 5678"),
    ):
        found = draft(*top, "Minister Oro meets his Valdorian counterpart", _MET)
        assert found.source.title == "Minister Oro meets his Valdorian counterpart", top


# a media tag in capitals before a headline keeps the line a headline; a photo's credit
# stays furniture
def test_a_media_tag_before_the_headline_keeps_it_the_title() -> None:
    for headline in (
        "PHOTOS: President Vel visits President Oro at the State House",
        "FOTOS: Presidente Vel recibe a su par Oro en Brio",
        "WATCH: Minister Oro meets his Valdorian counterpart",
    ):
        found = draft(headline, _MET, "The two discussed the training of officers.")
        assert found.source.title == headline
    credited = draft("Photo: Ana Lo", "Minister Oro meets his counterpart", _MET)
    assert credited.source.title == "Minister Oro meets his counterpart"


# the ministry, its press office's name and a contact line with a number in any form over
# the headline: none of them is the headline (EN, FR, ES)
def test_a_press_office_and_its_contact_over_the_headline_are_furniture() -> None:
    for top in (
        ("Ministry of Defence of Norland", "Public Relations Department", "Contact: 011 3201 234"),
        ("Ministry of National Defence", "Directorate for Public Relations", "Tel: 011 3201 234"),
        ("Ministerio de Defensa", "Oficina de Prensa", "Contacto: prensa@mindef.example.org"),
        ("Ministère de la Défense", "Service de presse", "Contact : 01 23 45 67 89"),
    ):
        found = draft(*top, "Minister Oro and Minister Lo meet in Brio", _MET)
        assert found.source.title == "Minister Oro and Minister Lo meet in Brio", top
    # a headline about a press service is no press office's name
    said = draft("Press Service of the President condemns the attack", _MET)
    assert said.source.title == "Press Service of the President condemns the attack"


# the date the first paragraph gives in apposition to its "today" dates a release that no
# line dates (EN, DE, FR, ES)
def test_the_date_after_today_in_the_lede_dates_the_release() -> None:
    for lede in (
        "The Ministry of Defence held a seminar today, 3 March 2024, for young officers.",
        "President Ana Vel, today (Sunday, 3 March 2024), spoke with Prime Minister Rui Oro.",
        "Das Ministerium hat heute, am 3. März 2024, ein Seminar für junge Offiziere gehalten.",
        "Le ministère a organisé aujourd'hui, dimanche 3 mars 2024, un séminaire à Brio.",
        "El Ministerio celebró hoy, domingo 3 de marzo de 2024, un seminario en Brio.",
    ):
        found = draft("A seminar for young officers", lede, "Minister Rui Oro opened it.")
        assert found.source.date_published == date(2024, 3, 3), lede


# "today" inside a quotation, or a date that does not stand right after it, dates nothing
def test_a_quoted_or_distant_today_does_not_date_the_release() -> None:
    for lede in (
        '"We meet today, 3 March 2024, as friends," Minister Rui Oro said at the seminar.',
        "The ministry held a seminar today for the officers of the class of 3 March 2019.",
    ):
        found = draft("A seminar for young officers", lede)
        assert found.source.date_published is None, lede
