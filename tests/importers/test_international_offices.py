"""The head of an international body, a parliament or a court quoted after the office alone
("The Director-General said:", "a déclaré le Procureur", "“…,” the Registrar said.") is the
person the release gave that office to, even when several people are named and the stored
role of that person is another one ("the Director-General of the Agency, H.E. Ambassador X":
Ambassador) (S12-1)."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft


@pytest.mark.parametrize(
    ("lede", "quoted"),
    [
        (
            "The Director-General of the Agency, H.E. Ambassador Olaf Tren, met the Minister "
            "of Foreign Affairs of Norland, H.E. Mr Ivo Sand, in Brio on 3 May.",
            "The Director-General said: “We will keep working with Norland on every question "
            "of verification.”",
        ),
        (
            "The Registrar of the Court, Mr Olaf Tren, met Justice Minister Eva Holm and "
            "Foreign Minister Ivo Sand in Brio on Monday.",
            "“The Court relies on the cooperation of every state party,” the Registrar said.",
        ),
        (
            "The Prosecutor of the Court, Mr Olaf Tren, met President Ivo Sand and Justice "
            "Minister Eva Holm in Brio on Monday.",
            "The Prosecutor stressed: “Justice must be done and must be seen to be done "
            "everywhere.”",
        ),
        (
            "Le Procureur de la Cour, M. Olaf Tren, s'est entretenu lundi à Brio avec le "
            "président Ivo Sand et la ministre de la Justice, Mme Eva Holm.",
            "Le Procureur a déclaré : « La justice doit être rendue partout et pour tous. »",
        ),
        (
            "Der Generaldirektor der Organisation, Botschafter Olaf Tren, traf am Montag in "
            "Brio Außenminister Ivo Sand und Verteidigungsministerin Eva Holm.",
            "„Wir werden die Zusammenarbeit mit Norland in allen Fragen fortsetzen“, sagte der "
            "Generaldirektor.",
        ),
    ],
)
def test_the_office_alone_is_the_one_the_release_gave_it(lede: str, quoted: str) -> None:
    found = draft(
        "Visit to Norland",
        lede,
        "Minister Sand briefed the delegation on the preparations for the conference.",
        quoted,
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Olaf Tren"


@pytest.mark.parametrize(
    ("lede", "quoted", "who"),
    [
        (
            "Prosecutor Olaf Tren of the Court met President Ivo Sand and Justice Minister Eva "
            "Holm in Brio on Monday.",
            "The Prosecutor stressed: “Justice must be done and must be seen to be done "
            "everywhere.”",
            "Olaf Tren",
        ),
        (
            "Chefanklägerin Lena Dorn traf am Montag in Brio Präsident Ivo Sand und "
            "Justizministerin Eva Holm.",
            "„Gerechtigkeit muss überall geschehen, und man muss es sehen“, sagte die "
            "Chefanklägerin.",
            "Lena Dorn",
        ),
    ],
)
def test_a_courts_officer_before_the_name_is_a_role(lede: str, quoted: str, who: str) -> None:
    found = draft("Visit to Norland", lede, quoted)
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == who


@pytest.mark.parametrize(
    ("lede", "quoted"),
    [
        (
            "The Permanent Representative of Norland to the United Nations, H.E. Dr Olaf "
            "Tren, met the President of the General Assembly, Mr Ivo Sand, and "
            "Under-Secretary-General Eva Holm on Monday.",
            "The Permanent Representative said: “Norland will keep supporting every effort "
            "for peace.”",
        ),
        (
            "The Ambassador of Norland to Estoria, H.E. Mr Olaf Tren, paid a courtesy call on "
            "Governor Ivo Sand and Mayor Eva Holm in Brio on Monday.",
            "The Ambassador said: “Our trade with your province has doubled in five years.”",
        ),
        (
            "L'Ambassadeur de Norland en Estorie, S.E. M. Olaf Tren, a rendu une visite de "
            "courtoisie au gouverneur Ivo Sand et au maire Eva Holm lundi à Brio.",
            "L'Ambassadeur a déclaré : « Nos échanges avec votre province ont doublé en cinq "
            "ans. »",
        ),
    ],
)
def test_a_missions_head_named_by_office_alone(lede: str, quoted: str) -> None:
    found = draft("Visit", lede, quoted)
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Olaf Tren"


@pytest.mark.parametrize(
    ("lede", "after", "paragraph"),
    [
        (
            "The Director-General of the Agency, H.E. Ambassador Olaf Tren, met the Minister "
            "of Foreign Affairs of Norland, H.E. Mr Ivo Sand, in Brio on 3 May.",
            "Minister Sand briefed the delegation on the preparations for the conference.",
            "The Director-General thanked Norland for its support. “We will keep working with "
            "Norland on every question of verification,” he said.",
        ),
        (
            "Le Directeur général de l'Agence, S.E. l'Ambassadeur Olaf Tren, s'est entretenu "
            "le 3 mai à Brio avec le ministre des Affaires étrangères de Norland, M. Ivo Sand.",
            "M. Sand a présenté les préparatifs de la conférence.",
            "Le Directeur général a remercié Norland pour son soutien. « Nous continuerons à "
            "travailler avec Norland sur toutes les questions de vérification », a-t-il ajouté.",
        ),
        (
            "Der Generaldirektor der Organisation, Botschafter Olaf Tren, traf am Montag in "
            "Brio Außenminister Ivo Sand.",
            "Sand stellte die Pläne seiner Regierung vor.",
            "Der Generaldirektor dankte Norland für die Unterstützung. „Wir werden die "
            "Zusammenarbeit mit Norland in allen Fragen fortsetzen“, sagte er.",
        ),
    ],
)
def test_he_after_a_sentence_opened_by_the_office_alone(
    lede: str, after: str, paragraph: str
) -> None:
    found = draft("Visit to Norland", lede, after, paragraph)
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Olaf Tren"
