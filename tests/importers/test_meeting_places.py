"""Where a meeting was held: a whole word ("Bogotá", not "Bogot"), and never a person who
took part ("un message à João Lourenço")."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft


def test_a_place_with_accents_is_read_whole() -> None:
    found = draft(
        "Minister Berg in Bogotá",
        "Foreign Minister Anna Berg met her Vestrian counterpart Karl Moen in Bogotá on Monday.",
    )
    assert found.consultation is not None
    assert found.consultation.place == "Bogotá"


def test_a_participant_after_a_is_no_place() -> None:
    found = draft(
        "La ministre Berg porteuse d'un message à João Lourenço",
        "La ministre des Affaires étrangères Anna Berg a été reçue lundi par le Président João "
        "Lourenço et a remis un message à João Lourenço de la part de son Président.",
    )
    assert found.consultation is not None
    assert found.consultation.place not in ("Jo", "João Lourenço")


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        (
            "Ministerpräsidentin Berg empfängt Botschafter",
            "Ministerpräsidentin Anna Berg empfing am Montag den Botschafter der Republik "
            "Vestrien in Deutschland, Karl Moen, zum Antrittsbesuch.",
        ),
        (
            "Landeshauptmann Berg trifft Gesandten",
            "Landeshauptmann Hans Berg traf den außerordentlichen und bevollmächtigten Gesandten "
            "Vestriens in Österreich, Karl Moen, zu einem Gespräch.",
        ),
        (
            "Minister Berg receives Ambassador",
            "Foreign Minister Anna Berg received the Ambassador of Vestria in Norland, Karl "
            "Moen, for a farewell call on Tuesday.",
        ),
        (
            "Le ministre reçoit le coordonnateur",
            "Le ministre Paul Berg a reçu mardi M. Karl Moen, Coordonnateur Résident du "
            "Système des Nations Unies à Madagascar, dans le cadre d'une visite de travail.",
        ),
    ],
)
def test_where_a_diplomat_is_posted_is_not_where_they_met(title: str, lede: str) -> None:
    found = draft(title, lede)
    assert found.consultation is not None
    assert found.consultation.place == ""


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        (
            "Minister Berg meets Minister Moen",
            "Foreign Minister Anna Berg met her Vestrian counterpart Karl Moen on Monday to "
            "discuss the situation in Norland and the war in Ostria.",
        ),
        (
            "Ministerin Berg trifft Minister Moen",
            "Außenministerin Anna Berg traf am Montag ihren vestrischen Amtskollegen Karl Moen "
            "zu Gesprächen über die Lage in Syrien und den Krieg in der Ukraine.",
        ),
        (
            "Berg et Moen s'entretiennent",
            "La ministre Anna Berg a rencontré lundi son homologue Karl Moen pour évoquer le "
            "soutien à Kiev et la crise en Ostrie.",
        ),
        (
            "Ministerin Berg trifft Botschafter Moen",
            "Ministerin Anna Berg traf Botschafter Karl Moen zu einem Gespräch über die im "
            "Sommer in Paris stattfindenden Spiele.",
        ),
    ],
)
def test_a_place_the_talks_were_about_is_not_where_they_were_held(title: str, lede: str) -> None:
    found = draft(title, lede)
    assert found.consultation is not None
    assert found.consultation.place not in ("Norland", "Syrien", "Ostrie", "Kiev", "Paris")


def test_the_meeting_place_is_still_read_after_a_diplomat() -> None:
    found = draft(
        "Minister Berg meets Ambassador Moen",
        "Foreign Minister Anna Berg met the Ambassador of Vestria, Karl Moen, in Brio on Monday.",
    )
    assert found.consultation is not None
    assert found.consultation.place == "Brio"


@pytest.mark.parametrize(
    ("lede", "place"),
    [
        (
            "Ministry of Foreign Affairs, Tower Hill, Brio, 29th, November, 2021. The Deputy "
            "Minister Anna Berg has met with a delegation led by Karl Moen.",
            "Brio",
        ),
        (
            "NORPRESS (BRIO, 29 March 2022) – Foreign Minister Anna Berg today held a meeting "
            "with her Vestrian counterpart Karl Moen.",
            "Brio",
        ),
    ],
)
def test_a_datelines_place_is_its_city_not_an_office_or_a_wire(lede: str, place: str) -> None:
    found = draft("Minister Berg meets delegation", lede)
    assert found.consultation is not None
    assert found.consultation.place == place


def test_talks_about_events_in_a_place_were_not_held_there() -> None:
    found = draft(
        "Minister Berg meets Minister Moen",
        "Foreign Minister Anna Berg met Karl Moen, who oversaw the recent elections in Norland, "
        "particularly in Ostria.",
    )
    assert found.consultation is not None
    assert found.consultation.place not in ("Norland", "Ostria")


def test_an_ambassador_received_in_a_city_met_there() -> None:
    found = draft(
        "Minister Berg receives Ambassador Moen",
        "Foreign Minister Anna Berg received Ambassador Karl Moen in Brio on Monday.",
    )
    assert found.consultation is not None
    assert found.consultation.place == "Brio"


def test_consultations_in_a_city_were_held_there() -> None:
    found = draft(
        "Ministers hold consultations",
        "The foreign ministers of Norland and Vestria held consultations in Brio on Monday.",
    )
    assert found.consultation is not None
    assert found.consultation.place == "Brio"


@pytest.mark.parametrize(
    ("title", "lede", "place"),
    [
        (
            "Antrittsbesuch in der Staatskanzlei",
            "Ministerpräsidentin Anna Berg empfing am Montag den Botschafter Vestriens, Karl "
            "Moen, in der Norländer Staatskanzlei.",
            "Norländer Staatskanzlei",
        ),
        (
            "Antrittsbesuch im Rathaus",
            "Bürgermeisterin Anna Berg empfing am Montag Botschafter Karl Moen im Rathaus in Brio.",
            "Brio",
        ),
        (
            "President Berg receives Minister Moen",
            "President Anna Berg received Foreign Minister Karl Moen at the White House on Monday.",
            "White House",
        ),
        (
            "Le Président reçoit M. Moen",
            "Le Président Paul Berg a reçu lundi M. Karl Moen, ministre des Affaires étrangères "
            "de Vestrie, au palais de l'Élysée.",
            "palais de l'Élysée",
        ),
    ],
)
def test_a_seat_of_government_is_where_guests_were_received(
    title: str, lede: str, place: str
) -> None:
    found = draft(title, lede)
    assert found.consultation is not None
    assert found.consultation.place == place


def test_a_seat_of_government_ahead_is_no_place_yet() -> None:
    found = draft(
        "Minister Berg meets Minister Moen",
        "Foreign Minister Anna Berg met Karl Moen in Brio on Monday; both will be received at "
        "the White House next week.",
    )
    assert found.consultation is not None
    assert found.consultation.place == "Brio"


def test_a_french_virtual_meeting_is_by_video() -> None:
    found = draft(
        "Rencontre virtuelle",
        "La ministre Anna Berg a eu lundi une rencontre virtuelle avec son homologue canadien "
        "Karl Moen.",
    )
    assert found.consultation is not None
    assert found.consultation.format == "video teleconference"
