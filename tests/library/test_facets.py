"""Facets: topics that differ only in case are one, and counts follow the search."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from briefer.library import Library, SearchQuery, find
from briefer.library.schema import SCHEMA_VERSION, migrate
from tests.factories import consultation, statement


def _topics_library(library: Library) -> Library:
    library.add(consultation("Tokyo talks", "Anna Example", topics=("Cyber security", "Ökologie")))
    library.add(consultation("Berlin talks", "Ben Example", topics=("cyber security",)))
    library.add(consultation("Paris talks", "Anna Example", topics=("CYBER SECURITY", "ökologie")))
    library.add(statement("Maritime security matters.", speaker="Anna Example"))
    return library


def test_topics_differing_only_in_case_are_one_topic(library: Library) -> None:
    _topics_library(library)
    topics = dict(library.facets(SearchQuery()).topic)
    assert topics == {"CYBER SECURITY": 3, "Ökologie": 2}
    for spelling in ("cyber security", "Cyber Security", "CYBER SECURITY"):
        hits = library.search(SearchQuery(topic=spelling))
        assert sorted(h.title for h in hits) == ["Berlin talks", "Paris talks", "Tokyo talks"]
    assert len(library.search(SearchQuery(topic="ÖKOLOGIE"))) == 2


def test_facet_counts_follow_the_search_text_and_a_choice_keeps_its_alternatives(
    library: Library,
) -> None:
    _topics_library(library)
    found = find(library, SearchQuery("paris"))
    assert dict(found.facets.kind) == {"consultation": 1}
    assert dict(found.facets.topic) == {"CYBER SECURITY": 1, "ökologie": 1}
    assert (found.filters, found.hidden) == (0, 0)

    chosen = find(library, SearchQuery("anna", kind="consultation"))
    assert sorted(library.get(i).heading for i in chosen.ids) == ["Paris talks", "Tokyo talks"]
    assert dict(chosen.facets.kind) == {"consultation": 2, "statement": 1}  # still offered
    assert dict(chosen.facets.person) == {"Anna Example": 2}
    assert (chosen.filters, chosen.hidden) == (1, 1)  # the statement is hidden

    dated = find(library, SearchQuery(kind="consultation", date_to=date(2020, 1, 1)))
    assert dated.ids == [] and (dated.filters, dated.hidden) == (2, 4)


def test_a_version_4_library_merges_its_topics_when_it_is_opened(tmp_path: Path) -> None:
    path = tmp_path / "v4.sqlite"
    with Library(path) as library:
        _topics_library(library)
    with sqlite3.connect(path, isolation_level=None) as db:  # back to version 4's tables
        db.execute("DROP INDEX record_topics_folded")
        db.execute("ALTER TABLE record_topics DROP COLUMN folded")
        db.execute("CREATE INDEX record_topics_topic ON record_topics(topic)")
        db.execute("PRAGMA user_version = 4")
    db.close()
    with Library(path) as library:
        assert library.stats().schema_version == SCHEMA_VERSION
        assert dict(library.facets(SearchQuery()).topic) == {"CYBER SECURITY": 3, "Ökologie": 2}


def test_migrating_from_the_first_version_runs_in_one_go(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "new.sqlite", isolation_level=None)
    rebuilt: list[int] = []
    assert migrate(db, lambda _db: rebuilt.append(1)) == 0
    assert rebuilt == [1]  # the derived tables are built once, not once per step
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()
