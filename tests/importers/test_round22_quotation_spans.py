"""Where a quotation of a regional government or a trade office ends (round 22): a label's
quotation closed in its own paragraph ("Marsk: "…"") stops there, the narration after it is
the writer's."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_labelled_quotation_closed_in_its_paragraph_does_not_take_the_narration_after_it() -> (
    None
):
    found = draft(
        "Marsk beim Wirtschaftsforum in Brio",
        "Wirtschaftsminister Ola Marsk reist heute zum Wirtschaftsforum in Brio. Er wird von "
        "einer Delegation begleitet.",
        'Marsk: "Norland und Selonien unterhalten enge Beziehungen. Wir müssen neues Vertrauen '
        'schaffen, dann lassen sich auch andere Probleme lösen."',
        "Im Rahmen seines Besuchs wird Minister Marsk auch Gespräche mit Unternehmern führen.",
        "Am Nachmittag reist Minister Marsk weiter nach Selonien.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Ola Marsk"
    assert statement.text.startswith("Norland und Selonien")
    assert statement.text.endswith("andere Probleme lösen.")


def test_a_quotation_after_a_sentence_credited_by_wie_goes_on_in_the_speakers_words() -> None:
    found = draft(
        "Unternehmer knüpfen Kontakte in Selonien",
        "Wirtschaftsminister Ola Marsk zieht eine positive Bilanz seiner Reise nach Selonien.",
        "Ausdruck der Zusammenarbeit seien die neuen Werke in Brio, wie Marsk erklärte. „Mehr "
        "als 2.000 Arbeitsplätze sind allein im Werk entstanden, jedes Jahr verlassen es bis "
        "zu 50.000 Fahrzeuge.“ Norland ist der größte Investor in Selonien.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Ola Marsk"
    assert statement.text.startswith("Mehr als 2.000 Arbeitsplätze")
    assert statement.text.endswith("50.000 Fahrzeuge.")


def test_a_french_closing_mark_typed_for_the_opening_one_opens_no_quotation() -> None:
    found = draft(
        "Une nouvelle coopération entre les Régions de Norlande et de Sélonie",
        "Lors de son intervention, le président de l’association a exprimé l’ »honneur » de "
        "représenter les Régions de Norlande à cette rencontre accueillie par l’ambassadeur "
        "Jon Dahl, en présence du président Paul Oro.",
        "« Les projets de coopération que portent nos Régions relèvent des relations "
        "humaines », a poursuivi Ola Marsk.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Ola Marsk"
    assert statement.text.startswith("Les projets de coopération")


def test_a_quotation_credited_after_it_in_the_perfect_is_the_speakers() -> None:
    found = draft(
        "Partnerschaft mit Selonien vertiefen",
        "„Selonien hat sich in den letzten Jahren enorm entwickelt. Mit der neuen Ausstellung "
        "wollen wir diese Veränderungen zeigen.“ Das hat Staatssekretärin Ola Marsk heute in "
        "Brio unterstrichen, wo sie die Ausstellung eröffnete.",
        "Staatssekretärin Marsk dankte dem Verein und Botschafter Jon Dahl für die Ausstellung.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Ola Marsk"
    assert statement.text.startswith("Selonien hat sich")
    assert statement.text.endswith("Veränderungen zeigen.")
