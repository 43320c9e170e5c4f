"""`briefer export`, `briefer templates` and `briefer compose` from the command line."""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from briefer.cli import main
from briefer.library.sample import sample_briefing_path
from briefer.model import RecordEntry, briefingfile
from tests.render.pdfcheck import qpdf_ok, read


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def test_export_writes_the_pdf_in_the_chosen_template_and_variant(tmp_path: Path) -> None:
    target = tmp_path / "digest.pdf"
    code, out, _ = run(
        "export",
        str(sample_briefing_path()),
        "--template",
        "press-digest",
        "--variant",
        "shareable",
        "-o",
        str(target),
    )
    assert code == 0 and out == f"Wrote {target}\n"
    assert qpdf_ok(target)
    flat = read(target).flat()
    assert "Talking points" in flat and "confirm with the Japan desk" not in flat
    assert [p.name for p in tmp_path.iterdir()] == ["digest.pdf"]  # no temp file left


def test_export_uses_the_briefings_own_template_by_default(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    assert run("export", str(sample_briefing_path()), "-o", str(target))[0] == 0
    assert "Contents" in read(target).pages[1]  # the ministerial brief's contents page


def test_export_errors_are_one_line(tmp_path: Path) -> None:
    code, _, err = run("export", str(tmp_path / "missing.briefing"), "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and err.startswith("briefer: error: Could not read missing.briefing")
    code, _, err = run(
        "export", str(sample_briefing_path()), "--template", "nope", "-o", str(tmp_path / "x.pdf")
    )
    assert code == 1 and "No template called 'nope'. Available: ministerial-brief" in err
    code, _, err = run(
        "export", str(sample_briefing_path()), "-o", str(tmp_path / "no-such-folder" / "x.pdf")
    )
    assert code == 1 and "briefer: error:" in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_templates_lists_and_checks(tmp_path: Path) -> None:
    code, out, _ = run("templates")
    assert code == 0
    for name in ("ministerial-brief", "press-digest", "speaking-notes"):
        assert name in out
    broken = tmp_path / "house" / "template.toml"
    broken.parent.mkdir()
    broken.write_text("[styles.body]\nsize = 10000\n")
    code, _, err = run("templates", "--check", str(broken.parent))
    assert code == 1
    assert err == (
        f"briefer: error: {broken}: styles.body.size: 10000 is out of range; it must "
        "be between 4 and 72\n"
    )


def test_compose_makes_a_briefing_from_library_records(tmp_path: Path) -> None:
    target = tmp_path / "new.briefing"
    code, out, _ = run(
        "--library",
        str(tmp_path / "lib.sqlite"),
        "compose",
        "-o",
        str(target),
        "--title",
        "Indo-Pacific",
        "--query",
        "indo-pacific",
        "1",
    )
    assert code == 0 and "with 3 records" in out
    briefing = briefingfile.load(target)
    assert briefing.meta.title == "Indo-Pacific"
    (section,) = briefing.sections  # the consultation with the two statements made on it
    assert section.title.startswith("First German–Japanese")
    assert [type(e) for e in section.entries] == [RecordEntry] * 3
    pdf = tmp_path / "new.pdf"
    assert run("export", str(target), "-o", str(pdf))[0] == 0 and qpdf_ok(pdf)
    code, _, err = run(
        "--library", str(tmp_path / "lib.sqlite"), "compose", "-o", str(target), "--title", "x"
    )
    assert code == 1 and "Name record ids or give --query" in err


def test_export_never_writes_over_a_file_that_is_not_its_kind(tmp_path: Path) -> None:
    from briefer.cli import main
    from briefer.library.sample import sample_briefing_path

    briefing = tmp_path / "minister.briefing"
    briefing.write_bytes(sample_briefing_path().read_bytes())
    library = tmp_path / "library.sqlite"
    main(["--library", str(library), "stats"])
    kept = {p: p.read_bytes() for p in (briefing, library)}
    for target, fmt in ((briefing, "pdf"), (library, "pdf"), (briefing, "docx")):
        code = main(
            ["--library", str(library), "export", str(briefing), "--format", fmt, "-o", str(target)]
        )
        assert code == 1
    assert {p: p.read_bytes() for p in kept} == kept
    folder = tmp_path / "out.pdf"
    folder.mkdir()
    assert main(["--library", str(library), "export", str(briefing), "-o", str(folder)]) == 1

    real = tmp_path / "real.pdf"
    real.write_bytes(b"")
    (tmp_path / "link.pdf").symlink_to(real)
    assert (
        main(["--library", str(library), "export", str(briefing), "-o", str(tmp_path / "link.pdf")])
        == 0
    )
    assert (tmp_path / "link.pdf").is_symlink() and real.read_bytes().startswith(b"%PDF-")


def test_the_format_follows_the_file_name_and_a_mismatch_is_refused(tmp_path: Path) -> None:
    from briefer.cli import main
    from briefer.library.sample import sample_briefing_path

    library = ["--library", str(tmp_path / "library.sqlite")]
    sample = str(sample_briefing_path())
    assert main([*library, "export", sample, "-o", str(tmp_path / "brief.docx")]) == 0
    assert (tmp_path / "brief.docx").read_bytes().startswith(b"PK")
    wrong = tmp_path / "brief.pdf"
    assert main([*library, "export", sample, "--format", "docx", "-o", str(wrong)]) == 1
    assert not wrong.exists()
