"""Images become numbered figures, in the briefing's language, where the officer put them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefer.compose import build_document
from briefer.library.sample import sample_briefing_path
from briefer.model import Briefing, briefingfile
from briefer.render.document import Cover, Figure, Heading, document_from_dict, runs_text
from briefer.render.template import find_template
from tests.images import image_entry, photo, with_image


def sample() -> Briefing:
    return briefingfile.load(sample_briefing_path())


def pictured(language: str = "en") -> Briefing:
    """The sample with a map after its first entry and a photo opening its second section."""
    briefing = replace(sample(), meta=replace(sample().meta, language=language))
    briefing = with_image(briefing, image_entry(caption="The region", id="map"), 0, 1)
    return with_image(
        briefing, image_entry(photo(), caption="The venue", alt_text="A hall", id="hall"), 1, 0
    )


def figures(briefing: Briefing, variant: str = "internal") -> list[Figure]:
    document = build_document(briefing, find_template("ministerial-brief"), variant)  # type: ignore[arg-type]
    return [block for block in document.blocks if isinstance(block, Figure)]


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        ("en", "Figure 1: The region", "Figure 2: The venue"),
        ("de", "Abbildung 1: The region", "Abbildung 2: The venue"),
        ("fr", "Figure 1\u00a0: The region", "Figure 2\u00a0: The venue"),
    ],
)
def test_captions_are_numbered_in_the_briefings_language(
    language: str, first: str, second: str
) -> None:
    found = figures(pictured(language))
    assert [runs_text(f.caption) for f in found] == [first, second]
    assert found[0].caption[0].emphasis == "bold"  # the label stands out from the words


def test_a_figure_carries_the_picture_its_size_and_alt_text_and_is_a_link_target() -> None:
    briefing = pictured()
    entry = briefing.sections[1].entries[0]
    hall = figures(briefing)[1]
    assert hall.data == entry.picture.data  # type: ignore[union-attr]
    assert (hall.media_type, hall.width, hall.height) == ("image/jpeg", 1600, 1200)
    assert hall.alt == "A hall"
    assert hall.anchor == "e-hall"


def test_a_figure_takes_its_place_and_leaves_the_entry_numbers_alone() -> None:
    plain = build_document(sample(), find_template("ministerial-brief"))
    document = build_document(pictured(), find_template("ministerial-brief"))
    numbers = [b.number for b in document.blocks if isinstance(b, Heading)]
    assert numbers == [b.number for b in plain.blocks if isinstance(b, Heading)]
    kinds = [type(b).__name__ for b in document.blocks]
    first_entry = kinds.index("Heading", kinds.index("Heading") + 1)  # 1.1, the background
    following = kinds.index("Heading", first_entry + 1)
    assert kinds[following - 1] == "Figure"  # after 1.1's text, before 1.2
    second_section = next(
        i for i, b in enumerate(document.blocks) if isinstance(b, Heading) and b.number == "2"
    )
    assert isinstance(document.blocks[second_section + 1], Figure)


def test_an_uncaptioned_figure_has_no_caption_and_no_number() -> None:
    briefing = with_image(sample(), image_entry(caption="", id="bare"), 0, 0)
    briefing = with_image(briefing, image_entry(caption="Second", id="second"), 0, 2)
    bare, second = figures(briefing)
    assert bare.caption == ()
    assert runs_text(second.caption) == "Figure 1: Second"


def test_an_internal_image_says_so_and_stays_out_of_the_shareable_version() -> None:
    hidden = image_entry(caption="Seating plan", printable=False, id="plan")
    briefing = with_image(pictured(), hidden, 0, 0)
    internal = figures(briefing)
    assert runs_text(internal[0].caption) == (
        "Figure 1: Seating plan (Internal – not for distribution)"
    )
    shared = figures(briefing, "shareable")
    assert [runs_text(f.caption) for f in shared] == ["Figure 1: The region", "Figure 2: The venue"]
    cover = build_document(briefing, find_template("ministerial-brief")).blocks[0]
    assert isinstance(cover, Cover)
    assert cover.version == "Internal version: contains internal notes"


def test_a_chronological_digest_keeps_images_with_the_own_text() -> None:
    document = build_document(pictured(), find_template("press-digest"))
    kinds = [type(b).__name__ for b in document.blocks]
    assert kinds.count("Figure") == 2
    first_quote = kinds.index("Quote")
    assert all(i < first_quote for i, kind in enumerate(kinds) if kind == "Figure")


def test_a_document_with_figures_round_trips_through_json() -> None:
    document = build_document(pictured(), find_template("ministerial-brief"))
    assert document_from_dict(document.to_dict()) == document
