"""Fonts that travel with a .docx, embedded as Word embeds them.

Each face is subset to the characters the document prints (fontTools), obfuscated as
ECMA-376 Part 1 §17.8.1 describes (the first 32 bytes XORed with the bytes of a GUID, last
byte first), stored as word/fonts/fontN.odttf and named in the font table with its key. A
reader without Noto or IPAex then sees the same document, Japanese names included.
"""

from __future__ import annotations

import functools
import hashlib
import io
import uuid
from collections.abc import Iterable
from pathlib import Path

import fontTools
from docx.document import Document as WordDocument
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type information

from briefer import cachefiles
from briefer.errors import RenderError
from briefer.i18n import _
from briefer.render import fonts

OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
# the font table's element for each face, and the face's (bold, italic)
FACES = {
    "embedRegular": (False, False),
    "embedBold": (True, False),
    "embedItalic": (False, True),
    "embedBoldItalic": (True, True),
}
_CHARSETS = {"IPAexGothic": "80"}  # Shift-JIS; the others are Western ("00")
_FAMILIES = {"Noto Serif": "roman", "Noto Sans": "swiss", "IPAexGothic": "modern"}
_LAYOUT = ("GSUB", "GPOS", "GDEF")
_EMPTY_TABLE = b'<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
# Every subset has the letters of the European languages (Latin-1, Latin Extended-A) and
# common punctuation, besides what the document prints: whoever edits it can type them, and
# LibreOffice, which keeps the first embedded font of a name for its whole session, still
# has them for the next document it opens. Plus list marks and contents leaders (not in w:t).
_ALWAYS = "".join(map(chr, [*range(0x20, 0x7F), *range(0xA0, 0x180), *range(0x2010, 0x2027)]))
_ALWAYS += "\u20ac\u2002"
# Subsets kept in the cache folder: most briefings print only the characters above, so the
# next export of any of them, in a new process, takes its subsets from there. A change to the
# subsetting below must change the magic line, which sets the cached subsets aside.
_SUBSET_MAGIC = b"briefer font subset 1\n"


def embed_fonts(word: WordDocument, families: Iterable[str], east_asian: str) -> bool:
    """Embed every face of the families ("Noto Serif") and, if the document has characters
    only it has, the East Asian font, each subset to the document's characters; return
    whether any font was embedded."""
    text = _document_text(word)
    table_part = _font_table(word)
    table = etree.fromstring(table_part.blob)
    faces = [
        (family, tag, fonts.face(family, bold, italic))
        for family in dict.fromkeys(families)
        for tag, (bold, italic) in FACES.items()
    ]
    if fonts.CJK.search(text):
        faces.append((east_asian, "embedRegular", east_asian))
    entries = {family: _entry(table, family) for family, _, _ in faces}
    for number, (family, tag, name) in enumerate(faces, start=1):
        _add(entries[family], table_part, tag, subset_font(name, text), number)
    table_part._blob = etree.tostring(
        table, xml_declaration=True, encoding="UTF-8", standalone=True
    )
    return bool(faces)


@functools.lru_cache(maxsize=32)
def subset_font(name: str, text: str) -> bytes:
    """Return the bundled font called name cut down to the glyphs text needs.

    Remembered, in the process and in the cache folder: the next export of a briefing
    mostly prints the same characters, subsetting takes a quarter of a second per face, and
    parsing a 6 MB font each time leaves the allocator holding megabytes.
    """
    path = fonts.font_file(name)
    entry = _subset_entry(path, text)
    cached = None if entry is None else cachefiles.read(entry, _SUBSET_MAGIC)
    if cached is not None:
        return cached
    # loaded only now: a quarter of a second that an export from the cache does without
    from fontTools import subset
    from fontTools.ttLib import TTFont

    try:
        font = TTFont(path, recalcTimestamp=False)
    except OSError as error:
        raise RenderError(
            _("The font {name} cannot be embedded ({error}); reinstall briefer").format(
                name=path.name, error=error
            )
        ) from None
    options = subset.Options()
    options.name_IDs = ["*"]  # family and face names: Word finds the font by them
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False  # half the size; Word renders unhinted outlines well
    options.recalc_timestamp = False
    # no kerning or ligatures, as in the PDF (ReportLab sets neither), so that lines break
    # alike; reading these tables would also take most of the time
    for table in _LAYOUT:
        if table in font:
            del font[table]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    out = io.BytesIO()
    try:
        subsetter.subset(font)
        font.save(out)
    finally:
        # a font's tables and the font refer to each other, and the app collects cycles
        # only now and then (gui/collector): let go of a parsed 6 MB font at once
        font.close()
        font.tables.clear()
    if entry is not None:
        cachefiles.write(entry, _SUBSET_MAGIC, out.getvalue())
    return out.getvalue()


