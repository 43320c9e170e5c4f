"""Draw the README's pictures of the exports: each template's first and a typical page, the
PDF beside the .docx as LibreOffice draws it.

Usage: .venv/bin/python docs/pages.py OUT_FOLDER   (needs soffice and pdftoppm)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

from briefer.compose import build_document
from briefer.library.sample import sample_briefing_path
from briefer.model import briefingfile
from briefer.render.registry import RENDERERS
from briefer.render.template import find_template

TEMPLATES = ("ministerial-brief", "press-digest", "speaking-notes")
TYPICAL = {"ministerial-brief": 3, "press-digest": 2, "speaking-notes": 2}
GAP = 16


def export_both(template: str, folder: Path) -> tuple[Path, Path]:
    """Export the sample with template to PDF and .docx; return the PDF and LibreOffice's
    PDF of the .docx."""
    found = find_template(template)
    document = build_document(briefingfile.load(sample_briefing_path()), found)
    pdf, word = folder / f"{template}.pdf", folder / f"{template}.docx"
    RENDERERS["pdf"].render(document, found, pdf)
    RENDERERS["docx"].render(document, found, word)
    converted = folder / "word"
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(converted), str(word)],
        check=True,
        capture_output=True,
    )
    return pdf, converted / f"{template}.pdf"


def page(pdf: Path, number: int, folder: Path) -> Image.Image:
    """Return one page of a PDF as an image at 60 dpi."""
    stem = folder / f"{pdf.parent.name}-{pdf.stem}-{number}"
    pages = ["-f", str(number), "-l", str(number)]
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-singlefile", *pages, str(pdf), str(stem)], check=True
    )
    with Image.open(f"{stem}.png") as image:
        return image.convert("RGB")


def side_by_side(pictures: list[tuple[str, Image.Image]]) -> Image.Image:
    """Return the pictures in a row, each labelled above."""
    width = sum(p.width for _, p in pictures) + GAP * (len(pictures) - 1)
    height = max(p.height for _, p in pictures) + 24
    sheet = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(sheet)
    x = 0
    for label, picture in pictures:
        draw.text((x + 4, 4), label, fill="black")
        sheet.paste(picture, (x, 24))
        draw.rectangle((x, 24, x + picture.width - 1, 23 + picture.height), outline="#999999")
        x += picture.width + GAP
    return sheet


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for template in TEMPLATES:
            pdf, word = export_both(template, folder)
            pictures = [
                (f"{kind}, page {number}", page(source, number, folder))
                for number in (1, TYPICAL[template])
                for kind, source in (("PDF", pdf), ("Word (LibreOffice)", word))
            ]
            side_by_side(pictures).save(out / f"pages-{template}.png", optimize=True)
            print(f"wrote {out / f'pages-{template}.png'}")


if __name__ == "__main__":
    main()
