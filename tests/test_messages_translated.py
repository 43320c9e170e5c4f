"""Every message the core raises for a user goes through the catalogue: a raise with English
text written in the code (a literal, an f-string, a literal's .format or %) fails here unless
it is wrapped in `_()` or `ngettext`, or is on the short list of programmer errors below; so
does a note of the parser's on how it inferred a field, which the import review shows.

Every raise is checked, whatever the class: BrieferError and its subclasses, ValueError from
dates.py and ArgumentTypeError reach the user, and an error that never does is listed with
the reason. A message built in a variable first is not seen; write it in the raise."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src" / "briefer"

# gui/ speaks through Qt's tr() (tests/gui/test_translations.py)
SKIPPED = ("gui/",)

# (module, start of the message): raised for a programmer or a broken install, never shown.
PROGRAMMER_ERRORS = {
    # a bundled marking scheme that does not load; the TemplateError that wraps it asks the
    # user in their language to reinstall briefer
    ("compose/markings.py", "level "),
    # refused inside the font cache's unpickler; the cache is then rebuilt, nothing is shown
    ("render/fontcache.py", "{module}.{name} is not allowed"),
}

TRANSLATORS = {"_", "ngettext"}
# where the parser notes how it inferred a field: the call, and the position of its note
NOTES = {"infer": 1, "Mention": 5}
# A key path is the same in every language: "page.size" alone, "{where}.data: " or
# "blocks[{index}].type" in a message. English is a word of two letters or more outside one.
KEY_PATH = re.compile(r"[a-z_][a-z0-9_.\[\]]*")
WORD = re.compile(r"(?<![.\[\w])[A-Za-z]{2,}(?![\w.\[])")


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _english(node: ast.expr) -> bool:
    """Return whether an argument holds English text that no `_()` translates."""
    if isinstance(node, ast.Constant):
        text = node.value
        return isinstance(text, str) and not KEY_PATH.fullmatch(text) and bool(WORD.search(text))
    if isinstance(node, ast.JoinedStr):
        return any(_english(part) for part in node.values)
    if isinstance(node, ast.Call):
        if _name(node.func) in TRANSLATORS:
            return False
        return (
            isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
            and (_english(node.func.value))
        )
    if isinstance(node, ast.BinOp):
        return _english(node.left) or _english(node.right)
    return False


def _text(node: ast.expr) -> str:
    """Return the written part of a message, placeholders as in the source ("{where}")."""
    if isinstance(node, ast.Constant):
        return str(node.value)
    if isinstance(node, ast.JoinedStr):
        return "".join(
            _text(part.value) if isinstance(part, ast.FormattedValue) else _text(part)
            for part in node.values
        )
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return _text(node.func.value)
    if isinstance(node, ast.BinOp):
        return _text(node.left) + _text(node.right)
    return "{" + ast.unparse(node) + "}"


def untranslated_raises(source: str, module: str = "") -> list[str]:
    """Return "module:line: message" for each raise in source whose message is English text
    written in the code, and each such note of how a field was inferred (`release.infer`),
    leaving out the programmer errors of PROGRAMMER_ERRORS."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            arguments = node.exc.args
        elif isinstance(node, ast.Call) and _name(node.func) in NOTES:
            # the parser's note to the reviewer on how it inferred a field
            arguments = [
                *node.args[NOTES[str(_name(node.func))] :],
                *(k.value for k in node.keywords if k.arg == "how"),
            ]
        else:
            continue
        for argument in arguments:
            if not _english(argument):
                continue
            text = _text(argument)
            if not any(module == m and text.startswith(s) for m, s in PROGRAMMER_ERRORS):
                found.append(f"{module}:{node.lineno}: {text}")
    return found


def core_modules() -> list[Path]:
    """Return the core's modules that speak to a user through the catalogue."""
    return [
        path
        for path in sorted(SOURCE.rglob("*.py"))
        if not path.relative_to(SOURCE).as_posix().startswith(SKIPPED)
    ]


def test_every_message_the_core_raises_is_translated() -> None:
    modules = core_modules()
    assert len(modules) > 50 and SOURCE / "importers" / "dates.py" in modules
    found = [
        problem
        for path in modules
        for problem in untranslated_raises(
            path.read_text("utf-8"), path.relative_to(SOURCE).as_posix()
        )
    ]
    assert found == [], "wrap these messages in _() and run `make translations`"


@pytest.mark.parametrize(
    "raising",
    [
        'raise BriefingError("The briefing has no annexes")',
        'raise FormatError(f"{where}: unknown key {key}")',
        'raise ImportFailed("{name} is empty".format(name=name))',
        'raise argparse.ArgumentTypeError("%s is not a date" % text)',
        'raise ValueError(f"{where}.data: " + "is too large") from None',
        'raise self.fail(prefix, "must be a table")',
        'release.infer("consultation.place", "the dateline\'s place")',
        'Mention(name, role, country, 0, 0, f"“{role}” is the one person named")',
        'Mention(name, role, "", 0, 0, how="the only person")',
    ],
)
def test_an_english_message_is_caught(raising: str) -> None:
    assert len(untranslated_raises(raising, "model/example.py")) == 1


@pytest.mark.parametrize(
    "raising",
    [
        'raise BriefingError(_("The briefing has no annexes"))',
        'raise FormatError(_("{where}: unknown key {key}").format(where=where, key=key))',
        'raise LibraryError(i18n.ngettext("{n} record", "{n} records", n).format(n=n))',
        'raise FormatError(f"{where}.data: " + too_large(_("the file"), size))',
        "raise BriefingError(str(error)) from None",
        'raise self.fail("page.margins_mm", _("must be a table"))',
        "raise FormatError(f\"blocks[{index}].type: {_('unknown')}\")",
        'release.infer("consultation.place", _("the dateline\'s place"))',
    ],
)
def test_a_translated_message_passes(raising: str) -> None:
    assert untranslated_raises(raising, "model/example.py") == []


def test_only_the_listed_programmer_errors_are_let_through() -> None:
    raising = 'raise ValueError(f"level {level}: bad placement or colour")'
    assert untranslated_raises(raising, "compose/markings.py") == []
    assert untranslated_raises(raising, "compose/labels.py") != []
