"""A parliamentary record's speech (round 26): "M. le Président. – J'ai le plaisir …", "The
President. – I have the pleasure …", "Der Präsident. – Ich habe die Freude …": the office
before the dash speaks, unnamed, over the paragraphs that go on in the first person, without
the record's notes of applause; the record's own lines after it ("La séance est suspendue")
are no part of it."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_french_record() -> None:
    found = draft(
        "Compte rendu analytique officiel du 4 mai 2021",
        "Hommage à une délégation du Varland",
        "M. le Président. - J'ai le plaisir et l'honneur de saluer la présence dans notre "
        "tribune officielle d'une délégation du Parlement du Varland, conduite par son premier "
        "vice-président, M. Karl Moen. (Mmes et MM. les sénateurs se lèvent et applaudissent)",
        "Cette visite intervient à un moment d'autant plus important que le Varland a créé en "
        "2010 une seconde chambre qui représente ses régions. Avec cette vocation, nous "
        "partageons les mêmes préoccupations et les mêmes ambitions.",
        "Je forme des voeux pour que l'accueil de cette délégation renforce l'amitié entre nos "
        "deux pays et nos deux assemblées. (Applaudissements)",
        "La séance est suspendue à 16 heures.",
    )
    assert found.kind == "statement"
    [said] = found.statements
    assert said.speaker is None or not said.speaker.name
    assert said.text.startswith("J'ai le plaisir")
    assert said.text.count("\n") == 2
    assert said.text.endswith("nos deux assemblées.")


def test_english_record() -> None:
    found = draft(
        "Verbatim report of proceedings of 4 May 2021",
        "Welcome to a delegation from Varland",
        "The President. – I have the pleasure and the honour of welcoming to the official "
        "gallery a delegation of the Parliament of Varland, led by its first Vice-President, "
        "Mr Karl Moen. They are most welcome here. (Members rose and applauded)",
        "This visit comes at a moment all the more important as Varland created a second "
        "chamber in 2010 to represent its regions. With that calling, we share the same "
        "concerns and the same ambitions.",
        "I hope that the welcome of this delegation will strengthen the friendship between our "
        "two countries and our two parliaments. (Applause)",
        "The sitting was suspended at 4 p.m.",
    )
    [said] = found.statements
    assert said.speaker is not None and (said.speaker.name, said.speaker.role) == ("", "President")
    assert said.text.count("\n") == 2
    assert said.text.endswith("our two parliaments.")


def test_german_record() -> None:
    found = draft(
        "Ausführlicher Sitzungsbericht vom 4. Mai 2021",
        "Begrüßung einer Delegation aus Varland",
        "Der Präsident. – Ich habe die Freude und die Ehre, auf der Ehrentribüne eine "
        "Delegation des Parlaments von Varland unter der Leitung seines Ersten "
        "Vizepräsidenten, Herrn Karl Moen, zu begrüßen. Seien Sie herzlich willkommen. (Die "
        "Abgeordneten erheben sich)",
        "Dieser Besuch kommt zu einem umso wichtigeren Zeitpunkt, als Varland im Jahr 2010 "
        "eine zweite Kammer geschaffen hat. Wir teilen dieselben Anliegen und dieselben Ziele.",
        "Ich wünsche mir, dass der Empfang dieser Delegation die Freundschaft zwischen unseren "
        "beiden Ländern stärkt. (Beifall)",
        "Die Sitzung wird um 16 Uhr unterbrochen.",
    )
    [said] = found.statements
    assert said.speaker is not None and (said.speaker.name, said.speaker.role) == ("", "Präsident")
    assert said.text.count("\n") == 2
    assert said.text.endswith("Ländern stärkt.")


def test_a_dateline_with_a_dash_is_no_record() -> None:
    found = draft(
        "Minister visits Varland",
        "BRIO. – Foreign Minister Eva Lind met her Varland counterpart Karl Moen on Monday.",
        "The two discussed fisheries and trade.",
    )
    assert not found.statements
