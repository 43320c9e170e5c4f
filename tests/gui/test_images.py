"""Insert ▸ Image: a PNG or JPEG with caption and alt text goes into the briefing, shows in the
outline and the editor, prints in both formats; a bad file changes nothing and says why."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pytest
from PIL import Image
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from briefer.exporting import export
from briefer.gui.briefingdoc import BriefingDocument
from briefer.gui.imagedialog import ImageDialog, alt_hint
from briefer.gui.imagefile import image_filter
from briefer.gui.mainwindow import MainWindow
from briefer.gui.outlinemodel import OutlineModel
from briefer.model import ImageEntry, briefingfile, picture
from briefer.model.picture import read_picture
from tests.images import bomb, image_entry, photo, png, with_image
from tests.render.pdfcheck import read

CAPTION = "Venue of the talks"
ALT = "Aerial photo of the conference centre beside the river"


@pytest.fixture
def answering(monkeypatch: pytest.MonkeyPatch) -> list[ImageDialog]:
    """The insert dialog, answered with the caption and alt text (and kept for a look)."""
    shown: list[ImageDialog] = []

    def answer(dialog: ImageDialog) -> bool:
        shown.append(dialog)
        dialog.fields.caption.setText(CAPTION)
        dialog.fields.alt_text.setPlainText(ALT)
        return True

    monkeypatch.setattr(ImageDialog, "exec", answer)
    return shown


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    return told


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _images(window: MainWindow) -> list[ImageEntry]:
    return [e for e in window.document.briefing.entries() if isinstance(e, ImageEntry)]


def test_insert_image_from_the_menu_puts_it_after_the_selected_entry(
    window: MainWindow,
    answering: list[ImageDialog],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _file(tmp_path, "venue.jpg", photo(1200, 800))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), image_filter()))
    first = window.document.briefing.sections[0]
    window._select(first.entries[0].id)
    window.insert_image_action.trigger()
    section = window.document.briefing.sections[0]
    assert [e.id for e in section.entries[:1]] == [first.entries[0].id]
    inserted = section.entries[1]
    assert isinstance(inserted, ImageEntry)
    assert (inserted.caption, inserted.alt_text) == (CAPTION, ALT)
    assert inserted.picture.data == path.read_bytes()
    model = window.outline_model
    row = model.index(1, 0, model.index(0, 0))
    assert row.data() == f"Image: {CAPTION}"
    assert not row.data(1).isNull()  # a thumbnail as its icon
    assert window.editor.stack.currentIndex() == 4  # the new image is selected, in the editor
    window.undo_action.trigger()
    assert _images(window) == []
    window.redo_action.trigger()
    assert _images(window) == [inserted]


def test_the_dialog_asks_for_alt_text_and_says_why(qtbot: QtBot) -> None:
    dialog = ImageDialog(read_picture(png(400, 300)), "map.png")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.fields.alt_text.placeholderText() == alt_hint()
    assert "Alt text is required" in dialog.fields.problem.text()
    assert "400 × 300 pixels" in dialog.fields.size_note.text()
    assert not dialog.fields.preview.pixmap().isNull()
    dialog.fields.alt_text.setPlainText("  A map\nof the region ")
    assert ok.isEnabled() and not dialog.fields.problem.isVisibleTo(dialog)
    assert dialog.fields.alt() == "A map of the region"  # one line
    dialog.fields.alt_text.setPlainText("   ")
    assert not ok.isEnabled()


def test_cancelling_the_dialog_inserts_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ImageDialog, "exec", lambda dialog: False)
    before = window.document.briefing
    window.insert_image(_file(tmp_path, "map.png", png()))
    assert window.document.briefing is before


def _damaged_jpeg() -> bytes:
    return photo(320, 240)[:3000]


def _png_that_is_text() -> bytes:
    return b"Talking points for the minister:\n- first\n- second\n"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("notes.png", _png_that_is_text(), r"^notes\.png is text, not a PNG or JPEG image\.$"),
        ("cut.jpg", _damaged_jpeg(), r"^cut\.jpg is damaged: the JPEG file is cut short\.$"),
        ("bomb.png", bomb(), r"^bomb\.png is 100,000 × 100,000 pixels; .* Scale it down\.$"),
        ("anim.gif", None, r"^anim\.gif is a GIF image, not a PNG or JPEG image\.$"),
        ("empty.jpg", b"", r"^empty\.jpg is an empty file, not a PNG or JPEG image\.$"),
    ],
)
def test_a_bad_file_is_refused_in_one_line_and_changes_nothing(
    window: MainWindow,
    answering: list[ImageDialog],
    warnings: list[str],
    tmp_path: Path,
    name: str,
    data: bytes | None,
    message: str,
) -> None:
    if data is None:
        out = io.BytesIO()
        Image.new("RGB", (8, 8)).save(out, "GIF")
        data = out.getvalue()
    before = window.document.briefing
    window.insert_image(_file(tmp_path, name, data))
    assert window.document.briefing is before
    assert window.document.undo_stack.count() == 0
    assert answering == []  # not asked for a caption
    assert len(warnings) == 1 and "\n" not in warnings[0]
    assert re.match(message, warnings[0])


def test_a_file_too_big_is_refused_unread(
    window: MainWindow, warnings: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "poster.jpg"
    with path.open("wb") as handle:
        handle.truncate(picture.MAX_BYTES + 1)  # sparse: nothing to read, were it read
    window.insert_image(path)
    assert _images(window) == []
    assert warnings == [
        "poster.jpg is 20.1 MB; an image in a briefing is at most 20 MB. Save it smaller "
        "(fewer pixels or more compression) and insert it again."
    ]


def test_a_briefing_full_of_images_takes_no_more(
    window: MainWindow,
    answering: list[ImageDialog],
    warnings: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    image = _file(tmp_path, "sea.jpg", photo(1200, 900))
    window.insert_image(image)
    monkeypatch.setattr(picture, "MAX_TOTAL_BYTES", len(image.read_bytes()) * 3 // 2)
    window.insert_image(image)
    assert len(_images(window)) == 1
    assert warnings[0].startswith("sea.jpg was not inserted: with it, the images take ")
    assert warnings[0].endswith("Use a smaller image.")


def test_a_photo_the_camera_marked_as_turned_is_stored_upright(
    window: MainWindow, answering: list[ImageDialog], tmp_path: Path
) -> None:
    taken = Image.open(io.BytesIO(photo(400, 300)))
    exif = Image.Exif()
    exif[0x0112] = 6  # turn 90° clockwise to show
    out = io.BytesIO()
    taken.save(out, "JPEG", exif=exif.tobytes())
    window.insert_image(_file(tmp_path, "portrait.jpg", out.getvalue()))
    (stored,) = _images(window)
    assert (stored.picture.width, stored.picture.height) == (300, 400)
    assert stored.picture.media_type == "image/jpeg"


def test_the_editor_changes_caption_and_alt_text_undoably(
    qtbot: QtBot, window: MainWindow, answering: list[ImageDialog], tmp_path: Path
) -> None:
    window.insert_image(_file(tmp_path, "map.png", png(200, 100)))
    (inserted,) = _images(window)
    fields = window.editor.image
    assert fields.caption.text() == CAPTION and fields.alt() == ALT
    fields.caption.selectAll()
    qtbot.keyClicks(fields.caption, "Map of the region")
    assert _images(window)[0].caption == "Map of the region"
    assert window.outline_model.index_of(inserted.id).data() == "Image: Map of the region"
    fields.alt_text.selectAll()
    qtbot.keyClicks(fields.alt_text, "A map")
    assert _images(window)[0].alt_text == "A map"
    fields.alt_text.clear()
    assert _images(window)[0].alt_text == "A map"  # never blank: the image keeps its alt text
    assert fields.problem.isVisibleTo(window.editor)
    window.editor.image_printable.setChecked(False)
    assert not _images(window)[0].printable
    window.undo_action.trigger()  # internal again
    window.undo_action.trigger()  # the alt text, typed as one step
    assert _images(window)[0].alt_text == ALT
    assert fields.alt() == ALT and not fields.problem.isVisibleTo(window.editor)
    window.undo_action.trigger()  # the caption, typed as one step
    assert _images(window)[0].caption == CAPTION


def test_an_inserted_image_is_saved_and_printed_in_both_formats(
    window: MainWindow, answering: list[ImageDialog], tmp_path: Path
) -> None:
    window._select(window.document.briefing.sections[1].id)
    window.insert_image(_file(tmp_path, "venue.jpg", photo(1200, 800)))
    assert isinstance(window.document.briefing.sections[1].entries[-1], ImageEntry)
    saved = tmp_path / "with-image.briefing"
    assert window._save_to(saved)
    briefing = briefingfile.load(saved)
    assert briefing == window.document.briefing
    export(briefing, "pdf", tmp_path / "out.pdf")
    reading = read(tmp_path / "out.pdf")
    page = next(i for i, text in enumerate(reading.pages) if f"Figure 1: {CAPTION}" in text)
    assert reading.reader.pages[page].images
    export(briefing, "docx", tmp_path / "out.docx")
    word = docx.Document(str(tmp_path / "out.docx"))
    assert [s._inline.docPr.get("descr") for s in word.inline_shapes] == [ALT]
    assert f"Figure 1: {CAPTION}" in [p.text for p in word.paragraphs if p.style.name == "Caption"]


def test_the_outline_model_with_an_image_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from tests.factories import briefing

    document = BriefingDocument(with_image(briefing(), image_entry(photo(), printable=False)))
    model = OutlineModel(document)
    qtmodeltester.check(model)
    row = model.index(1, 0, model.index(0, 0))
    assert row.data() == "Image: Map of the region (internal)"
    assert row.data(3).startswith("Alt text: A map of the region")  # the tooltip
