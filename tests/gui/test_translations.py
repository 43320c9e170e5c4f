"""Every string a user sees in the main window and the dialogs is German in German: each
window is opened in English and in German, all its widgets are walked, and a text that
reads the same in both languages fails the test unless the allow-list says why."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QToolBar,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from briefer import i18n
from briefer.compose.markings import levels
from briefer.errors import BrieferError
from briefer.gui.about import AboutDialog
from briefer.gui.annexdialog import AnnexesDialog
from briefer.gui.exportdialog import ExportDialog
from briefer.gui.imagedialog import ImageDialog
from briefer.gui.language import chosen_language, use_language
from briefer.gui.preferences import Preferences, PreferencesDialog
from briefer.gui.propertiesdialog import PropertiesDialog
from briefer.gui.recorddialog import RecordDialog
from briefer.gui.reviewdialog import ImportReviewDialog
from briefer.importing import draft_file
from briefer.library import Library
from briefer.model import Statement, annexedits
from briefer.model.annexes import read_annex
from briefer.model.picture import read_picture
from briefer.render.template import available_templates
from tests.annexdata import pdf_file
from tests.gui.windows import close, opened_window
from tests.images import png

CORPUS = Path(__file__).parents[1] / "data/corpus/tuning"
RELEASE = next(CORPUS.glob("nato-04-*.txt"))

# The same in English and German, and rightly so.
SAME = {
    "briefer",  # the app's name, in titles
    "OK",  # Qt's own button says OK in German too
    "Text",  # a statement's text: "Text" in German
    "Format",  # a meeting's format: "Format" in German
    "Name",
    "Person",
    "Filter: Person",  # the person filter's accessible name
    "Link…",  # a hyperlink is a "Link" in German office software
    "Link",
    "•",  # the bullets button
    "1.",  # the numbering button
    "−",  # zoom out
    "+",  # zoom in
    "hybrid",  # a meeting that is part in person, part online: "hybrid" in German
    "PDF",  # the export's formats
    "Word (.docx)",
    "English",  # each language by its own name
    "Deutsch",
    "Français",
    # the choices that are names: the templates' (as the command line takes them) and the
    # marking schemes' levels, which are the schemes' own words
    *(template.name for template in available_templates()),
    *(level.label for level in levels()),
}
_DATA = re.compile(
    r"""^(
        /.*                          # a path (the library in use, the release's file)
        | [\d\s.,:;/()–—-]*          # numbers, dates, a page count
        | .*\.(txt|briefing|png)     # a file's name (a review tab, an image)
        | .+\ \(\d+\)               # a library filter's value and how many records have it
    )$""",
    re.VERBOSE,
)

Texts = dict[str, str]
_SAID = (  # the texts a widget of a kind shows, by their getters
    (QLabel, "text"),
    (QAbstractButton, "text"),
    (QGroupBox, "title"),
    (QLineEdit, "placeholderText"),
    (QPlainTextEdit, "placeholderText"),
    (QMenu, "title"),
    (QToolBar, "windowTitle"),
)


def _said(widget: QWidget, where: str) -> Iterator[tuple[str, object]]:
    """Yield what one widget says (not its children), each under a name of its own."""
    if widget.isWindow():
        yield f"{where}.windowTitle", widget.windowTitle()
    yield f"{where}.accessibleName", widget.accessibleName()
    yield f"{where}.toolTip", widget.toolTip()
    for kind, getter in _SAID:
        if isinstance(widget, kind):
            yield f"{where}.{getter}", getattr(widget, getter)()
    if isinstance(widget, QComboBox):
        for item in range(widget.count()):
            yield f"{where}.item{item}", widget.itemText(item)
    if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
        header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
        for column in range(header.count()):
            said = widget.model().headerData(column, Qt.Orientation.Horizontal)
            yield f"{where}.header{column}", said
    own = widget.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly)
    for number, action in enumerate(dict.fromkeys([*widget.actions(), *own])):
        yield f"{where}.action{number}.text", action.text()
        yield f"{where}.action{number}.iconText", action.iconText()
        yield f"{where}.action{number}.toolTip", action.toolTip()


def texts_of(root: QWidget) -> Texts:
    """Return what root and every widget, action and menu under it says, by a path that
    names the same widget in either language."""
    found: Texts = {}
    waiting = [(root, type(root).__name__)]
    while waiting:
        widget, where = waiting.pop()
        for name, text in _said(widget, where):
            if isinstance(text, str) and text.strip():
                found[name] = text
        children = [c for c in widget.children() if isinstance(c, QWidget)]
        waiting += [(c, f"{where}/{type(c).__name__}{n}") for n, c in enumerate(children)]
    return found


def untranslated(english: Texts, german: Texts) -> list[str]:
    """Return the texts that read the same in English and German without a reason to."""
    return sorted(
        f"{where}: {text!r}"
        for where, text in english.items()
        if german.get(where) == text and text not in SAME and not _DATA.match(text.strip())
    )


@pytest.fixture
def in_language() -> Iterator[Callable[[str], None]]:
    """Switch the app's language; English again afterwards."""
    yield use_language
    use_language("en")


