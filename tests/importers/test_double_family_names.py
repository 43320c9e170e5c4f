"""A double family name written alone once the full name was given ("Varga-Somló said",
"Kramp-Karrenbauer betonte", "Dlamini-Zuma a salué") names that person, as a single family
name does: a pronoun's credit after it goes to them, not to the other side named beside."""

from briefer.importers.knownpersons import known_mentions
from briefer.model.records import Person
from tests.importers.drafting import draft


def _speakers(*paragraphs: str) -> list[str]:
    return [s.speaker.name if s.speaker else "" for s in draft(*paragraphs).statements]


def test_english_double_family_name_alone_is_the_minister() -> None:
    assert _speakers(
        "Minister Varga-Somló meets Valdoria's defence minister",
        "Defence Minister Ilka Varga-Somló met his Valdorian counterpart, Defence Minister Tor "
        "Dorn, in Brio on Monday.",
        "Varga-Somló and Dorn reviewed the joint exercises. Varga-Somló said both armies would "
        "train together.",
        "“Our doors stay open to every neighbour,” he said.",
    ) == ["Ilka Varga-Somló"]


def test_german_double_family_name_alone_is_the_minister() -> None:
    assert _speakers(
        "Ministerin trifft Amtskollegen",
        "Verteidigungsministerin Annegret Kramp-Karrenbauer hat am Montag in Brio den "
        "valdorischen Verteidigungsminister Tor Dorn getroffen.",
        "Kramp-Karrenbauer und Dorn sprachen über die gemeinsamen Übungen. Kramp-Karrenbauer "
        "betonte die enge Partnerschaft.",
        "„Unsere Türen stehen jedem Nachbarn offen“, sagte sie.",
    ) == ["Annegret Kramp-Karrenbauer"]


def test_french_double_family_name_alone_is_the_minister() -> None:
    assert _speakers(
        "La ministre reçoit son homologue",
        "La ministre des Affaires étrangères Nkosazana Dlamini-Zuma a reçu lundi à Brio le "
        "ministre valdorien des Affaires étrangères Tor Dorn.",
        "Dlamini-Zuma et Dorn ont évoqué la sécurité régionale. Dlamini-Zuma a salué un "
        "partenariat solide.",
        "« Nos portes restent ouvertes », a-t-elle déclaré.",
    ) == ["Nkosazana Dlamini-Zuma"]


def test_two_family_names_joined_are_still_two_people() -> None:
    people = (Person("Angela Merkel", "Chancellor", ""), Person("Nicolas Sarkozy", "President", ""))
    found = known_mentions("The Merkel-Sarkozy talks went on late.", people)
    assert "Nicolas Sarkozy" in [m.name for m in found]
    assert "Angela Merkel-Sarkozy" not in [m.name for m in found]
