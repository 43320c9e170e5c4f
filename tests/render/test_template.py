from __future__ import annotations

from pathlib import Path

import pytest

from briefer import i18n
from briefer.errors import TemplateError
from briefer.render.template import (
    available_templates,
    check_placeholders,
    find_template,
    load_template,
    substitute,
)

BUNDLED = ("ministerial-brief", "press-digest", "speaking-notes")


def test_the_bundled_templates_load_and_differ() -> None:
    templates = {t.name: t for t in available_templates()}
    assert set(BUNDLED) <= set(templates)
    brief, digest, notes = (templates[name] for name in BUNDLED)
    assert brief.cover and brief.toc_depth == 2 and brief.sources == "endnotes"
    assert not digest.cover and digest.order == "chronological"
    assert digest.styles["body"].size < brief.styles["body"].size
    assert notes.order == "talking-points-first" and notes.quote_words > 0
    assert notes.styles["body"].size >= 14
    assert round(brief.page_size[0]) == 595 and round(brief.page_size[1]) == 842  # A4


def write(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "template.toml"
    path.write_text(text, "utf-8")
    return path


@pytest.mark.parametrize(("language", "opening"), [("en", "A4 briefing"), ("de", "A4-Vorlage")])
def test_a_template_describes_itself_in_the_language_briefer_speaks(
    language: str, opening: str
) -> None:
    i18n.set_language(language)
    try:
        assert find_template("ministerial-brief").description.startswith(opening)
    finally:
        i18n.set_language("en")


def test_a_description_in_one_text_serves_every_language(tmp_path: Path) -> None:
    template = load_template(write(tmp_path / "house", "description = 'Unser Hausstil'"))
    i18n.set_language("de")
    try:
        assert template.description == "Unser Hausstil"
    finally:
        i18n.set_language("en")
    assert template.description == "Unser Hausstil"


@pytest.mark.parametrize(
    ("text", "key", "problem"),
    [
        ("[page]\nsize = 'A3+'", "page.size", "is not one of A4"),
        ("[page]\nmargins_mm = [25, 22]", "page.margins_mm", "list of 4 numbers"),
        ("[page]\nmargins_mm = [100, 100, 100, 100]", "page.margins_mm", "too little room"),
        ("[styles.body]\nsize = 'big'", "styles.body.size", "must be a number"),
        ("[styles.body]\nsize = 12\nleading = 8", "styles.body.leading", "lines would overlap"),
        ("[styles.bodytext]\nsize = 12", "styles.bodytext", "unknown key"),
        ("[styles.h1]\ncolour = '#ff0000'", "styles.h1.colour", "unknown key"),
        ("[styles.h1]\ncolor = 'red'", "styles.h1.color", "is not a colour"),
        ("[layout]\norder = 'random'", "layout.order", "is not one of"),
        ("[footer]\ncenter = 'Page {page'", "footer.center", "no closing brace"),
        ("[cover]\nfields = ['title', 'secret']", "cover.fields[0]", "is not one of"),
        ("[word]\nreference = 'missing.docx'", "word.reference", "is not a .docx or .dotx"),
        ("page = 'A4'", "page", "must be a table"),
        ("colour = 1", "colour", "unknown key"),
        ("name = 3", "name", "must be text"),
        ("description = 3", "description", "a text or a table of texts by language"),
        ("description.german = 'Ein Stil'", "description.german", "not a language code"),
        ("description.de = 3", "description.de", "must be text"),
        ("[page\nsize = 'A4'", "", "is not valid TOML"),
    ],
)
def test_a_broken_template_names_the_file_and_the_key(
    tmp_path: Path, text: str, key: str, problem: str
) -> None:
    path = write(tmp_path / "house", text)
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: {key}")
    assert problem in message


def test_placeholders_are_filled_by_substitution_only() -> None:
    values = {"title": "R&D <b> {page}", "page": "3"}
    assert (
        substitute("{title} – p. {page} {{literal}}", values) == "R&D <b> {page} – p. 3 {literal}"
    )
    check_placeholders("Seite {page} von {pages} – {{Kopie}}", "x")
    for bad in ("{title.__class__}", "{0}", "{title!r}", "{page:>10}", "{__import__}"):
        with pytest.raises(TemplateError, match="unknown placeholder"):
            check_placeholders(bad, "x")


def test_a_user_template_shadows_the_bundled_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    write(
        tmp_path / "briefer" / "templates" / "press-digest",
        "description = 'Our own digest'\n[styles.body]\nsize = 9",
    )
    template = find_template("press-digest")
    assert template.description == "Our own digest"
    assert template.styles["body"].size == 9
    assert template.folder == tmp_path / "briefer" / "templates" / "press-digest"
    assert find_template("ministerial-brief").folder.name == "ministerial-brief"


@pytest.mark.parametrize("name", ["nope", "../ministerial-brief", "/etc", ""])
def test_unknown_or_odd_names_are_refused(name: str) -> None:
    with pytest.raises(TemplateError):
        find_template(name)


def test_a_template_that_is_a_device_or_huge_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="is a device or pipe"):
        load_template(Path("/dev/zero"))
    path = write(tmp_path / "huge", "# " + "x" * (2 * 1024 * 1024))
    with pytest.raises(TemplateError, match="far too large"):
        load_template(path)


def test_a_template_is_called_by_its_folder_and_a_broken_one_spoils_only_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefer.render.template import available_templates

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    user = tmp_path / "briefer" / "templates"
    write(user / "mine", 'name = "My House Style"')
    write(user / "broken", "[page]\nsize = 'A3+'")
    with pytest.raises(TemplateError, match="differs from the folder's name 'mine'"):
        load_template(user / "mine")
    problems: list[str] = []
    names = [t.name for t in available_templates(problems)]
    assert set(BUNDLED) <= set(names) and "broken" not in names
    assert len(problems) == 2 and "A3+" in " ".join(problems)
    with pytest.raises(TemplateError, match="No template called 'nosuch'"):
        find_template("nosuch")
