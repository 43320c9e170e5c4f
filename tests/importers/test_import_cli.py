"""`briefer import`: the seed, storing and de-duplicating, and bad input that changes nothing."""

from __future__ import annotations

import io
import json
import os
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import docx
import pytest

from briefer import paths
from briefer.cli import main
from briefer.importers.names import surname
from briefer.importing import draft_file
from briefer.library import Library, SearchQuery
from briefer.library.sample import sample_records
from briefer.model import Consultation, Statement

SEED = paths.sample_dir() / "federal-foreign-office-2021-04-13.txt"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def imported(*argv: str) -> tuple[int, list[dict[str, Any]]]:
    code, out, _ = run("import", "--json", *argv)
    return code, json.loads(out)


def snapshot(library_path: Path) -> list[tuple[int, str]]:
    with Library(library_path) as library:
        return [(h.id, h.title) for h in library.search(SearchQuery(), limit=None)]


def test_the_seed_imports_to_exactly_the_sample_records() -> None:
    code, (report,) = imported("--dry-run", str(SEED))
    assert code == 0
    curated = sample_records()
    meeting = next(r for r in curated if isinstance(r, Consultation))
    said = [r for r in curated if isinstance(r, Statement)]

    got = report["consultation"]
    assert report["kind"] == "consultation"
    assert got["format"] == meeting.format
    assert got["topics"] == list(meeting.topics)
    by_family = {surname(p.name): p for p in meeting.participants}
    assert len(got["participants"]) == 4
    for participant in got["participants"]:
        curated_person = by_family[surname(participant["name"])]
        assert (participant["role"], participant["country"]) == (
            curated_person.role,
            curated_person.country,
        )
    assert [s["text"] for s in report["statements"]] == [s.text for s in said]
    for statement, curated_statement in zip(report["statements"], said, strict=True):
        assert surname(statement["speaker"]) == surname(curated_statement.speaker.name)
        assert statement["role"] == curated_statement.speaker.role
    assert report["source"]["publisher"] == "Federal Foreign Office"


