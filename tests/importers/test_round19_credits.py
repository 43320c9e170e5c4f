"""Round 19: credits the quote loop could not read — a role by the release's own
nationality, a verbless credit line after a quote-only paragraph ("Thus Minister X …", "So
der Minister …", "Ainsi le ministre …"), two fragments of one sentence credited at its end,
and a quoted theme or motto in narration that is no one's words."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft


def _said(found, words: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.speaker.name if s.speaker else "" for s in found.statements if words in s.text]


# a quoted theme, motto or title in narration before "X said:" is no one's words
@pytest.mark.parametrize(
    "narration",
    [
        "Recalling that the forum met under the theme “Bridges, not walls: trade for all in the"
        " region”, Minister Ana Lo said:",
        "Recalling that the forum met under the theme of “Bridges, not walls: trade for all in"
        " the region”, Minister Ana Lo said:",
        "Noting that the summit was held under the motto “Bridges, not walls: trade for all in"
        " the region”, Minister Ana Lo said:",
        "Recalling the conference entitled “Bridges, not walls: trade for all in the region”,"
        " Minister Ana Lo said:",
    ],
)
def test_a_quoted_theme_is_no_ones_words(narration: str) -> None:
    found = draft(
        "Minister Lo at the forum",
        "Minister of Trade Ana Lo spoke at the regional forum in Brio on Monday.",
        narration,
        "“We will open our ports to all our neighbours and lower the tariffs.”",
    )
    assert _said(found, "Bridges, not walls") == []
    assert _said(found, "open our ports") == ["Ana Lo"]