def _subset_entry(path: Path, text: str) -> Path | None:
    """Return the cache file for the subset of the font at path to text's characters; None
    when the font file cannot be looked at (opening it then says what is wrong)."""
    try:
        found = path.stat()
    except OSError:
        return None
    key = hashlib.sha256(
        f"{path}\0{found.st_size}\0{found.st_mtime_ns}\0{fontTools.version}\0{text}".encode(
            "utf-8", "surrogatepass"
        )
    ).hexdigest()
    return cachefiles.folder("fonts") / f"subset-{key}.ttf"


def font_key(data: bytes) -> str:
    """Return a GUID for a font, from its bytes: the same font gets the same key, so that
    the same document gives the same file."""
    return "{" + str(uuid.UUID(bytes=hashlib.sha256(data).digest()[:16])).upper() + "}"


def obfuscate(data: bytes, key: str) -> bytes:
    """Return font data obfuscated with key (a GUID in braces); the same call undoes it."""
    digits = bytes.fromhex(key.strip("{}").replace("-", ""))[::-1]
    head = bytes(byte ^ digits[index % 16] for index, byte in enumerate(data[:32]))
    return head + data[32:]


def _document_text(word: WordDocument) -> str:
    """Return every character the document prints, once each."""
    seen = set(_ALWAYS)
    for part in word.part.package.iter_parts():
        element = getattr(part, "element", None)
        if element is not None:
            for text in element.iter(qn("w:t")):
                seen.update(text.text or "")
    return "".join(sorted(seen))


def _font_table(word: WordDocument) -> Part:
    """Return the font table part, added if the reference document has none."""
    try:
        return word.part.part_related_by(RELATIONSHIP_TYPE.FONT_TABLE)
    except KeyError:
        part = Part(
            PackURI("/word/fontTable.xml"),
            CONTENT_TYPE.WML_FONT_TABLE,
            _EMPTY_TABLE,
            word.part.package,
        )
        word.part.relate_to(part, RELATIONSHIP_TYPE.FONT_TABLE)
        return part


def _add(entry: etree._Element, table_part: Part, tag: str, data: bytes, number: int) -> None:
    """Store a face's data as a part of the font table, named in the family's entry."""
    key = font_key(data)
    part = Part(
        PackURI(f"/word/fonts/font{number}.odttf"),
        OBFUSCATED_FONT,
        obfuscate(data, key),
        table_part.package,
    )
    rel_id = table_part.relate_to(part, RELATIONSHIP_TYPE.FONT)
    embed = etree.SubElement(entry, qn(f"w:{tag}"))
    embed.set(qn("r:id"), rel_id)
    embed.set(qn("w:fontKey"), key)
    embed.set(qn("w:subsetted"), "1")


def _entry(table: etree._Element, family: str) -> etree._Element:
    """Return the font table's entry for family without embedded faces (they come last in
    it), added if missing."""
    for entry in table.findall(qn("w:font")):
        if entry.get(qn("w:name")) == family:
            for old in [e for e in entry if e.tag.split("}")[1].startswith("embed")]:
                entry.remove(old)
            return entry
    entry = etree.SubElement(table, qn("w:font"))
    entry.set(qn("w:name"), family)
    etree.SubElement(entry, qn("w:charset")).set(qn("w:val"), _CHARSETS.get(family, "00"))
    etree.SubElement(entry, qn("w:family")).set(qn("w:val"), _FAMILIES.get(family, "auto"))
    etree.SubElement(entry, qn("w:pitch")).set(qn("w:val"), "variable")
    return entry
