from __future__ import annotations

from pathlib import Path

from briefer import paths
from briefer.library import Library, SearchQuery, open_library
from briefer.library.sample import sample_briefing_path
from briefer.model import Consultation, RecordEntry, Statement, TextEntry, TextKind, briefingfile
from briefer.model.records import snapshot

SEED = paths.sample_dir() / "federal-foreign-office-2021-04-13.txt"


def test_a_new_library_holds_the_sample(sample_library: Library) -> None:
    stats = sample_library.stats()
    assert (stats.consultations, stats.statements, stats.sources) == (1, 2, 1)


def test_the_sample_is_loaded_once_and_not_again_after_the_user_empties_the_library(
    tmp_path: Path,
) -> None:
    path = tmp_path / "lib.sqlite"
    with open_library(path) as library:
        for hit in library.search(SearchQuery()):
            library.delete(hit.id)
    with open_library(path) as library:
        assert len(library) == 0


def test_the_consultation_matches_the_press_release(sample_library: Library) -> None:
    (hit,) = sample_library.search(SearchQuery(kind="consultation"))
    meeting = sample_library.get(hit.id)
    assert isinstance(meeting, Consultation)
    assert meeting.format == "video teleconference"
    people = {(p.name, p.role, p.country) for p in meeting.participants}
    assert people == {
        ("Heiko Maas", "Foreign Minister", "Germany"),
        ("Annegret Kramp-Karrenbauer", "Federal Minister of Defence", "Germany"),
        ("Toshimitsu Motegi", "Foreign Minister", "Japan"),
        ("Nobuo Kishi", "Defence Minister", "Japan"),
    }
    release = SEED.read_text("utf-8")
    assert meeting.summary in release
    assert "Korean peninsula" in meeting.topics
    for topic in meeting.topics:  # agenda items, as the release words them
        assert topic[1:] in release
    assert meeting.source is not None and meeting.source.text == release


def test_the_statements_are_verbatim_paragraphs_of_the_release(sample_library: Library) -> None:
    paragraphs = SEED.read_text("utf-8").split("\n")
    statements = [
        sample_library.get(h.id) for h in sample_library.search(SearchQuery(kind="statement"))
    ]
    by_speaker = {s.speaker.name: s for s in statements if isinstance(s, Statement)}
    maas = by_speaker["Heiko Maas"]
    akk = by_speaker["Annegret Kramp-Karrenbauer"]
    assert maas.text in paragraphs and akk.text in paragraphs
    assert maas.text.startswith("So that Germany and Europe")
    assert maas.text.endswith("the rule of law and human rights.")
    assert akk.text.startswith("The situation in the Indo-Pacific region concerns us all.")
    assert akk.text.endswith("technology and cyber security.")
    assert (
        paragraphs.index(maas.text)
        == paragraphs.index(
            "Foreign Minister Maas made the following statement on the occasion of the "
            "consultations between Germany and Japan:"
        )
        + 1
    )


def test_the_sample_briefing_quotes_the_sample_records_as_they_are(sample_library: Library) -> None:
    briefing = briefingfile.load(sample_briefing_path())
    records = [e for e in briefing.entries() if isinstance(e, RecordEntry)]
    assert len(records) == 3
    for entry in records:
        assert entry.record_id is not None
        assert entry.record == snapshot(sample_library.get(entry.record_id))
    texts = [e for e in briefing.entries() if isinstance(e, TextEntry)]
    points = [e for e in texts if e.kind is TextKind.TALKING_POINTS]
    assert len(points) == 1
    assert [p.marker for p in points[0].text.paras] == ["bullet"] * 3
    assert any(e.kind is TextKind.BACKGROUND for e in texts)
