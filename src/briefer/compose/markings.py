"""Classification markings: schemes and levels are data in resources/markings.toml."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from briefer import paths
from briefer.errors import BriefingError, TemplateError
from briefer.i18n import _
from briefer.render.document import Marking

_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class Level:
    """One level of a marking scheme, with a caveat if it carries one."""

    scheme: str
    id: str
    label: str
    marking: Marking
    short: str = ""  # what ends the file reference: "VS-NfD"
    needs_approved_system: bool = False  # not on ordinary office computers
    rule: str = ""  # the rule the level follows, cited

    def reference(self, reference: str) -> str:
        """Return a file reference carrying the level's abbreviation: "AP-341 VS-NfD", with a
        no-break space, as the two must not be parted."""
        if not reference or not self.short or reference.endswith(self.short):
            return reference
        return f"{reference}\u00a0{self.short}"


@functools.cache
def levels() -> tuple[Level, ...]:
    """Return every level of every bundled marking scheme, then each with its caveats."""
    path = paths.resources_dir() / "markings.toml"
    try:
        data = tomllib.loads(path.read_text("utf-8"))
        return tuple(
            found
            for scheme in data["scheme"]
            for level in scheme["levels"]
            for found in _read(scheme["id"], level)
        )
    except (OSError, KeyError, TypeError, ValueError, tomllib.TOMLDecodeError) as error:
        raise TemplateError(
            _("{path}: the marking schemes are damaged ({error}); reinstall briefer").format(
                path=path, error=error
            )
        ) from None


def _read(scheme: str, level: Mapping[str, Any]) -> Iterator[Level]:
    placement = level["placement"]
    if placement not in ("top", "top-bottom") or not _COLOR.fullmatch(level["color"]):
        raise ValueError(f"level {level['id']}: bad placement or colour")
    needs = level.get("needs_approved_system", False)
    if not isinstance(needs, bool) or not level["rule"]:
        raise ValueError(f"level {level['id']}: needs_approved_system or rule")
    found = Level(
        scheme,
        level["id"],
        level["label"],
        Marking(
            label=level["label"],
            top=True,
            bottom=placement == "top-bottom",
            color=level["color"].lower(),
            addition=level.get("addition", ""),
        ),
        level.get("short", ""),
        needs,
        level["rule"],
    )
    yield found
    for caveat in level.get("caveats", []):
        label = f"{found.label} {caveat}"
        slug = "-".join(caveat.lower().split())
        yield replace(
            found, id=f"{found.id}+{slug}", label=label, marking=replace(found.marking, label=label)
        )


def level_for(classification: str) -> Level | None:
    """Return the level of a classification (a label or "scheme:id"); None when empty."""
    wanted = " ".join(classification.split()).casefold()
    if not wanted:
        return None
    for level in levels():
        if wanted in (level.label.casefold(), f"{level.scheme}:{level.id}"):
            return level
    known = ", ".join(level.label for level in levels())
    raise BriefingError(
        _("Unknown classification '{classification}'. Use one of: {known}").format(
            classification=classification, known=known
        )
    )
