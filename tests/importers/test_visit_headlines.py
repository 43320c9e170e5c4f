"""A headline naming a visitor after the visit ("Visite de M. X, Président …", "Besuch von
Frau X", "Visit of Mr X") names X, not "Visite de M. X": a word of courtesy after a word in
lower case begins the name again."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft, participants


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "Visite de M. Paul Dufort, Président du Sénat de Norlande",
            "Le Parlement a reçu, ce 9 mai 2019, la visite de M. Paul Dufort, Président du "
            "Sénat de Norlande. Le Président Karl Moen a parlé avec lui du commerce du bois.",
        ),
        (
            "Besuch von Frau Eva Lind, Präsidentin des Senats von Norland",
            "Der Landtag erhielt am 9. Mai 2019 Besuch von Frau Eva Lind, Präsidentin des Senats "
            "von Norland. Landtagspräsident Karl Moen sprach mit ihr über den Holzhandel.",
        ),
        (
            "Visit of Mr. Paul Dufort, President of the Senate of Norland",
            "The Parliament received a courtesy visit from Mr. Paul Dufort, President of the "
            "Senate of Norland, on 9 May 2019. Speaker Karl Moen talked with him about timber.",
        ),
    ],
)
def test_the_visitor_in_the_headline_is_named_without_the_visit(title: str, lead: str) -> None:
    names = participants(draft(title, lead))
    assert not [name for name in names if name.split()[0] in ("Visite", "Besuch", "Visit")]
    assert len(names) == 2
