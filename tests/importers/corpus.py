"""The real-release corpus (tests/data/corpus): loading its entries and checking them."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
KINDS = ("consultation", "readout", "joint statement", "statement", "other")
FORMATS = ("", "in person", "telephone", "video teleconference", "hybrid")
_QUOTES = str.maketrans({c: '"' for c in '“”„‟«»‹›"'} | {c: "'" for c in "‘’‚‛"})


@dataclass(frozen=True)
class Entry:
    """One release of the corpus: its text file and its hand-checked expected result."""

    text_path: Path
    expected: dict[str, Any]

    @property
    def name(self) -> str:
        return self.text_path.stem

    @property
    def publisher(self) -> str:
        """The publisher's slug, the part of the name before the number: "de-aa"."""
        return re.split(r"-\d\d-", self.name, maxsplit=1)[0]

    @property
    def batch(self) -> int:
        """The collection round: 1 for the first sets, 2 for the held-out releases collected
        and annotated later, blind, to measure a parser already tuned (corpus README)."""
        return int(self.expected.get("batch", 1))


def entries(split: str) -> list[Entry]:
    """Return the corpus's entries of one split ("tuning" or "heldout"), in name order."""
    found = []
    for path in sorted((CORPUS / split).glob("*.expected.json")):
        text = path.with_name(path.name.replace(".expected.json", ".txt"))
        found.append(Entry(text, json.loads(path.read_text("utf-8"))))
    return found


def normal(text: str) -> str:
    """Return text with one kind of quotation mark and single spaces, for comparisons."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _iso(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return [f"{where}: not an ISO date: {value!r}"]
    return []


def problems(entry: Entry) -> list[str]:
    """Return what is wrong with an entry's expected result, checked against its text."""
    if not entry.text_path.exists():
        return [f"{entry.text_path.name} is missing"]
    raw = entry.text_path.read_text("utf-8")
    text = normal(raw)
    want = entry.expected
    keys = ("url", "publisher", "language", "kind", "source", "consultation", "statements")
    missing = [f"missing key {key!r}" for key in keys if key not in want]
    if missing:
        return missing
    found = _kind_problems(want) + _source_problems(want, text)
    if want["consultation"] is not None:
        found += _meeting_problems(want["consultation"], text)
    found += _statement_problems(want["statements"], text)
    if re.search(r"^\s*date \d{4}-\d\d-\d\d", raw):
        found.append("the store's leading 'date YYYY-MM-DD' token is still in the text")
    return found


def _kind_problems(want: dict[str, Any]) -> list[str]:
    found = []
    if want["kind"] not in KINDS:
        found.append(f"kind {want['kind']!r} is not one of {KINDS}")
    if (want["consultation"] is not None) != (want["kind"] in ("consultation", "readout")):
        found.append("consultation must be given exactly for kinds consultation and readout")
    return found


def _source_problems(want: dict[str, Any], text: str) -> list[str]:
    title = want["source"].get("title", "")
    found = [] if title and normal(title) in text else [f"title not in the text: {title!r}"]
    return found + _iso(want["source"].get("date_published"), "source.date_published")


def _meeting_problems(meeting: dict[str, Any], text: str) -> list[str]:
    found = _iso(meeting.get("date"), "consultation.date")
    if meeting.get("format", "") not in FORMATS:
        found.append(f"format {meeting.get('format')!r} is not one of {FORMATS}")
    for person in meeting.get("participants", []):
        family = family_name(person.get("name") or "")
        if not family or family not in _unglottal(text).casefold():
            found.append(f"participant not in the text: {person.get('name')!r}")
    return found


def _statement_problems(statements: list[dict[str, Any]], text: str) -> list[str]:
    found = []
    for index, said in enumerate(statements):
        for key in ("text_starts", "text_ends"):
            words = normal(said.get(key, "")).strip('"')
            if len(words.split()) < 2 or words not in text:
                found.append(f"statements[{index}].{key} not in the text: {said.get(key)!r}")
        if not isinstance(said.get("paragraphs"), int) or said["paragraphs"] < 1:
            found.append(f"statements[{index}].paragraphs must be a positive number")
        if said.get("speaker") and family_name(said["speaker"]) not in _unglottal(text).casefold():
            found.append(f"statements[{index}].speaker not in the text: {said['speaker']!r}")
    return found


_GLOTTAL = re.compile(r"['’ʻ‘`]")


def _unglottal(text: str) -> str:
    """Return text without glottal stops and apostrophes, which names are written with or
    without ("Mata’afa", "Mataafa")."""
    return _GLOTTAL.sub("", text)


def family_name(name: str) -> str:
    """Return a name's last word, compared case-blind and without glottal stops or apostrophes,
    which texts write or leave out ("Mata’afa", "Mataafa"; "MOTEGI Toshimitsu" has it first;
    an initial is no family name: "J. Karl Moen")."""
    words = _unglottal(normal(name)).split()
    family_first = words[0].isupper() and not " ".join(words[1:]).isupper() if words else False
    if len(words) > 1 and len(words[0].rstrip(".")) > 1 and family_first:
        return words[0].casefold()
    return words[-1].casefold() if words else ""
