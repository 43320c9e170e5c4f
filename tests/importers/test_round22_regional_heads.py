"""Quotations of a regional government's head (round 22): a premier or a first minister named
in full in the lede and credited later by the office alone ("said the Premier.", "The First
Minister said:"), and an office that speaks in a release naming no one."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_quotation_credited_to_the_premier_is_the_premier_named_in_the_lede() -> None:
    found = draft(
        "Premier Leaves for Trade Mission",
        "Premier Ola Marsk departs today for the trade mission to Norland and Selonia.",
        "Premier Marsk believes the missions open markets for the island's farmers.",
        '"North Harbour County has grown its exports in recent years, and we mean to grow '
        'them further," said the Premier.',
        "The Premier indicated that there is room to grow trade.",
        '"Our trade with Norland is small; however, we see potential," noted the Premier.',
    )
    assert [
        (s.speaker and s.speaker.name, s.speaker and s.speaker.role) for s in found.statements
    ] == [
        ("Ola Marsk", "Premier"),
        ("Ola Marsk", "Premier"),
    ]


def test_the_first_minister_said_on_its_own_line_credits_the_paragraphs_after_it() -> None:
    found = draft(
        "Norland Envoy Visits Westmoor",
        "Norland’s envoy, Ivo Brand, will visit Westmoor today at the invitation of the First "
        "Minister of Westmoor, Rt Hon Ewan Tally MS.",
        "The visit is the envoy's first.",
        "The First Minister said:",
        "“Westmoor and Norland share a long friendship.",
        "“I look forward to welcoming the envoy and to our talks on trade”.",
        "Commenting ahead of the visit, Ana Roe, OBE, Honorary Consul for Norland in Westmoor "
        "said:",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Ewan Tally"
    assert statement.speaker.role.startswith("First Minister")
    assert statement.text.startswith("Westmoor and Norland share")
    assert statement.text.count("\n") == 1


def test_an_office_that_speaks_in_a_release_naming_no_one_is_an_unnamed_speaker() -> None:
    found = draft(
        "First Minister to visit Norland",
        "Across four days the First Minister will lead a delegation to Norland.",
        "The First Minister said: “Norland is a large market and it is crucial that we build "
        "our links there.",
        "“We have had great success in recent years with exports to Norland.",
        "“But our ambition is to deepen these links.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == ""
    assert statement.speaker.role == "First Minister"
    assert statement.text.startswith("Norland is a large market")
    assert statement.text.count("\n") == 2
