"""Templates: house styles as TOML, loaded and validated before use.

An error names the file, the key and what is wrong. Header and footer text is filled by plain
substitution from a fixed list of placeholder names, never by evaluating anything.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal, get_args

from briefer import i18n, paths
from briefer.errors import TemplateError
from briefer.i18n import N_, _, ngettext

MM = 72 / 25.4
# Where the marking's text begins, from the paper's edge: the rule asks at least 10 mm, as
# many printers cannot print the outer 5 mm.
MARKING_EDGE = 12 * MM
PAGE_SIZES_MM = {
    "A4": (210.0, 297.0),
    "A5": (148.0, 210.0),
    "Letter": (215.9, 279.4),
    "Legal": (215.9, 355.6),
}
FONT_FAMILIES = ("Noto Serif", "Noto Sans")
PLACEHOLDERS = (
    "title",
    "classification",
    "page",
    "pages",
    "page_of_pages",
    "date",
    "reference",
    "occasion",
    "version",
)
StyleRole = Literal[
    "title",
    "subtitle",
    "cover_label",
    "cover_value",
    "version",
    "marking",
    "toc_title",
    "toc1",
    "toc2",
    "toc3",
    "h1",
    "h2",
    "h3",
    "body",
    "lead",
    "meta",
    "quote",
    "attribution",
    "bullet",
    "note",
    "source",
    "caption",
    "header",
    "footer",
]
ROLES: tuple[StyleRole, ...] = get_args(StyleRole)
ORDERS = ("as-arranged", "chronological", "talking-points-first")
TIMELINES = ("day", "week")  # what a chronological order puts a heading over
STATEMENT_LAYOUTS = ("block", "compact")
CONSULTATION_LAYOUTS = ("full", "summary")
SOURCE_STYLES = ("endnotes", "inline", "none")
COVER_FIELDS = ("occasion", "date", "prepared_for", "prepared_by", "reference", "classification")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class Style:
    """How one role of the document model looks."""

    family: str = "body"  # "body" or "headings": which of the template's fonts
    bold: bool = False
    italic: bool = False
    size: float = 10.5
    leading: float = 14.0
    color: str = "#000000"
    space_before: float = 0.0
    space_after: float = 6.0
    align: str = "left"
    indent_left: float = 0.0
    indent_right: float = 0.0
    rule: bool = False  # a line beside (quotes) or below (headings, cover title)


@dataclass(frozen=True)
class Template:
    """A validated house style."""

    name: str
    descriptions: Mapping[str, str]  # language → description; "" for every language
    folder: Path
    page_size: tuple[float, float]
    margins: tuple[float, float, float, float]  # top, right, bottom, left, in points
    body_font: str
    heading_font: str
    accent: str
    styles: Mapping[str, Style]
    cover: bool
    cover_fields: tuple[str, ...]
    toc_depth: int
    header: tuple[str, str, str]
    footer: tuple[str, str, str]
    numbering: bool
    order: str
    timeline: str
    statement_layout: str
    consultation_layout: str
    quote_words: int
    section_breaks: bool
    sources: str
    reference_docx: Path | None

    @property
    def description(self) -> str:
        """Return the description in the language briefer speaks, else English, else any."""
        texts = self.descriptions
        found = texts.get(i18n.language()) or texts.get("en") or texts.get("")
        return found or next(iter(texts.values()), "")


_DEFAULT_STYLES: dict[str, Style] = {
    "title": Style("headings", True, size=26, leading=31, space_after=14),
    "subtitle": Style("headings", size=14, leading=19, space_after=30, color="#444444"),
    "cover_label": Style("headings", True, size=8.5, leading=11, color="#555555", space_after=1),
    "cover_value": Style("body", size=11, leading=14, space_after=9),
    "version": Style("headings", True, size=10.5, leading=14, color="#7a4a00", space_after=12),
    "marking": Style("headings", True, size=9, leading=11, align="center", space_after=0),
    "toc_title": Style("headings", True, size=16, leading=20, space_after=12),
    "toc1": Style("headings", True, size=10.5, leading=15, space_before=5, space_after=1),
    "toc2": Style("body", size=10, leading=13, indent_left=14, space_after=1),
    "toc3": Style("body", size=9.5, leading=12, indent_left=28, space_after=0),
    "h1": Style("headings", True, size=15, leading=19, space_before=16, space_after=8),
    "h2": Style("headings", True, size=11.5, leading=15, space_before=12, space_after=4),
    "h3": Style("headings", True, size=10.5, leading=13, space_before=8, space_after=3),
    "body": Style("body", size=10.5, leading=14.5, space_after=6),
    "lead": Style("body", size=11.5, leading=16, space_after=8),
    "meta": Style("headings", size=8.5, leading=11.5, color="#555555", space_after=5),
    "quote": Style(  # roman beside a rule: pages of italics are hard to read
        "body",
        size=10.5,
        leading=14.5,
        space_after=4,
        indent_left=16,
        indent_right=12,
        rule=True,
    ),
    "attribution": Style(
        "headings", size=8.5, leading=11, color="#555555", space_after=10, indent_left=16
    ),
    "bullet": Style("body", size=10.5, leading=14.5, space_after=3, indent_left=14),
    "note": Style("headings", size=9.5, leading=13, color="#7a4a00", space_after=6),
    "source": Style("body", size=9, leading=12, space_after=4, indent_left=18),
    "caption": Style(
        "headings", size=8.5, leading=11.5, color="#444444", space_before=5, space_after=10
    ),
    "header": Style("headings", size=8, leading=10, color="#555555", space_after=0),
    "footer": Style("headings", size=8, leading=10, color="#555555", space_after=0),
}
_STYLE_LIMITS = {
    "size": (4.0, 72.0),
    "leading": (4.0, 90.0),
    "space_before": (0.0, 144.0),
    "space_after": (0.0, 144.0),
    "indent_left": (0.0, 200.0),
    "indent_right": (0.0, 200.0),
}
_TOP_KEYS = {
    "name",
    "description",
    "page",
    "fonts",
    "colors",
    "styles",
    "cover",
    "contents",
    "header",
    "footer",
    "layout",
    "sources",
    "word",
}


def substitute(text: str, values: Mapping[str, str]) -> str:
    """Fill {name} placeholders from values; {{ and }} stand for literal braces."""

    def fill(match: re.Match[str]) -> str:
        return values[match.group(1)]

    parts = text.split("{{")
    return "{".join(
        "}".join(_PLACEHOLDER.sub(fill, piece) for piece in part.split("}}")) for part in parts
    )


def check_placeholders(text: str, where: str) -> None:
    """Raise TemplateError if text uses a placeholder that is not in the fixed list."""
    for piece in text.replace("{{", "").replace("}}", "").split("{")[1:]:
        name = piece.split("}", 1)[0] if "}" in piece else None
        if name is None:
            raise TemplateError(
                _(
                    "{where}: an opening brace has no closing brace; write {{{{ for a literal brace"
                ).format(where=where)
            )
        if name not in PLACEHOLDERS:
            raise TemplateError(
                _("{where}: unknown placeholder {{{name}}}; use one of {placeholders}").format(
                    where=where,
                    name=name[:40],
                    placeholders=", ".join("{" + p + "}" for p in PLACEHOLDERS),
                )
            )
    if "}" in _PLACEHOLDER.sub("", text.replace("{{", "").replace("}}", "")):
        raise TemplateError(
            _(
                "{where}: a closing brace has no opening brace; write }}}} for a literal brace"
            ).format(where=where)
        )


def template_folders() -> list[Path]:
    """Return the folders searched for templates, the user's first."""
    return [paths.user_templates_dir(), paths.templates_dir()]


