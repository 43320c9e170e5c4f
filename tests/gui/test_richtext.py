"""The rich-text editor of own text: typing and formatting, undo, paste, and the export."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pypdf
import pytest
from docx.oxml.ns import qn
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from briefer.exporting import export
from briefer.gui.mainwindow import MainWindow
from briefer.model import TextEntry, TextKind, briefingfile, edits
from briefer.model.richtext import Para, RichText, Span
from tests.render.pdfcheck import read

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LINK = "https://www.auswaertiges-amt.de/en/2plus2"


def entry_text(window: MainWindow) -> RichText:
    s_index, e_index = edits.find_entry(window.document.briefing, window.editor.item_id)
    entry = window.document.briefing.sections[s_index].entries[e_index]
    assert isinstance(entry, TextEntry)
    return entry.text


def select(window: MainWindow, words: str) -> None:
    box = window.editor.text
    start = box.toPlainText().index(words)
    cursor = box.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    box.setTextCursor(cursor)


def to_end(window: MainWindow) -> None:
    window.editor.text.moveCursor(QTextCursor.MoveOperation.End)


def click(qtbot, window: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    editor = window.editor
    action = next(a for a in editor.text.format_actions if a.text() == name)
    button = editor.text_tools.widgetForAction(action)
    assert button.isVisible() and button.isEnabled() and button.accessibleName() == name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def write_points(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Type talking points as a user would: a bold and italic word, a bulleted point with a
    numbered sub-point, a link, typed markup."""
    window.add_text(TextKind.TALKING_POINTS)
    box = window.editor.text
    qtbot.keyClicks(box, "We welcome the talks")
    select(window, "welcome")
    qtbot.keyClick(box, Qt.Key.Key_B, CTRL)
    qtbot.keyClick(box, Qt.Key.Key_I, CTRL)
    to_end(window)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "Monitoring the embargo")
    qtbot.keyClick(box, Qt.Key.Key_Tab)  # a sub-point …
    click(qtbot, window, "Numbering")  # … numbered
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "Read the release")
    select(window, "the release")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (LINK, True))
    qtbot.keyClick(box, Qt.Key.Key_K, CTRL)
    to_end(window)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClick(box, Qt.Key.Key_Tab, SHIFT)  # back to a point
    click(qtbot, window, "Bullets")
    qtbot.keyClicks(box, "Say <b>this</b> **as typed** &amp;")


EXPECTED = RichText(
    (
        Para((Span("We "), Span("welcome", bold=True, italic=True), Span(" the talks")), "bullet"),
        Para((Span("Monitoring the embargo"),), "number", 1),
        Para((Span("Read "), Span("the release", link=LINK)), "number", 1),
        Para((Span("Say <b>this</b> **as typed** &amp;"),), "bullet"),
    )
)


