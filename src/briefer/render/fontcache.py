"""Parsed TrueType fonts kept in the user's cache folder, so a process does not parse them anew.

ReportLab reads a font's tables (character map, widths, glyph offsets) into Python objects
each time a process loads it: tens of milliseconds for a large CJK font, most of a short
command's time. What it builds is stored here, keyed by a hash of the font file's bytes and
the ReportLab version, with a checksum: a cache file that is missing, damaged, truncated or
from another version is ignored, and the font is parsed and the cache written again
(atomically). The font file itself is always read: subsetting copies glyphs from its bytes.
"""

from __future__ import annotations

import array
import gc
import hashlib
import io
import logging
import pickle
import weakref
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import reportlab
from reportlab import rl_config
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.pdfdoc import PDFDocument, PDFName

from briefer import cachefiles

log = logging.getLogger(__name__)

_MAGIC = b"briefer font cache 1\n"
_NOT_KEPT = ("_ttf_data", "_pdfScale", "filename")  # the file's bytes, a lambda, a path
_NEEDED = ("charToGlyph", "charWidths", "glyphPos", "unitsPerEm", "table", "name")


def cache_dir() -> Path:
    """Return the folder that holds parsed fonts (not created here)."""
    return cachefiles.folder("fonts")


def load_face(path: Path) -> ttfonts.TTFontFace:
    """Return the parsed face of the TrueType font at path, from the cache when it holds it."""
    data = path.read_bytes()
    key = hashlib.sha256(data).hexdigest()
    entry = cache_dir() / f"{key}.pickle"
    state = _read(entry, key)
    if state is None:
        face = ttfonts.TTFontFace(io.BytesIO(data))
        _write(entry, key, {k: v for k, v in vars(face).items() if k not in _NOT_KEPT})
    else:
        face = ttfonts.TTFontFace.__new__(ttfonts.TTFontFace)
        vars(face).update(state)
        face._ttf_data = data
        face._pdfScale = _scale(face.unitsPerEm)
    face.filename = str(path)
    _compact(face)
    return face


def _compact(face: ttfonts.TTFontFace) -> None:
    """Keep a face's per-glyph tables as arrays rather than lists of Python numbers: a CJK
    font has tens of thousands of glyphs, and a long export needs the memory. The map from
    glyphs back to characters serves only ReportLab's text shaping, which briefer does not
    use."""
    face.glyphPos = array.array("L", face.glyphPos)
    face.hmetrics = _Metrics(face.hmetrics)
    face.glyphToChar = {}


class _Metrics:
    """A face's horizontal metrics, (advance, left side bearing) by glyph, in two arrays."""

    def __init__(self, pairs: list[tuple[float, int]]) -> None:
        # ReportLab notes the advance of the glyphs after the last full metric scaled (a
        # float): kept as it is, so that subsets come out as before
        self.advances = array.array("d", (pair[0] for pair in pairs))
        self.bearings = array.array("l", (pair[1] for pair in pairs))

    def __len__(self) -> int:
        return len(self.advances)

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, _Metrics)
            and self.advances == other.advances
            and self.bearings == other.bearings
        )

    def __getitem__(self, glyph: int) -> tuple[float, int]:
        return self.advances[glyph], self.bearings[glyph]


class _Font(ttfonts.TTFont):  # type: ignore[misc]
    """A TrueType font whose subsets each get their own tag (ISO 32000-1, 9.6.4): ReportLab
    names the first subset of every font AAAAAA+, the second AAAAAB+, … The tag is made from
    the font's name and the subset's number, so that the same export gives the same file."""

    def addObjects(self, doc: PDFDocument) -> None:
        fonts = doc.idToObject["BasicFonts"].dict
        before = set(fonts)
        super().addObjects(doc)
        for internal in set(fonts) - before:
            subset = fonts[internal]
            named = subset.BaseFont
            tagged = f"{_tag(self.fontName, internal)}+{named.split('+', 1)[1]}"
            subset.BaseFont = tagged
            doc.idToObject[f"fontDescriptor:{named}"].dict["FontName"] = PDFName(tagged)


def _tag(font: str, subset: str) -> str:
    """Return six capital letters that stand for a font's subset."""
    digest = hashlib.sha256(f"{font}/{subset}".encode()).digest()
    return "".join(chr(ord("A") + byte % 26) for byte in digest[:6])


def font(name: str, path: Path) -> ttfonts.TTFont:
    """Return a ReportLab TrueType font called name for the file at path."""
    made = _Font.__new__(_Font)
    # what TTFont.__init__ sets besides the face it would parse
    made.fontName = name
    made.face = load_face(path)
    made.encoding = ttfonts.TTEncoding()
    made.state = weakref.WeakKeyDictionary()
    made._asciiReadable = rl_config.ttfAsciiReadable
    made.shapable = not any(fnmatch(name, glob) for glob in ttfonts.unShapedFontGlob)
    return made


def _scale(units_per_em: int) -> Any:
    factor = 1000 / units_per_em
    return lambda value: value * factor


def _read(entry: Path, key: str) -> dict[str, Any] | None:
    payload = cachefiles.read(entry, _MAGIC)
    if payload is None:
        return None
    collecting = gc.isenabled()
    gc.disable()  # tens of thousands of new objects, none of them garbage: no need to look
    try:
        stored = _Unpickler(io.BytesIO(payload)).load()
    except Exception:  # a file made to match its checksum still cannot run code
        log.info("Ignoring the unreadable font cache file %s", entry, exc_info=True)
        return None
    finally:
        if collecting:
            gc.enable()
    state = stored.get("state") if isinstance(stored, dict) else None
    if (
        not isinstance(state, dict)
        or stored.get("key") != key
        or stored.get("reportlab") != reportlab.Version
        or not all(name in state for name in _NEEDED)
    ):
        return None
    return state


def _write(entry: Path, key: str, state: dict[str, Any]) -> None:
    payload = pickle.dumps({"key": key, "reportlab": reportlab.Version, "state": state}, protocol=5)
    cachefiles.write(entry, _MAGIC, payload)


class _Unpickler(pickle.Unpickler):
    """Builds only plain data and ReportLab's name strings, whatever the file says."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("reportlab.pdfbase.ttfonts", "TTFNameBytes"):
            return ttfonts.TTFNameBytes
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a font cache")
