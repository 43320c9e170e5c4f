"""Links to other pages ("Photos from the Trip»") are page furniture, never a headline or text."""

from briefer.importers.furniture import is_label
from tests.importers.drafting import draft


def test_a_link_with_its_arrow_is_no_headline_or_text() -> None:
    found = draft(
        "Travel to Norland and Estoria, April 6-10, 2016",
        "Photos from the Trip»",
        "Secretary Ana Lo traveled to Brio, Norland, on April 8 to meet with Prime Minister Ivo "
        "Ran.",
        "The Secretary underscored our strong support for the government of Norland.",
        "Read the full readout ›",
    )
    assert found.consultation is not None
    assert found.consultation.title == "Travel to Norland and Estoria, April 6-10, 2016"
    assert "Photos" not in found.consultation.summary
    assert is_label("Alle Meldungen →")
    assert not is_label("« Nous sommes prêts »")
