"""The translations are up to date with the code and complete, and the core speaks German
when asked: its errors (importing, exporting, images and annexes, the library, .briefing
files and their records and formatted text, templates, the editor's refusals, dates typed into
a field), the import review's and the export's warnings, and the command line with its help."""

from __future__ import annotations

import argparse
import ast
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from briefer import argparsewords, i18n
from briefer.errors import (
    AnnexError,
    BriefingError,
    FormatError,
    ImportFailed,
    LibraryError,
    RecordNotFound,
    RenderError,
    TemplateError,
)
from briefer.importers.dates import read_date
from briefer.importing import draft_file
from briefer.library.store import Library
from briefer.model.annexes import read_annex
from briefer.model.briefing import check_image_text
from briefer.model.briefingfile import loads
from briefer.model.edits import find_section
from briefer.model.picture import load_picture
from briefer.model.records import record_from_dict
from briefer.model.richtext import rich_text_from_json
from briefer.render.coverage import unprintable
from briefer.render.document import Document, DocumentInfo, Heading
from briefer.render.registry import renderer
from briefer.render.template import find_template, load_template
from tests.factories import briefing

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "src" / "briefer" / "gui"
TS = ROOT / "resources" / "translations"
PO = ROOT / "src" / "briefer" / "locale" / "de" / "LC_MESSAGES" / "briefer.po"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}  # as `make translations` extracts

Message = tuple[str, str, str, bool]  # context, source, disambiguation, plural


