"""Round 12: meetings received somewhere named between the verb and the guest, a meeting
ahead in a "to meet" headline, and a news portal's region before a headline."""

from __future__ import annotations

from datetime import date

import pytest

from briefer.importers import furniture, meetings
from tests.importers.drafting import draft, participants


def test_a_host_welcomes_at_the_ministrys_acronym_the_guest() -> None:
    sentence = "The Minister, Jon Dahl, welcomed at MFAN, the Norlandic Foreign Minister, Per Ek."
    assert meetings.meeting_sentence(sentence) == sentence


def test_a_host_receives_in_a_town_at_a_farewell_visit_the_guest() -> None:
    sentence = (
        "Minister Jon Dahl received today in Brio at a farewell visit the Ambassador of "
        "Norland, Per Ek."
    )
    assert meetings.meeting_sentence(sentence) == sentence


def test_a_to_meet_headline_with_the_meetings_in_the_text_is_no_meeting_held() -> None:
    found = draft(
        "President Jon Dahl to meet Norlandic President Per Ek",
        "President Dahl left for Norland and Vestria today. During the trip he will on "
        "Friday meet the President of Norland, Per Ek.",
        "According to Foreign Minister Anna Berg, the meetings belong to a regional peace effort.",
    )
    assert found.consultation is None


def test_a_portals_region_before_the_headline_is_no_part_of_it() -> None:
    found = draft(
        "Southern Africa: Estoria, Norland Sign Transit Accord",
        "Brio — Estoria and Norland signed a transit accord on Monday, the two ministries said.",
    )
    assert found.source.title == "Estoria, Norland Sign Transit Accord"


def test_a_future_inside_reported_words_is_no_announcement() -> None:
    found = draft(
        "Minister Berg receives Ambassador Ek",
        "Minister Anna Berg said on Monday that Norland will remain Estoria's closest ally. "
        "She spoke after her talks with the Ambassador of Norland, Per Ek, at the ministry.",
        "The two discussed trade and the transit accord.",
    )
    assert found.kind == "consultation"
    assert "Per Ek" in participants(found)


def test_a_working_visit_where_the_host_was_briefed_is_a_meeting() -> None:
    found = draft(
        "President Dahl visits the Commission",
        "Brio, 3 May 2021 - President Jon Dahl paid a working visit to the Commission "
        "Headquarters in Brio today. President Dahl was briefed by Per Ek, President of the "
        "Commission, on its work.",
    )
    assert found.kind == "consultation"
    assert "Per Ek" in participants(found)


def test_a_spanish_dateline_gives_the_release_its_date() -> None:
    found = draft(
        "Canciller Dahl recibe al Embajador de Norland",
        "Brio, 5 de junio de 2021. El ministro Jon Dahl recibió hoy al embajador de Norland.",
    )
    assert found.source.date_published == date(2021, 6, 5)


def test_a_venue_line_with_a_date_glued_to_the_town_gives_the_release_its_date() -> None:
    found = draft(
        "Prime Minister's address at the opening of the Brio trade fair",
        "Hon Jon Dahl",
        "Prime Minister",
        "Hotel Brio Wed. 3rd May, 2021BRIO 0900 Hours",
        "Ladies and gentlemen, it is an honour to open this fair. Trade is our future.",
    )
    assert found.source.date_published == date(2021, 5, 3)


def test_a_cut_published_line_above_the_headline_is_no_title() -> None:
    found = draft(
        "Published 3 May 202",
        "The following statement was issued by the Ministry of Foreign Affairs of Norland.",
        "Norland Condemns the Attack on the Brio Border Post",
        "The Ministry of Foreign Affairs of Norland condemns in the strongest terms the attack "
        "on the Brio border post on Sunday.",
    )
    assert found.source.title == "Norland Condemns the Attack on the Brio Border Post"


def test_spoke_with_is_in_person_when_the_next_sentence_says_where() -> None:
    found = draft(
        "Minister Dahl speaks with the Norlandic Under Secretary",
        "The Minister, Jon Dahl, spoke with the Norlandic Under Secretary, Per Ek.",
        "On Tuesday the Minister spoke with the Under Secretary of Norland, Per Ek, in Geneva, "
        "where both attended a UN conference. They discussed the transit accord.",
    )
    assert found.consultation is not None
    assert found.consultation.format == "in person"


def test_german_delegation_leaders_in_the_passive_take_part() -> None:
    found = draft(
        "Estorisch-norländische Konsultationen in Brio",
        "Am 4. März wurden in Brio die estorisch-norländischen Konsultationen fortgesetzt.",
        "Die Seiten sprachen über Handel und Verkehr.",
        "Die norländische Delegation wurde vom Botschafter Per Ek, die estorische von "
        "Staatssekretärin Anna Berg geleitet.",
    )
    assert found.kind == "consultation"
    assert {"Per Ek", "Anna Berg"} <= set(participants(found))


@pytest.mark.parametrize("dash", ["–", "-"])
def test_a_message_dash_role_headline_is_the_role_holders_message(dash: str) -> None:
    found = draft(
        f"Message {dash} Executive Secretary of the Boreal Union",
        "I first came to this city twenty years ago. Much has changed since then, and our "
        "union has grown with it.",
        "I thank every member state for its trust and look forward to our work together.",
    )
    assert found.kind == "statement"
    assert len(found.statements) == 1
    assert found.statements[0].speaker is None or not found.statements[0].speaker.name


def test_a_speech_opening_with_addressees_on_lines_ending_in_semicolons() -> None:
    found = draft(
        "Prime Minister's address at the opening of the Brio Trade Fair",
        "Members of the Cabinet;",
        "Envoys and Consuls of Estoria;",
        "Friends.",
        "It is an honour to open this fair. Trade is our future and our neighbours are partners.",
        "I thank you.",
    )
    assert found.kind == "statement"
    assert found.statements[0].text.startswith("Members of the Cabinet;")


@pytest.mark.parametrize("section", ["Top Stories", "Latest News", "News & Events"])
def test_a_site_section_line_is_page_furniture(section: str) -> None:
    assert furniture.is_label(section)
