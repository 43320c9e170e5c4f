"""Reading back the PDFs briefer writes, as a user's tools would see them."""

from __future__ import annotations

import itertools
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pypdf


@dataclass
class Reading:
    pages: list[str]
    outline: list[tuple[int, str, int]]  # level, title, page (1-based)
    reader: pypdf.PdfReader

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    def flat(self) -> str:
        """All text with line breaks and runs of spaces as single spaces."""
        return " ".join(self.text.split())


def read(path: Path) -> Reading:
    reader = pypdf.PdfReader(str(path))
    outline: list[tuple[int, str, int]] = []

    def walk(items: list, level: int) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                outline.append((level, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return Reading([page.extract_text() for page in reader.pages], outline, reader)


def fonts(path: Path) -> list[tuple[str, bool]]:
    """Return (font name, embedded) for every font pdffonts lists."""
    out = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    rows = []
    for line in out:
        parts = line.split()
        # name type [type2] encoding emb sub uni object ID: emb is the 5th field from the end
        rows.append((parts[0], parts[-5] == "yes"))
    return rows


def qpdf_ok(path: Path) -> bool:
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    return result.returncode == 0 and "No syntax or stream encoding errors" in result.stdout


def toc_numbers(page_text: str) -> dict[str, int]:
    """Return {heading label: printed page} from a contents page's text."""
    numbers: dict[str, int] = {}
    lines = [line.strip() for line in page_text.splitlines() if line.strip()]
    for label, number in itertools.pairwise(lines):
        if re.fullmatch(r"\d+", number) and not re.fullmatch(r"\d+", label):
            numbers[label] = int(number)
    return numbers
