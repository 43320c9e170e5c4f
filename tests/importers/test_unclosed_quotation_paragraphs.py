"""A paragraph that opens a quotation, never closes it and has no attribution, after the
speaker's reported speech (round 13): the speaker's, also when its first person is only
"me" ("Let me also say …")."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_an_unclosed_quotation_after_reported_speech_is_the_speakers() -> None:
    found = draft(
        "Minister Dahl on the talks with Vestria",
        "Foreign Minister Jon Dahl received the press in Brio on Monday.",
        "Dahl said the talks with Vestria would resume in spring.",
        "“Let me also say that Vestria has sent its good wishes to the new government.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Jon Dahl"
    assert statement.text.startswith("Let me also say")
