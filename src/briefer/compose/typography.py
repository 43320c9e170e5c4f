"""Typography by the briefing's language: quotation marks, and quotes inside quotes."""

from __future__ import annotations

import re

# (open, close, inner open, inner close): Duden for German, the Chicago Manual of Style for
# English, the Imprimerie nationale's Lexique for French (« » set off by narrow no-break
# spaces, “ ” inside).
_NARROW = "\u202f"
_MARKS = {
    "en": ("“", "”", "‘", "’"),
    "de": ("„", "“", "‚", "‘"),
    "fr": (f"«{_NARROW}", f"{_NARROW}»", "“", "”"),
}
# A quotation inside the text, in any of the usual marks: “…”, „…“, "…", «…», »…«.
_INNER = re.compile(r'[“„"«»]\s*([^“”„"«»]+?)\s*[”“"»«]')


def quoted(paragraphs: list[str] | tuple[str, ...], language: str) -> tuple[str, ...]:
    """Return paragraphs of a quotation with the language's marks around the whole, and its
    inner marks for quotations within it."""
    opening, closing, inner_open, inner_close = _MARKS.get(language, _MARKS["en"])
    texts = [_INNER.sub(rf"{inner_open}\1{inner_close}", text) for text in paragraphs]
    if texts:
        texts[0] = opening + texts[0]
        texts[-1] = texts[-1] + closing
    return tuple(texts)
