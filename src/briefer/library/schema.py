"""The library's schema, versioned in PRAGMA user_version, and its forward migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from briefer.errors import LibraryError

# Each migration takes the schema from version i to i + 1 inside one transaction.
# Derived tables (persons, topics, full-text index) are rebuilt from records.data, so a
# migration that changes how records are indexed ends by calling the reindex function.
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


def _statements(sql: tuple[str, ...]) -> Callable[[sqlite3.Connection, Reindex], None]:
    def run(connection: sqlite3.Connection, reindex: Reindex) -> None:
        for statement in sql:
            connection.execute(statement)

    return run


# Version 3 adds prefix indexes for one to three letters to the full-text index: search as
# you type asks for prefixes, and a one-letter prefix otherwise walks every term in the index.
_V3 = (
    "DROP TABLE record_fts",
    """CREATE VIRTUAL TABLE record_fts USING fts5(
        title, body, names, topics, tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3')""",
)


def _reindexed(sql: tuple[str, ...]) -> Callable[[sqlite3.Connection, Reindex], None]:
    def run(connection: sqlite3.Connection, reindex: Reindex) -> None:
        _statements(sql)(connection, reindex)
        reindex(connection)

    return run


# Version 4 dates every source that has no retrieval date by the day it was imported (its
# first record's creation): importers now set it, and a citation gives it. Plain SQL, as
# any backend runs it.
_V4 = (
    """UPDATE sources SET date_retrieved = (
        SELECT substr(min(records.created), 1, 10) FROM records
        WHERE records.source_id = sources.id)
    WHERE date_retrieved IS NULL""",
)

MIGRATIONS: tuple[Callable[[sqlite3.Connection, Reindex], None], ...] = (
    _statements(_V1),
    _reindexed(_V2),
    _reindexed(_V3),
    _statements(_V4),
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(connection: sqlite3.Connection, reindex: Reindex, target: int = SCHEMA_VERSION) -> int:
    """Bring the database up to target; return the version it had before.

    Each step re-reads the version inside its write transaction, so two processes opening
    the same library at once never run a step twice.
    """
    before = version = _version(connection)
    while version < target:
        connection.execute("BEGIN IMMEDIATE")
        try:
            version = _version(connection)
            if version < target:
                MIGRATIONS[version](connection, reindex)
                version += 1
                connection.execute(f"PRAGMA user_version = {version}")
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
            f"The library was written by a newer briefer (schema {version}); "
            f"this version reads up to schema {SCHEMA_VERSION}. Update briefer."
        )
    return version
