"""How often the press-release parser gets each field right, on the tuning corpus and on the
held-out corpus (never used to tune it), in every file format the corpora have.

Usage: python benchmarks/parser_accuracy.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.importers.scoring import score  # noqa: E402


def main() -> None:
    for name in ("releases", "heldout"):
        for suffix in (".txt", ".html", ".docx", ".pdf"):
            releases, perfect, fields_right, right, total = score(
                ROOT / "tests/data" / name, suffix
            )
            if not releases:
                continue
            print(
                f"{name}{suffix}: {releases} releases, {perfect} entirely right; "
                f"{fields_right}/{sum(total.values())} fields "
                f"({100 * fields_right / sum(total.values()):.0f} %)"
            )
            if suffix == ".txt":
                for field in sorted(total):
                    print(f"    {field:<30} {right[field]:>3}/{total[field]:<3}")


if __name__ == "__main__":
    main()
