"""Pictures are checked before a briefing holds them: PNG and JPEG only, whole, not too big."""

from __future__ import annotations

import base64
import io
import json
import struct
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from briefer.errors import BriefingError, FormatError
from briefer.model import ImageEntry, briefing_from_dict, briefingfile, edits
from briefer.model.picture import MAX_BYTES, load_picture, read_picture
from tests.factories import briefing
from tests.images import bomb, chunk, image_entry, interlaced_png, photo, png, with_image

PNG = b"\x89PNG\r\n\x1a\n"
END = chunk(b"IEND", b"")
SMALL_PHOTO = photo(64, 48)


def _saved(image: bytes, tmp_path: Path, name: str = "picture.png") -> Path:
    path = tmp_path / name
    path.write_bytes(image)
    return path


def test_a_png_and_a_photo_are_read_with_their_size_in_pixels() -> None:
    small = read_picture(png(40, 30))
    assert (small.media_type, small.width, small.height) == ("image/png", 40, 30)
    taken = read_picture(photo(1600, 1200))
    assert (taken.media_type, taken.width, taken.height) == ("image/jpeg", 1600, 1200)
    assert read_picture(photo(640, 480, progressive=True)).width == 640


@pytest.mark.parametrize("mode", ["1", "L", "LA", "P", "RGB", "RGBA", "I;16"])
def test_pngs_of_every_colour_type_pillow_writes_are_read(mode: str) -> None:
    out = io.BytesIO()
    Image.new(mode, (33, 17)).save(out, "PNG")
    assert read_picture(out.getvalue()).width == 33


def test_an_interlaced_png_is_read_and_its_data_checked_pass_by_pass() -> None:
    data = interlaced_png(37, 21)
    assert Image.open(io.BytesIO(data)).size == (37, 21)  # Pillow agrees it is whole
    assert read_picture(data).height == 21
    as_if_not_interlaced = zlib.compress(b"\x00" * 21 * (1 + 37))  # fewer bytes than 7 passes
    header = struct.pack(">IIBBBBB", 37, 21, 8, 0, 0, 0, 1)
    wrong = PNG + chunk(b"IHDR", header) + chunk(b"IDAT", as_if_not_interlaced) + END
    with pytest.raises(FormatError, match="its PNG data is cut short"):
        read_picture(wrong)


def test_grey_and_cmyk_jpegs_are_read() -> None:
    for mode in ("L", "CMYK"):
        out = io.BytesIO()
        Image.new(mode, (20, 10)).save(out, "JPEG")
        assert read_picture(out.getvalue()).media_type == "image/jpeg"


def _gif() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4)).save(out, "GIF")
    return out.getvalue()


def _png_with_more_data_than_pixels() -> bytes:
    header = chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0))
    return PNG + header + chunk(b"IDAT", zlib.compress(b"\x00" * 100)) + END


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Meeting notes, not a picture\n", "is text, not a PNG or JPEG image"),
        (b"", "is an empty file"),
        (_gif(), "is a GIF image, not a PNG or JPEG"),
        (b'<?xml version="1.0"?><svg/>', "is an SVG drawing"),
        (b"%PDF-1.7\n", "is a PDF document"),
        (png()[:-30], "is damaged: the PNG file is cut short"),
        (png().replace(b"IDAT", b"IDAx"), "is damaged: the PNG chunk 'IDAx' is corrupt"),
        (_png_with_more_data_than_pixels(), "holds more than its pixels"),
        (photo(320, 240)[:-2000], "is damaged: the JPEG file is cut short"),
        (b"\xff\xd8\xff\xd9", "is damaged: the JPEG file holds no image"),
        (bomb(), "is 100,000 × 100,000 pixels; an image in a briefing has at most 50 megapixels"),
        (bomb(9000, 8000), "is 9,000 × 8,000 pixels"),
    ],
)
def test_what_is_not_a_whole_png_or_jpeg_is_refused_saying_why(data: bytes, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        read_picture(data)


def test_a_decompression_bomb_is_refused_before_anything_is_inflated() -> None:
    data = bomb(50_000, 50_000)
    assert len(data) < 5000  # a few kilobytes claiming 2.5 billion pixels
    with pytest.raises(FormatError, match="Scale it down"):
        read_picture(data)


def test_a_file_says_what_it_is_and_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match=r"^notes\.png is text, not a PNG or JPEG image\.$"):
        load_picture(_saved(b"Just some notes.\n", tmp_path, "notes.png"))
    cut = _saved(photo(320, 240)[:5000], tmp_path, "holiday.jpg")
    with pytest.raises(BriefingError, match=r"^holiday\.jpg is damaged: the JPEG file is cut"):
        load_picture(cut)
    with pytest.raises(BriefingError, match=r"Could not read gone\.png"):
        load_picture(tmp_path / "gone.png")
    with pytest.raises(BriefingError, match="is a folder, device or pipe"):
        load_picture(tmp_path)


def test_a_file_too_large_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "poster.png"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: nothing to read, were it read
    with pytest.raises(
        BriefingError,
        match=r"poster\.png is 20\.1 MB; .* at most 20 MB\. Save it smaller .* insert it again\.$",
    ):
        load_picture(path)


def test_an_image_entry_survives_the_file_bytes_and_all(tmp_path: Path) -> None:
    original = with_image(briefing(), image_entry(photo(800, 600), id="img"))
    path = tmp_path / "with-image.briefing"
    briefingfile.save(path, original)
    loaded = briefingfile.load(path)
    assert loaded == original
    stored = json.loads(path.read_text("utf-8"))
    entry = stored["briefing"]["sections"][0]["entries"][1]
    assert entry["image"]["media_type"] == "image/jpeg"
    assert base64.b64decode(entry["image"]["data"]) == original.sections[0].entries[1].picture.data
    assert entry["alt_text"].startswith("A map of the region")


