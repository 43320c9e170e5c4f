"""Reading .docx files: paragraphs and properties, and packages that must be refused."""

from __future__ import annotations

import random
import zipfile
from datetime import datetime
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from briefer import ooxml
from briefer.errors import ImportFailed
from briefer.importers.readers import read_file

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
QUOTE = "„Die Zusammenarbeit mit Japan ist für uns von großer Bedeutung“, sagte Kramp-Karrenbauer."


def build_docx(path: Path) -> Path:
    """Write a press release as Word would: heading, paragraphs, a table, properties."""
    document = docx.Document()
    document.add_heading("Germany and Japan hold 2+2 consultations", level=1)
    document.add_paragraph("Berlin, 13 April 2021")
    document.add_paragraph("")
    body = document.add_paragraph("Today, Foreign Minister ")
    body.add_run("Maas").bold = True
    body.add_run(" met his Japanese counterpart.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Minister"
    table.cell(0, 1).text = "Country"
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "Motegi, Japan"
    document.add_paragraph(QUOTE)
    properties = document.core_properties
    properties.title = "2+2 consultations"
    properties.author = "Federal Foreign Office"
    properties.identifier = "https://www.example.org/en/2plus2"
    properties.created = datetime(2021, 4, 13, 9, 30)
    document.save(str(path))
    return path


def rewrite(source: Path, target: Path, parts: dict[str, bytes]) -> Path:
    """Copy a package with the given parts replaced or added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for member in old.infolist():
            if member.filename not in parts:
                new.writestr(member, old.read(member))
        for name, content in parts.items():
            new.writestr(name, content)
    return target


def test_paragraphs_come_in_order_with_tables_and_without_empty_ones(tmp_path: Path) -> None:
    document = read_file(build_docx(tmp_path / "release.docx"))
    assert document.paragraphs == (
        "Germany and Japan hold 2+2 consultations",
        "Berlin, 13 April 2021",
        "Today, Foreign Minister Maas met his Japanese counterpart.",
        "Minister",
        "Country",
        "Motegi, Japan",
        QUOTE,
    )
    assert (document.origin, document.format) == ("release.docx", "docx")


def test_tracked_changes_content_controls_and_text_boxes_are_read_once(tmp_path: Path) -> None:
    path = tmp_path / "template.docx"
    document = docx.Document()
    paragraph = document.add_paragraph("Berlin, ")
    paragraph._p.append(
        parse_xml(
            f"<w:sdt {nsdecls('w')}><w:sdtContent><w:r><w:t>13 April</w:t></w:r>"
            "<w:r><w:tab/><w:t>2021</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )
    changed = document.add_paragraph("The ministers ")
    changed._p.append(parse_xml(f"<w:ins {nsdecls('w')}><w:r><w:t>warmly</w:t></w:r></w:ins>"))
    changed._p.append(
        parse_xml(f"<w:del {nsdecls('w')}><w:r><w:delText>coldly</w:delText></w:r></w:del>")
    )
    changed.add_run(" welcomed the talks.")
    boxed = document.add_paragraph("Contact:")
    boxed._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")} xmlns:mc="{MC}"><mc:AlternateContent><mc:Choice Requires="wps">'
            "<w:p><w:r><w:t>Press office</w:t></w:r></w:p></mc:Choice><mc:Fallback>"
            "<w:p><w:r><w:t>Press office</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent>"
            "</w:r>"
        )
    )
    document.save(str(path))
    assert read_file(path).paragraphs == (
        "Berlin, 13 April 2021",
        "The ministers warmly welcomed the talks.",
        "Contact:",
        "Press office",
    )


def test_core_properties_become_metadata(tmp_path: Path) -> None:
    document = read_file(build_docx(tmp_path / "release.docx"), url="https://caller.example/x")
    assert document.title == "2+2 consultations"
    assert document.author == "Federal Foreign Office"
    assert document.url == "https://www.example.org/en/2plus2"
    assert document.date_published is None  # when a file was created says little
    assert document.meta["created"] == "2021-04-13T09:30:00+00:00"


def test_a_docx_with_a_wrong_extension_is_still_read(tmp_path: Path) -> None:
    path = build_docx(tmp_path / "release.docx").rename(tmp_path / "release.bin")
    assert read_file(path).format == "docx"


def test_a_zip_bomb_is_refused(tmp_path: Path) -> None:
    source = build_docx(tmp_path / "release.docx")
    bomb = rewrite(source, tmp_path / "bomb.docx", {"word/media/zeros.bin": bytes(4 << 20)})
    with pytest.raises(ImportFailed, match=r"^bomb\.docx is compressed suspiciously well"):
        read_file(bomb)


def test_a_package_unpacking_too_large_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ooxml, "MAX_UNPACKED_BYTES", 1024 * 1024)
    source = build_docx(tmp_path / "release.docx")
    photo = random.Random(3).randbytes(2 << 20)  # random bytes do not compress
    large = rewrite(source, tmp_path / "large.docx", {"word/media/image1.jpeg": photo})
    with pytest.raises(ImportFailed, match=r"^large\.docx unpacks to more than 1 MiB"):
        read_file(large)


def test_a_package_with_too_many_parts_is_refused(tmp_path: Path) -> None:
    path = build_docx(tmp_path / "parts.docx")
    with zipfile.ZipFile(path, "a") as package:
        for number in range(ooxml.MAX_MEMBERS):
            package.writestr(f"extra/part{number}.xml", b"")
    with pytest.raises(ImportFailed, match=r"^parts\.docx holds 10,0\d\d parts"):
        read_file(path)


@pytest.mark.parametrize(
    "prolog",
    [
        b'<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>',
        b'<!DOCTYPE w:document SYSTEM "file:///etc/passwd">',
    ],
    ids=["entities", "external-dtd"],
)
def test_xml_with_a_document_type_declaration_is_refused(tmp_path: Path, prolog: bytes) -> None:
    source = build_docx(tmp_path / "release.docx")
    with zipfile.ZipFile(source) as package:
        xml = package.read("word/document.xml")
    declaration, rest = xml.split(b"?>", 1)
    tricked = rewrite(
        source, tmp_path / "dtd.docx", {"word/document.xml": declaration + b"?>" + prolog + rest}
    )
    with pytest.raises(ImportFailed, match=r"^dtd\.docx holds a document type declaration"):
        read_file(tricked)


def test_a_zip_that_is_no_word_document_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.odt"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(ImportFailed, match=r"^notes\.odt is not a Word document \(\.docx\)"):
        read_file(path)


@pytest.mark.parametrize("cut", [30, 400, -30], ids=["header", "middle", "directory"])
def test_a_damaged_package_is_refused(tmp_path: Path, cut: int) -> None:
    data = build_docx(tmp_path / "release.docx").read_bytes()
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(data[:cut])
    with pytest.raises(ImportFailed, match=r"^damaged\.docx is (damaged|a damaged)"):
        read_file(damaged)


def test_a_package_with_a_broken_document_part_is_refused(tmp_path: Path) -> None:
    source = build_docx(tmp_path / "release.docx")
    broken = rewrite(source, tmp_path / "broken.docx", {"word/document.xml": b"<w:document"})
    with pytest.raises(ImportFailed, match=r"^broken\.docx is a damaged Word document"):
        read_file(broken)


def test_a_document_without_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    document = docx.Document()
    document.add_paragraph("   ")
    document.save(str(path))
    with pytest.raises(ImportFailed, match=r"^blank\.docx holds no text"):
        read_file(path)


def test_not_a_zip_but_named_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    with pytest.raises(ImportFailed, match=r"^fake\.docx is damaged or not a Word document"):
        read_file(path)
