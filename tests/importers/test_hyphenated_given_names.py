"""A quotation credited by family name alone goes to the person written in full before it,
a hyphenated given name whole ("Marie-Anne Coninsx", "Jean-Yves Le Roux"), never its second
half."""

from __future__ import annotations

import pytest

from briefer.importers.pressrelease import parse_release
from briefer.importers.readers import read_pasted

RELEASES = {
    "Marie-Anne Lindqvist": (
        "Premier meets Nordic envoys\n\nFREDERICTON, 3 May 2024\n\n"
        "Premier Ben Cole met the envoys of the Union as well as Marie-Anne Lindqvist, "
        "ambassador of the Union, to explore ways to increase trade.\n\n"
        "Lindqvist, on behalf of the envoys, thanked the premier for meeting with them.\n\n"
        "“This meeting is part of our regular contacts with the provinces, and I thank the "
        "premier for his time,” said Lindqvist."
    ),
    "Hans-Peter Brandt": (
        "Minister empfängt Delegation\n\nBerlin, 3. Mai 2024\n\n"
        "Die Ministerin traf heute die Gäste der Union sowie Hans-Peter Brandt, "
        "Botschafter der Union, um über den Handel zu sprechen.\n\n"
        "„Wir wollen die Zusammenarbeit in der Forschung weiter vertiefen und neue Wege "
        "gehen“, sagte Brandt."
    ),
    "Anna Lindqvist": (  # an unhyphenated given name still reads as before
        "Premier meets Nordic envoys\n\nFREDERICTON, 3 May 2024\n\n"
        "Premier Ben Cole met the envoys of the Union as well as Anna Lindqvist, "
        "ambassador of the Union, to explore ways to increase trade.\n\n"
        "Lindqvist, on behalf of the envoys, thanked the premier for meeting with them.\n\n"
        "“This meeting is part of our regular contacts with the provinces, and I thank the "
        "premier for his time,” said Lindqvist."
    ),
}


@pytest.mark.parametrize("full", sorted(RELEASES))
def test_the_speaker_keeps_a_hyphenated_given_name(full: str) -> None:
    draft = parse_release(read_pasted(RELEASES[full]))
    assert [s.speaker.name for s in draft.statements] == [full]
