"""A write-up of a newly elected or appointed officer's words on taking office, with
paraphrase between the quotations, is that officer's statement (K12-5); an election reported
as the event, with the one elected quoted in reaction, stays a news item."""

from __future__ import annotations

from tests.importers.drafting import draft

PARAPHRASE = (
    "Lo, a senator from the northern province who served two terms as deputy speaker and "
    "chaired the finance committee for six years before her election, thanked members for "
    "their trust and told them that the work of the chamber would be guided by fairness."
)
MORE = (
    "She said the chamber would hold its first sitting under her leadership next week, and "
    "that committees would be formed within a month after consultations with all the parties."
)


def test_a_newly_elected_officers_words_are_their_statement() -> None:
    found = draft(
        "Lo pledges to unite the Assembly",
        "Brio, 5 May 2024",
        "Newly elected Speaker of the Assembly Ana Lo has pledged to unite the chamber after her "
        "election on Monday.",
        "“No member will be left out. This house belongs to all of us,” said Lo as she "
        "addressed members shortly after taking the oath of office in the chamber.",
        PARAPHRASE,
        "Photo: Speaker Ana Lo addresses the Assembly after her election in Brio on Monday.",
        MORE,
        "“Our work starts tomorrow,” she said.",
    )
    assert found.kind == "statement"
    assert found.statements
    assert found.statements[0].speaker.name.endswith("Lo")


def test_german_and_french_newly_elected_officers_stay_their_statement() -> None:
    for lede, words, paraphrase in (
        (
            "Die neu gewählte Präsidentin der Versammlung, Ana Lo, hat versprochen, die Kammer "
            "zu einen.",
            "„Kein Mitglied wird zurückgelassen. Dieses Haus gehört uns allen“, sagte Lo vor "
            "den Abgeordneten kurz nach ihrem Amtseid.",
            "Lo, Senatorin aus der Nordprovinz, war zwei Amtszeiten lang Vizepräsidentin und "
            "leitete sechs Jahre lang den Finanzausschuss, bevor sie gewählt wurde. Sie dankte "
            "den Abgeordneten für ihr Vertrauen und kündigte an, die Ausschüsse würden binnen "
            "eines Monats nach Beratungen mit allen Fraktionen gebildet.",
        ),
        (
            "La présidente nouvellement élue de l'Assemblée, Ana Lo, a promis de rassembler la "
            "chambre.",
            "« Aucun membre ne sera laissé de côté. Cette maison nous appartient à tous », a "
            "déclaré Mme Lo devant les députés peu après sa prestation de serment.",
            "Mme Lo, sénatrice de la province du Nord, a été deux fois vice-présidente et a "
            "présidé la commission des finances pendant six ans avant son élection. Elle a "
            "remercié les députés de leur confiance et annoncé que les commissions seraient "
            "formées dans un mois.",
        ),
    ):
        found = draft("Ana Lo an der Spitze", "Brio, 5.5.2024", lede, words, paraphrase, paraphrase)
        assert found.kind == "statement", lede


def test_an_election_told_as_the_event_stays_a_news_item() -> None:
    found = draft(
        "Ana Lo als Vorsitzende des Forums wiedergewählt",
        "Ana Lo wurde heute als Vorsitzende des Forums wiedergewählt. Mit großer Mehrheit haben "
        "die Mitglieder ihr volles Vertrauen ausgedrückt.",
        "„Wir müssen im Gespräch bleiben“, so Ana Lo. Sie dankte den Mitgliedern für das ihr "
        "entgegengebrachte Vertrauen.",
        "Als stellvertretenden Vorsitzenden wählten die Mitglieder erneut Herrn Dr. Karl Moen, "
        "den Vorsitzenden des Ausschusses der Wirtschaft. Neu in den Vorstand wurden Eva Sorn "
        "und Paul Mercan gewählt. Bestätigt wurden die Vorstandsmitglieder Ivo Ran und Mara Velt.",
    )
    assert found.kind == "other"
