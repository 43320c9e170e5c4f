from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from briefer.errors import DuplicateRecord, LibraryError, RecordNotFound
from briefer.library import Library, SearchQuery, schema
from briefer.model import Consultation, Person, Statement
from tests.factories import consultation, person, source, statement


def titles(library: Library, text: str = "", **filters: object) -> list[str]:
    return [hit.title for hit in library.search(SearchQuery(text=text, **filters))]  # type: ignore[arg-type]


def test_a_record_comes_back_as_it_went_in(library: Library) -> None:
    original = statement("„Wir begrüßen“ – R&D <b>bold</b>", source=source("Full release."))
    record_id = library.add(original)
    stored = library.get(record_id)
    assert stored == replace(original, id=record_id)
    assert stored.source is not None and stored.source.text == "Full release."


def test_the_library_is_a_wal_sqlite_file_with_a_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library(path).close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION


def test_duplicates_are_refused_by_content(library: Library) -> None:
    first = library.add(statement("We welcome the talks."))
    with pytest.raises(DuplicateRecord) as caught:
        library.add(statement("We  welcome the talks.", when=date(2020, 1, 1)))
    assert caught.value.existing_id == first
    assert len(library) == 1


def test_add_all_is_one_transaction(library: Library) -> None:
    good = statement("Fine.")
    broken = Statement(speaker=person("X"), text="Also fine.", date=date(2024, 1, 1))
    # a record whose JSON cannot be stored makes the whole batch fail
    broken = replace(broken, occasion=object())  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        library.add_all([good, broken])
    assert len(library) == 0


def test_add_all_skips_what_is_there_and_links_statements_to_the_meeting(library: Library) -> None:
    meeting = consultation("2+2", "Heiko Maas")
    said = statement("On the meeting.")
    results = library.add_all([said, meeting])
    (said_id, said_added), (meeting_id, meeting_added) = results
    assert said_added and meeting_added
    assert library.get(said_id).consultation_id == meeting_id  # type: ignore[union-attr]
    assert library.add_all([said, meeting]) == [(said_id, False), (meeting_id, False)]
    assert len(library) == 2


def test_update_and_delete(library: Library) -> None:
    record_id = library.add(statement("Old words.", source=source("release")))
    library.update(record_id, statement("New words."))
    assert titles(library, "new") == ["Erika Beispiel: “New words.”"]
    assert titles(library, "old") == []
    library.delete(record_id)
    with pytest.raises(RecordNotFound, match=f"no record {record_id}"):
        library.get(record_id)
    assert titles(library, "new") == []
    assert library.stats().sources == 0  # the orphaned source went with it


def test_deleting_several_records_is_all_or_nothing(library: Library) -> None:
    first = library.add(statement("One."))
    second = library.add(statement("Two."))
    with pytest.raises(RecordNotFound):
        library.delete_all([first, 9999])
    assert len(library) == 2  # the first was not deleted either
    library.delete_all([first, second])
    assert len(library) == 0


def test_update_refuses_to_make_a_duplicate(library: Library) -> None:
    first = library.add(statement("One."))
    second = library.add(statement("Two."))
    with pytest.raises(DuplicateRecord):
        library.update(second, statement("One."))
    assert library.get(first).text == "One."  # type: ignore[union-attr]


def test_deleting_a_meeting_unlinks_its_statements(library: Library) -> None:
    meeting_id, said_id = (
        i for i, _ in library.add_all([consultation("Talks", "A"), statement("Said.")])
    )
    library.delete(meeting_id)
    assert library.get(said_id).consultation_id is None  # type: ignore[union-attr]


