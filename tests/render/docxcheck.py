"""Reading back the .docx files briefer writes."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn
from lxml import etree

HEADING_STYLES = ("Heading 1", "Heading 2", "Heading 3")


def headings(path: Path) -> list[str]:
    """Return every paragraph in a Heading style as Word shows it, in order: its list
    number (from the numbering its style or itself names) and its text."""
    document = docx.Document(str(path))
    numbering = document.part.numbering_part.element
    levels: dict[str, list[str]] = {}
    for definition in numbering.findall(qn("w:abstractNum")):
        texts = [lvl.find(qn("w:lvlText")) for lvl in definition.findall(qn("w:lvl"))]
        levels[definition.get(qn("w:abstractNumId"))] = [t.get(qn("w:val")) for t in texts]
    lists = {
        num.get(qn("w:numId")): levels[num.find(qn("w:abstractNumId")).get(qn("w:val"))]
        for num in numbering.findall(qn("w:num"))
    }
    counters = [0] * 9
    shown = []
    for paragraph in document.paragraphs:
        style = paragraph.style
        if style is None or style.name not in HEADING_STYLES:
            continue
        own = paragraph._p.pPr.find(qn("w:numPr"))
        numbered = own if own is not None else style.element.pPr.find(qn("w:numPr"))
        number = "" if numbered is None else numbered.find(qn("w:numId")).get(qn("w:val"))
        if number in ("", "0"):
            shown.append(paragraph.text)
            continue
        level = int(numbered.find(qn("w:ilvl")).get(qn("w:val")))
        counters[level] += 1
        counters[level + 1 :] = [0] * (8 - level)
        label = lists[number][level]
        for index in range(level + 1):
            label = label.replace(f"%{index + 1}", str(counters[index]))
        shown.append(label + paragraph.text)
    return shown


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
    return convert_all([path], folder)[0]


def convert_all(paths: list[Path], folder: Path) -> list[Path]:
    """Convert .docx files to PDF with one start of LibreOffice (a start takes seconds)."""
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
            *map(str, paths),
        ],
        check=True,
        capture_output=True,
        timeout=180 * len(paths),
    )
    return [folder / (path.stem + ".pdf") for path in paths]


def embedded_fonts(path: Path) -> dict[tuple[str, str], bytes]:
    """Return the fonts embedded in a .docx, deobfuscated, by (family, face element)."""
    from briefer.render.docxfonts import obfuscate

    with zipfile.ZipFile(path) as package:
        table = etree.fromstring(package.read("word/fontTable.xml"))
        rels = etree.fromstring(package.read("word/_rels/fontTable.xml.rels"))
        targets = {rel.get("Id"): rel.get("Target") for rel in rels}
        found = {}
        for entry in table.findall(qn("w:font")):
            for embed in entry:
                if not embed.tag.endswith(
                    ("embedRegular", "embedBold", "embedItalic", "embedBoldItalic")
                ):
                    continue
                data = package.read("word/" + targets[embed.get(qn("r:id"))])
                face = embed.tag.split("}")[1]
                found[entry.get(qn("w:name")), face] = obfuscate(data, embed.get(qn("w:fontKey")))
        return found