def available_templates(problems: list[str] | None = None) -> list[Template]:
    """Return every template that can be found and loads, the user's shadowing bundled ones;
    what is wrong with those that do not load goes to problems, if given."""
    found: dict[str, Template] = {}
    seen: set[str] = set()
    for folder in template_folders():
        if not folder.is_dir():
            continue
        for candidate in sorted(folder.glob("*/template.toml")):
            name = candidate.parent.name
            if name in seen:
                continue
            seen.add(name)  # a broken user template still shadows the bundled one
            try:
                found[name] = load_template(candidate)
            except TemplateError as error:
                if problems is not None:
                    problems.append(str(error))
    return sorted(found.values(), key=lambda t: t.name)


def find_template(name: str) -> Template:
    """Return the template called name, looked up in the user's folder first."""
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", name):
        raise TemplateError(_("'{name}' is not a template name").format(name=name[:60]))
    for folder in template_folders():
        candidate = folder / name / "template.toml"
        if candidate.is_file():
            return load_template(candidate)
    names = ", ".join(t.name for t in available_templates())
    raise TemplateError(
        _("No template called '{name}'. Available: {names}").format(name=name, names=names)
    )


_MAX_TEMPLATE_BYTES = 1024 * 1024


def load_template(path: Path) -> Template:
    """Read and validate a template.toml (or the folder holding one)."""
    path = Path(path)
    if path.is_dir():
        path = path / "template.toml"
    if path.exists() and not path.is_file():
        raise TemplateError(_("{path}: is a device or pipe, not a template file").format(path=path))
    try:
        if path.stat().st_size > _MAX_TEMPLATE_BYTES:
            raise TemplateError(_("{path}: is far too large for a template").format(path=path))
        data = tomllib.loads(path.read_text("utf-8"))
    except OSError as error:
        raise TemplateError(
            _("{path}: cannot be read ({error})").format(path=path, error=error.strerror or error)
        ) from None
    except UnicodeDecodeError:
        raise TemplateError(_("{path}: is not UTF-8 text").format(path=path)) from None
    except tomllib.TOMLDecodeError as error:
        raise TemplateError(
            _("{path}: is not valid TOML ({error})").format(path=path, error=error)
        ) from None
    return _Reader(path, data).template()