@pytest.fixture
def varied(library: Library) -> Library:
    library.add(statement("Wir senden herzliche Grüße nach Köln.", speaker="Annalena Baerbock"))
    library.add(
        statement("The Indo-Pacific matters.", speaker="Heiko Maas", when=date(2021, 4, 13))
    )
    library.add(
        Statement(
            speaker=Person("MOTEGI Toshimitsu", "Foreign Minister", "Japan", aliases=("茂木敏充",)),
            text="日本とドイツは重要なパートナーです。",
            language="ja",
            date=date(2021, 4, 13),
        )
    )
    library.add(
        Consultation(
            title="Strategic dialogue",
            date=date(2023, 3, 18),
            participants=(
                Person("Kishi Nobuo", "Defence Minister", "Japan"),
                person("Boris Pistorius", "Defence Minister"),
            ),
            topics=("Indo-Pacific", "Cyber security"),
            summary="Talks on cyber security in Tokyo.",
        )
    )
    library.add(
        statement("Nothing about the region.", speaker="Ursula Muster", when=date(2019, 1, 1))
    )
    return library


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("koln", ["Annalena Baerbock"]),  # accents fold
        ("KÖLN", ["Annalena Baerbock"]),
        ("grusse", ["Annalena Baerbock"]),  # ß folds to ss
        ("grüsse", ["Annalena Baerbock"]),
        ("茂木", ["MOTEGI Toshimitsu"]),  # a short CJK name, inside a longer kanji run
        ("茂木敏充", ["MOTEGI Toshimitsu"]),
        ("ドイツ", ["MOTEGI Toshimitsu"]),
        ("motegi", ["MOTEGI Toshimitsu"]),
        ("indo-pacific", ["Heiko Maas", "Strategic dialogue"]),
        ("pistor", ["Strategic dialogue"]),  # a prefix matches as you type
        ('"cyber security" tokyo', ["Strategic dialogue"]),
        ('"security cyber"', []),  # a phrase keeps its order
        ("region nothing", ["Ursula Muster"]),  # every word must match
        ('AND OR NOT ( ) * "', []),  # FTS syntax is taken literally
        ("R&D <b>", []),
    ],
)
def test_search(varied: Library, query: str, expected: list[str]) -> None:
    found = sorted(title.split(":")[0] for title in titles(varied, query))
    assert found == sorted(expected)


def test_a_title_match_ranks_above_a_body_match(library: Library) -> None:
    library.add(Consultation(title="Talks", summary="Discussed Tokyo, then Tokyo again, Tokyo."))
    library.add(Consultation(title="Tokyo talks", summary="Discussed trade."))
    assert titles(library, "tokyo") == ["Tokyo talks", "Talks"]


def test_facet_filters(varied: Library) -> None:
    assert titles(varied, kind="consultation") == ["Strategic dialogue"]
    assert [t.split(":")[0] for t in titles(varied, country="Japan")] == [
        "Strategic dialogue",
        "MOTEGI Toshimitsu",
    ]  # newest first without search text
    assert titles(varied, person="Boris Pistorius") == ["Strategic dialogue"]
    assert titles(varied, topic="Cyber security") == ["Strategic dialogue"]
    in_2021 = titles(varied, date_from=date(2021, 1, 1), date_to=date(2021, 12, 31))
    assert sorted(t.split(":")[0] for t in in_2021) == ["Heiko Maas", "MOTEGI Toshimitsu"]
    assert titles(varied, "indo", kind="statement") == ["Heiko Maas: “The Indo-Pacific matters.”"]


def test_facet_counts_follow_the_query(varied: Library) -> None:
    everything = varied.facets(SearchQuery())
    assert dict(everything.kind) == {"consultation": 1, "statement": 4}
    assert dict(everything.country)["Japan"] == 2
    assert dict(everything.topic) == {"Indo-Pacific": 1, "Cyber security": 1}
    assert (everything.date_min, everything.date_max) == (date(2019, 1, 1), date(2024, 5, 2))
    japan = varied.facets(SearchQuery(country="Japan"))
    assert dict(japan.kind) == {"consultation": 1, "statement": 1}
    assert dict(japan.person) == {"MOTEGI Toshimitsu": 1, "Kishi Nobuo": 1, "Boris Pistorius": 1}
    assert varied.facets(SearchQuery("no such words")).kind == ()


