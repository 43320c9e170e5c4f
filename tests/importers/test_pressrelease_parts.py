"""The parser's parts: dates, quotation marks, people, meetings, page furniture."""

from __future__ import annotations

from datetime import date

import pytest

from briefer.importers.agendas import agenda_topics
from briefer.importers.dates import find_dates
from briefer.importers.document import TextDocument
from briefer.importers.draft import Draft
from briefer.importers.furniture import furniture_flags, is_furniture
from briefer.importers.meetingplaces import meeting_format, meeting_place
from briefer.importers.persons import find_mentions, merge
from briefer.importers.pressrelease import parse_release
from briefer.importers.quotes import find_quoted

PUBLISHED = date(2022, 11, 4)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("on 3 November 2022 in Berlin", None, [date(2022, 11, 3)]),
        ("am 3. November 2022", None, [date(2022, 11, 3)]),
        ("04.11.2022", None, [date(2022, 11, 4)]),
        ("April 6, 2025", None, [date(2025, 4, 6)]),
        ("2021-04-13", None, [date(2021, 4, 13)]),
        ("heute (13.07.)", date(2022, 7, 13), [date(2022, 7, 13), date(2022, 7, 13)]),
        ("sagte er (13.07.)", None, [None]),  # no year known: no guess
        ("yesterday", PUBLISHED, [date(2022, 11, 3)]),
        ("gestern", PUBLISHED, [date(2022, 11, 3)]),
        ("today", None, [None]),
        ("on 28 December", date(2023, 1, 3), [date(2022, 12, 28)]),  # last year's December
        ("on 2 May", PUBLISHED, [date(2022, 5, 2)]),
        ("you may 3 times", PUBLISHED, []),
        ("30.02.2021 and 12.5 percent", None, []),
    ],
)
def test_dates(text: str, published: date | None, expected: list[date | None]) -> None:
    assert [m.value for m in find_dates(text, published)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We welcome this,” she said. “It matters for Germany’s future.”",
            ["We welcome this,", "It matters for Germany’s future."],
        ),
        ("„Wir begrüßen das“, sagte sie.", ["Wir begrüßen das"]),
        ("„Wir begrüßen das”, sagte sie.", ["Wir begrüßen das"]),
        ('"Straight," he said.', ["Straight,"]),
        ("‘Single quotes,’ said Y.", ["Single quotes,"]),
        ("«Guillemets» et »umgekehrt«", ["Guillemets", "umgekehrt"]),
        ("“Outer ‘inner’ end,” he said.", ["Outer ‘inner’ end,"]),
        ("Germany’s and Europe’s interest", []),
        ("“An open quote that runs on", ["An open quote that runs on"]),
        (
            "» Der Bundeskanzler hat heute telefoniert. «",
            ["Der Bundeskanzler hat heute telefoniert."],
        ),
    ],
)
def test_quotation_marks_of_every_style(text: str, expected: list[str]) -> None:
    assert [q.text for q in find_quoted(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Federal Minister of Defence Annegret Kramp-Karrenbauer issued",
            [("Annegret Kramp-Karrenbauer", "Federal Minister of Defence", "Germany")],
        ),
        (
            "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, met",
            [("MOTEGI Toshimitsu", "Minister for Foreign Affairs", "Japan")],
        ),
        (
            "Secretary Blinken's call with Japanese Foreign Minister Hayashi",
            [("Blinken", "Secretary", ""), ("Hayashi", "Foreign Minister", "Japan")],
        ),
        (
            "Am Montag führte Außenministerin Baerbock Gespräche mit dem indischen Außenminister "
            "Subrahmanyam Jaishankar.",
            [
                ("Baerbock", "Außenministerin", ""),
                ("Subrahmanyam Jaishankar", "Außenminister", "India"),
            ],
        ),
        (
            "Antony J. Blinken, Secretary of State",
            [("Antony J. Blinken", "Secretary of State", "")],
        ),
        ("A Federal Foreign Office spokesperson said today:", [("", "Spokesperson", "")]),
        ("Ein Sprecher des Auswärtigen Amts erklärte:", [("", "Sprecher", "")]),
        (
            "NATO Secretary General Jens Stoltenberg",
            [("Jens Stoltenberg", "Secretary General", "NATO")],
        ),
        (
            "to meet with Iraqi Prime Minister Haider al-Abadi, Foreign Minister Ibrahim "
            "al-Jaafari, and others",
            [
                ("Haider al-Abadi", "Prime Minister", "Iraq"),
                ("Ibrahim al-Jaafari", "Foreign Minister", ""),
            ],
        ),
        (
            "spoke with the Foreign Minister of Saudi Arabia, Prince Faisal bin Farhan Al Saud.",
            [("Faisal bin Farhan Al Saud", "Foreign Minister", "Saudi Arabia")],
        ),
    ],
)
def test_people_are_split_into_role_name_and_country(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(m.name, m.role, m.country) for m in find_mentions(text)] == expected


