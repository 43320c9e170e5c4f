"""A declaration wholly in quotation marks after the dateline, no credit inside or after it,
under a headline that names one speaker with a verb that is no verb of speech: one statement
by that speaker (S12-2)."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft

DECLARATIONS = [
    (
        "Le Directeur exécutif de l'Office, Paul Mercan, dénonce les expulsions",
        "GENÈVE, 3 mai 2011 – « L'Office est profondément préoccupé par les expulsions de "
        "familles dans la région du nord, qui privent des milliers d'enfants d'un toit.",
        "« Nous demandons aux autorités de suspendre ces opérations et de garantir un abri à "
        "chaque famille touchée.",
        "« L'Office continuera d'aider les familles déplacées avec ses partenaires. »",
    ),
    (
        "Executive Director Paul Mercan stands up for the rights of displaced children",
        "NEW YORK, 3 May 2011 – “The Fund is deeply concerned by the evictions of families in "
        "the northern region, which leave thousands of children without shelter.",
        "“We call on the authorities to suspend these operations and to guarantee shelter for "
        "every family affected.",
        "“The Fund will continue to help displaced families together with its partners.”",
    ),
    (
        "Paul Mercan, director of the Office, pleads for calm in Norland",
        "NEW YORK, 3 May 2011 – “The Office is deeply concerned by the violence in the northern "
        "region, which leaves thousands of children without shelter.”",
        "“We call on all parties to spare civilians and to let aid reach every family affected.”",
        "“The Office will continue to help displaced families together with its partners.”",
    ),
    (
        "Generalsekretär Paul Mercan fordert Schutz für Flüchtlinge",
        "GENF, 3. Mai 2011 – „Das Hilfswerk ist zutiefst besorgt über die Gewalt im Norden des "
        "Landes, die Tausende Kinder obdachlos macht.",
        "„Wir rufen alle Parteien auf, Zivilisten zu schonen und Hilfe zu allen Familien "
        "durchzulassen.",
        "„Das Hilfswerk wird den Vertriebenen weiter helfen.“",
    ),
]


@pytest.mark.parametrize("paragraphs", DECLARATIONS, ids=["fr", "en-role", "en-apposed", "de"])
def test_a_declaration_in_quotation_marks_is_the_headline_speakers(
    paragraphs: tuple[str, ...],
) -> None:
    found = draft(*paragraphs)
    assert found.kind == "statement"
    assert len(found.statements) == 1
    statement = found.statements[0]
    assert statement.speaker.name == "Paul Mercan"
    assert statement.text.count("\n") == 2  # its three paragraphs
    assert not statement.text.startswith(("«", "“", "„", "GEN", "NEW"))


def test_a_declaration_quoting_someone_else_named_is_not_the_headline_speakers() -> None:
    found = draft(
        "Executive Director Paul Mercan stands up for the rights of displaced children",
        "NEW YORK, 3 May 2011 – The Fund today published its report on the northern region.",
        "“We have lost everything,” a mother told the Fund's staff in Brio.",
    )
    assert all(s.speaker.name != "Paul Mercan" for s in found.statements)


def test_a_quoted_kicker_over_the_text_is_no_declaration() -> None:
    found = draft(
        "Regierungschef Jan Ost zu den Anschlägen in Norland",
        "„Feige Gewalt gegen Unschuldige / Trauerbeflaggung angeordnet“",
        "Regierungschef Jan Ost hat mit Bestürzung auf die Anschläge in Norland reagiert:",
        "„Die feigen Anschläge bestürzen mich zutiefst. Wir trauern mit den Familien.“",
    )
    assert [s.text for s in found.statements] == [
        "Die feigen Anschläge bestürzen mich zutiefst. Wir trauern mit den Familien."
    ]


@pytest.mark.parametrize(
    "headline",
    [
        "Executive Director Paul Mercan condemns the arrest of journalist Ivo Ran",
        "Le Secrétaire général Paul Mercan dénonce l'arrestation du journaliste Ivo Ran",
        "Generalsekretär Paul Mercan verurteilt die Festnahme des Journalisten Ivo Ran",
    ],
)
def test_a_declaration_is_the_headlines_subject_when_it_names_another(headline: str) -> None:
    found = draft(
        headline,
        "NEW YORK, 3 May 2011 – “The Fund is deeply alarmed by the arrest of a journalist who "
        "reported on the plight of children in the north.”",
        "“We call on the authorities to release him without delay.”",
    )
    assert [s.speaker.name for s in found.statements] == ["Paul Mercan"]
    assert found.statements[0].text.count("\n") == 1
