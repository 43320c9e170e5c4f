"""The library's schema, versioned in PRAGMA user_version, and its forward migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from briefer.errors import LibraryError
from briefer.i18n import _

# Each migration takes the schema from version i to i + 1; all that are due run in one
# transaction. Derived tables (persons, topics, full-text index) are rebuilt from
# records.data, so a migration that changes how records are indexed asks for a rebuild.
_V1 = (
    """CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        publisher TEXT NOT NULL,
        url TEXT NOT NULL,
        date_published TEXT,
        date_retrieved TEXT,
        text TEXT NOT NULL)""",
    """CREATE TABLE records (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('consultation', 'statement')),
        content_hash TEXT NOT NULL UNIQUE,
        date TEXT,
        title TEXT NOT NULL,
        data TEXT NOT NULL,
        source_id INTEGER REFERENCES sources(id),
        created TEXT NOT NULL,
        modified TEXT NOT NULL)""",
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)

_V2 = (
    """CREATE TABLE record_persons (
        record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        country TEXT NOT NULL)""",
    "CREATE INDEX record_persons_record ON record_persons(record_id)",
    "CREATE INDEX record_persons_name ON record_persons(name)",
    "CREATE INDEX record_persons_country ON record_persons(country)",
    """CREATE TABLE record_topics (
        record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
        topic TEXT NOT NULL)""",
    "CREATE INDEX record_topics_record ON record_topics(record_id)",
    "CREATE INDEX record_topics_topic ON record_topics(topic)",
    "CREATE INDEX records_date ON records(date)",
    "CREATE INDEX records_kind ON records(kind)",
    """CREATE VIRTUAL TABLE record_fts USING fts5(
        title, body, names, topics, tokenize = 'unicode61 remove_diacritics 2')""",
)

Reindex = Callable[[sqlite3.Connection], None]


@dataclass(frozen=True)
class Step:
    """One migration: its SQL, and whether the derived tables are rebuilt after it."""

    sql: tuple[str, ...]
    reindex: bool = False


# Version 3 adds prefix indexes for one to three letters to the full-text index: search as
# you type asks for prefixes, and a one-letter prefix otherwise walks every term in the index.
_V3 = (
    "DROP TABLE record_fts",
    """CREATE VIRTUAL TABLE record_fts USING fts5(
        title, body, names, topics, tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3')""",
)


# Version 4 dates every source that has no retrieval date by the day it was imported (its
# first record's creation): importers now set it, and a citation gives it. Plain SQL, as
# any backend runs it.
_V4 = (
    """UPDATE sources SET date_retrieved = (
        SELECT substr(min(records.created), 1, 10) FROM records
        WHERE records.source_id = sources.id)
    WHERE date_retrieved IS NULL""",
)

# Version 5 keeps each topic case-folded beside its spelling: "Cyber security" and "cyber
# security" are one topic in the facets and the filter. A plain column, so any backend has it.
_V5 = (
    "ALTER TABLE record_topics ADD COLUMN folded TEXT NOT NULL DEFAULT ''",
    "DROP INDEX record_topics_topic",
    "CREATE INDEX record_topics_folded ON record_topics(folded)",
)

MIGRATIONS = (
    Step(_V1),
    Step(_V2, reindex=True),
    Step(_V3, reindex=True),
    Step(_V4),
    Step(_V5, reindex=True),
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(connection: sqlite3.Connection, reindex: Reindex, target: int = SCHEMA_VERSION) -> int:
    """Bring the database up to target in one transaction; return the version it had before.

    The version is re-read inside the write transaction, so two processes opening the same
    library at once never run a step twice. The derived tables are rebuilt once, after the
    steps, by the indexing of this version (which may need columns a later step adds).
    """
    before = _version(connection)
    if before >= target:
        return before
    connection.execute("BEGIN IMMEDIATE")
    try:
        version = _version(connection)
        steps = MIGRATIONS[version:target]
        for step in steps:
            for statement in step.sql:
                connection.execute(statement)
        if any(step.reindex for step in steps):
            reindex(connection)
        connection.execute(f"PRAGMA user_version = {max(version, target)}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return before


def belongs_to_another_program(connection: sqlite3.Connection) -> bool:
    """Whether the database has tables but no briefer schema version: another program's."""
    version: int = connection.execute("PRAGMA user_version").fetchone()[0]
    tables = connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
    return version == 0 and tables.fetchone()[0] > 0


def _version(connection: sqlite3.Connection) -> int:
    version: int = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise LibraryError(
            _(
                "The library was written by a newer briefer (schema {version}); "
                "this version reads up to schema {newest}. Update briefer."
            ).format(version=version, newest=SCHEMA_VERSION)
        )
    return version
