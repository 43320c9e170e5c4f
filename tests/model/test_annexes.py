"""Annexes in the model: kept whole in the .briefing file, checked strictly when read back."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.errors import AnnexError, BriefingError, FormatError
from briefer.library.sample import sample_briefing_path
from briefer.model import (
    Briefing,
    ImageAnnex,
    PdfAnnex,
    ReleaseAnnex,
    annexedits,
    briefing_from_dict,
    briefingfile,
)
from briefer.model.annexes import annex_from_dict, file_annex, read_annex, release_annex
from tests.annexdata import (
    bomb_pdf,
    encrypted_pdf,
    image_file,
    pdf_file,
    png_claiming,
    turned_jpeg,
)
from tests.factories import briefing, source, statement


def with_annexes() -> Briefing:
    return replace(
        briefing(),
        annexes=(
            PdfAnnex("Joint statement", pdf_file(2), 2, id="a-pdf"),
            replace(file_annex(image_file(), "Map of the region", "map.png"), id="a-img"),
            ReleaseAnnex("The release", source("First line.\nSecond line."), id="a-rel"),
        ),
    )


def test_annexes_survive_a_save_and_load_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "talks.briefing"
    original = with_annexes()
    briefingfile.save(path, original)
    loaded = briefingfile.load(path)
    assert loaded == original
    document = json.loads(path.read_text("utf-8"))
    assert document["version"] == 4  # 3 holds images, not annexes
    stored = document["briefing"]["annexes"]
    assert [a["type"] for a in stored] == ["pdf", "image", "release"]
    assert base64.b64decode(stored[0]["data"]) == pdf_file(2)  # the file itself, whole
    assert stored[2]["source"]["text"] == "First line.\nSecond line."


def test_a_briefing_without_annexes_is_written_as_before_them(tmp_path: Path) -> None:
    path = tmp_path / "talks.briefing"
    briefingfile.save(path, briefing())
    document = json.loads(path.read_text("utf-8"))
    assert document["version"] == 2  # older briefers still open it
    assert "annexes" not in document["briefing"]


def test_files_from_before_annexes_still_load() -> None:
    sample = briefingfile.load(sample_briefing_path())  # format version 1
    assert sample.annexes == ()


def test_an_older_briefer_refuses_a_file_with_annexes_rather_than_drop_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "talks.briefing"
    briefingfile.save(path, with_annexes())
    monkeypatch.setattr(briefingfile, "FORMAT_VERSION", 3)  # a briefer with images only
    with pytest.raises(BriefingError, match="written by a newer briefer"):
        briefingfile.load(path)


def _encoded(data: bytes) -> str:
    return base64.b64encode(data).decode()


Mutation = Callable[[list[dict[str, Any]]], object]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda a: a[0].update(type="video"), r"annexes\[0\]\.type: expected 'pdf', 'image'"),
        (lambda a: a[0].pop("data"), r"annexes\[0\]\.data: missing"),
        (lambda a: a[0].update(data="not base64!"), r"annexes\[0\]\.data: not base64"),
        (
            lambda a: a[0].update(data=_encoded(b"Dear minister, plain text.")),
            r"annexes\[0\]\.data is not a PDF, PNG or JPEG",
        ),
        (
            lambda a: a[0].update(data=_encoded(encrypted_pdf())),
            r"annexes\[0\]\.data is encrypted",
        ),
        (
            lambda a: a[0].update(data=_encoded(pdf_file(2)[:900])),
            r"annexes\[0\]\.data is damaged or not a PDF",
        ),
        (lambda a: a[0].update(data=_encoded(image_file())), r"annexes\[0\]\.data is not a PDF"),
        (
            lambda a: a[1].update(data=_encoded(pdf_file(1))),
            r"annexes\[1\]\.data is not a PNG or JPEG",
        ),
        (
            lambda a: a[1].update(data=_encoded(png_claiming(60_000, 60_000))),
            r"annexes\[1\]\.data has hundreds of millions of pixels",
        ),
        (
            lambda a: a[1].update(data=_encoded(image_file()[:300])),
            r"annexes\[1\]\.data is a damaged image",
        ),
        (lambda a: a[2]["source"].update(text=""), r"annexes\[2\]\.source\.text: missing"),
        (lambda a: a[2].update(id="s1"), r"the id 's1' is used twice"),
        (lambda a: a[1].update(title=7), r"annexes\[1\]\.title: expected text"),
    ],
)
def test_damaged_annexes_are_refused_naming_what_is_wrong(mutate: Mutation, message: str) -> None:
    data = with_annexes().to_dict()
    mutate(data["annexes"])
    with pytest.raises(FormatError, match=message):
        briefing_from_dict(data)


def test_annexes_too_large_are_refused_before_they_are_decoded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = with_annexes().to_dict()
    monkeypatch.setattr("briefer.model.annexes.MAX_ANNEX_BYTES", 1000)
    with pytest.raises(FormatError, match=r"annexes\[0\]\.data: the file is 0 MiB; an annex"):
        briefing_from_dict(data)
    monkeypatch.undo()
    monkeypatch.setattr("briefer.model.briefing.MAX_ANNEXES_BYTES", 1000)
    with pytest.raises(FormatError, match=r"briefing\.annexes: 0 MiB together"):
        briefing_from_dict(data)


def test_a_file_is_read_with_its_name_as_title(tmp_path: Path) -> None:
    path = tmp_path / "Joint statement.pdf"
    path.write_bytes(pdf_file(3))
    annex = read_annex(path)
    assert isinstance(annex, PdfAnnex)
    assert (annex.title, annex.pages) == ("Joint statement", 3)
    picture = tmp_path / "map.jpg"
    picture.write_bytes(image_file(kind="JPEG"))
    image = read_annex(picture, "The region")
    assert isinstance(image, ImageAnnex)
    assert (image.title, image.format) == ("The region", "jpeg")
    assert (image.width, image.height) == (640, 400)


def test_a_photo_is_kept_turned_the_way_the_camera_was_held(tmp_path: Path) -> None:
    image = file_annex(turned_jpeg(), "Photo", "photo.jpg")
    assert isinstance(image, ImageAnnex)
    assert (image.width, image.height) == (100, 300)  # 300 × 100 as stored, shown upright


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.pdf", b"Text renamed to look like a PDF.", "notes.pdf is not a PDF, PNG or JPEG"),
        ("empty.pdf", b"", "empty.pdf is empty"),
        ("locked.pdf", encrypted_pdf(), "locked.pdf is encrypted"),
        ("cut.pdf", pdf_file(2)[:900], "cut.pdf is damaged or not a PDF"),
        ("bomb.pdf", bomb_pdf(), "bomb.pdf unpacks to far more data than it holds"),
        ("bomb.png", png_claiming(8000, 8000), "bomb.png is 8000 × 8000 pixels; an image annex"),
        ("cut.png", image_file()[:300], "cut.png is a damaged image"),
        ("archive.pdf", b"PK\x03\x04" + b"\x00" * 100, "archive.pdf is not a PDF, PNG or JPEG"),
    ],
    ids=lambda value: value if isinstance(value, str) and " " not in value else "",
)
def test_a_bad_file_is_refused_in_one_line_saying_what_to_do(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(AnnexError, match=message) as caught:
        read_annex(path)
    assert "\n" not in str(caught.value)


def test_a_file_too_large_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    with path.open("wb") as file:
        file.truncate(51 * 2**20)  # sparse: costs no disk
    with pytest.raises(AnnexError, match=r"scan\.pdf is 51 MiB; an annex may be at most 50 MiB"):
        read_annex(path)
    with pytest.raises(AnnexError, match=r"Could not read gone\.pdf"):
        read_annex(tmp_path / "gone.pdf")


def test_a_records_original_release_is_its_source_with_the_full_text() -> None:
    record = statement("We welcome the talks.", source=source("The whole release.\nIts end."))
    annex = release_annex(record)
    assert (annex.title, annex.source.text) == ("A press release", "The whole release.\nIts end.")
    with pytest.raises(AnnexError, match="holds no original release"):
        release_annex(statement("Typed in by hand."))


def test_annex_edits_add_move_rename_and_remove() -> None:
    start = with_annexes()
    extra = ReleaseAnnex("Another", source("Other text."), id="a-new")
    added = annexedits.add_annex(start, extra, 0)
    assert [a.id for a in added.annexes][::3] == ["a-new", "a-rel"]
    moved = annexedits.move_annex(added, "a-new", 99)
    assert moved.annexes[-1].id == "a-new"
    renamed = annexedits.rename_annex(moved, "a-pdf", "Declaration")
    assert renamed.annexes[0].title == "Declaration"
    removed = annexedits.remove_annex(renamed, "a-pdf")
    assert [a.id for a in removed.annexes][1:] == ["a-rel", "a-new"]
    assert start == with_annexes()  # the edits left their input as it was
    with pytest.raises(BriefingError, match="no annex with id 'nope'"):
        annexedits.remove_annex(start, "nope")


def test_an_annex_that_would_make_the_annexes_too_large_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(annexedits, "MAX_ANNEXES_BYTES", 20_000)
    big = PdfAnnex("Big", pdf_file(40), 40)
    with pytest.raises(AnnexError, match="With “Big” the annexes would hold"):
        annexedits.add_annex(with_annexes(), big)


def test_a_release_attached_already_is_found_by_its_text() -> None:
    start = with_annexes()
    assert annexedits.release_number(start, source("First line.\nSecond line.")) == 3
    assert annexedits.release_number(start, source("Something else.")) is None


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(
    kind=st.sampled_from(["pdf", "image", "release", "other"]),
    data=st.binary(max_size=300),
    extra=st.dictionaries(st.sampled_from(["id", "title", "data", "source"]), _JSON, max_size=3),
)
def test_any_annex_json_is_read_or_refused_with_a_format_error(
    kind: str, data: bytes, extra: dict[str, Any]
) -> None:
    raw = {"type": kind, "id": "x", "title": "T", "data": _encoded(data), **extra}
    try:
        annex = annex_from_dict(raw, "annex")
    except FormatError as error:
        assert str(error).startswith("annex"), error  # it names where the fault is
    else:
        assert annex.to_dict()["type"] == kind
