"""Names for the files briefer suggests, valid on Windows, macOS and Linux alike."""

from __future__ import annotations

import re
import unicodedata

MAX_CHARS = 120  # well inside every system's limit, and readable in a file dialog
_MAX_BYTES = 240  # Linux counts a name's UTF-8 bytes (255 at most)
_SEPARATORS = re.compile(r"[/\\|]+")
_RESERVED = re.compile(r'[<>:"?*\x00-\x1f\x7f]+')  # Windows refuses these, macOS the colon
_DEVICES = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(10)}
_VARIANT_WORDS = {
    "en": {"internal": "internal", "shareable": "shareable"},
    "de": {"internal": "intern", "shareable": "zur-Weitergabe"},
    "fr": {"internal": "interne", "shareable": "diffusion"},
}


def export_name(title: str, variant: str, language: str, suffix: str) -> str:
    """Return a file name for an export: the title made safe, then the variant in the
    briefing's language ('Talks Tokyo-internal.pdf', 'Gespräche-zur-Weitergabe.docx')."""
    words = _VARIANT_WORDS.get(language, _VARIANT_WORDS["en"])
    tail = f"-{words.get(variant, variant)}{suffix}"
    stem = _SEPARATORS.sub("-", unicodedata.normalize("NFC", title))
    stem = " ".join(_RESERVED.sub(" ", stem).split())
    stem = _shortened(stem, MAX_CHARS - len(tail), _MAX_BYTES - len(tail.encode()))
    if not stem or stem.split(".")[0].upper() in _DEVICES:
        stem = f"briefing {stem}".strip(" .-")
    return stem + tail


def _shortened(stem: str, chars: int, size: int) -> str:
    """Cut stem to at most chars characters and size UTF-8 bytes, at a word if one is near,
    with no dot, space or dash left at the end (Windows drops a trailing dot or space)."""
    cut = stem[:chars]
    while len(cut.encode()) > size:
        cut = cut[:-1]
    if len(cut) < len(stem) and " " in cut[chars // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" .-")