def test_a_given_name_alone_or_a_vowel_spelt_otherwise_is_the_same_person() -> None:
    mentions = [
        *find_mentions("Turkish Foreign Minister Mevlüt …"),  # a title cut short
        *find_mentions(
            "met Foreign Minister Mevlüt Çavuşoğlu and Foreign Minister of Malaysia, "
            "Hishamuddin Hussein, today."
        ),
        *find_mentions("The Minister felicitated Foreign Minister Hussain on his appointment."),
    ]
    assert [p.name for p in merge(mentions)] == ["Mevlüt Çavuşoğlu", "Hishamuddin Hussein"]


def test_a_short_form_is_the_same_person_with_the_fullest_name_and_role() -> None:
    mentions = [
        *find_mentions("Defence Minister Kramp-Karrenbauer met Foreign Minister MOTEGI."),
        *find_mentions("Federal Minister of Defence Annegret Kramp-Karrenbauer said"),
        *find_mentions("Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan"),
    ]
    people = merge(mentions, default_country="Germany")
    assert [(p.name, p.role, p.country) for p in people] == [
        ("Annegret Kramp-Karrenbauer", "Federal Minister of Defence", "Germany"),
        ("MOTEGI Toshimitsu", "Minister for Foreign Affairs", "Japan"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("held consultations via video teleconference", "video teleconference"),
        ("Die Ministerinnen sprachen per Videokonferenz", "video teleconference"),
        ("Secretary Blinken spoke by phone with", "telephone"),
        ("Außenministerin Baerbock telefonierte heute mit", "telephone"),
        ("The meeting was held in a hybrid format", "hybrid"),
        ("The ministers met in Tokyo on Monday", "in person"),
    ],
)
def test_meeting_formats(text: str, expected: str) -> None:
    assert meeting_format(text) == expected


def test_meeting_places() -> None:
    assert meeting_place("The ministers met in Tokyo on 3 May.") == "Tokyo"
    assert meeting_place("Die Minister trafen sich am Montag in Berlin.") == "Berlin"
    assert meeting_place("They discussed security in the Indo-Pacific.") == ""


def test_agenda_topics_are_the_items_of_the_agenda_sentence() -> None:
    assert agenda_topics(
        "The ministers discussed the war in Ukraine, energy security and "
        "cooperation in the Indo-Pacific."
    ) == ["War in Ukraine", "Energy security", "Cooperation in the Indo-Pacific"]
    assert agenda_topics(
        "Im Mittelpunkt standen die Lage in der Ukraine, die "
        "Energiesicherheit sowie die Zusammenarbeit im Indopazifik."
    ) == ["Lage in der Ukraine", "Energiesicherheit", "Zusammenarbeit im Indopazifik"]


@pytest.mark.parametrize(
    "line",
    [
        "Welcome",
        "Press release",
        "Pressemitteilung",
        "Share",
        "Tweet",
        "Print",
        "E-Mail",
        "Top of page",
        "Home > Newsroom > Press releases",
        "Startseite / Newsroom / Meldungen",
        "This website uses cookies to improve your experience. Accept all",
        "© Auswärtiges Amt",
        "Quelle: Pressemitteilung 77 des Presse- und Informationsamtes der Bundesregierung",
        "Source: Ministry of Foreign Affairs of Japan",
    ],
)
def test_page_furniture(line: str) -> None:
    assert is_furniture(line)


def test_a_contact_block_is_furniture_to_its_end() -> None:
    paragraphs = [
        "The talks will continue in spring.",
        "Media contact",
        "Jane Doe",
        "+49 30 1817-2424",
        "presse@example.org",
        "Ministers agreed to meet again.",
    ]
    assert furniture_flags(paragraphs) == [False, True, True, True, True, False]


def test_sentences_are_not_furniture() -> None:
    assert not is_furniture("The ministers discussed Home Affairs > Foreign Affairs.")
    assert not is_furniture("Foreign Minister Maas made the following statement:")


def test_a_speaker_named_by_role_alone_is_marked_inferred() -> None:
    from briefer.importers.document import TextDocument
    from briefer.importers.pressrelease import parse_release

    document = TextDocument(
        (
            "Foreign Secretary meets Japanese counterpart",
            "London, 3 May 2024 – Foreign Secretary David Lammy met Japanese Foreign Minister "
            "Yoko Kamikawa in London today.",
            "“Japan is one of our closest partners in Asia,” the Foreign Secretary said.",
        ),
        origin="release.txt",
        format="text",
    )
    draft = parse_release(document)
    assert [s.speaker.name for s in draft.statements] == ["David Lammy"]
    assert "Foreign Secretary" in draft.inferred["statements[0].speaker"]
    assert draft.spans["statements[0]"][0].paragraph == 2
    assert draft.consultation is not None
    assert (
        draft.consultation.date is not None and draft.consultation.date.isoformat() == "2024-05-03"
    )
    assert draft.inferred["consultation.date"] == "“today” counted from the release's date"