def test_a_file_with_images_is_version_3_and_one_without_stays_readable_by_version_2(
    tmp_path: Path,
) -> None:
    plain = json.loads(briefingfile.dumps(briefing()))
    assert plain["version"] == 2  # a briefer that reads up to version 2 opens it
    pictured = json.loads(briefingfile.dumps(with_image(briefing(), image_entry())))
    assert pictured["version"] == 3
    older = briefingfile.dumps(briefing()).replace('"version": 2', '"version": 1')
    assert briefingfile.loads(older) == briefing()


def _stored(**changes: object) -> dict[str, object]:
    data = with_image(briefing(), image_entry(id="img")).to_dict()
    entry = data["sections"][0]["entries"][1]  # type: ignore[index]
    for key, value in changes.items():
        if key in ("media_type", "data"):
            entry["image"][key] = value
        elif value is None:
            del entry[key]
        else:
            entry[key] = value
    return data


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"alt_text": None}, r"entries\[1\]\.alt_text is missing; an image needs a text"),
        ({"alt_text": "  "}, r"entries\[1\]\.alt_text is missing"),
        ({"alt_text": "Two\nlines"}, r"alt_text holds a line break"),
        ({"caption": "x" * 1001}, r"caption has 1,001 characters; it may have 1,000"),
        ({"media_type": "image/gif"}, r"image\.media_type: expected one of image/png, image/jpeg"),
        ({"media_type": "image/jpeg"}, r"says image/jpeg, but the image is image/png"),
        ({"data": "not base64!"}, r"image\.data: is not base64 text"),
        (
            {"data": base64.b64encode(b"plain text").decode()},
            r"image\.data: the image is text, not a PNG or JPEG image",
        ),
        (
            {"data": base64.b64encode(bomb()).decode()},
            r"image\.data: the image is 100,000 × 100,000 pixels",
        ),
        ({"data": "A" * (MAX_BYTES // 3 * 4 + 8)}, r"image\.data: the image is larger than 20 MB"),
        ({"image": None}, r"entries\[1\]\.image: expected an object, found null"),
    ],
)
def test_a_bad_image_entry_names_what_is_wrong(changes: dict[str, object], message: str) -> None:
    with pytest.raises(FormatError, match=message):
        briefing_from_dict(_stored(**changes))


def test_a_briefing_holds_at_most_100_mb_of_images(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefer.model import picture

    full = with_image(with_image(briefing(), image_entry(photo())), image_entry(photo()))
    data = full.to_dict()
    monkeypatch.setattr(picture, "MAX_TOTAL_BYTES", len(photo()) * 3 // 2)
    with pytest.raises(FormatError, match=r"^briefing: the images take .* MB; a briefing holds"):
        briefing_from_dict(data)


def test_a_briefing_too_large_to_open_again_is_not_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.briefing"
    monkeypatch.setattr(briefingfile, "MAX_FILE_BYTES", 50_000)
    with pytest.raises(BriefingError, match=r"Not saving big\.briefing: .* Remove or shrink"):
        briefingfile.save(path, with_image(briefing(), image_entry(photo())))
    assert not path.exists()


def test_caption_alt_text_and_printable_are_edits_like_any_other() -> None:
    before = with_image(briefing(), image_entry(id="img"))
    after = edits.edit_image(before, "img", "The venue", "A photo of the venue's entrance")
    changed = after.sections[0].entries[1]
    assert isinstance(changed, ImageEntry)
    assert (changed.caption, changed.alt_text) == ("The venue", "A photo of the venue's entrance")
    assert changed.picture is before.sections[0].entries[1].picture  # shared, not copied
    hidden = edits.set_printable(after, "img", False).sections[0].entries[1]
    assert isinstance(hidden, ImageEntry) and not hidden.printable
    with pytest.raises(BriefingError, match="The alt text is missing"):
        edits.edit_image(before, "img", "The venue", " ")
    with pytest.raises(BriefingError, match="Only an image has a caption and alt text"):
        edits.edit_image(before, "bg", "x", "y")


def test_a_picture_is_not_printed_in_full_in_logs_and_tracebacks() -> None:
    assert "data" not in repr(read_picture(png()))


@settings(max_examples=300, deadline=None)
@given(
    start=st.sampled_from([PNG, b"\xff\xd8\xff", b""]),
    rest=st.binary(max_size=300),
)
def test_any_bytes_give_a_picture_or_a_format_error(start: bytes, rest: bytes) -> None:
    try:
        read_picture(start + rest)
    except FormatError as error:
        assert str(error).startswith("is ")


@settings(max_examples=300, deadline=None)
@given(
    original=st.sampled_from([png(9, 7), SMALL_PHOTO, interlaced_png(9, 7)]),
    cut=st.integers(min_value=0, max_value=4000),
    flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(1, 255)), max_size=4),
)
def test_damaged_pictures_give_a_picture_or_a_format_error(
    original: bytes, cut: int, flips: list[tuple[int, int]]
) -> None:
    data = bytearray(original[: len(original) - cut % len(original)])
    for where, mask in flips:
        if data:
            data[where % len(data)] ^= mask
    try:
        read_picture(bytes(data))
    except FormatError as error:
        assert str(error).startswith("is ")
