"""Classification markings: schemes and levels are data in resources/markings.toml."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass

from briefer import paths
from briefer.errors import BriefingError, TemplateError
from briefer.render.document import Marking

_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class Level:
    """One level of a marking scheme."""

    scheme: str
    id: str
    label: str
    marking: Marking


@functools.cache
def levels() -> tuple[Level, ...]:
    """Return every level of every bundled marking scheme."""
    path = paths.resources_dir() / "markings.toml"
    try:
        data = tomllib.loads(path.read_text("utf-8"))
        found = []
        for scheme in data["scheme"]:
            for level in scheme["levels"]:
                placement = level["placement"]
                if placement not in ("top", "top-bottom") or not _COLOR.fullmatch(level["color"]):
                    raise ValueError(f"level {level['id']}: bad placement or colour")
                found.append(
                    Level(
                        scheme["id"],
                        level["id"],
                        level["label"],
                        Marking(
                            label=level["label"],
                            top=True,
                            bottom=placement == "top-bottom",
                            color=level["color"].lower(),
                        ),
                    )
                )
        return tuple(found)
    except (OSError, KeyError, TypeError, ValueError, tomllib.TOMLDecodeError) as error:
        raise TemplateError(
            f"{path}: the marking schemes are damaged ({error}); reinstall briefer"
        ) from None


def marking_for(classification: str) -> Marking | None:
    """Return the marking of a classification (a label or "scheme:id"); None when empty."""
    wanted = " ".join(classification.split()).casefold()
    if not wanted:
        return None
    for level in levels():
        if wanted in (level.label.casefold(), f"{level.scheme}:{level.id}"):
            return level.marking
    known = ", ".join(level.label for level in levels())
    raise BriefingError(f"Unknown classification '{classification}'. Use one of: {known}")