class _Reader:
    """Typed reads of the TOML, each error naming the file and the dotted key."""

    def __init__(self, path: Path, data: dict[str, Any]) -> None:
        self.path = path
        self.data = data

    def fail(self, key: str, problem: str) -> TemplateError:
        return TemplateError(f"{self.path}: {key}: {problem}")

    def table(self, key: str, allowed: set[str]) -> dict[str, Any]:
        value = self.data.get(key, {})
        if not isinstance(value, dict):
            raise self.fail(key, _("must be a table"))
        for unknown in set(value) - allowed:
            raise self.fail(f"{key}.{unknown}", _unknown_key(allowed))
        return value

    def get(self, table: dict[str, Any], prefix: str, key: str, kind: type, default: Any) -> Any:
        value = table.get(key, default)
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            found = _KIND_NAMES.get(type(value))
            raise self.fail(
                f"{prefix}.{key}".lstrip("."),
                _("must be {kind}, not {found}").format(
                    kind=_(_KIND_NAMES[kind]),
                    found=type(value).__name__ if found is None else _(found),
                ),
            )
        return value

    def descriptions(self) -> dict[str, str]:
        """Return the template's description: one text, or a table of them by language
        (`[description]` with `en = "…"`, `de = "…"`), so a dialog speaks the app's language."""
        value = self.data.get("description", "")
        if isinstance(value, str):
            return {"": value}
        if not isinstance(value, dict):
            raise self.fail("description", _("must be a text or a table of texts by language"))
        for language in value:
            if not re.fullmatch(r"[a-z]{2}", language):
                raise self.fail(
                    f"description.{language[:20]}",
                    _("is not a language code such as en or de"),
                )
            self.get(value, "description", language, str, "")
        return dict(value)

    def number(
        self, table: dict[str, Any], prefix: str, key: str, default: float, low: float, high: float
    ) -> float:
        value: float = self.get(table, prefix, key, float, default)
        if not low <= value <= high:
            raise self.fail(
                f"{prefix}.{key}",
                _("{value} is out of range; it must be between {low} and {high}").format(
                    value=f"{value:g}", low=f"{low:g}", high=f"{high:g}"
                ),
            )
        return value

    def choice(
        self, table: dict[str, Any], prefix: str, key: str, default: str, options: tuple[str, ...]
    ) -> str:
        value: str = self.get(table, prefix, key, str, default)
        if value not in options:
            raise self.fail(
                f"{prefix}.{key}",
                _("'{value}' is not one of {options}").format(
                    value=value[:40], options=", ".join(options)
                ),
            )
        return value

    def color(self, table: dict[str, Any], prefix: str, key: str, default: str) -> str:
        value: str = self.get(table, prefix, key, str, default)
        if not _COLOR.fullmatch(value):
            raise self.fail(
                f"{prefix}.{key}",
                _("'{value}' is not a colour like #1f3a5f").format(value=value[:20]),
            )
        return value.lower()

    def template(self) -> Template:
        for unknown in set(self.data) - _TOP_KEYS:
            raise self.fail(unknown, _unknown_key(_TOP_KEYS))
        top = {k: v for k, v in self.data.items() if not isinstance(v, dict)}
        name = self.path.parent.name  # a template is found, and called, by its folder
        if self.get(top, "", "name", str, name) not in ("", name):
            raise self.fail(
                "name",
                _(
                    "'{given}' differs from the folder's name '{name}'; a template is called by "
                    "its folder, so rename one of them"
                ).format(given=top["name"][:60], name=name),
            )
        page = self.table("page", {"size", "margins_mm"})
        fonts = self.table("fonts", {"body", "headings"})
        colors = self.table("colors", {"accent"})
        cover = self.table("cover", {"enabled", "fields"})
        contents = self.table("contents", {"depth"})
        layout = self.table(
            "layout",
            {
                "numbering",
                "order",
                "timeline",
                "statement",
                "consultation",
                "quote_words",
                "section_breaks",
            },
        )
        sources = self.table("sources", {"style"})
        word = self.table("word", {"reference"})
        fields = self.get(cover, "cover", "fields", list, list(COVER_FIELDS))
        for index, item in enumerate(fields):
            if item not in COVER_FIELDS:
                raise self.fail(
                    f"cover.fields[{index}]",
                    _("'{value}' is not one of {options}").format(
                        value=str(item)[:40], options=", ".join(COVER_FIELDS)
                    ),
                )
        return Template(
            name=name,
            descriptions=self.descriptions(),
            folder=self.path.parent,
            page_size=self.page_size(page),
            margins=self.margins(page),
            body_font=self.choice(fonts, "fonts", "body", "Noto Serif", FONT_FAMILIES),
            heading_font=self.choice(fonts, "fonts", "headings", "Noto Sans", FONT_FAMILIES),
            accent=self.color(colors, "colors", "accent", "#1f3a5f"),
            styles=self.styles(),
            cover=self.get(cover, "cover", "enabled", bool, True),
            cover_fields=tuple(fields),
            toc_depth=int(self.number(contents, "contents", "depth", 2, 0, 3)),
            header=self.slots("header"),
            footer=self.slots("footer"),
            numbering=self.get(layout, "layout", "numbering", bool, True),
            order=self.choice(layout, "layout", "order", "as-arranged", ORDERS),
            timeline=self.choice(layout, "layout", "timeline", "day", TIMELINES),
            statement_layout=self.choice(layout, "layout", "statement", "block", STATEMENT_LAYOUTS),
            consultation_layout=self.choice(
                layout, "layout", "consultation", "full", CONSULTATION_LAYOUTS
            ),
            quote_words=int(self.number(layout, "layout", "quote_words", 0, 0, 10_000)),
            section_breaks=self.get(layout, "layout", "section_breaks", bool, False),
            sources=self.choice(sources, "sources", "style", "endnotes", SOURCE_STYLES),
            reference_docx=self.reference(word),
        )

    def page_size(self, page: dict[str, Any]) -> tuple[float, float]:
        size = page.get("size", "A4")
        if isinstance(size, str):
            if size not in PAGE_SIZES_MM:
                raise self.fail(
                    "page.size",
                    _("'{size}' is not one of {sizes} or [width_mm, height_mm]").format(
                        size=size[:20], sizes=", ".join(PAGE_SIZES_MM)
                    ),
                )
            width, height = PAGE_SIZES_MM[size]
        else:
            pair = self.pair(size, "page.size", 2)
            width, height = self.in_range(pair, "page.size", 50, 2000)
        return width * MM, height * MM

    def margins(self, page: dict[str, Any]) -> tuple[float, float, float, float]:
        values = self.pair(page.get("margins_mm", [25, 22, 25, 25]), "page.margins_mm", 4)
        top, right, bottom, left = self.in_range(values, "page.margins_mm", 5, 100)
        width, height = self.page_size(page)
        if (left + right) * MM > width - 100 or (top + bottom) * MM > height - 150:
            raise self.fail("page.margins_mm", _("leave too little room for text on the page"))
        return top * MM, right * MM, bottom * MM, left * MM

    def pair(self, value: Any, key: str, count: int) -> list[float]:
        if (
            not isinstance(value, list)
            or len(value) != count
            or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
        ):
            said = ngettext(
                "must be a list of {count} number", "must be a list of {count} numbers", count
            )
            raise self.fail(key, said.format(count=count))
        return [float(v) for v in value]

    def in_range(self, values: list[float], key: str, low: float, high: float) -> list[float]:
        for value in values:
            if not low <= value <= high:
                raise self.fail(
                    key,
                    _("{value} is out of range; each must be between {low} and {high} mm").format(
                        value=f"{value:g}", low=f"{low:g}", high=f"{high:g}"
                    ),
                )
        return values

    def slots(self, key: str) -> tuple[str, str, str]:
        table = self.table(key, {"left", "center", "right"})
        texts = []
        for slot in ("left", "center", "right"):
            text = self.get(table, key, slot, str, "")
            check_placeholders(text, f"{self.path}: {key}.{slot}")
            texts.append(text)
        return texts[0], texts[1], texts[2]

    def styles(self) -> dict[str, Style]:
        table = self.table("styles", set(ROLES))
        styles = dict(_DEFAULT_STYLES)
        for role, overrides in table.items():
            prefix = f"styles.{role}"
            if not isinstance(overrides, dict):
                raise self.fail(prefix, _("must be a table"))
            allowed = set(Style.__dataclass_fields__)
            for unknown in set(overrides) - allowed:
                raise self.fail(f"{prefix}.{unknown}", _unknown_key(allowed))
            style = replace(styles[role], **self.style_changes(overrides, prefix))
            if style.leading < style.size:
                raise self.fail(
                    f"{prefix}.leading",
                    _("{leading} is smaller than the font size {size}; lines would overlap").format(
                        leading=f"{style.leading:g}", size=f"{style.size:g}"
                    ),
                )
            styles[role] = style
        # a marking must be legible: never smaller than the body text
        marking, body = styles["marking"], styles["body"]
        styles["marking"] = replace(
            marking,
            size=max(marking.size, body.size),
            leading=max(marking.leading, body.size * 1.2),
        )
        return styles

    def style_changes(self, overrides: dict[str, Any], prefix: str) -> dict[str, Any]:
        """Return the checked values of one role's style table, by Style field."""
        changes: dict[str, Any] = {}
        for key, (low, high) in _STYLE_LIMITS.items():
            if key in overrides:
                changes[key] = self.number(overrides, prefix, key, 0, low, high)
        for key in ("bold", "italic", "rule"):
            if key in overrides:
                changes[key] = self.get(overrides, prefix, key, bool, False)
        if "color" in overrides:
            changes["color"] = self.color(overrides, prefix, "color", "#000000")
        if "family" in overrides:
            changes["family"] = self.choice(
                overrides, prefix, "family", "body", ("body", "headings")
            )
        if "align" in overrides:
            changes["align"] = self.choice(
                overrides, prefix, "align", "left", ("left", "center", "right", "justify")
            )
        return changes

    def reference(self, word: dict[str, Any]) -> Path | None:
        name: str = self.get(word, "word", "reference", str, "")
        if not name:
            return None
        folder = self.path.parent.resolve()
        target = (folder / name).resolve()
        if folder not in target.parents:
            raise self.fail(
                "word.reference",
                _("'{name}' is outside the template's folder").format(name=name[:60]),
            )
        if target.suffix.lower() not in (".docx", ".dotx") or not target.is_file():
            raise self.fail(
                "word.reference",
                _("'{name}' is not a .docx or .dotx file in the template's folder").format(
                    name=name[:60]
                ),
            )
        return target


_KIND_NAMES = {
    str: N_("text"),
    bool: N_("true or false"),
    int: N_("a whole number"),
    float: N_("a number"),
    list: N_("a list"),
    dict: N_("a table"),
}


def _unknown_key(allowed: set[str] | frozenset[str]) -> str:
    return _("unknown key; expected one of {keys}").format(keys=", ".join(sorted(allowed)))
