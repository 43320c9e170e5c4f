"""How spell checking costs: loading each dictionary, words checked per second (new words and
remembered ones), and marking 2,000 words of real releases in each language, whole and block
by block. Runs Qt offscreen.

Usage: python benchmarks/spelling.py
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from briefer import spelling
from briefer.gui.spellcheck import SpellHighlighter

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus" / "tuning"
# Real releases of each language from the parser's corpus: (file name pattern, a common word)
RELEASES = {
    "en": ("[a-z][a-z]-*.txt", " the "),
    "de": ("de-*.txt", " und "),
    "fr": ("*fr*.txt", " et "),
}
WORDS = 2000


def releases(language: str) -> str:
    """Return the first 2,000 words of the corpus's releases in a language, as paragraphs."""
    pattern, common = RELEASES[language]
    paragraphs: list[str] = []
    count = 0
    for path in sorted(CORPUS.glob(pattern)):
        text = path.read_text("utf-8")
        if common not in text:
            continue
        for line in filter(str.strip, text.splitlines()):
            paragraphs.append(line)
            count += len(line.split())
            if count >= WORDS:
                return "\n".join(paragraphs)
    raise SystemExit(f"the corpus has fewer than {WORDS} words in {language}")


def lookups(language: str, text: str) -> tuple[float, float]:
    """Words per second checked: each new to the dictionary, then all remembered."""
    dictionary = spelling.open_dictionary(language)
    words = sorted(set(text.split()))
    fresh = [
        f"{word}{chr(0x61 + n % 26)}{chr(0x61 + n // 26 % 26)}" for n, word in enumerate(words)
    ]
    start = time.perf_counter()
    for word in fresh:
        dictionary.check(word)
    new_rate = len(fresh) / (time.perf_counter() - start)
    start = time.perf_counter()
    for word in fresh:
        dictionary.check(word)
    return new_rate, len(fresh) / (time.perf_counter() - start)


def highlighting(language: str, text: str) -> tuple[float, float, int]:
    """Milliseconds to mark the whole text with nothing remembered, the slowest block then
    (as after a keystroke), and how many words are marked."""
    spelling._OPEN.pop(language, None)  # a fresh dictionary: nothing remembered
    spelling.open_dictionary(language)
    document = QTextDocument()
    document.setPlainText(text)
    highlighter = SpellHighlighter(document, language)
    start = time.perf_counter()
    highlighter.rehighlight()
    whole = (time.perf_counter() - start) * 1000
    slowest = 0.0
    block = document.begin()
    while block.isValid():
        start = time.perf_counter()
        highlighter.rehighlightBlock(block)
        slowest = max(slowest, (time.perf_counter() - start) * 1000)
        block = block.next()
    return whole, slowest, len(highlighter.misspelled(text))


def main() -> None:
    app = QApplication([])
    for language in spelling.DICTIONARIES:
        start = time.perf_counter()
        tag = spelling.open_dictionary(language).tag
        print(f"load {language} ({tag}): {(time.perf_counter() - start) * 1000:.0f} ms")
    for language in spelling.DICTIONARIES:
        text = releases(language)
        new_rate, remembered = lookups(language, text)
        print(f"{language}: {new_rate:,.0f} new words/s, {remembered:,.0f} remembered words/s")
        for name, sample in (("paragraphs", text), ("one block", text.replace("\n", " "))):
            runs = [highlighting(language, sample) for _ in range(3)]
            print(
                f"{language}: 2,000 words of releases as {name} "
                f"({text.count(chr(10)) + 1 if name == 'paragraphs' else 1} blocks): "
                f"{statistics.median(r[0] for r in runs):.0f} ms to mark all, slowest block "
                f"then {statistics.median(r[1] for r in runs):.1f} ms; {runs[0][2]} words marked"
            )
    app.quit()


if __name__ == "__main__":
    main()
