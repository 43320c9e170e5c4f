"""Field-by-field comparison of parsed releases with their .expected.json."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from briefer.errors import BrieferError
from briefer.importing import draft_file


def compare(got: dict[str, Any], place: str, expected: dict[str, Any]) -> dict[str, bool]:
    """Return {field: right?} for one release (statement fields counted per statement)."""
    result: dict[str, bool] = {"kind": got["kind"] == expected["kind"]}
    for key in ("title", "publisher", "date_published"):
        result[f"source.{key}"] = got["source"][key] == expected["source"][key]
    meeting, wanted = got["consultation"], expected["consultation"]
    result["consultation"] = (meeting is None) == (wanted is None)
    if meeting is not None and wanted is not None:
        result["consultation.date"] = meeting["date"] == wanted["date"]
        result["consultation.format"] = meeting["format"] == wanted["format"]
        result["consultation.place"] = place == wanted["place"]
        result["consultation.participants"] = [
            (p["name"], p["role"], p["country"]) for p in meeting["participants"]
        ] == [(p["name"], p["role"], p["country"]) for p in wanted["participants"]]
        for index, topic in enumerate(wanted["topics_include"]):
            result[f"consultation.topics[{index}]"] = any(
                topic.casefold() in t.casefold() for t in meeting["topics"]
            )
    said, want = got["statements"], expected["statements"]
    result["statements.count"] = len(said) == len(want)
    for index, (statement, wanted_statement) in enumerate(zip(said, want, strict=False)):
        text = statement["text"]
        result[f"statements[{index}].speaker"] = statement["speaker"] == wanted_statement["speaker"]
        result[f"statements[{index}].role"] = statement["role"] == wanted_statement["role"]
        result[f"statements[{index}].date"] = statement["date"] == wanted_statement["date"]
        result[f"statements[{index}].text"] = (
            text.startswith(wanted_statement["text_starts"])
            and text.endswith(wanted_statement["text_ends"])
            and text.count("\n") + 1 == wanted_statement["paragraphs"]
        )
    return result


def score(folder: Path, suffix: str = ".txt") -> tuple[int, int, int, Counter[str], Counter[str]]:
    """Return (releases, releases fully right, fields right, right per field, total per field)."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    releases = perfect = 0
    for expected_path in sorted(folder.glob("*.expected.json")):
        path = folder / expected_path.name.replace(".expected.json", suffix)
        if not path.exists():
            continue
        expected = json.loads(expected_path.read_text("utf-8"))
        try:
            draft = draft_file(path)
            fields = compare(
                draft.to_json(), draft.consultation.place if draft.consultation else "", expected
            )
        except BrieferError:
            fields = {"kind": False}
        releases += 1
        perfect += all(fields.values())
        for name, ok in fields.items():
            group = name.split("[")[0] + name.split("]")[-1] if "[" in name else name
            total[group] += 1
            right[group] += ok
    return releases, perfect, sum(right.values()), right, total
