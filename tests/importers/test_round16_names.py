"""Names read in round 16: commissioners, delegates and an organisation's abbreviated titles
are roles, the fields of a minister's portfolio no name (invented releases)."""

from __future__ import annotations

from briefer.importers.persons import find_mentions


def named(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.role) for m in find_mentions(text)]


def names(text: str) -> list[str]:
    return [m.name for m in find_mentions(text)]


def test_a_commissioner_is_a_role_before_a_name() -> None:
    assert named("The Minister met today the Commissioner for the North Ana Lo in Brio.") == [
        ("Ana Lo", "Commissioner for the North")
    ]
    assert names("The Minister met today with Commissioner Ana Lo in Brio.") == ["Ana Lo"]
    assert names("The Minister met European Commissioner for Trade Karl Moen.") == ["Karl Moen"]
    assert names("Le ministre a reçu la commissaire chargée du commerce Ana Lo à Brio.") == [
        "Ana Lo"
    ]
    assert names("Le ministre a reçu le commissaire européen Paul Oro à Brio.") == ["Paul Oro"]
    assert names("Der Minister traf EU-Kommissarin Ana Lo in Brio.") == ["Ana Lo"]
    assert names("El Canciller recibió a la Comisaria Ana Lo en Brio.") == ["Ana Lo"]


def test_a_high_commissioner_is_still_one_role() -> None:
    assert named("The Minister received High Commissioner Ana Lo on Monday.") == [
        ("Ana Lo", "High Commissioner")
    ]


def test_an_organisations_abbreviated_title_is_no_given_name() -> None:
    assert names("HR/VP Lo and SG Varo discussed the situation in Brio.") == ["Lo", "Varo"]
    assert names("DSG Paul Oro and SRSG Ana Lo discussed the situation.") == ["Paul Oro", "Ana Lo"]


def test_a_delegates_role_after_a_name_is_no_second_person() -> None:
    text = (
        "The Minister met Ambassador Paul Oro, Interministerial Delegate for Northern Affairs, "
        "in Brio."
    )
    assert names(text) == ["Paul Oro"]
    text = "Le ministre a reçu le délégué interministériel à la Méditerranée, Paul Oro."
    assert names(text) == ["Paul Oro"]
    text = "Le ministre a reçu M. Paul Oro, Délégué Interministériel à la Méditerranée."
    assert names(text) == ["Paul Oro"]


def test_the_fields_of_a_portfolio_are_no_name() -> None:
    text = (
        "Minister for Foreign Affairs, Maritime Business and Energy, Dr. Ivo Varo believes the "
        "talks matter."
    )
    assert names(text) == ["Ivo Varo"]
    text = "Minister of Foreign Affairs, Tourism and Fisheries, Ivo Varo met Ana Lo."
    assert names(text)[:1] == ["Ivo Varo"]


def test_a_spanish_counterpart_is_named() -> None:
    text = "El Canciller se reunió con su homólogo de Chile, Juan Vero, en Lima."
    assert [(m.name, m.country) for m in find_mentions(text)] == [("Juan Vero", "Chile")]


def test_an_envoy_and_a_special_representative_are_roles() -> None:
    text = (
        "Acting Foreign Minister Ivo Varo chaired the government's side, while the Special "
        "Representative, Ana Lo, led the UN team."
    )
    assert names(text) == ["Ivo Varo", "Ana Lo"]
    assert named("The Minister met Special Envoy for the Horn Paul Oro on Monday.") == [
        ("Paul Oro", "Special Envoy for the Horn")
    ]


def test_an_excellency_abbreviated_with_monsieur_is_an_honorific() -> None:
    text = "S.E.M Paul DALO a reçu Monsieur Jean ORO, Ambassadeur de France."
    assert names(text) == ["Paul DALO", "Jean ORO"]


def test_an_organisations_officers_are_roles() -> None:
    assert named("Le ministre a reçu le Secrétaire exécutif de la CEDEAO, Paul Oro.") == [
        ("Paul Oro", "Secrétaire exécutif de la CEDEAO")
    ]
    text = "Le ministre a reçu le Président de la Commission de l'Union africaine, Paul Oro."
    assert named(text) == [("Paul Oro", "Président de la Commission de l'Union africaine")]
    assert names("Le ministre a reçu l'envoyé spécial Paul Oro.") == ["Paul Oro"]
    assert names("Le ministre a reçu la Directrice générale de l'OMS, Ana Lo.") == ["Ana Lo"]
    assert names("El Canciller recibió al Enviado Especial de la ONU, Paul Oro.") == ["Paul Oro"]
    assert names("The Minister received Executive Secretary Paul Oro.") == ["Paul Oro"]


