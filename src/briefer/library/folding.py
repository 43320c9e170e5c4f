"""Text folding shared by the index and the query: case, ß→ss, compatibility forms."""

from __future__ import annotations

import re
import unicodedata

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_TOKEN = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Return text folded for search; FTS5's unicode61 tokenizer then strips accents."""
    return unicodedata.normalize("NFKC", text).casefold()


def has_cjk(text: str) -> bool:
    """Return whether text holds Chinese, Japanese or Korean characters."""
    return _CJK.search(text) is not None


def tokens(text: str) -> list[str]:
    """Return the word tokens of already folded text, split as FTS5's unicode61 splits them."""
    return _TOKEN.findall(text)
