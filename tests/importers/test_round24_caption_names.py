"""A speaker written in full only in a photo's caption, then credited by the family name alone
after the verb and a phrase of time or place (round 24): "„…“, sagte Wendel im Anschluss an
das Gespräch.", "…,” said Wendel after the meeting.", "», a déclaré Wendel à l'issue de …"."""

from __future__ import annotations

from tests.importers.drafting import draft


def _speakers(*paragraphs: str) -> list[str | None]:
    found = draft(*paragraphs)
    return [s.speaker.name if s.speaker else None for s in found.statements]


def test_sagte_and_the_family_name_before_a_phrase_of_time() -> None:
    speakers = _speakers(
        "Antrittsbesuch des norländischen Botschafters",
        "Der Ministerpräsident empfing heute den norländischen Botschafter Dr. Olav Brenning "
        "zu seinem Antrittsbesuch in der Staatskanzlei.",
        "Ministerpräsident Karl Wendel empfing S.E. Dr. Olav Brenning (Foto: Staatskanzlei)",
        "Thema war die Zusammenarbeit der Häfen. „Die Partnerschaft mit Norland ist sehr "
        "lebendig. Mit keiner anderen Region sind wir so eng verbunden“, sagte Wendel im "
        "Anschluss an das Gespräch.",
    )
    assert speakers == ["Karl Wendel"]


def test_said_and_the_family_name_before_a_phrase_of_time() -> None:
    speakers = _speakers(
        "Governor receives the ambassador of Norland",
        "The Governor today received the Ambassador of Norland, Dr Olav Brenning, on his first "
        "visit to the Residence.",
        "Governor Karl Wendel receives H.E. Dr Olav Brenning (Photo: Residence)",
        "The talks covered the ports. “Our partnership with Norland is very lively and no other "
        "country is as close to our people,” said Wendel after the meeting.",
    )
    assert speakers == ["Karl Wendel"]


def test_a_declare_and_the_family_name_before_a_phrase_of_time() -> None:
    speakers = _speakers(
        "Visite de l'ambassadeur de Norlande",
        "Le gouverneur a reçu aujourd'hui l'ambassadeur de Norlande, Olav Brenning, pour sa "
        "visite de courtoisie.",
        "Le gouverneur Karl Wendel reçoit S.E. Olav Brenning (Photo : Résidence)",
        "Les ports étaient au cœur des échanges. « Notre partenariat avec la Norlande est très "
        "vivant et aucune autre région ne nous est aussi proche », a déclaré Wendel à l'issue "
        "de l'entretien.",
    )
    assert speakers == ["Karl Wendel"]
