"""A media advisory's sentence broken over lines, its date on a line of its own (round 26):
"Landtagspräsidentin X empfängt" / "am Dienstag, dem 4. Mai 2021" / "um 11:00 Uhr" / "den
Botschafter …": the line in lower case goes on the sentence above it; it dates the visit
ahead, not the release."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_german_schedule_line() -> None:
    found = draft(
        "Antrittsbesuch des varländischen Botschafters im Landtag",
        "Landtagspräsidentin Eva Lind empfängt",
        "am Dienstag, dem 4. Mai 2021",
        "um 11:00 Uhr",
        "den Botschafter der Republik Varland in Deutschland, S. E. Karl Moen, zu einem "
        "Antrittsbesuch im Landtag.",
        "Im Vorfeld des Gesprächs trägt sich der Botschafter in das Gästebuch des Landtags ein.",
        "Medienvertreter sind herzlich eingeladen.",
    )
    assert found.source is not None and found.source.date_published is None


def test_english_schedule_line() -> None:
    found = draft(
        "Inaugural visit of the Varland Ambassador to the Assembly",
        "Speaker Eva Lind will receive",
        "on Tuesday, 4 May 2021",
        "at 11 am",
        "the Ambassador of the Republic of Varland, H.E. Karl Moen, for an inaugural visit to "
        "the Assembly.",
        "Before the talks the Ambassador will sign the Assembly's guest book.",
        "Members of the media are welcome.",
    )
    assert found.source is not None and found.source.date_published is None


def test_a_date_line_under_the_headline_still_dates() -> None:
    found = draft(
        "Speaker Lind receives the Varland Ambassador",
        "4 May 2021",
        "Speaker Eva Lind received the Ambassador of the Republic of Varland, H.E. Karl Moen, "
        "for an inaugural visit to the Assembly on Tuesday.",
    )
    assert found.source is not None and str(found.source.date_published) == "2021-05-04"