def test_a_release_without_a_headline_is_titled_by_its_first_words() -> None:
    from briefer.importers.document import TextDocument
    from briefer.importers.pressrelease import parse_release

    document = TextDocument(
        (
            "©Foreign Minister Anna Schmidt met her French counterpart in Paris",
            "Foreign Minister Anna Schmidt met her French counterpart Jean Dupont in Paris today "
            "to discuss the situation in the Sahel and the preparations for the summit.",
        ),
        origin="release.txt",
        format="text",
    )
    draft = parse_release(document)
    assert draft.source.title.startswith("Foreign Minister Anna Schmidt met")
    assert draft.consultation is not None and draft.consultation.heading


@pytest.mark.parametrize(
    "paragraph",
    [
        '“We stand with Ukraine today and tomorrow," she said.',
        '„Wir stehen heute und morgen an der Seite der Ukraine," sagte sie.',
        '"We stand with Ukraine today and tomorrow,” she said.',
    ],
)
def test_a_quotation_closed_with_the_other_kind_of_mark_is_found(paragraph: str) -> None:
    (quoted,) = find_quoted(paragraph)
    assert quoted.closed
    assert quoted.text.rstrip(",").endswith(("tomorrow", "Ukraine"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("4/12/2023", "2023-04-12"), ("22/07/2013", "2013-07-22"), ("31/12/2020", "2020-12-31")],
)
def test_numeric_dates_with_slashes_read_month_first_unless_the_day_says_otherwise(
    text: str, expected: str
) -> None:
    (found,) = find_dates(text, None)
    assert found.value is not None and found.value.isoformat() == expected


def _draft(*paragraphs: str) -> Draft:
    return parse_release(TextDocument(paragraphs, origin="release.txt", format="text"))


def test_a_spokespersons_account_of_a_call_is_a_readout_and_its_source_line_dates_it() -> None:
    draft = _draft(
        "Veröffentlicht am: 02.03.2022",
        "Bundeskanzler Scholz telefoniert mit dem ukrainischen Präsidenten Selensky",
        "Der Sprecher der Bundesregierung, Steffen Hebestreit, teilt mit:",
        "» Der Bundeskanzler hat heute mit dem ukrainischen Staatspräsidenten Wolodymyr "
        "Selensky telefoniert. Sie sprachen über die Lage in der Ukraine. «",
        "Quelle: Pressemitteilung 77 des Presse- und Informationsamtes am 1. März 2022",
    )
    assert draft.kind == "readout"
    assert draft.statements == ()  # the account is the readout, no one's statement
    assert draft.source.date_published == date(2022, 3, 1)  # the original's, not the copy's
    assert draft.consultation is not None and draft.consultation.date == date(2022, 3, 1)


def test_a_programme_with_times_of_day_announces_a_visit_and_keeps_its_speaker() -> None:
    draft = _draft(
        "Bundeskanzlerin empfängt den Präsidenten Chinas",
        "Die stellvertretende Sprecherin der Bundesregierung, Christiane Wirtz, teilt mit:",
        "Bundeskanzlerin Angela Merkel empfängt am Freitag, den 28. März 2014 um 15:15 Uhr den "
        "chinesischen Staatspräsidenten Xi Jinping im Bundeskanzleramt.",
        "Nach dem Gespräch ist für 16:15 Uhr eine Begegnung mit der Presse vorgesehen.",
    )
    assert draft.kind == "other"
    assert draft.consultation is None  # not yet held
    assert [s.speaker.name for s in draft.statements if s.speaker] == ["Christiane Wirtz"]


def test_a_briefing_transcript_credits_the_spokesperson_and_leaves_out_the_questions() -> None:
    draft = _draft(
        "Department Press Briefing",
        "Ned Price, Department Spokesperson",
        "MR PRICE: Good afternoon. We have a few announcements at the top today.",
        "So with that —",
        "QUESTION: Wait. In the coming hours?",
        "MR PRICE: Well, it is obvious that tomorrow morning is hours away, Matt, yes.",
    )
    assert [(s.speaker.name, s.text) for s in draft.statements] == [
        (
            "Ned Price",
            "Good afternoon. We have a few announcements at the top today.\nSo with that —",
        ),
        ("Ned Price", "Well, it is obvious that tomorrow morning is hours away, Matt, yes."),
    ]
