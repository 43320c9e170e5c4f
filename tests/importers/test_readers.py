"""Reading text files and pasted text: encodings, paragraphs, and files that cannot be read."""

from __future__ import annotations

import os
import random
import textwrap
from pathlib import Path

import pytest

from briefer.errors import ImportFailed
from briefer.importers import readers, textfile
from briefer.importers.readers import read_file, read_pasted
from tests.conftest import SEED

GREETING = "Grüße aus Köln – „Zitat“ für 5 € und ‚mehr‘…"

PARAGRAPHS = [
    "Today, Foreign Minister Maas and Defence Minister Kramp-Karrenbauer for the first time held"
    " joint political and security policy consultations via video teleconference with their"
    " Japanese counterparts, Foreign Minister Motegi and Defence Minister Kishi.",
    "With its adoption of Policy guidelines for the Indo-Pacific, the German Government has"
    " decided to step up its engagement in the region. The consultations underscore the close,"
    " trust-based relations between Germany and Japan.",
    "“So that Germany and Europe can continue to help actively shape the world of tomorrow, we"
    " must strengthen our engagement in Asia in particular,” Foreign Minister Maas said.",
]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "encoded",
    [
        GREETING.encode("utf-8"),
        b"\xef\xbb\xbf" + GREETING.encode("utf-8"),
        b"\xff\xfe" + GREETING.encode("utf-16-le"),
        b"\xfe\xff" + GREETING.encode("utf-16-be"),
        GREETING.encode("utf-16-le"),
        GREETING.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "utf-16le-unmarked", "cp1252"],
)
def test_text_in_every_usual_encoding_reads_the_same(tmp_path: Path, encoded: bytes) -> None:
    document = read_file(write(tmp_path, "greeting.txt", encoded))
    assert document.paragraphs == (GREETING,)
    assert (document.origin, document.format) == ("greeting.txt", "text")


def test_damaged_utf8_is_refused_naming_the_byte(tmp_path: Path) -> None:
    prefix = "Grüße aus Köln – ".encode()
    data = prefix + b"\xfc und mehr"
    with pytest.raises(
        ImportFailed, match=rf"^broken\.txt is damaged UTF-8 text: byte {len(prefix)} "
    ):
        read_file(write(tmp_path, "broken.txt", data))


def test_windows_1252_with_bytes_that_look_like_utf8_by_chance_is_still_read(
    tmp_path: Path,
) -> None:
    text = "„Gruß“ und »Fuß« aus Köln"  # ß before “ or « is a valid UTF-8 pair
    assert read_file(write(tmp_path, "gruss.txt", text.encode("cp1252"))).paragraphs == (text,)


def test_a_byte_windows_1252_leaves_undefined_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"neither UTF-8 nor Windows-1252 .* \(0x81\)"):
        read_file(write(tmp_path, "odd.txt", b"K\xf6ln \x81 Bonn"))


def test_text_is_normalised(tmp_path: Path) -> None:
    text = "Ko\u0308ln\u00a0und\u2009Bonn\u200b\r\nzero\u00adwidth\rend\ufeff"
    document = read_file(write(tmp_path, "n.txt", text.encode()))
    assert document.paragraphs == ("Köln und Bonn", "zerowidth", "end")


def test_the_sample_gives_one_paragraph_per_line() -> None:
    path = SEED / "federal-foreign-office-2021-04-13.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 8
    assert read_file(path).paragraphs == tuple(lines)


def test_short_paragraphs_one_per_line_stay_apart() -> None:
    text = "Press release\n13 April 2021\nGermany and Japan met today in Tokyo.\nThey talked."
    assert read_pasted(text).paragraphs == tuple(text.split("\n"))


def test_hard_wrapped_blocks_join_into_paragraphs(tmp_path: Path) -> None:
    text = "Press release\n\n" + "\n\n".join(textwrap.fill(p, 72) for p in PARAGRAPHS) + "\n"
    assert "\n" in textwrap.fill(PARAGRAPHS[0], 72)
    document = read_file(write(tmp_path, "wrapped.txt", text.encode()))
    assert document.paragraphs == ("Press release", *PARAGRAPHS)


