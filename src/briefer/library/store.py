"""The library: one SQLite file of records and their sources, searchable with FTS5."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from briefer.errors import DuplicateRecord, FormatError, LibraryError, RecordNotFound
from briefer.i18n import N_, _
from briefer.library import schema
from briefer.library.failures import explain
from briefer.library.folding import fold
from briefer.library.query import Facets, Hit, SearchQuery, parse_text
from briefer.model.records import (
    Consultation,
    Record,
    RecordKind,
    Source,
    Statement,
    record_from_dict,
)

_FTS_WEIGHTS = "10.0, 1.0, 6.0, 4.0"  # title, body, names, topics
_FACET_LIMIT = 200
_NAMES_SQL = """
    SELECT name FROM record_persons
    UNION SELECT country FROM record_persons
    UNION SELECT topic FROM record_topics
    UNION SELECT publisher FROM sources
    UNION SELECT json_extract(data, '$.place') FROM records
    UNION SELECT alias.value FROM records, json_each(records.data, '$.participants') AS person,
        json_each(person.value, '$.aliases') AS alias
    UNION SELECT alias.value FROM records, json_each(records.data, '$.speaker.aliases') AS alias
    ORDER BY 1"""
_ALREADY_HELD = {
    "consultation": N_("The library already holds this consultation (record {existing})"),
    "statement": N_("The library already holds this statement (record {existing})"),
}


@dataclass(frozen=True)
class Stats:
    """How much the library holds."""

    path: Path
    records: int
    consultations: int
    statements: int
    sources: int
    persons: int
    date_min: date | None
    date_max: date | None
    schema_version: int


class Library:
    """A library file opened for reading and writing; close it when done."""

    def __init__(self, path: Path, *, any_thread: bool = False) -> None:
        """Open (and create or migrate) the library at path. A connection belongs to the
        thread that opened it unless any_thread: then the caller makes sure that only one
        thread uses it at a time."""
        self.path = Path(path)
        if self.path.exists() and not self.path.is_file():
            raise LibraryError(
                _(
                    "Could not open the library {path}: it is a folder, device or pipe, "
                    "not a library file"
                ).format(path=self.path)
            )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(
                self.path, isolation_level=None, timeout=10.0, check_same_thread=not any_thread
            )
        except sqlite3.Error as error:
            raise LibraryError(
                _("Could not open the library {path}: {reason}").format(
                    path=self.path, reason=explain(error, self.path)
                )
            ) from None
        except OSError as error:
            raise LibraryError(
                _("Could not open the library {path}: {reason}").format(
                    path=self.path, reason=error
                )
            ) from None
        try:
            self._db.execute("PRAGMA busy_timeout = 10000")
            if schema.belongs_to_another_program(self._db):  # before WAL changes the file
                raise LibraryError(
                    _(
                        "{path} is a database of another program, not a briefer library; "
                        "it was left as it is. Choose another file."
                    ).format(path=self.path)
                )
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA foreign_keys = ON")
            self.created = schema.migrate(self._db, _reindex_all) == 0
        except sqlite3.DatabaseError as error:
            self._db.close()
            if isinstance(error, sqlite3.OperationalError):
                raise LibraryError(
                    _("Could not open the library {path}: {reason}").format(
                        path=self.path, reason=explain(error, self.path)
                    )
                ) from None
            raise LibraryError(
                _("{path} is not a briefer library or is damaged: {error}").format(
                    path=self.path, error=error
                )
            ) from None
        except BaseException:
            self._db.close()
            raise

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            yield self._db
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            self._rollback()
            raise LibraryError(
                _("The library could not be changed, nothing was stored: {reason}.").format(
                    reason=explain(error, self.path)
                )
            ) from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self._db.in_transaction:  # SQLite may have rolled back itself (a full disk)
            self._db.execute("ROLLBACK")

    # -- changes -------------------------------------------------------------------------

    def add(self, record: Record) -> int:
        """Store a new record and return its id; an identical record is refused."""
        with self._transaction() as db:
            return _insert(db, record)

    def add_all(self, records: Sequence[Record]) -> list[tuple[int, bool]]:
        """Store records in one transaction, skipping those already present.

        Returns (id, added) per record. Statements with no consultation id are linked to
        the batch's consultation when the batch holds exactly one.
        """
        order = sorted(range(len(records)), key=lambda i: records[i].kind != "consultation")
        one_meeting = sum(isinstance(r, Consultation) for r in records) == 1
        occasion_id: int | None = None
        results: dict[int, tuple[int, bool]] = {}
        with self._transaction() as db:
            for index in order:
                record = records[index]
                if (
                    one_meeting
                    and occasion_id is not None
                    and isinstance(record, Statement)
                    and record.consultation_id is None
                ):
                    record = replace(record, consultation_id=occasion_id)
                existing = _find_hash(db, record.content_hash)
                results[index] = (existing, False) if existing else (_insert(db, record), True)
                if isinstance(record, Consultation):
                    occasion_id = results[index][0]
        return [results[index] for index in range(len(records))]

    def update(self, record_id: int, record: Record) -> None:
        """Replace the content of a record, keeping its id."""
        with self._transaction() as db:
            if db.execute("SELECT 1 FROM records WHERE id = ?", (record_id,)).fetchone() is None:
                raise RecordNotFound(_no_record(record_id))
            existing = _find_hash(db, record.content_hash)
            if existing and existing != record_id:
                raise DuplicateRecord(
                    _("Record {existing} already holds this content").format(existing=existing),
                    existing,
                )
            source_id = _store_source(db, record.source)
            db.execute(
                "UPDATE records SET kind = ?, content_hash = ?, date = ?, title = ?, data = ?, "
                "source_id = ?, modified = ? WHERE id = ?",
                (*_columns(record, source_id), _now(), record_id),
            )
            _index(db, record_id, record)
            _drop_orphan_sources(db)

    def delete(self, record_id: int) -> None:
        """Remove a record (and its source, if no other record cites it)."""
        self.delete_all([record_id])

    def delete_all(self, record_ids: Sequence[int]) -> None:
        """Remove records in one transaction: all of them, or none if one is missing."""
        with self._transaction() as db:
            for record_id in record_ids:
                _delete(db, record_id)
            _drop_orphan_sources(db)

    def set_meta(self, key: str, value: str) -> None:
        with self._transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    # -- reading -------------------------------------------------------------------------

    def get(self, record_id: int) -> Record:
        """Return a record with its source (including the source's full text)."""
        if not -(2**63) <= record_id < 2**63:  # beyond SQLite's integers: no such record
            raise RecordNotFound(_no_record(record_id))
        row = self._db.execute(
            "SELECT r.data, s.title, s.publisher, s.url, s.date_published, s.date_retrieved, "
            "s.text, s.content_hash FROM records r LEFT JOIN sources s ON s.id = r.source_id "
            "WHERE r.id = ?",
            (record_id,),
        ).fetchone()
        if row is None:
            raise RecordNotFound(_no_record(record_id))
        try:
            record = record_from_dict(json.loads(row[0]), _("record {id}").format(id=record_id))
        except (FormatError, ValueError) as error:
            raise LibraryError(
                _("Record {id} in the library is damaged: {error}").format(
                    id=record_id, error=error
                )
            ) from None
        source = None
        if row[1] is not None:
            source = Source(
                title=row[1],
                publisher=row[2],
                url=row[3],
                date_published=_date(row[4]),
                date_retrieved=_date(row[5]),
                text=row[6],
                content_hash=row[7],
            )
        return replace(record, id=record_id, source=source)

    def ids_from_source(self, content_hash: str, kind: RecordKind) -> list[int]:
        """Return the ids of records of a kind taken from the source with this content hash."""
        rows = self._db.execute(
            "SELECT r.id FROM records r JOIN sources s ON s.id = r.source_id "
            "WHERE s.content_hash = ? AND r.kind = ? ORDER BY r.id",
            (content_hash, kind),
        )
        return [row[0] for row in rows]

    def names(self) -> list[str]:
        """Return the names the records hold, each once: persons and their aliases,
        countries, places, publishers and topics."""
        try:
            rows = self._db.execute(_NAMES_SQL).fetchall()
        except sqlite3.Error as error:
            raise LibraryError(
                _("Could not read the names in the library: {reason}").format(
                    reason=explain(error, self.path)
                )
            ) from None
        return [row[0] for row in rows if row[0]]

    def __len__(self) -> int:
        count: int = self._db.execute("SELECT count(*) FROM records").fetchone()[0]
        return count

    def search(self, query: SearchQuery, limit: int | None = 500) -> list[Hit]:
        """Return matching records, best first (by date when there is no search text)."""
        ids = self.search_ids(query)
        return self.hits(ids if limit is None else ids[:limit])

    def search_ids(self, query: SearchQuery) -> list[int]:
        """Return the ids of matching records in order: cheap even for a whole large library,
        so that a view can list them all and fetch rows as they are shown (`hits`)."""
        where, params, ranked = _where(query)
        order = f"bm25(record_fts, {_FTS_WEIGHTS})" if ranked else "r.date IS NULL, r.date DESC"
        join = "JOIN record_fts ON record_fts.rowid = r.id" if ranked else ""
        sql = f"SELECT r.id FROM records r {join} WHERE {where} ORDER BY {order}, r.id"
        if ranked and len(params) == 1:  # the text is the only filter: no join needed
            sql = f"SELECT rowid FROM record_fts WHERE record_fts MATCH ? ORDER BY {order}, rowid"
        try:
            return [row[0] for row in self._db.execute(sql, params)]
        except sqlite3.DatabaseError as error:
            raise LibraryError(
                _("The search could not run: {reason}").format(reason=explain(error, self.path))
            ) from None

    def hits(self, ids: Sequence[int]) -> list[Hit]:
        """Return the list rows of records, in the order of ids (unknown ids left out)."""
        found: dict[int, Hit] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                "SELECT r.id, r.kind, r.date, r.title, "
                "(SELECT group_concat(name, char(31)) FROM record_persons p "
                " WHERE p.record_id = r.id AND p.name != ''), "
                "(SELECT group_concat(DISTINCT country) FROM record_persons p "
                " WHERE p.record_id = r.id AND p.country != '') "
                f"FROM records r WHERE r.id IN ({marks})",
                chunk,
            )
            for row in rows:
                found[row[0]] = Hit(
                    id=row[0],
                    kind=row[1],
                    date=_date(row[2]),
                    title=row[3],
                    persons=tuple(row[4].split("\x1f")) if row[4] else (),
                    countries=tuple(sorted(row[5].split(","))) if row[5] else (),
                )
        return [found[i] for i in ids if i in found]

    def facets(self, query: SearchQuery) -> Facets:
        """Return the counts of each facet value among the records the query matches."""
        where, params, ranked = _where(query)
        join = "JOIN record_fts ON record_fts.rowid = r.id" if ranked else ""
        self._db.execute("BEGIN")
        try:
            self._db.execute("CREATE TEMP TABLE IF NOT EXISTS facet_hits (id INTEGER PRIMARY KEY)")
            self._db.execute("DELETE FROM facet_hits")
            self._db.execute(
                f"INSERT INTO facet_hits SELECT r.id FROM records r {join} WHERE {where}", params
            )

            def counts(sql: str) -> tuple[tuple[str, int], ...]:
                return tuple((row[0], row[1]) for row in self._db.execute(sql))

            result = Facets(
                kind=counts(
                    "SELECT kind, count(*) FROM records JOIN facet_hits USING (id) "
                    "GROUP BY kind ORDER BY kind"
                ),
                person=counts(
                    "SELECT name, count(DISTINCT record_id) FROM record_persons "
                    "JOIN facet_hits ON facet_hits.id = record_id WHERE name != '' "
                    f"GROUP BY name ORDER BY 2 DESC, 1 LIMIT {_FACET_LIMIT}"
                ),
                country=counts(
                    "SELECT country, count(DISTINCT record_id) FROM record_persons "
                    "JOIN facet_hits ON facet_hits.id = record_id "
                    "WHERE country != '' GROUP BY country ORDER BY 2 DESC, 1 "
                    f"LIMIT {_FACET_LIMIT}"
                ),
                topic=counts(  # one topic however it is capitalised, named as first spelt
                    "SELECT min(topic), count(DISTINCT record_id) FROM record_topics "
                    "JOIN facet_hits ON facet_hits.id = record_id GROUP BY folded "
                    f"ORDER BY 2 DESC, 1 LIMIT {_FACET_LIMIT}"
                ),
                **_date_range(
                    self._db.execute(
                        "SELECT min(date), max(date) FROM records JOIN facet_hits USING (id)"
                    ).fetchone()
                ),
            )
        except sqlite3.DatabaseError as error:
            raise LibraryError(
                _("The search could not run: {reason}").format(reason=explain(error, self.path))
            ) from None
        finally:
            self._db.execute("ROLLBACK")
        return result

    def stats(self) -> Stats:
        """Return counts of what the library holds."""
        db = self._db

        def one(sql: str) -> Any:
            return db.execute(sql).fetchone()[0]

        low, high = db.execute("SELECT min(date), max(date) FROM records").fetchone()
        return Stats(
            path=self.path,
            records=one("SELECT count(*) FROM records"),
            consultations=one("SELECT count(*) FROM records WHERE kind = 'consultation'"),
            statements=one("SELECT count(*) FROM records WHERE kind = 'statement'"),
            sources=one("SELECT count(*) FROM sources"),
            persons=one("SELECT count(DISTINCT name) FROM record_persons WHERE name != ''"),
            date_min=_date(low),
            date_max=_date(high),
            schema_version=one("PRAGMA user_version"),
        )


