"""A list of delegation heads each named after "the [role] of [the long name of a country]":
the country ends before the name, and a role after a name that already has its own role and
country ("…, Hristijan Mickoski, the President of …") starts the list's next item."""

from briefer.importers.persons import find_mentions
from tests.importers.drafting import draft, participants


def _named(text: str) -> list[tuple[str, str, str]]:
    return [(m.name, m.role, m.country) for m in find_mentions(text)]


def test_names_after_long_country_names_in_a_list() -> None:
    assert _named(
        "The delegations were led by the Prime Minister of the Republic of North Macedonia "
        "Hristijan Mickoski, the President of the United Republic of Tanzania, Samia Suluhu "
        "Hassan, and Prime Minister Jeremiah Manele of the Solomon Islands."
    ) == [
        ("Hristijan Mickoski", "Prime Minister", "North Macedonia"),
        ("Samia Suluhu Hassan", "President", "Tanzania"),
        ("Jeremiah Manele", "Prime Minister", "Solomon Islands"),
    ]


def test_a_comma_after_the_country_and_after_the_name() -> None:
    assert _named(
        "Also present were the Prime Minister of the Republic of North Macedonia, Hristijan "
        "Mickoski, the President of the Republic of Cyprus, Nikos Christodoulides, and others."
    ) == [
        ("Hristijan Mickoski", "Prime Minister", "North Macedonia"),
        ("Nikos Christodoulides", "President", "Cyprus"),
    ]


def test_a_short_country_before_a_plural_islands_country() -> None:
    found = draft(
        "Leaders meet in Brio",
        "President Ona met in Brio on Monday the President of Tanzania Samia Suluhu Hassan and "
        "the Prime Minister of the Solomon Islands Jeremiah Manele, the Chair of the Forum.",
        "They discussed maritime security.",
    )
    assert "Jeremiah Manele" in participants(found)
    assert "Samia Suluhu Hassan" in participants(found)


def test_a_role_of_its_own_after_a_name_with_a_role_only() -> None:
    # no country before the name: the role after it is still the name's own
    assert _named("Minister Ana Lo, Ambassador of Norland, spoke.")[0][0] == "Ana Lo"
