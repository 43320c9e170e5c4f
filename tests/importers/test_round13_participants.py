"""Meetings and participants of round 13: the only meeting of a late photo item, a summons
in the passive, a meeting only proposed, and names after long or odd roles."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_the_only_meeting_posted_months_later_is_the_meeting() -> None:
    found = draft(
        "April 3, 2025",
        "Minister Berg meets with Norland Delegation",
        "Caption: Senator the Hon. Anna Berg, Minister of Foreign Affairs, and her team on "
        "Tuesday, January 14 met with the Deputy Director for Trade, Ambassador Per Ek, and the "
        "Norland Ambassador to Estoria, H.E. Karl Moen.",
    )
    assert found.kind == "consultation"
    assert {"Anna Berg", "Per Ek", "Karl Moen"} <= set(participants(found))
    assert found.consultation is not None
    assert found.consultation.date is None  # "January 14" of which year: not written


def test_an_envoy_invited_to_the_ministry_meets_who_received_him() -> None:
    found = draft(
        "Norland's ambassador summoned",
        "Brio, (WIRE) – Norland's Ambassador Per Ek was invited to the Ministry of Foreign "
        "Affairs of Estoria on Monday after remarks by a Norlandic minister.",
        "State Secretary Anna Berg told him the remarks were unacceptable between neighbours.",
    )
    assert found.kind == "consultation"
    assert set(participants(found)) == {"Per Ek", "Anna Berg"}


def test_an_envoy_summoned_in_german_and_french() -> None:
    german = draft(
        "Botschafter einbestellt",
        "Der norländische Botschafter Per Ek wurde am Montag ins Außenministerium einbestellt. "
        "Staatssekretärin Anna Berg sagte ihm, die Äußerungen seien nicht hinnehmbar.",
    )
    assert german.kind == "consultation"
    assert set(participants(german)) == {"Per Ek", "Anna Berg"}
    french = draft(
        "L'ambassadeur de Norlande convoqué",
        "M. Per Ek, ambassadeur de Norlande, a été convoqué au ministère des Affaires étrangères "
        "lundi. La secrétaire d'État Anna Berg lui a fait part de la préoccupation de l'Estorie.",
    )
    assert french.kind == "consultation"
    assert set(participants(french)) == {"Per Ek", "Anna Berg"}


def test_a_meeting_proposed_or_recalled_in_passing_is_not_held() -> None:
    proposed = draft(
        "L'Estorie souhaite une réunion régionale",
        "Le lundi 3 mai, le ministre Jon Dahl a annoncé que l'Estorie propose un mécanisme "
        "permettant de rencontrer les pays riverains du fleuve.",
        "Il a ajouté que le commerce fluvial devait reprendre.",
    )
    assert proposed.consultation is None
    recalled = draft(
        "Estoria rejects the remarks on the river treaty",
        "The Government of Estoria rejects the remarks on the river treaty, contradicting what "
        "the Secretary of State of Norland, Karl Moen, said in a meeting with the Foreign "
        "Minister of Estoria, Jon Dahl.",
        "Estoria will keep every promise it made on the treaty.",
    )
    assert recalled.consultation is None


def test_names_after_odd_roles_and_titles() -> None:
    found = draft(
        "Minister Berg meets envoys of Chile",
        "Anna Berg, Minister of Foreign Affairs of Norland, met the Ambassador Extraordinary "
        "and Plenipotentiary of Chile to Norland Per Karl Ek and the Minister of Foreign "
        "Affairs of Chile J.Dahl in Brio.",
        "Vice-minister for Asia, Karl Moen, also met the Secretary General of the Union, "
        "Hon (Dr.) Ida Lind.",
    )
    names = set(participants(found))
    assert {"Anna Berg", "Per Karl Ek", "J. Dahl"} <= names
    assert not {"Extraordinary", "Hon"} & names


def test_a_capitalised_nationality_is_no_name() -> None:
    found = draft(
        "La ministre Berg en Norlande",
        "La ministre des Affaires étrangères, Anna Berg, a rencontré le Président Norlandais "
        "et son homologue, Jon Dahl, à Brio.",
    )
    assert "Norlandais" not in participants(found)
    assert {"Anna Berg", "Jon Dahl"} <= set(participants(found))


def test_the_head_of_the_meetings_venue_did_not_take_part() -> None:
    found = draft(
        "Vice-minister meets the diplomatic corps",
        "Vice-minister Jon Dahl held a meeting with representatives of the diplomatic corps at "
        "the permanent mission of Estoria in Brio, whose head is Ambassador Ida Lind.",
        "They discussed trade.",
    )
    assert participants(found) == ["Jon Dahl"]
    led = draft(
        "Minister meets delegation",
        "Minister Jon Dahl met a delegation headed by Ambassador Ida Lind at the embassy.",
    )
    assert set(participants(led)) == {"Jon Dahl", "Ida Lind"}


def test_calls_of_one_visit_on_its_day_are_its_meetings() -> None:
    found = draft(
        "Secretary General visits Brio",
        "The Secretary General paid a courtesy call on Her Excellency Anna Berg, Prime Minister "
        "of Norland, on 3 May 2012. They discussed regional cooperation.",
        "The Secretary General also called on Her Excellency Dr. Ida Lind, Minister for Foreign "
        "Affairs of Norland, on 3 May 2012.",
        "Earlier on 3 May 2012, the Secretary General called on Ambassador Per Ek, Acting "
        "Foreign Secretary of Norland.",
    )
    assert {"Anna Berg", "Ida Lind", "Per Ek"} <= set(participants(found))


def test_a_message_carried_meets_its_bearer_and_a_counterpart_named_after() -> None:
    found = draft(
        "La ministre Berg à l'Assemblée générale",
        "En marge de l'Assemblée générale, la ministre des Affaires étrangères, Anna Berg, a "
        "remis un message du président Karl Moen au président du Ghana, Per Ek.",
        "Elle a ensuite résumé sa rencontre avec le Président Ghanéen.",
        "Coopération régionale",
        "Anna Berg et son homologue malien, Jon Dahl, ont discuté de la coopération régionale.",
    )
    assert participants(found) == ["Anna Berg", "Per Ek", "Jon Dahl"]
    english = draft(
        "Minister Berg in New York",
        "Foreign Minister Anna Berg delivered a message from President Karl Moen to the "
        "President of Ghana, Per Ek, in New York.",
    )
    assert set(participants(english)) == {"Anna Berg", "Per Ek"}


def test_a_name_after_a_countrys_long_role_with_no_comma() -> None:
    found = draft(
        "Minister Berg meets officials of Chile",
        "Foreign Minister Anna Berg met with Chile Foreign Office Director General for the "
        "Americas Ida Lind on the sidelines of the summit.",
        "She also discussed with Chile Deputy Secretary of State for Asian Affairs Karl Moen "
        "the situation in the region.",
    )
    assert {"Anna Berg", "Ida Lind", "Karl Moen"} <= set(participants(found))


def test_a_french_envoy_of_a_country_named_with_de() -> None:
    found = draft(
        "L'ambassadeur de Norlande convoqué",
        "L'ambassadeur de Norlande, Per Ek, a été convoqué au ministère des Affaires étrangères "
        "lundi. La secrétaire d'État Anna Berg lui a fait part de la préoccupation de l'Estorie.",
    )
    assert set(participants(found)) == {"Per Ek", "Anna Berg"}


def test_a_spanish_release_reports_its_meetings() -> None:
    found = draft(
        "Canciller Berg sostuvo reuniones bilaterales en Nueva York",
        "La Canciller de Chile, Anna Berg, sostuvo reuniones bilaterales con el Canciller de "
        "Perú, Per Ek, y con la Ministra de Relaciones Exteriores de Colombia, Ida Lind, en "
        "Nueva York.",
        "En su encuentro con el Canciller Ek, ambos abordaron el comercio.",
    )
    assert found.kind == "consultation"
    assert participants(found) == ["Anna Berg", "Per Ek", "Ida Lind"]


def test_a_meeting_of_this_past_month_is_background() -> None:
    found = draft(
        "Estoria rejects the remarks on the river treaty",
        "The Government of Estoria rejects the remarks of the Secretary of State of Norland, "
        "Karl Moen, who met the Foreign Minister of Estoria, Jon Dahl, in Brio this past June.",
        "Estoria will keep every promise it made on the treaty.",
    )
    assert found.consultation is None


def test_a_long_dateline_dates_the_release_not_the_meeting() -> None:
    found = draft(
        "Secretary General pays courtesy call on President",
        "Regional Union Secretariat Headquarters, Brio, 3rd June, 2020: The Secretary General "
        "of the Union, Per Ek paid a courtesy call on the President of Norland, Karl Moen, at "
        "State House.",
        "They discussed trade.",
    )
    assert found.consultation is not None
    assert found.consultation.date is None


def test_spanish_ministers_each_named_with_their_country() -> None:
    found = draft(
        "Cancilleres de Chile y Perú se reunieron en Lima",
        "Los cancilleres se reunieron en el marco de la cumbre andina.",
        "Según un comunicado, los ministros de Relaciones Exteriores, Anna Berg, de Chile, y "
        "Per Ek, de Perú, se reunieron este lunes en Lima.",
    )
    assert found.kind == "consultation"
    assert participants(found) == ["Anna Berg", "Per Ek"]
    assert found.consultation is not None
    assert [p.country for p in found.consultation.participants] == ["Chile", "Peru"]
