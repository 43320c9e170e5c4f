"""Names with a generation after them ("Jr.", "Sr."), names written family name first with a
patronymic, and names behind a military rank after a role and its country."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_a_generation_after_a_name_is_no_family_name() -> None:
    found = draft(
        "Talks in Manila",
        "Defense Secretary Ramon D. Cruz Jr. met his Norlandian counterpart, Minister Ana Lo,"
        " in Manila on Monday to discuss maritime cooperation.",
    )
    assert participants(found) == ["Ramon D. Cruz", "Ana Lo"]


def test_senior_and_junior_in_other_spellings() -> None:
    found = draft(
        "Visit",
        "Minister Ana Lo received Ambassador Robert Kale Sr. and Senator Ivo Varo Jnr in Oslo"
        " on Tuesday to discuss trade.",
    )
    assert participants(found) == ["Ana Lo", "Robert Kale", "Ivo Varo"]


def test_a_rank_after_a_role_and_its_country_is_no_name() -> None:
    found = draft(
        "Talks in Minsk",
        "Minister of Defence of Belarus Lieutenant General Petrov Viktor Sergeyevich met"
        " Norwegian Defence Minister Ana Lo in Minsk on 3 March.",
    )
    assert participants(found) == ["Viktor Sergeyevich Petrov", "Ana Lo"]


def test_colonel_general_and_a_patronymic_after_an_initial() -> None:
    found = draft(
        "Talks in Astana",
        "The Minister of Defence of Kazakhstan Colonel General Dosanov R. Zhaksylykovich met"
        " with the Minister of Defence of Kyrgyzstan Major General Alymov Bakyt Asanovich in"
        " Astana on Monday.",
    )
    assert participants(found) == ["R. Zhaksylykovich Dosanov", "Bakyt Asanovich Alymov"]


def test_a_patronymic_in_the_middle_stays_where_it_is() -> None:
    found = draft(
        "Talks",
        "Defence Minister Viktor Sergeyevich Petrov met Minister Ana Lo in Minsk on 3 March.",
    )
    assert participants(found) == ["Viktor Sergeyevich Petrov", "Ana Lo"]


def test_a_nationality_before_a_role_of_two_words_is_no_name() -> None:
    found = draft(
        "Talks",
        "Minister Ana Lo met President Ivo Varo and Norlandian Prime Minister Paul Oro in Oslo"
        " on Monday.",
    )
    assert participants(found) == ["Ana Lo", "Ivo Varo", "Paul Oro"]
    assert found.consultation is not None
    assert found.consultation.participants[2].role == "Prime Minister"


def test_a_spanish_minister_in_lower_case_before_the_name() -> None:
    found = draft(
        "Reunión bilateral",
        "El ministro Ana Lo se reunió con su homólogo de Chile, Juan Vero, en Madrid el lunes.",
    )
    assert participants(found) == ["Ana Lo", "Juan Vero"]


def test_a_spanish_portfolio_up_to_the_comma_before_the_name() -> None:
    found = draft(
        "Reunión bilateral",
        "El ministro de Defensa Nacional, Ana Lo, se reunió con su homólogo de Chile, Juan"
        " Vero, en Santiago el lunes.",
    )
    assert participants(found) == ["Ana Lo", "Juan Vero"]


def test_a_hyphenated_rank_after_a_role_and_its_country() -> None:
    found = draft(
        "Talks in Yerevan",
        "Minister of Defence of Armenia Colonel-General Petrov Viktor Sergeyevich met"
        " Norwegian Defence Minister Ana Lo in Yerevan on 3 March.",
    )
    assert participants(found) == ["Viktor Sergeyevich Petrov", "Ana Lo"]