def test_import_stores_once_and_a_second_import_adds_nothing(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite"
    release = Path(__file__).resolve().parents[1] / "data/releases/01-aa-en-japan-2plus2-tokyo.txt"
    code, out, _ = run("--library", str(library), "import", str(release))
    assert code == 0 and "added 3" in out
    first = snapshot(library)
    assert len(first) == 3 + 3  # the sample, then the consultation and two statements
    code, out, _ = run("--library", str(library), "import", str(release))
    assert code == 0 and "added 0, 3 already in the library" in out
    assert snapshot(library) == first
    with Library(library) as opened:
        statements = [
            opened.get(h.id) for h in opened.search(SearchQuery(text="Baerbock", kind="statement"))
        ]
    meeting_ids = {s.consultation_id for s in statements if isinstance(s, Statement)}
    assert len(meeting_ids) == 1 and None not in meeting_ids


def test_importing_the_seed_into_the_sample_library_adds_nothing(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite"
    run("--library", str(library), "stats")
    before = snapshot(library)
    code, out, _ = run("--library", str(library), "import", str(SEED))
    assert code == 0 and "added 0" in out
    assert snapshot(library) == before


def test_dry_run_does_not_touch_the_library(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite"
    code, _, _ = run("--library", str(library), "import", "--dry-run", str(SEED))
    assert code == 0
    assert not library.exists()


def _bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", "<w:document>" + " " * 300_000_000 + "</w:document>")
    return path


def _entities(path: Path) -> Path:
    source = path.with_suffix(".tmp.docx")
    document = docx.Document()
    document.add_paragraph("Foreign Minister Maas said:")
    document.save(str(source))
    evil = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"
    )
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w") as new:
        for item in old.infolist():
            data = evil.encode() if item.filename == "word/document.xml" else old.read(item)
            new.writestr(item, data)
    return path


def _sparse(path: Path, size: int) -> None:
    path.write_bytes(b"")
    os.truncate(path, size)


BAD_FILES = {
    "empty.txt": (lambda p: p.write_bytes(b""), "is empty"),
    "blob.bin": (lambda p: p.write_bytes(bytes(range(256)) * 64), "binary"),
    "nul.txt": (
        lambda p: p.write_bytes(b"Foreign Minister Maas said:\x00\x00\x00 hello"),
        "binary",
    ),
    "broken-utf8.txt": (
        lambda p: p.write_bytes(
            "Grüße aus Köln – „Zitat“ ".encode() * 20 + b"\xc3\x28 and \xe2\x82 more"
        ),
        "UTF-8",
    ),
    "huge.txt": (lambda p: _sparse(p, 60 * 2**20), "larger than 50 MiB"),
    "bomb.docx": (_bomb, "unpacks to more than 200 MiB"),
    "entities.docx": (_entities, "document type declaration"),
    "missing.txt": (lambda p: None, "No such file or directory"),
    "folder": (lambda p: p.mkdir(), "is a folder"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_input_gives_one_clear_error_and_leaves_the_library_alone(
    tmp_path: Path, name: str
) -> None:
    library = tmp_path / "lib.sqlite"
    run("--library", str(library), "stats")
    before = snapshot(library)
    make, message = BAD_FILES[name]
    bad = tmp_path / name
    make(bad)
    code, out, err = run("--library", str(library), "import", str(bad))
    assert code == 1
    assert out == ""
    assert err.startswith(f"briefer: error: {name}")
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert snapshot(library) == before


def test_a_batch_reports_each_file_and_fails_if_one_does(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite"
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, reports = imported("--library", str(library), str(SEED), str(empty))
    assert code == 1
    assert [r["ok"] for r in reports] == [True, False]
    assert reports[1]["error"].startswith("empty.txt is empty")
    assert reports[1]["statements"] == [] and reports[1]["kind"] is None


def test_markup_and_scripts_in_html_are_text_or_nothing(tmp_path: Path) -> None:
    page = tmp_path / "release.html"
    page.write_text(
        "<html><head><title>Statement on R&amp;D</title>"
        '<script>var q = "“Minister Fake said nothing,” he said.";</script>'
        "<style>p { quotes: '“' '”'; }</style></head><body><nav>Home &gt; News</nav>"
        "<article><h1>Statement on R&amp;D</h1>"
        "<p>Foreign Minister Erika Muster made the following statement today:</p>"
        '<p>We fund R&amp;D &lt;b&gt;boldly&lt;/b&gt; and &lt;font name="x"&gt; too.</p>'
        "</article></body></html>",
        "utf-8",
    )
    code, (report,) = imported("--dry-run", str(page))
    assert code == 0
    (statement,) = report["statements"]
    assert statement["speaker"] == "Erika Muster"
    assert statement["text"] == 'We fund R&D <b>boldly</b> and <font name="x"> too.'
    assert "Fake" not in json.dumps(report)


def stdin(data: bytes) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")


def test_pasted_text_comes_from_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", stdin(SEED.read_bytes()))
    code, (report,) = imported("--dry-run", "-")
    assert code == 0
    assert len(report["statements"]) == 2 and report["kind"] == "consultation"
    monkeypatch.setattr("sys.stdin", stdin(b"  \n"))
    code, (report,) = imported("--dry-run", "-")
    assert code == 1 and report["error"].startswith("The pasted text is empty")
    # Windows-1252, as some Windows programs paste it: read as a file of it would be
    monkeypatch.setattr("sys.stdin", stdin("Minister Müller said: “We agree.”".encode("cp1252")))
    code, (report,) = imported("--dry-run", "-")
    assert report["source"]["title"] == "Minister Müller said: “We agree.”"


def test_drafts_say_where_each_field_came_from() -> None:
    from briefer.importing import draft_file

    draft = draft_file(SEED)
    assert draft.provenance["source.title"].startswith("paragraph 2: “Federal Foreign Office")
    assert draft.provenance["consultation"].startswith("paragraph 3: “Today, Foreign Minister")
    assert draft.provenance["statements[0]"].startswith("paragraph 5: “Foreign Minister Maas made")
    assert draft.provenance["statements[1]"].startswith("paragraph 7: “Federal Minister of Def")


def test_an_undated_meeting_gets_a_warning_naming_the_release_date() -> None:
    release = Path(__file__).parents[1] / "data/written/05-bmvg-de-pistorius-nakatani-video.txt"
    code, (report,) = imported("--dry-run", str(release))
    assert code == 0
    # "am Montag" in a release of Wednesday 13 November: the Monday before, marked inferred
    assert report["consultation"]["date"] == "2024-11-11"
    draft = draft_file(release)
    assert draft.inferred["consultation.date"] == "“am Montag” counted from the release's date"

    undated = Path(__file__).parents[1] / "data/written/02-aa-de-sprecherin-kongo-ohne-jahr.txt"
    code, (report,) = imported("--dry-run", str(undated))
    assert report["source"]["date_published"] is None
    assert any("No publication date found" in w for w in report["warnings"])

    code, (seed,) = imported("--dry-run", str(SEED))
    assert not any("meeting's day" in w for w in seed["warnings"])


def test_a_reader_that_stops_reading_does_not_stop_the_import(tmp_path: Path) -> None:
    import subprocess
    import sys

    releases = sorted((Path(__file__).parents[1] / "data" / "releases").glob("*.txt"))[:6]
    library = tmp_path / "library.sqlite"
    importing = subprocess.Popen(
        [sys.executable, "-m", "briefer", "--library", str(library), "import", *map(str, releases)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert importing.stdout is not None
    importing.stdout.readline()  # like `| head -1`
    importing.stdout.close()
    assert importing.wait(timeout=60) == 0
    importing.stderr.close()  # type: ignore[union-attr]
    with Library(library) as opened:
        sources = {opened.get(hit.id).source.content_hash for hit in opened.search(SearchQuery())}  # type: ignore[union-attr]
    assert len(sources) >= len(releases)  # every release stored, besides the sample


def test_a_damaged_pdf_gets_one_line_of_error_and_nothing_from_pypdf(tmp_path: Path) -> None:
    import subprocess
    import sys

    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\n")
    done = subprocess.run(
        [sys.executable, "-m", "briefer", "import", "--dry-run", str(damaged)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("briefer: error: damaged.pdf is damaged")
    assert len(done.stderr.strip().splitlines()) == 1
