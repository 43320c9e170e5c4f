"""What briefer is made of: its version, the libraries it runs on and the fonts it embeds,
each with its licence, as the About dialog lists them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

from briefer import paths

_REQUIREMENT_NAME = re.compile(r"[A-Za-z0-9._-]+")
# a row of the fonts' README: | `files` | family | licence (`LICENSE-….txt`) | source |
_FONT_ROW = re.compile(
    r"^\|\s*`(?P<files>[^`]+)`\s*\|\s*(?P<family>[^|]+?)\s*\|\s*(?P<licence>[^|(]+)"
)


@dataclass(frozen=True)
class Credit:
    """A part of briefer: its name, version (for a library) and licence."""

    name: str
    licence: str
    version: str = ""


def version() -> str:
    """Return briefer's version as installed."""
    try:
        return metadata.version("briefer")
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"


def libraries() -> list[Credit]:
    """Return the libraries briefer needs to run (not its test tools), with their licences."""
    try:
        requirements = metadata.requires("briefer") or []
    except metadata.PackageNotFoundError:
        return []
    credits = []
    for requirement in requirements:
        if "extra ==" in requirement:
            continue  # a test tool
        match = _REQUIREMENT_NAME.match(requirement)
        if match is None:
            continue
        try:
            found = metadata.metadata(match.group(0))
        except metadata.PackageNotFoundError:
            continue
        credits.append(Credit(found["Name"], _licence(found), found["Version"]))
    return sorted(credits, key=lambda credit: credit.name.casefold())


def _licence(found: metadata.PackageMetadata) -> str:
    """Return a library's licence: its SPDX expression, else its classifier, else its text."""
    fields = found.json
    if fields.get("license_expression"):
        return str(fields["license_expression"])
    classifiers = [
        str(c).split(" :: ")[-1]
        for c in fields.get("classifier", [])
        if str(c).startswith("License ::")
    ]
    if classifiers:
        return ", ".join(classifiers)
    text = str(fields.get("license") or "").strip()
    return text if text and len(text) <= 60 and "\n" not in text else "see the library"


def fonts() -> list[Credit]:
    """Return the font families embedded in the PDFs, with their licences, as the fonts'
    README lists them."""
    readme = paths.resources_dir() / "fonts" / "README.md"
    credits = []
    for line in readme.read_text("utf-8").splitlines():
        row = _FONT_ROW.match(line)
        if row and row["files"] != "file":
            credits.append(Credit(row["family"].strip(), row["licence"].strip()))
    return credits