def _delete(db: sqlite3.Connection, record_id: int) -> None:
    if db.execute("DELETE FROM records WHERE id = ?", (record_id,)).rowcount == 0:
        raise RecordNotFound(_no_record(record_id))
    db.execute("DELETE FROM record_fts WHERE rowid = ?", (record_id,))
    db.execute(
        "UPDATE records SET data = json_set(data, '$.consultation_id', NULL) "
        "WHERE json_extract(data, '$.consultation_id') = ?",
        (record_id,),
    )


def _where(query: SearchQuery) -> tuple[str, list[Any], bool]:
    clauses: list[str] = ["1"]
    params: list[Any] = []
    parsed = parse_text(query.text)
    if parsed.match:
        clauses.append("record_fts MATCH ?")
        params.append(parsed.match)
    for substring in parsed.substrings:
        clauses.append(
            "r.id IN (SELECT rowid FROM record_fts WHERE "
            "instr(title || ' ' || names || ' ' || topics || ' ' || body, ?) > 0)"
        )
        params.append(substring)
    filters = (
        (query.kind, "r.kind = ?"),
        (query.person, "r.id IN (SELECT record_id FROM record_persons WHERE name = ?)"),
        (query.country, "r.id IN (SELECT record_id FROM record_persons WHERE country = ?)"),
        (
            fold(query.topic) if query.topic else None,
            "r.id IN (SELECT record_id FROM record_topics WHERE folded = ?)",
        ),
        (_iso(query.date_from), "r.date >= ?"),
        (_iso(query.date_to), "r.date <= ?"),
    )
    for value, clause in filters:
        if value:
            clauses.append(clause)
            params.append(value)
    return " AND ".join(clauses), params, parsed.match is not None