def old_library(path: Path, version: int, record: Statement) -> None:
    """Write a library of an older schema version holding record, as that version stored it."""
    db = sqlite3.connect(path, isolation_level=None)
    schema.migrate(db, reindex=lambda _db: None, target=version)
    data = replace(record, id=None, source=None).to_dict()
    db.execute(
        "INSERT INTO records (kind, content_hash, date, title, data, created, modified) "
        "VALUES ('statement', ?, '2024-05-02', ?, ?, 'then', 'then')",
        (record.content_hash, record.heading, json.dumps(data)),
    )
    db.close()


def test_migrating_a_version_1_library_keeps_its_records_and_makes_them_searchable(
    tmp_path: Path,
) -> None:
    record = statement("Grüße aus Köln.", speaker="Old Timer")
    old_library(tmp_path / "old.sqlite", 1, record)

    with Library(tmp_path / "old.sqlite") as library:
        assert library.stats().schema_version == schema.SCHEMA_VERSION
        assert titles(library, "koln") == [record.heading]
        assert dict(library.facets(SearchQuery()).person) == {"Old Timer": 1}
        assert library.get(1).text == "Grüße aus Köln."  # type: ignore[union-attr]


def test_migrating_a_version_2_library_adds_prefix_indexes_and_keeps_it_searchable(
    tmp_path: Path,
) -> None:
    record = statement("Maritime security in the Indo-Pacific.", speaker="Old Timer")
    old_library(tmp_path / "v2.sqlite", 2, record)

    with Library(tmp_path / "v2.sqlite") as library:
        assert library.stats().schema_version == schema.SCHEMA_VERSION
        assert titles(library, "m") == titles(library, "ind") == [record.heading]
    with sqlite3.connect(tmp_path / "v2.sqlite") as db:
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'record_fts'").fetchone()[0]
    assert "prefix = '1 2 3'" in sql


def test_migrating_a_version_3_library_dates_its_sources_by_their_import(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v3.sqlite"
    with sqlite3.connect(path) as db:
        schema.migrate(db, reindex=lambda _db: None, target=3)
        db.execute(
            "INSERT INTO sources (content_hash, title, publisher, url, date_published, "
            "date_retrieved, text) VALUES ('h', 'Release', 'AA', '', '2021-04-13', NULL, 'x')"
        )
        data = replace(statement("Words.", speaker="Old"), id=None, source=None).to_dict()
        db.execute(
            "INSERT INTO records (kind, content_hash, date, title, data, source_id, created, "
            "modified) VALUES ('statement', 'r', '2021-04-13', 'T', ?, 1, "
            "'2021-04-20T09:00:00+00:00', '2021-04-20T09:00:00+00:00')",
            (json.dumps(data),),
        )
    db.close()
    with Library(path) as library:
        said = library.get(1)
        assert said.source is not None and said.source.date_retrieved == date(2021, 4, 20)


def test_a_library_from_a_newer_briefer_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    with pytest.raises(LibraryError, match="written by a newer briefer"):
        Library(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"These are my notes, not a database." * 100)
    with pytest.raises(LibraryError, match="is not a briefer library or is damaged"):
        Library(path)
    assert path.read_bytes().startswith(b"These are my notes")


def test_another_programs_database_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE bookmarks (id INTEGER, url TEXT)")
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="is a database of another program"):
        Library(path)
    assert path.read_bytes() == before
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_an_id_beyond_sqlites_integers_is_simply_not_found(library: Library) -> None:
    with pytest.raises(RecordNotFound, match="no record 99999999999999999999"):
        library.get(99999999999999999999)


@pytest.mark.parametrize("where", ["folder", "/dev/null"])
def test_a_folder_or_device_is_not_a_library(tmp_path: Path, where: str) -> None:
    path = tmp_path if where == "folder" else Path(where)
    with pytest.raises(LibraryError, match="is a folder, device or pipe"):
        Library(path)
    assert not Path("/dev/null-journal").exists()
