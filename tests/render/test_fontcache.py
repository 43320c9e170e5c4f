"""Parsed fonts come from the cache only when it holds exactly the font; anything else in it is
parsed anew and rewritten, and the PDF is the same."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from briefer import paths
from briefer.library.sample import sample_briefing_path
from briefer.render import fontcache
from tests.render.pdfcheck import qpdf_ok, read

FONT = paths.resources_dir() / "fonts" / "NotoSerif-Regular.ttf"


def export(tmp_path: Path, name: str) -> bytes:
    """Export the sample as a whole process, as a user does, with the cache in tmp_path."""
    target = tmp_path / name
    command = ["export", str(sample_briefing_path()), "-o", str(target), "--invariant"]
    subprocess.run(
        [sys.executable, "-m", "briefer", *command],
        env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")},
        check=True,
        capture_output=True,
    )
    return target.read_bytes()


def entries(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache" / "briefer" / "fonts").glob("*.pickle"))


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[: len(blob) // 2],  # truncated: the disk filled up
        lambda blob: b"",
        lambda blob: os.urandom(len(blob)),  # garbage
        lambda blob: blob[:-40] + bytes(40),  # the end zeroed
        lambda blob: blob.replace(b"charWidths", b"charWidthz"),  # changed, checksum not
    ],
    ids=["truncated", "empty", "garbage", "zeroed-end", "altered"],
)
def test_a_damaged_cache_still_makes_the_same_pdf_and_is_rewritten(
    tmp_path: Path, damage: object
) -> None:
    fresh = export(tmp_path, "fresh.pdf")  # parses the fonts, writes the cache
    cached = entries(tmp_path)
    assert cached
    good = {path: path.read_bytes() for path in cached}
    assert export(tmp_path, "cached.pdf") == fresh  # from the cache
    for path, blob in good.items():
        path.write_bytes(damage(blob))  # type: ignore[operator]
    damaged = tmp_path / "damaged.pdf"
    assert export(tmp_path, damaged.name) == fresh
    assert qpdf_ok(damaged) and "茂木" in read(damaged).flat()
    assert {path: path.read_bytes() for path in entries(tmp_path)} == good


def test_a_cached_face_is_the_parsed_face(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    parsed = fontcache.load_face(FONT)  # an empty cache: parsed and stored
    assert len(list(fontcache.cache_dir().iterdir())) == 1
    cached = fontcache.load_face(FONT)
    ignored = {"_pdfScale"}
    assert {k: v for k, v in vars(cached).items() if k not in ignored} == {
        k: v for k, v in vars(parsed).items() if k not in ignored
    }
    assert cached._pdfScale(2048) == parsed._pdfScale(2048)


def test_an_unwritable_cache_only_costs_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    face = fontcache.load_face(FONT)
    assert face.charToGlyph[ord("ä")] > 0


def test_a_font_from_the_cache_is_set_up_as_reportlab_sets_up_its_own() -> None:
    from reportlab.pdfbase.ttfonts import TTFont

    ours, theirs = fontcache.font("Test", FONT), TTFont("Test", str(FONT))
    assert sorted(vars(ours)) == sorted(vars(theirs))
    for name in ("fontName", "_asciiReadable", "shapable"):
        assert getattr(ours, name) == getattr(theirs, name)
    assert ours.stringWidth("Grüße, 茂木", 10) == theirs.stringWidth("Grüße, 茂木", 10)


def parts(docx: bytes) -> dict[str, bytes]:
    """Return the parts of a .docx (its zip's time stamps aside)."""
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        return {name: package.read(name) for name in package.namelist()}


def test_a_docx_export_takes_its_font_subsets_from_the_cache(tmp_path: Path) -> None:
    """The faces embedded in a .docx are subset once: the next export in a new process, and
    after a damaged cache file, makes the same file."""
    fresh = parts(export(tmp_path, "fresh.docx"))
    subsets = sorted((tmp_path / "cache" / "briefer" / "fonts").glob("subset-*.ttf"))
    assert len(subsets) >= 4  # every face of the body's and the headings' families
    good = {path: path.read_bytes() for path in subsets}
    assert parts(export(tmp_path, "cached.docx")) == fresh
    subsets[0].write_bytes(good[subsets[0]][:1000])  # cut off: the disk filled up
    assert parts(export(tmp_path, "damaged.docx")) == fresh
    assert {path: path.read_bytes() for path in subsets} == good