def test_a_city_s_and_a_consulate_s_officers_are_roles() -> None:
    assert named("The Minister met Mayor Ana Lo and Councillor Paul Oro.") == [
        ("Ana Lo", "Mayor"),
        ("Paul Oro", "Councillor"),
    ]
    assert names("The Minister met Consul General Ana Lo and Honorary Consul Paul Oro.") == [
        "Ana Lo",
        "Paul Oro",
    ]


def test_a_portfolio_of_fields_not_listed_is_read_whole() -> None:
    text = "Minister of Regional Integration, Ivo Varo, met Ana Lo."
    assert named(text) == [("Ivo Varo", "Minister of Regional Integration")]
    assert named("Minister of Maritime Business, Ivo Varo, said the talks matter.") == [
        ("Ivo Varo", "Minister of Maritime Business")
    ]


def test_military_ranks_are_roles() -> None:
    text = (
        "The Minister of Defence received Lieutenant General Ana Lo, Colonel Paul Oro, Major "
        "General Ivo Varo and Admiral Karl Moen."
    )
    assert named(text) == [
        ("Ana Lo", "Lieutenant General"),
        ("Paul Oro", "Colonel"),
        ("Ivo Varo", "Major General"),
        ("Karl Moen", "Admiral"),
    ]
    text = "According to the head of delegation, Brigadier General Maikano Abdullahi, it went well."
    assert names(text) == ["Maikano Abdullahi"]
    assert names("Le ministre a reçu le général de brigade Paul Oro et le colonel Jean Dalo.") == [
        "Paul Oro",
        "Jean Dalo",
    ]
    assert names("Der Minister empfing Generalleutnant Paul Oro und Oberst Jean Dalo.") == [
        "Paul Oro",
        "Jean Dalo",
    ]
    assert names("The General Assembly Hall was full when Ana Lo spoke.") == []


def test_a_retired_officers_abbreviated_rank_is_no_name() -> None:
    text = "They asked His Excellency the President, Rtd. Brig. Julius Maada Bio, to open it."
    assert names(text) == ["Julius Maada Bio"]


def test_spanish_malaysian_and_philippine_titles_are_honorifics() -> None:
    assert names("El Canciller recibió a la Sra. Ana Lo y al Excmo. Sr. Juan Vero.") == [
        "Ana Lo",
        "Juan Vero",
    ]
    assert names("The Minister met Dato' Sri Paul Oro and Tan Sri Ana Lo.") == [
        "Paul Oro",
        "Ana Lo",
    ]
    assert names("The Secretary met Engr. Ivo Varo and Atty. Paul Oro.") == ["Ivo Varo", "Paul Oro"]
    assert names("The President of Sri Lanka, Ana Lo, met Foreign Minister Jon Ek, Sr.") == [
        "Ana Lo",
        "Jon Ek",
    ]


def test_two_people_each_with_a_field_after_a_comma_are_two() -> None:
    text = (
        "Ana Lo, Commissioner for Trade, and Paul Oro, Delegate General of Quebec, met the "
        "Minister."
    )
    assert names(text) == ["Ana Lo", "Paul Oro"]
    text = "Ana Lo, Minister for Regional Trade, and Paul Oro, Minister for Energy, met Jon Ek."
    assert named(text)[:2] == [
        ("Ana Lo", "Minister for Regional Trade"),
        ("Paul Oro", "Minister for Energy"),
    ]


def test_commissioners_envoys_and_governors_in_the_plural() -> None:
    assert named("The Minister met Commissioners Ana Lo and Paul Oro.") == [
        ("Ana Lo", "Commissioner"),
        ("Paul Oro", "Commissioner"),
    ]
    assert names("Le ministre a reçu les commissaires Ana Lo et Paul Oro.") == [
        "Ana Lo",
        "Paul Oro",
    ]
    text = "The Minister met Special Envoys Ana Lo and Paul Oro, and Governors Ivo Varo and Jon Ek."
    assert named(text) == [
        ("Ana Lo", "Special Envoy"),
        ("Paul Oro", "Special Envoy"),
        ("Ivo Varo", "Governor"),
        ("Jon Ek", "Governor"),
    ]


def test_the_chair_who_invited_is_named() -> None:
    text = (
        "The Minister met today with the members of the parliament's foreign affairs "
        "committee, at the invitation of its chair, Ana Lo."
    )
    assert names(text) == ["Ana Lo"]


def test_a_lower_case_role_with_the_after_a_name() -> None:
    assert named("The Minister met Ana Lo, the foreign minister of Estland, on Monday.") == [
        ("Ana Lo", "Foreign minister of Estland")
    ]
    assert names("The Minister met Ana Lo, the head of the UN mission, on Monday.") == ["Ana Lo"]