def _columns(record: Record, source_id: int | None) -> tuple[Any, ...]:
    """The values of a record's row up to source_id, as INSERT and UPDATE write them."""
    return (
        record.kind,
        record.content_hash,
        _iso(record.date),
        record.heading,
        _data_json(record),
        source_id,
    )


def _insert(db: sqlite3.Connection, record: Record) -> int:
    existing = _find_hash(db, record.content_hash)
    if existing:
        raise DuplicateRecord(_(_ALREADY_HELD[record.kind]).format(existing=existing), existing)
    source_id = _store_source(db, record.source)
    now = _now()
    cursor = db.execute(
        "INSERT INTO records (kind, content_hash, date, title, data, source_id, created, "
        "modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (*_columns(record, source_id), now, now),
    )
    record_id = cursor.lastrowid
    assert record_id is not None
    _index(db, record_id, record)
    return record_id


def _no_record(record_id: int) -> str:
    return _("The library has no record {id}").format(id=record_id)


def _find_hash(db: sqlite3.Connection, content_hash: str) -> int | None:
    row = db.execute("SELECT id FROM records WHERE content_hash = ?", (content_hash,)).fetchone()
    return None if row is None else row[0]


def _store_source(db: sqlite3.Connection, source: Source | None) -> int | None:
    if source is None:
        return None
    content_hash = source.content_hash or Source.from_text(source.text).content_hash
    row = db.execute("SELECT id FROM sources WHERE content_hash = ?", (content_hash,)).fetchone()
    if row is not None:
        existing: int = row[0]
        return existing
    cursor = db.execute(
        "INSERT INTO sources (content_hash, title, publisher, url, date_published, "
        "date_retrieved, text) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            content_hash,
            source.title,
            source.publisher,
            source.url,
            _iso(source.date_published),
            _iso(source.date_retrieved),
            source.text,
        ),
    )
    return cursor.lastrowid