def test_a_heading_stays_apart_from_the_wrapped_paragraph_below_it() -> None:
    text = "Germany and Japan hold consultations\n" + textwrap.fill(PARAGRAPHS[1], 70)
    assert read_pasted(text).paragraphs == ("Germany and Japan hold consultations", PARAGRAPHS[1])


def test_a_wrapped_line_ending_in_a_hyphen_joins_without_a_space() -> None:
    text = (
        "Today, Foreign Minister Maas and Defence Minister Annegret Kramp-\n"
        "Karrenbauer held consultations with their Japanese counterparts in a video\n"
        "conference."
    )
    assert read_pasted(text).paragraphs == (
        "Today, Foreign Minister Maas and Defence Minister Annegret Kramp-Karrenbauer held"
        " consultations with their Japanese counterparts in a video conference.",
    )


def test_list_items_in_a_wrapped_block_stay_apart() -> None:
    text = (
        "The agenda of the consultations included, among other things, these topics\n"
        "- security and stability in the South and East China Seas and elsewhere\n"
        "- the Korean peninsula and other regional issues of common interest today\n"
        "- cooperation between the EU and Japan"
    )
    assert read_pasted(text).paragraphs == tuple(text.split("\n"))


def test_internal_runs_of_spaces_collapse_and_blank_paragraphs_vanish() -> None:
    text = "  First   line\t here  \n\n\n   \n Second\u3000line "
    assert read_pasted(text).paragraphs == ("First line here", "Second line")


def test_pasted_text_is_read_like_a_file() -> None:
    document = read_pasted("\ufeffTitle\r\n\r\nBody text.\r\n")
    assert document.paragraphs == ("Title", "Body text.")
    assert (document.origin, document.format, document.url) == ("pasted text", "text", "")


@pytest.mark.parametrize("text", ["", "  \n\t\u00a0\u200b\n"])
def test_empty_pasted_text_is_refused(text: str) -> None:
    with pytest.raises(ImportFailed, match=r"^The pasted text is empty"):
        read_pasted(text)


def test_pasted_control_characters_are_refused() -> None:
    with pytest.raises(ImportFailed, match=r"^The pasted text holds control characters"):
        read_pasted("abc\x00def")


def test_the_callers_url_is_kept_for_a_text_file(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"Some text.")
    assert read_file(path, url="https://example.org/a").url == "https://example.org/a"


@pytest.mark.parametrize("data", [b"", b"  \r\n \n\t"], ids=["empty", "blank"])
def test_an_empty_file_is_refused(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(ImportFailed, match=r"^empty\.txt is empty\."):
        read_file(write(tmp_path, "empty.txt", data))


@pytest.mark.parametrize("name", ["blob.txt", "blob.docx", "blob.pdf", "blob.html"])
def test_binary_data_is_refused_as_not_text(tmp_path: Path, name: str) -> None:
    noise = bytes(random.Random(7).randrange(256) for _ in range(4000)) + b"\x00\x00"
    with pytest.raises(ImportFailed, match=rf"^{name} is not a text file \(it looks like binary"):
        read_file(write(tmp_path, name, noise))


def test_an_old_word_document_is_refused_with_advice(tmp_path: Path) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)
    with pytest.raises(ImportFailed, match=r"^old\.doc is an old Word .* Save it as \.docx"):
        read_file(write(tmp_path, "old.doc", ole))


def test_a_file_above_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 2 * 1024 * 1024)
    path = write(tmp_path, "huge.txt", b"word " * (500 * 1024))
    with pytest.raises(ImportFailed, match=r"^huge\.txt is larger than 2 MiB"):
        read_file(path)


def test_text_above_the_length_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(textfile, "MAX_TEXT_CHARS", 1000)
    path = write(tmp_path, "long.txt", b"A sentence of text.\n" * 100)
    with pytest.raises(ImportFailed, match=r"^long\.txt holds more than 1,000 .* far shorter"):
        read_file(path)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "releases"
    folder.mkdir()
    with pytest.raises(ImportFailed, match=r"^releases is a folder"):
        read_file(folder)


def test_a_missing_file_is_refused_with_the_reason(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"^gone\.txt cannot be read: No such file"):
        read_file(tmp_path / "gone.txt")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_refused_with_the_reason(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", b"text")
    path.chmod(0)
    with pytest.raises(ImportFailed, match=r"^secret\.txt cannot be read: Permission denied"):
        read_file(path)
