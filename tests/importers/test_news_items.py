"""A news item that quotes someone is no statement of theirs: a vote of parliament reported
with a reaction quoted in it, a briefing summarised in the third person that quotes a
minister (the quotation itself is still a statement)."""

from __future__ import annotations

from tests.importers.drafting import draft

_LEDE = (
    "On Tuesday, Foreign Minister Karl Moen faced the charges of the opposition over the "
    "recall of an ambassador. {vote}"
)
_QUOTE = (
    'Minister Moen rejected every charge. "I stand here only because I obeyed the law," he '
    "said as he opened the debate."
)


def test_a_vote_of_parliament_reported_with_a_quotation_is_a_news_item() -> None:
    for headline, vote in (
        ("Foreign Minister Moen survives confidence vote", "He survived the motion with 49 votes."),
        ("Parliament debates the recall", "The motion of no confidence failed, 49 votes to 30."),
        ("Moen weathers interpellation", "Minister Moen survived the interpellation."),
    ):
        found = draft(headline, _LEDE.format(vote=vote), _QUOTE)
        assert found.kind == "other", headline
        assert [s.text for s in found.statements] == ["I stand here only because I obeyed the law."]


def test_a_statement_after_a_vote_is_still_a_statement() -> None:
    found = draft(
        "Statement by Foreign Minister Moen after the confidence vote",
        '"I thank the members of parliament for their trust, and I keep working for our '
        'country and for peace with all our neighbours," Foreign Minister Karl Moen said.',
    )
    assert found.kind == "statement"


def test_a_briefing_summarised_in_the_third_person_is_a_news_item_whoever_it_quotes() -> None:
    found = draft(
        "Press Briefing Summary of the Ministry's Spokesperson",
        "• The spokesperson, Ambassador Jon Dahl, briefed journalists on the week's main "
        "activities of the ministry.",
        "• On the dam, he said Norland would keep to the talks under the regional framework.",
        "• Regarding the border, Foreign Minister Karl Moen told the parliament on Monday: "
        '"Norland will never accept a border drawn by force, and we will defend every village '
        'of the north."',
        "• The spokesperson also said the ministry had opened a new consulate in Brio to serve "
        "the Norland community there.",
    )
    assert found.kind == "other"
    assert [s.speaker.name for s in found.statements if s.speaker] == ["Karl Moen"]
