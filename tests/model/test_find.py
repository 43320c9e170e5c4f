"""Finding words in a briefing: own text as plain text, quoted records, sections."""

from __future__ import annotations

from pathlib import Path

from briefer.model import Briefing, BriefingMeta, Section, TextEntry, TextKind, briefingfile
from briefer.model.briefing import ImageEntry
from briefer.model.find import matches
from briefer.model.picture import read_picture
from briefer.model.richtext import Para, RichText, Span
from tests.images import png

SAMPLE = (
    Path(__file__).resolve().parents[2] / "resources" / "sample" / "germany-japan-2plus2.briefing"
)


def test_every_word_of_the_query_must_stand_in_the_entry() -> None:
    briefing = briefingfile.load(SAMPLE)
    assert matches(briefing, "milestone") == ["tp-2plus2"]
    assert matches(briefing, "japan desk") == ["note-internal"]
    assert matches(briefing, "japan milestone desk") == []
    assert matches(briefing, "   ") == []


def test_records_are_found_by_speaker_and_words_sections_by_title() -> None:
    briefing = briefingfile.load(SAMPLE)
    assert "rec-akk" in matches(briefing, "kramp-karrenbauer")
    assert matches(briefing, "what the ministers said") == ["sec-statements"]


def test_formatted_text_is_searched_as_it_reads_whatever_case_and_accents() -> None:
    text = RichText(
        (
            Para((Span("Talks in "), Span("Mün", bold=True), Span("chen"), Span(" went well."))),
            Para(
                (Span("Follow up with the "), Span("Straße", italic=True), Span(" team.")), "bullet"
            ),
        )
    )
    entry = TextEntry(TextKind.NOTE, text, id="note")
    briefing = Briefing(BriefingMeta("Visit"), (Section("Notes", (entry,), id="s"),))
    assert matches(briefing, "MUNCHEN") == ["note"]  # across the bold span, without accents
    assert matches(briefing, "strasse team") == ["note"]
    assert matches(briefing, "<b>") == []  # the look is not text


def test_a_picture_is_found_by_its_caption_and_alt_text() -> None:
    picture = ImageEntry(read_picture(png()), "A map of the Indo-Pacific", "Sea lanes", id="map")
    briefing = Briefing(BriefingMeta("Visit"), (Section("Maps", (picture,), id="s"),))
    assert matches(briefing, "sea lanes") == ["map"]
    assert matches(briefing, "indo-pacific map") == ["map"]
