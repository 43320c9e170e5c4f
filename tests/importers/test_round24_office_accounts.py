"""A quotation that tells of its speaker in the third person, credited to the speaker's office
(round 24): "“President X expressed his thanks …”, announced the office of President X" is
the office's account quoted from its release, not the speaker's words: no statement."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_an_office_account_of_the_president_is_no_statement_of_his() -> None:
    found = draft(
        "President bids farewell to the Ambassador of Norland",
        "President of Selonia, Karl Wendel, today had a farewell meeting with the Ambassador of "
        "Norland, Olav Brenning.",
        "“President Wendel expressed his thanks for the ambassador’s work and hoped that trade "
        "between Selonia and Norland will keep growing in the years to come,” announced the "
        "office of President Wendel.",
        "Ambassador Brenning said he had seen the country change.",
    )
    assert not found.statements


def test_le_compte_rendu_du_cabinet_n_est_pas_une_declaration_du_president() -> None:
    found = draft(
        "Le président reçoit l'ambassadeur de Norlande en visite d'adieu",
        "Le président de Selonie, Karl Wendel, a reçu aujourd'hui l'ambassadeur de Norlande, "
        "Olav Brenning, en visite d'adieu.",
        "« Le président Wendel a remercié l'ambassadeur pour son travail et souhaité que les "
        "échanges entre la Selonie et la Norlande continuent de croître », a indiqué le cabinet "
        "du président Wendel.",
        "L'ambassadeur Brenning a dit avoir vu le pays changer.",
    )
    assert not found.statements


def test_der_bericht_des_bueros_ist_keine_aeusserung_des_praesidenten() -> None:
    found = draft(
        "Präsident verabschiedet den Botschafter Norlands",
        "Der Präsident von Selonien, Karl Wendel, hat heute den Botschafter Norlands, Olav "
        "Brenning, zum Abschiedsbesuch empfangen.",
        "„Präsident Wendel dankte dem Botschafter für seine Arbeit und hofft, dass der Handel "
        "zwischen Selonien und Norland weiter wächst“, teilte das Büro von Präsident Wendel mit.",
        "Botschafter Brenning sagte, er habe den Wandel des Landes erlebt.",
    )
    assert not found.statements


def test_a_speaker_who_names_another_president_still_speaks() -> None:
    found = draft(
        "Minister meets the President of Norland",
        "Foreign Minister Anna Kestrel met President Olav Brenning of Norland in Brio.",
        "“President Brenning has shown great courage, and we stand by his people,” Kestrel "
        "said after the talks.",
    )
    assert [s.speaker.name if s.speaker else None for s in found.statements] == ["Anna Kestrel"]