def ts_messages(path: Path) -> dict[Message, list[str]]:
    """Return a .ts file's messages (without their places in the code) and translations."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            key = (
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                message.get("numerus") == "yes",
            )
            found[key] = forms or [translation.text or ""]
            if translation.get("type") == "unfinished":
                found[key] = [""]
    return found


def lupdate(target: Path, *options: str) -> None:
    """Run pyside6-lupdate over the GUI's sources into target."""
    program = "import sys; from PySide6.scripts.pyside_tool import lupdate; sys.exit(lupdate())"
    sources = sorted(str(p) for p in GUI.glob("*.py"))
    subprocess.run(
        [
            sys.executable,
            "-c",
            program,
            "-locations",
            "none",
            *options,
            *sources,
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
    )


@pytest.mark.parametrize(
    ("name", "options"), [("briefer_de.ts", ()), ("briefer_en.ts", ("-pluralonly",))]
)
def test_the_ts_files_hold_every_gui_string_and_nothing_else(
    tmp_path: Path, name: str, options: tuple[str, ...]
) -> None:
    fresh = tmp_path / name
    lupdate(fresh, *options)
    committed = ts_messages(TS / name)
    wanted = set(ts_messages(fresh))
    assert wanted - set(committed) == set(), f"{name} lacks strings: run `make translations`"
    assert set(committed) - wanted == set(), f"{name} holds strings no longer used"


@pytest.mark.parametrize("name", ["briefer_de.ts", "briefer_en.ts"])
def test_every_gui_string_is_translated(name: str) -> None:
    messages = ts_messages(TS / name)
    assert messages
    empty = [source for (_, source, _, _), forms in messages.items() if not all(forms)]
    assert not empty, f"{name}: not translated: {empty}"
    plurals = [forms for (_, _, _, plural), forms in messages.items() if plural]
    assert plurals and all(len(forms) == 2 for forms in plurals)


def test_the_catalogue_holds_every_core_message_and_all_are_translated() -> None:
    extracted = {
        message
        for _, _, message, _, _ in extract_from_dir(
            str(ROOT / "src" / "briefer"), keywords=KEYWORDS, comment_tags=()
        )
    }
    wanted = {m if isinstance(m, str) else m[0] for m in extracted}
    with PO.open("rb") as source:
        catalogue = read_po(source)
    held = {m.id if isinstance(m.id, str) else m.id[0]: m.string for m in catalogue if m.id}
    assert wanted - set(held) == set(), "briefer.po lacks messages: run `make translations`"
    assert set(held) - wanted == set(), "briefer.po holds messages no longer used"
    assert [m for m, said in held.items() if not said] == []


def test_the_compiled_translations_are_in_place() -> None:
    for name in ("briefer_de.qm", "briefer_en.qm", "de/LC_MESSAGES/briefer.mo"):
        assert (i18n.LOCALE_DIR / name).stat().st_size > 0


@pytest.fixture
def german() -> Iterator[None]:
    i18n.set_language("de")
    yield
    i18n.set_language("en")


def test_an_import_fails_in_german(german: None, tmp_path: Path) -> None:
    empty = tmp_path / "notes.txt"
    empty.write_bytes(b"")
    with pytest.raises(ImportFailed, match=r"^notes\.txt ist leer\. Wählen Sie die Datei"):
        draft_file(empty)


def test_the_import_review_warns_in_german(german: None) -> None:
    release = next((ROOT / "tests/data/corpus/tuning").glob("nato-04-*.txt"))
    warnings = draft_file(release).warnings
    assert "Kein Veröffentlichungsdatum gefunden" in " ".join(warnings)


def inferred_notes() -> set[str]:
    """Return the notes on how the parser inferred the fields of a dated Tokyo readout."""
    return set(
        draft_file(ROOT / "tests/data/releases/01-aa-en-japan-2plus2-tokyo.txt").inferred.values()
    )


def test_the_import_review_says_in_german_how_a_field_was_inferred(german: None) -> None:
    assert {"das Land des Herausgebers", "„Today“ vom Datum der Meldung aus gerechnet"} <= (
        inferred_notes()
    )


def test_the_import_review_says_in_english_otherwise_how_a_field_was_inferred() -> None:
    assert {"the publisher's country", "“Today” counted from the release's date"} <= (
        inferred_notes()
    )


def unprintable_warnings() -> tuple[str, ...]:
    """Return the export's warnings for a heading with a character no embedded font has."""
    document = Document(DocumentInfo("Note"), (Heading(1, "Greeting \ue000", "greeting"),))
    return unprintable(document, find_template("ministerial-brief"))


def test_the_export_warns_in_german(german: None) -> None:
    assert unprintable_warnings() == (
        "Keine eingebettete Schrift kann „\ue000“ (U+E000) unter „Greeting \ue000“ drucken; "
        "das Zeichen bleibt im Text der PDF-Datei erhalten (Suchen, Kopieren), wird aber als "
        "leeres Kästchen gedruckt.",
    )
    with pytest.raises(RenderError, match=r"^Unbekanntes Format „odt“\. Verwenden Sie eines"):
        renderer("odt")


def test_the_export_warns_in_english_otherwise() -> None:
    assert unprintable_warnings()[0].startswith('No embedded font can print "\ue000" (U+E000)')
    with pytest.raises(RenderError, match=r"^Unknown format 'odt'\. Use one of: pdf, docx$"):
        renderer("odt")


def damaged_files(folder: Path) -> tuple[Path, Path]:
    """Return a damaged PDF to attach and a GIF to insert as an image."""
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 cut short")
    (folder / "chart.gif").write_bytes(b"GIF89a" + bytes(32))
    return folder / "scan.pdf", folder / "chart.gif"


def test_annexes_and_images_are_refused_in_german(german: None, tmp_path: Path) -> None:
    scan, chart = damaged_files(tmp_path)
    with pytest.raises(AnnexError, match=r"^scan\.pdf ist beschädigt oder keine PDF-Datei \("):
        read_annex(scan)
    with pytest.raises(BriefingError, match=r"^chart\.gif ist ein GIF-Bild, kein PNG- oder JPEG"):
        load_picture(chart)


def test_annexes_and_images_are_refused_in_english_otherwise(tmp_path: Path) -> None:
    scan, chart = damaged_files(tmp_path)
    with pytest.raises(AnnexError, match=r"^scan\.pdf is damaged or not a PDF \("):
        read_annex(scan)
    with pytest.raises(BriefingError, match=r"^chart\.gif is a GIF image, not a PNG or JPEG"):
        load_picture(chart)


def library_refusals(folder: Path) -> tuple[str, str]:
    """Return the errors of opening a folder as a library and of reading a missing record."""
    with pytest.raises(LibraryError) as opening:
        Library(folder)
    with Library(folder / "lib.sqlite") as library, pytest.raises(RecordNotFound) as reading:
        library.get(7)
    return str(opening.value), str(reading.value)


def test_the_library_refuses_in_german(german: None, tmp_path: Path) -> None:
    opening, reading = library_refusals(tmp_path)
    assert opening.startswith(f"Die Bibliothek {tmp_path} konnte nicht geöffnet werden: Es ")
    assert reading == "Die Bibliothek enthält keinen Datensatz 7"


def test_the_library_refuses_in_english_otherwise(tmp_path: Path) -> None:
    opening, reading = library_refusals(tmp_path)
    assert opening.startswith(f"Could not open the library {tmp_path}: it is a folder")
    assert reading == "The library has no record 7"


def briefing_file_refusals() -> tuple[str, str]:
    """Return the errors of opening a file with a date the German way and of an image
    without alt text."""
    meta = {"date": "13.04.2021"}
    text = json.dumps({"format": "briefer-briefing", "version": 2, "briefing": {"meta": meta}})
    with pytest.raises(BriefingError) as opening:
        loads(text, "note.briefing")
    with pytest.raises(FormatError) as image:
        check_image_text("Chart", " ")
    return str(opening.value), str(image.value)


def test_a_damaged_briefing_file_is_refused_in_german(german: None) -> None:
    opening, image = briefing_file_refusals()
    assert opening == (
        "note.briefing ist beschädigt: briefing.meta.date: „13.04.2021“ ist kein Datum im "
        "Format JJJJ-MM-TT"
    )
    assert image.startswith("Der Alternativtext fehlt; ein Bild braucht einen Text")


def test_a_damaged_briefing_file_is_refused_in_english_otherwise() -> None:
    opening, image = briefing_file_refusals()
    assert opening == (
        "note.briefing is damaged: briefing.meta.date: '13.04.2021' is not a date YYYY-MM-DD"
    )
    assert image.startswith("The alt text is missing; an image needs a text")


def template_refusals(folder: Path) -> tuple[str, str]:
    """Return the errors of asking for a template that does not exist and of a template
    with a colour by name."""
    with pytest.raises(TemplateError) as finding:
        find_template("no-such-layout")
    (folder / "blue").mkdir()
    (folder / "blue" / "template.toml").write_text('[colors]\naccent = "blue"\n')
    with pytest.raises(TemplateError) as loading:
        load_template(folder / "blue")
    return str(finding.value), str(loading.value)


def test_templates_are_refused_in_german(german: None, tmp_path: Path) -> None:
    finding, loading = template_refusals(tmp_path)
    assert finding.startswith("Es gibt kein Layout „no-such-layout“. Verfügbar sind: ")
    assert loading.endswith(": colors.accent: „blue“ ist keine Farbe wie #1f3a5f")


def test_templates_are_refused_in_english_otherwise(tmp_path: Path) -> None:
    finding, loading = template_refusals(tmp_path)
    assert finding.startswith("No template called 'no-such-layout'. Available: ")
    assert loading.endswith(": colors.accent: 'blue' is not a colour like #1f3a5f")


def record_and_text_refusals() -> tuple[str, str, str, str]:
    """Return the errors of a record of an unknown kind, of a list point of an unknown
    marker, of editing a section that is not there, and of a date that could be either."""
    with pytest.raises(FormatError) as record:
        record_from_dict({"kind": "memo"}, "briefing.sections[0].entries[1].record")
    with pytest.raises(FormatError) as text:
        rich_text_from_json([{"spans": [], "list": "star"}], "text")
    with pytest.raises(BriefingError) as editing:
        find_section(briefing(), "s9")
    with pytest.raises(ValueError) as typed:
        read_date("03/04/2021")
    return str(record.value), str(text.value), str(editing.value), str(typed.value)


def test_records_text_edits_and_dates_are_refused_in_german(german: None) -> None:
    assert record_and_text_refusals() == (
        "briefing.sections[0].entries[1].record.kind: erwartet wird „consultation“ oder "
        "„statement“, gefunden 'memo'",
        "text[0].list: erwartet wird „bullet“ oder „number“, gefunden 'star'",
        "Die Vorlage hat keinen Abschnitt mit der Kennung „s9“",
        "Bei „03/04/2021“ ist unklar, ob der Tag oder der Monat zuerst steht; schreiben Sie "
        "16.03.2021 oder 16. März 2021",
    )


def test_records_text_edits_and_dates_are_refused_in_english_otherwise() -> None:
    assert record_and_text_refusals() == (
        "briefing.sections[0].entries[1].record.kind: expected 'consultation' or 'statement', "
        "found 'memo'",
        "text[0].list: expected 'bullet' or 'number', found 'star'",
        "The briefing has no section with id 's9'",
        "“03/04/2021” could be day or month first; write 16.03.2021 or 16 March 2021",
    )


def test_english_is_the_default() -> None:
    assert i18n.language() == "en"
    assert i18n._("a text file") == "a text file"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANGUAGE": "de:en", "LANG": "en_US.UTF-8"}, "de"),
        ({"LC_ALL": "de_CH.UTF-8", "LANG": "en_GB.UTF-8"}, "de"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_command_line_language_follows_language_and_lang(
    environ: dict[str, str], expected: str
) -> None:
    assert i18n.language_from_environment(environ) == expected


def briefer(*args: str, **environ: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    return subprocess.run(
        [sys.executable, "-c", "import sys; from briefer.cli import main; sys.exit(main())", *args],
        env={**clean, **environ},
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_command_line_speaks_german_only_when_asked(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    german = briefer(
        "--library", str(tmp_path / "lib.sqlite"), "import", missing, LANG="de_DE.UTF-8"
    )
    assert german.returncode == 1
    assert "briefer: Fehler: missing.txt kann nicht gelesen werden" in german.stderr
    other = briefer(
        "--library", str(tmp_path / "lib.sqlite"), "import", missing, LANG="fr_FR.UTF-8"
    )
    assert "briefer: error: missing.txt cannot be read" in other.stderr


def test_the_help_is_german_only_when_asked() -> None:
    german = briefer("--help", LANG="de_DE.UTF-8")
    assert german.returncode == 0
    assert german.stdout.startswith("Aufruf: briefer [-h] [--library PFAD] BEFEHL ...")
    for said in ("Optionen:", "diese Hilfe anzeigen und beenden", "Befehle:", "durchsuchen"):
        assert said in german.stdout
    english = briefer("--help", LANG="C")
    assert english.stdout.startswith("usage: briefer [-h] [--library PATH] COMMAND ...")
    for said in ("options:", "show this help message and exit", "commands:", "search the"):
        assert said in english.stdout
    # gettext would read LANGUAGE even in the C locale; briefer, and so argparse, do not
    assert briefer("--help", LANGUAGE="de", LANG="C").stdout.startswith("usage: ")


def test_argparse_speaks_german_only_when_asked() -> None:
    german = briefer("export", "note.briefing", LANGUAGE="de:en", LANG="en_GB.UTF-8")
    assert german.returncode == 2
    assert german.stderr.startswith("Aufruf: briefer export [-h] [--library PFAD] -o ZIEL")
    assert "briefer export: Fehler: diese Argumente fehlen: -o/--output" in german.stderr
    wrong = briefer("search", "--limit", "0", LC_ALL="de_AT.UTF-8")
    assert "Fehler: Argument --limit: „0“ ist keine ganze Zahl ab 1" in wrong.stderr
    assert "Positionsargumente:" in briefer("show", "--help", LANG="de_DE.UTF-8").stdout
    english = briefer("export", "note.briefing", LANG="fr_FR.UTF-8")
    assert "briefer export: error: the following arguments are required: -o/--output" in (
        english.stderr
    )


def test_argparse_still_asks_for_the_messages_the_catalogue_holds_for_it() -> None:
    """A newer Python whose argparse words a message differently would leave it English."""
    asked = {
        node.args[0].value
        for node in ast.walk(ast.parse(Path(argparse.__file__).read_text("utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }
    assert set(argparsewords.MESSAGES) - asked == set()


def test_the_command_line_output_names_things_in_german_only_when_asked(tmp_path: Path) -> None:
    library = str(tmp_path / "lib.sqlite")
    german = briefer("--library", library, "stats", LANG="de_DE.UTF-8").stdout
    assert "Datensätze" in german and "frühestes Datum" in german
    assert "earliest date" in briefer("--library", library, "stats", LANG="C").stdout