def _drop_orphan_sources(db: sqlite3.Connection) -> None:
    db.execute(
        "DELETE FROM sources WHERE id NOT IN "
        "(SELECT source_id FROM records WHERE source_id IS NOT NULL)"
    )


def _index(db: sqlite3.Connection, record_id: int, record: Record) -> None:
    db.execute("DELETE FROM record_persons WHERE record_id = ?", (record_id,))
    db.execute("DELETE FROM record_topics WHERE record_id = ?", (record_id,))
    db.execute("DELETE FROM record_fts WHERE rowid = ?", (record_id,))
    db.executemany(
        "INSERT INTO record_persons (record_id, name, role, country) VALUES (?, ?, ?, ?)",
        [(record_id, p.name, p.role, p.country) for p in record.persons],
    )
    db.executemany(
        "INSERT INTO record_topics (record_id, topic, folded) VALUES (?, ?, ?)",
        [(record_id, topic, fold(topic)) for topic in dict.fromkeys(record.topics)],
    )
    names = " ".join(" ".join((p.name, *p.aliases, p.role, p.country)) for p in record.persons)
    body = record.body_text()
    if isinstance(record, Statement):
        body = f"{body} {record.occasion}"
    if record.source is not None:
        body = f"{body} {record.source.title} {record.source.publisher}"
    db.execute(
        "INSERT INTO record_fts (rowid, title, body, names, topics) VALUES (?, ?, ?, ?, ?)",
        (record_id, fold(record.heading), fold(body), fold(names), fold(" ".join(record.topics))),
    )


def _reindex_all(db: sqlite3.Connection) -> None:
    rows = db.execute(
        "SELECT r.id, r.data, s.title, s.publisher FROM records r "
        "LEFT JOIN sources s ON s.id = r.source_id"
    ).fetchall()
    for record_id, data, source_title, publisher in rows:
        record = record_from_dict(json.loads(data), _("record {id}").format(id=record_id))
        if source_title is not None:
            record = replace(record, source=Source(title=source_title, publisher=publisher))
        _index(db, record_id, record)


def _data_json(record: Record) -> str:
    data = replace(record, source=None, id=None).to_dict()
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _date_range(row: tuple[str | None, str | None]) -> dict[str, date | None]:
    return {"date_min": _date(row[0]), "date_max": _date(row[1])}


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
