"""Reading back the .docx files briefer writes."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn

HEADING_STYLES = ("Heading 1", "Heading 2", "Heading 3")


def headings(path: Path) -> list[str]:
    """Return the text of every paragraph in a Heading style, in order."""
    return [
        p.text
        for p in docx.Document(str(path)).paragraphs
        if p.style is not None and p.style.name in HEADING_STYLES
    ]


def part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read(name).decode("utf-8")


def instructions(element: object) -> list[str]:
    """Return the field instructions (" PAGE ", " TOC … ") inside an XML element."""
    return [node.text or "" for node in element.iter(qn("w:instrText"))]  # type: ignore[attr-defined]


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(path: Path, folder: Path) -> Path:
    """Convert a .docx to PDF with LibreOffice, as a registry's tools would open it."""
    profile = folder / "lo-profile"
    subprocess.run(
        [
            soffice() or "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return folder / (path.stem + ".pdf")
