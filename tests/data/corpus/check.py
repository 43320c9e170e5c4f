"""Check corpus entries: python tests/data/corpus/check.py FILE.expected.json ... (or none: all)."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.importers.corpus import Entry, entries, problems

paths = [Path(a) for a in sys.argv[1:]]
chosen = (
    [
        Entry(
            p.with_name(p.name.replace(".expected.json", ".txt")), json.loads(p.read_text("utf-8"))
        )
        for p in paths
    ]
    if paths
    else entries("tuning") + entries("heldout")
)
bad = 0
for entry in chosen:
    for problem in problems(entry):
        bad += 1
        print(f"{entry.name}: {problem}")
print(f"{len(chosen)} checked, {bad} problems")
