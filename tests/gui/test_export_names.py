"""The export dialog suggests names every system accepts, naming the variant."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from briefer.gui.exportdialog import ExportDialog
from briefer.library.sample import sample_briefing_path
from briefer.model import Briefing, briefingfile

_NOT_ON_WINDOWS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def _titled(title: str, language: str = "en") -> Briefing:
    sample = briefingfile.load(sample_briefing_path())
    return replace(sample, meta=replace(sample.meta, title=title, language=language))


def _suggested(qtbot, briefing: Briefing, fmt: str, variant: str, folder: Path) -> str:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(briefing, str(folder))
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.variant.setCurrentIndex(dialog.variant.findData(variant))
    path = dialog.suggested_path()
    assert path.parent == folder
    return path.name


@pytest.mark.parametrize(
    ("language", "fmt", "variant", "ending"),
    [
        ("en", "pdf", "internal", "-internal.pdf"),
        ("en", "docx", "shareable", "-shareable.docx"),
        ("de", "pdf", "internal", "-intern.pdf"),
        ("de", "docx", "shareable", "-zur-Weitergabe.docx"),
    ],
)
def test_the_suggested_name_says_which_variant_it_is(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, language: str, fmt: str, variant: str, ending: str
) -> None:
    briefing = _titled("Germany–Japan “2+2” consultations", language)
    name = _suggested(qtbot, briefing, fmt, variant, tmp_path)
    assert name == f"Germany–Japan “2+2” consultations{ending}"


@pytest.mark.parametrize(
    "title",
    [
        "Tokyo: 2+2 on 13/04/2021?",
        'Talks <draft> "final" | v2 *',
        "Ends with a dot.",
        "   ",
        "CON",
        "Gespräche über Sicherheit " * 20,
        "東京での協議" * 60,
    ],
)
def test_suggested_names_are_valid_on_windows_macos_and_linux(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, tmp_path: Path, title: str
) -> None:
    name = _suggested(qtbot, _titled(title), "pdf", "shareable", tmp_path)
    stem = name.removesuffix("-shareable.pdf")
    assert name.endswith("-shareable.pdf")
    assert not _NOT_ON_WINDOWS.search(name), name
    assert stem and stem == stem.rstrip(" ."), name
    assert stem.upper() not in {"CON", "PRN", "AUX", "NUL"}
    assert len(name) <= 120 and len(name.encode()) <= 255
    # and the export really lands there
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    dialog = ExportDialog(_titled(title), str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.variant.setCurrentIndex(dialog.variant.findData("shareable"))
    dialog.run(dialog.suggested_path())
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert (tmp_path / name).stat().st_size > 1000