def test_formats_points_and_a_link_typed_in_the_editor_are_the_entry_text(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = len(window.document.briefing.entries())
    write_points(qtbot, window, monkeypatch)
    assert entry_text(window) == EXPECTED
    # Ctrl+B and Ctrl+I formatted the text: neither added a background nor opened properties
    assert len(window.document.briefing.entries()) == before + 1
    assert window.editor.text.accessibleName() == "Text"


def test_the_typed_points_print_in_the_pdf_and_the_docx(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    write_points(qtbot, window, monkeypatch)
    pdf, word = tmp_path / "rich.pdf", tmp_path / "rich.docx"
    export(window.document.briefing, "pdf", pdf)
    export(window.document.briefing, "docx", word)

    text = read(pdf).flat()
    assert "• We welcome the talks" in text  # the page may turn after it
    assert "a. Monitoring the embargo b. Read the release" in text
    assert "• Say <b>this</b> **as typed** &amp;" in text
    fonts: dict[str, str] = {}

    def visit(chunk: str, cm: object, tm: object, font: dict | None, size: float) -> None:  # type: ignore[type-arg]
        for found in chunk.split():
            fonts.setdefault(found, str(font["/BaseFont"]) if font else "")

    reader = pypdf.PdfReader(str(pdf))
    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    assert fonts["welcome"].endswith("-BoldItalic") and fonts["talks"].endswith("-Regular")
    uris = [
        a.get_object()["/A"].get("/URI")
        for page in reader.pages
        for a in page.get("/Annots", [])
        if "/A" in a.get_object()
    ]
    assert uris.count(LINK) == 1  # over "the release"

    document = docx.Document(str(word))
    paragraphs = {p.text: p for p in document.paragraphs}
    runs = {r.text: r for r in paragraphs["We welcome the talks"].runs}
    assert runs["welcome"].bold and runs["welcome"].italic and not runs[" the talks"].bold
    (link,) = paragraphs["Read the release"].hyperlinks
    assert (link.text, link.url) == ("the release", LINK)
    numbered = paragraphs["Monitoring the embargo"]._p.pPr.find(qn("w:numPr"))
    num = numbered.find(qn("w:numId")).get(qn("w:val"))
    numbering = document.part.numbering_part.element
    abstract = next(
        n.find(qn("w:abstractNumId")).get(qn("w:val"))
        for n in numbering.findall(qn("w:num"))
        if n.get(qn("w:numId")) == num
    )
    level = next(
        a.find(qn("w:lvl"))
        for a in numbering.findall(qn("w:abstractNum"))
        if a.get(qn("w:abstractNumId")) == abstract
    )
    assert level.find(qn("w:numFmt")).get(qn("w:val")) == "lowerLetter"
    assert "Say <b>this</b> **as typed** &amp;" in paragraphs


def test_each_format_is_an_undo_step_of_its_own(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.add_text(TextKind.BACKGROUND)
    box = window.editor.text
    qtbot.keyClicks(box, "A firm partner")
    select(window, "firm")
    qtbot.keyClick(box, Qt.Key.Key_B, CTRL)
    click(qtbot, window, "Bullets")
    bold_point = RichText(
        (Para((Span("A "), Span("firm", bold=True), Span(" partner")), "bullet"),)
    )
    assert entry_text(window) == bold_point
    assert window.document.undo_stack.undoText() == "Bullets"
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert entry_text(window).paras[0].marker == ""
    assert box.textCursor().currentList() is None  # the editor shows what was undone
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert entry_text(window) == RichText((Para((Span("A firm partner"),)),))
    assert box.rich_text() == entry_text(window)
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL | SHIFT)
    assert entry_text(window) == bold_point == box.rich_text()


def test_pasting_from_word_or_a_browser_keeps_only_what_a_briefing_holds(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    window.add_text(TextKind.BACKGROUND)
    box = window.editor.text
    mime = QMimeData()
    mime.setHtml(
        "<html><body><!--StartFragment-->"
        "<p class=MsoNormal><b><span style='font-size:20pt;font-family:Calibri;color:red'>"
        "Bold</span></b> and <i>italic</i> "
        "<a href='javascript:alert(1)'>a trap</a> <a href='https://example.org/x'>a link</a>"
        "<img src='file:///etc/passwd'></p>"
        "<h1>A heading</h1><script>alert(2)</script>"
        "<ul><li>one</li><li>two<ol><li>sub</li></ol></li></ul>"
        "<table><tr><td>cell</td></tr></table>&lt;b&gt;"
        "<!--EndFragment--></body></html>"
    )
    QApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(box, Qt.Key.Key_V, CTRL)
    # the clipboard owns the data now; left there, it is freed after Qt's end and crashes
    QApplication.clipboard().clear()
    assert window.document.undo_stack.undoText() == "Paste"
    text = entry_text(window)
    assert text.paras[0] == Para(
        (
            Span("Bold", bold=True),
            Span(" and "),
            Span("italic", italic=True),
            Span(" a trap "),  # the words stay, the javascript: link goes
            Span("a link", link="https://example.org/x"),
        )
    )
    assert [(p.plain(), p.marker, p.level) for p in text.paras[1:]] == [
        ("A heading", "", 0),
        ("one", "bullet", 0),
        ("two", "bullet", 0),
        ("sub", "number", 1),
        ("cell", "", 0),
        ("<b>", "", 0),
    ]
    assert text.paras[1].spans == (Span("A heading", bold=True),)  # bold, but no bigger
    stored = json.dumps([p.to_dict() for p in text.paras])
    assert "Calibri" not in stored and "alert" not in stored and "<img" not in stored


def test_a_link_must_be_a_web_or_mail_address(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.add_text(TextKind.BACKGROUND)
    box = window.editor.text
    qtbot.keyClicks(box, "Write to the desk")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
    select(window, "the desk")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("javascript:alert(1)", True))
    click(qtbot, window, "Link…")
    assert told and "cannot be a link" in told[0]
    assert entry_text(window) == RichText((Para((Span("Write to the desk"),)),))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("desk@example.org", True))
    click(qtbot, window, "Link…")
    assert entry_text(window).paras[0].spans[1] == Span("the desk", link="mailto:desk@example.org")
    to_end(window)
    box.moveCursor(QTextCursor.MoveOperation.Left)  # into the link: Link… edits all of it
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    click(qtbot, window, "Link…")
    assert entry_text(window) == RichText((Para((Span("Write to the desk"),)),))


def test_a_saved_rich_briefing_opens_with_its_formats_in_the_editor(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    write_points(qtbot, window, monkeypatch)
    entry_id = window.editor.item_id
    path = tmp_path / "rich.briefing"
    window.document.save(path)
    assert "<" not in json.dumps(json.loads(path.read_text("utf-8"))["briefing"]).replace(
        "Say <b>this</b>", ""
    )  # no HTML stored: only what was typed
    window.document.replace(briefingfile.load(path), path)
    window.outline.setCurrentIndex(window.outline_model.index_of(entry_id))
    box = window.editor.text
    assert box.rich_text() == EXPECTED
    select(window, "Monitoring")
    assert box.numbering_action.isChecked() and not box.bullets_action.isChecked()
    select(window, "welcome")
    assert box.bold_action.isChecked() and box.italic_action.isChecked()
