"""The bundled sample: a real press release, its curated records and a briefing built on them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from briefer import paths
from briefer.errors import FormatError, LibraryError
from briefer.fields import as_list, as_mapping, get_str
from briefer.i18n import _
from briefer.library.store import Library
from briefer.model.records import Record, Source, record_from_dict

SAMPLE_BRIEFING = "germany-japan-2plus2.briefing"
_SAMPLE_LOADED = "sample_loaded"


def sample_briefing_path() -> Path:
    """Return the bundled sample briefing file."""
    return paths.sample_dir() / SAMPLE_BRIEFING


def sample_records() -> list[Record]:
    """Return the sample's records, each citing the bundled press release with its full text."""
    folder = paths.sample_dir()
    try:
        data = as_mapping(json.loads((folder / "records.json").read_text("utf-8")), "records")
        text = (folder / get_str(data, "source_file", "records", default=None)).read_text("utf-8")
        citation = Source.from_dict(data.get("source"), "records.source")
        source = Source.from_text(
            text,
            **{
                k: getattr(citation, k)
                for k in ("title", "publisher", "url", "date_published", "date_retrieved")
            },
        )
        return [
            replace(record_from_dict(item, f"records[{i}]"), source=source)
            for i, item in enumerate(as_list(data.get("records"), "records.records"))
        ]
    except (OSError, ValueError, FormatError) as error:
        raise LibraryError(
            _("briefer's bundled sample is damaged ({error}); reinstall briefer").format(
                error=error
            )
        ) from None


def load_sample(library: Library) -> list[int]:
    """Add the sample records to the library; return their ids."""
    ids = [record_id for record_id, _ in library.add_all(sample_records())]
    library.set_meta(_SAMPLE_LOADED, "1")
    return ids


def open_library(path: Path | None = None) -> Library:
    """Open the user's library (default location unless path is given).

    A library that is new and empty gets the sample, so a first start shows a full example.
    """
    library = Library(path or paths.default_library_path())
    try:
        if library.get_meta(_SAMPLE_LOADED) is None and len(library) == 0:
            load_sample(library)
    except BaseException:
        library.close()
        raise
    return library