def windows(library: Library, tmp_path: Path) -> dict[str, Callable[[], QWidget]]:
    """How to open each window and dialog, in the language in use."""
    statement = next(r for r in map(library.get, range(1, 40)) if isinstance(r, Statement))
    meeting = next(r for r in map(library.get, range(1, 40)) if not isinstance(r, Statement))
    empty = tmp_path / "notes.txt"
    empty.write_bytes(b"")
    annex_path = tmp_path / "map.pdf"
    annex_path.write_bytes(pdf_file())
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)

    def main() -> QWidget:
        window = opened_window(library, tmp_path)
        window.find_bar.open_bar()
        return window

    def review() -> QWidget:
        try:
            draft_file(empty)
        except BrieferError as error:
            failure = str(error)
        return ImportReviewDialog([draft_file(RELEASE)], [failure])

    def annexes() -> QWidget:
        window = opened_window(library, tmp_path)
        annex = read_annex(annex_path)
        window.document.apply("Attach", lambda b: annexedits.add_annex(b, annex))
        dialog = AnnexesDialog(window.document, lambda: None, window)
        dialog.select(0)
        return dialog

    return {
        "main window": main,
        "preferences": lambda: PreferencesDialog(Preferences()),
        "properties": lambda: PropertiesDialog(
            opened_window(library, tmp_path).document.briefing.meta
        ),
        "export": lambda: ExportDialog(opened_window(library, tmp_path).document.briefing, "/tmp"),
        "import review": review,
        "edit statement": lambda: RecordDialog(statement),
        "edit consultation": lambda: RecordDialog(meeting),
        "annexes": annexes,
        "insert image": lambda: ImageDialog(read_picture(png()), "photo.png"),
        "about": lambda: AboutDialog(library.path, settings),
    }


def shown_texts(open_window: Callable[[], QWidget]) -> Texts:
    """Open a window, read what it says, and close it (with the windows it made)."""
    before = set(QApplication.topLevelWidgets())
    window = open_window()
    window.show()
    found = texts_of(window)
    for made in set(QApplication.topLevelWidgets()) - before:
        if hasattr(made, "document"):
            close(made)  # type: ignore[arg-type]  # a main window
        elif isinstance(made, QDialog | QWidget):
            made.close()
            made.deleteLater()
    QThreadPool.globalInstance().waitForDone(30000)
    return found


def test_every_window_and_dialog_is_german_in_german(
    qtbot: QtBot, sample_library: Library, tmp_path: Path, in_language: Callable[[str], None]
) -> None:
    opened = windows(sample_library, tmp_path)
    english = {name: shown_texts(open_window) for name, open_window in opened.items()}
    in_language("de")
    german = {name: shown_texts(open_window) for name, open_window in opened.items()}
    problems = [
        f"{name}: {problem}"
        for name in opened
        for problem in untranslated(english[name], german[name])
    ]
    assert not problems, "untranslated:\n" + "\n".join(problems)
    assert all(len(german[name]) >= 3 for name in opened)  # the walk found something


def test_german_menus_numbers_and_plurals(
    qtbot: QtBot, sample_library: Library, tmp_path: Path, in_language: Callable[[str], None]
) -> None:
    in_language("de")
    window = opened_window(sample_library, tmp_path)
    try:
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == [
            "&Datei",
            "&Bearbeiten",
            "&Ansicht",
            "Bib&liothek",
            "&Vorlage",
            "E&infügen",
            "&Hilfe",
        ]
        assert window.windowTitle() == "Unbenannte Vorlage[*] — briefer"
        assert QLocale().toString(1234567) == "1.234.567"
        filters = window.library_panel.tr("%n filter(s) hide", "", 2)
        assert filters == "2 Filter blenden"
        assert i18n.language() == "de"  # the core's messages follow
    finally:
        close(window)


def test_english_plurals_read_as_before(
    qtbot: QtBot, sample_library: Library, tmp_path: Path
) -> None:
    window = opened_window(sample_library, tmp_path)
    try:
        panel = window.library_panel
        assert panel.tr("%n filter(s) hide", "", 1) == "1 filter hides"
        assert panel.tr("%n filter(s) hide", "", 3) == "3 filters hide"
    finally:
        close(window)


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("system", "de_DE", "de"),
        ("system", "de_AT", "de"),
        ("system", "fr_FR", "en"),
        ("system", "C", "en"),
        ("en", "de_DE", "en"),
        ("de", "en_GB", "de"),
    ],
)
def test_the_language_follows_the_system_unless_preferences_set_it(
    setting: str, system: str, expected: str
) -> None:
    assert chosen_language(setting, QLocale(system)) == expected


def test_the_language_preference_is_kept(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert Preferences.load(settings).language == "system"
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.app_language.setCurrentIndex(dialog.app_language.findData("de"))
    dialog.preferences().save(settings)
    assert Preferences.load(settings).language == "de"
