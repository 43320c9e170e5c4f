"""The names a library holds, for the spell checker never to mark them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefer.errors import LibraryError
from briefer.library import Library
from briefer.model import Consultation, Person, Statement
from tests.factories import source


def test_the_sample_names_its_people_countries_publisher_and_topics(
    sample_library: Library,
) -> None:
    names = sample_library.names()
    for name in (
        "Heiko Maas",
        "Kramp-Karrenbauer",  # an alias of a participant
        "MOTEGI Toshimitsu",
        "Japan",
        "Federal Foreign Office",  # the publisher of the release
        "Korean peninsula",  # a topic
    ):
        assert name in names
    assert "" not in names and len(names) == len(set(names))


def test_places_and_speakers_aliases_count_and_deleted_records_go(library: Library) -> None:
    meeting = library.add(
        Consultation(
            title="Talks",
            place="Schloss Meseberg",
            participants=(Person("Jean-Noël Barrot", country="France"),),
            topics=("Indo-Pazifik",),
        )
    )
    said = Statement(
        speaker=Person("Johann Wadephul", aliases=("Wadephul",)),
        text="Gut.",
        source=replace(source(), publisher="Auswärtiges Amt"),
    )
    library.add(said)
    assert {"Schloss Meseberg", "Jean-Noël Barrot", "France", "Indo-Pazifik"} <= set(
        library.names()
    )
    assert {"Johann Wadephul", "Wadephul", "Auswärtiges Amt"} <= set(library.names())
    library.delete(meeting)
    assert "Schloss Meseberg" not in library.names()


def test_a_closed_library_says_it_cannot_list_names(tmp_path: Path) -> None:
    library = Library(tmp_path / "library.sqlite")
    library.close()
    with pytest.raises(LibraryError, match="Could not read the names in the library"):
        library.names()
