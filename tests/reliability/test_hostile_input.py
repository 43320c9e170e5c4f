"""Mutated .briefing files, template files and press releases: briefer either reads them or
refuses them with its own error, whose message names the file and says what is wrong; no
other exception ever comes out, and a template it accepts exports without failing."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from briefer import paths
from briefer.errors import BrieferError, BriefingError, TemplateError
from briefer.exporting import export
from briefer.importing import draft_file, store
from briefer.library import Library, SearchQuery
from briefer.library.sample import sample_briefing_path
from briefer.model import briefingfile
from briefer.render.template import load_template

SAMPLE_BRIEFING = sample_briefing_path().read_bytes()
TEMPLATE = paths.templates_dir() / "ministerial-brief" / "template.toml"
RELEASE = (paths.sample_dir() / "federal-foreign-office-2021-04-13.txt").read_text("utf-8")
SAMPLE = briefingfile.load(sample_briefing_path())
PROGRAMMER_TALK = re.compile(r"Traceback|NoneType|object has no|Error\(|<class|\bstr\b|\bint\b")
LONG = 10  # the long variants try this many times as many inputs


def quick_and_long(examples: int, **inputs: st.SearchStrategy[Any]) -> Any:
    """Make a property into two tests: one trying examples inputs, and a long variant."""

    def make(check: Callable[..., None]) -> tuple[Callable[..., None], Callable[..., None]]:
        def tries(count: int) -> Any:
            return settings(
                max_examples=count,
                deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
            )(given(**inputs)(check))

        return tries(examples), pytest.mark.long(tries(examples * LONG))

    return make


# A mutation is a list of (where, what): where is a fraction of the length, what replaces
# a short stretch there (empty: a deletion).
_NASTY_TEXT = st.sampled_from(
    ["", "\x00", "\ufeff", '"', "{", "}", "]", "[", "\\", "<b>", "&amp;", "\n", "’", "\udc80"]
) | st.text(max_size=12)
MUTATIONS = st.lists(
    st.tuples(st.floats(0, 1), st.integers(0, 8), _NASTY_TEXT), min_size=1, max_size=6
)


def mutate(text: str, mutations: list[tuple[float, int, str]]) -> str:
    for where, length, what in mutations:
        at = int(where * len(text))
        text = text[:at] + what + text[at + length :]
    return text


def says_what_is_wrong(error: BrieferError, name: str) -> None:
    message = str(error)
    assert name in message
    assert len(message) > len(name) + 10
    assert not PROGRAMMER_TALK.search(message), message


def a_mutated_briefing_file_is_read_or_refused_clearly(
    tmp_path_factory: pytest.TempPathFactory, mutations: list[tuple[float, int, str]]
) -> None:
    path = tmp_path_factory.mktemp("b") / "minister.briefing"
    text = mutate(SAMPLE_BRIEFING.decode("utf-8"), mutations)
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    try:
        briefing = briefingfile.load(path)
    except BriefingError as error:
        event("refused")
        says_what_is_wrong(error, "minister.briefing")
        with pytest.raises(BriefingError, match="Not saving over"):
            briefingfile.save(path, SAMPLE)  # a file it cannot read is never overwritten
        assert path.read_bytes() == text.encode("utf-8", "surrogateescape")
    else:
        event("read")
        briefingfile.save(path, briefing)
        assert briefingfile.load(path) == briefing


# Values a template author (or an attacker) might put for any key, and values near those a
# key holds, so that many mutated templates pass validation and are exported.
_ANY_VALUE = st.sampled_from(
    [
        "0",
        "-1",
        "10000",
        "1e308",
        "nan",
        "inf",
        "-inf",
        "true",
        '""',
        '"A3+"',
        '"{title.__class__}"',
        '"{0}"',
        '"{page"',
        '"../../x.docx"',
        '"/etc/passwd"',
        '"#zzzzzz"',
        '"Comic Sans"',
        "[]",
        "[0, 0]",
        "[1, 2, 3, 4]",
        "[-5, 500, 0, 1e9]",
        '["secret"]',
        "{}",
        '"\\u0000"',
        '"\u202e"',
    ]
)
_NUMBER = st.integers(-20, 400).map(str) | st.floats(-20, 400).map(lambda f: f"{f:.2f}")
_COLOUR = st.from_regex(r"#[0-9a-f]{6}", fullmatch=True).map(lambda c: f'"{c}"')
_TEXT = st.sampled_from(
    [
        '"{title}"',
        '"{page_of_pages} · {date} · {reference}"',
        '"<b>&amp;</b> \\\\ %s"',
        '"Page {page} of {pages}"',
        '""',
        '"' + "Very long header text " * 30 + '"',
    ]
)
_KEY_VALUE = re.compile(r"(?m)^\s*([\w-]+)\s*=\s*(.+?)(\s*#.*)?$")


def near(key: str, value: str) -> st.SearchStrategy[str]:
    """Mostly values of the kind the key holds, else anything at all."""
    if "color" in key:
        alike = _COLOUR
    elif re.fullmatch(r"-?[\d.]+", value):
        alike = _NUMBER
    elif value.startswith("["):
        alike = st.lists(_NUMBER, max_size=5).map(lambda n: f"[{', '.join(n)}]")
    elif value in ("true", "false"):
        alike = st.sampled_from(["true", "false"])
    else:
        alike = _TEXT
    return st.one_of(alike, alike, alike, _ANY_VALUE)


def a_template_with_any_values_is_refused_clearly_or_exports(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    text = TEMPLATE.read_text("utf-8")
    for _ in range(data.draw(st.integers(1, 4))):
        lines = list(_KEY_VALUE.finditer(text))
        line = lines[data.draw(st.integers(0, len(lines) - 1))]
        value = data.draw(near(line.group(1), line.group(2)))
        text = text[: line.start(2)] + value + text[line.end(2) :]
    folder = tmp_path_factory.mktemp("t") / "ministerial-brief"  # its name
    folder.mkdir()
    (folder / "template.toml").write_text(text, "utf-8")
    try:
        template = load_template(folder / "template.toml")
    except TemplateError as error:
        event("refused")
        says_what_is_wrong(error, "template.toml")
        return
    event("accepted and exported")
    for fmt in ("pdf", "docx"):
        target = folder / f"out.{fmt}"
        export(SAMPLE, fmt, target, template)
        assert target.stat().st_size > 1000


def a_mutated_template_file_is_read_or_refused_clearly(
    tmp_path_factory: pytest.TempPathFactory, mutations: list[tuple[float, int, str]]
) -> None:
    folder = tmp_path_factory.mktemp("t") / "ministerial-brief"  # its name
    folder.mkdir()
    text = mutate(TEMPLATE.read_text("utf-8"), mutations)
    (folder / "template.toml").write_bytes(text.encode("utf-8", "surrogateescape"))
    try:
        load_template(folder / "template.toml")
        event("read")
    except TemplateError as error:
        event("refused")
        says_what_is_wrong(error, "template.toml")


def a_mutated_release_is_imported_or_refused_clearly(
    tmp_path_factory: pytest.TempPathFactory,
    mutations: list[tuple[float, int, str]],
    suffix: str,
) -> None:
    folder = tmp_path_factory.mktemp("r")
    path = folder / f"release{suffix}"
    text = mutate(RELEASE, mutations)
    if suffix == ".html":
        text = "<html><body><article>" + text.replace("\n", "<p>") + "</article></body></html>"
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    try:
        draft = draft_file(path)
    except BrieferError as error:
        event("refused")
        says_what_is_wrong(error, path.name)
        return
    event(f"imported as {draft.kind}")
    with Library(folder / "library.sqlite") as library:
        stored = store(library, draft)
        assert len(library) == len(stored.added)
        for record_id in stored.added:
            assert library.get(record_id).heading  # every stored record reads back
        library.search(SearchQuery(text=draft.source.title[:20]))


test_a_mutated_briefing_file_is_read_or_refused_clearly, test_many_mutated_briefing_files = (
    quick_and_long(60, mutations=MUTATIONS)(a_mutated_briefing_file_is_read_or_refused_clearly)
)
test_a_template_with_any_values_is_refused_clearly_or_exports, test_many_odd_templates = (
    quick_and_long(150, data=st.data())(a_template_with_any_values_is_refused_clearly_or_exports)
)
test_a_mutated_template_file_is_read_or_refused_clearly, test_many_mutated_templates = (
    quick_and_long(60, mutations=MUTATIONS)(a_mutated_template_file_is_read_or_refused_clearly)
)
test_a_mutated_release_is_imported_or_refused_clearly, test_many_mutated_releases = quick_and_long(
    60, mutations=MUTATIONS, suffix=st.sampled_from([".txt", ".html"])
)(a_mutated_release_is_imported_or_refused_clearly)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "[header]\nleft = '{title.__class__}'",
            "header.left: unknown placeholder {title.__class__}",
        ),
        ("[footer]\ncenter = 'Page {0}'", "footer.center: unknown placeholder {0}"),
        ("[footer]\nleft = '{date!r}'", "footer.left: unknown placeholder {date!r}"),
        ("[word]\nreference = '../../x.docx'", "word.reference: '../../x.docx' is outside"),
        ("[word]\nreference = '/etc/passwd'", "word.reference: '/etc/passwd' is outside"),
        ("[page]\nsize = [0, 297]", "page.size: 0 is out of range"),
        ("[styles.body]\nsize = 10000", "styles.body.size: 10000 is out of range"),
        ("[styles.h1]\nleading = -3", "styles.h1.leading: -3 is out of range"),
        ("[page]\nmargins_mm = [200, 0, 200, 0]", "page.margins_mm: 200 is out of range"),
    ],
)
def test_a_template_cannot_run_code_reach_out_or_be_absurd(
    tmp_path: Path, text: str, problem: str
) -> None:
    folder = tmp_path / "templates" / "house"
    folder.mkdir(parents=True)
    (folder / "template.toml").write_text(text, "utf-8")
    with pytest.raises(TemplateError) as refused:
        load_template(folder / "template.toml")
    assert str(refused.value).startswith(f"{folder / 'template.toml'}: {problem}")


def test_a_template_cannot_reach_outside_its_folder_through_a_link(tmp_path: Path) -> None:
    secret = tmp_path / "secret.docx"
    shutil.copy(paths.resources_dir() / "sample" / "germany-japan-2plus2.briefing", secret)
    folder = tmp_path / "templates" / "house"
    folder.mkdir(parents=True)
    (folder / "reference.docx").symlink_to(secret)
    (folder / "template.toml").write_text('[word]\nreference = "reference.docx"\n', "utf-8")
    with pytest.raises(TemplateError, match="outside the template's folder"):
        load_template(folder / "template.toml")
