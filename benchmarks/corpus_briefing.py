"""Turn a shared-bench corpus (briefing-N.json) into a .briefing of N entries.

Each corpus item (heading, date, speaker, role, 2–4 paragraphs and a quoted statement) becomes
one statement entry holding its paragraphs and its quote; items are grouped ten to a section.

Usage: python benchmarks/corpus_briefing.py corpus/briefing-1000.json out.briefing
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from briefer.model import (
    Briefing,
    BriefingMeta,
    Person,
    RecordEntry,
    Section,
    Source,
    Statement,
    briefingfile,
)


def convert(corpus: dict, per_section: int = 10) -> Briefing:
    items = corpus["items"]
    source = Source(
        title=corpus["title"],
        publisher=corpus["organisation"],
        date_published=date.fromisoformat(corpus["date"]),
    )
    sections = []
    for start in range(0, len(items), per_section):
        chunk = items[start : start + per_section]
        entries = tuple(
            RecordEntry(
                Statement(
                    speaker=Person(item["speaker"], item["role"], "Germany"),
                    text="\n".join([*item["paragraphs"], item["quote"]]),
                    date=date.fromisoformat(item["date"]),
                    occasion=item["heading"],
                    source=source,
                ),
                record_id=item["id"],
                id=f"item-{item['id']}",
            )
            for item in chunk
        )
        sections.append(
            Section(
                f"Items {start + 1}–{start + len(chunk)}: {chunk[0]['heading']}",
                entries,
                id=f"section-{start // per_section + 1}",
            )
        )
    meta = BriefingMeta(
        title=corpus["title"],
        occasion=corpus["subtitle"],
        date=date.fromisoformat(corpus["date"]),
        prepared_by=corpus["organisation"],
        reference="BENCH-1",
        classification="VS-NUR FÜR DEN DIENSTGEBRAUCH",
    )
    return Briefing(meta=meta, sections=tuple(sections))


if __name__ == "__main__":
    corpus = json.loads(Path(sys.argv[1]).read_text("utf-8"))
    briefingfile.save(Path(sys.argv[2]), convert(corpus))
