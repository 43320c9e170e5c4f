"""The user's own spelling word list: a plain UTF-8 file, one word per line."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from briefer import atomic
from briefer.errors import BrieferError
from briefer.i18n import _


class WordListError(BrieferError):
    """The word list cannot be read or saved; the message names the file."""


class WordList:
    """The words a user added to the dictionary, saved whenever they change."""

    def __init__(self, path: Path) -> None:
        """Read the list at path (none there yet: an empty list); raises WordListError."""
        self.path = path
        try:
            text = path.read_text("utf-8-sig")
        except FileNotFoundError:
            text = ""
        except UnicodeDecodeError:
            raise WordListError(
                _(
                    "Your word list {path} is not UTF-8 text, so it was not used and is left as "
                    "it is. Save it as UTF-8, or remove it to start a new one."
                ).format(path=path)
            ) from None
        except OSError as error:
            raise WordListError(
                _("Could not read your word list {path}: {error}.").format(
                    path=path, error=atomic.describe_os_error(error)
                )
            ) from None
        self.words = frozenset(line.strip() for line in text.splitlines() if line.strip())

    def add(self, word: str) -> None:
        """Add a word and save the list."""
        if word.strip():
            self._save(self.words | {word.strip()})

    def remove(self, words: set[str]) -> None:
        """Remove words and save the list."""
        self._save(self.words - words)

    def sorted(self) -> list[str]:
        """Return the words in alphabetical order, whatever their case and accents."""
        return sorted(self.words, key=lambda word: (_plain(word), word))

    def _save(self, words: frozenset[str]) -> None:
        if words == self.words:
            return
        previous, self.words = self.words, words
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            text = "".join(f"{word}\n" for word in self.sorted())
            atomic.write_bytes(self.path, text.encode("utf-8"))
        except OSError as error:
            self.words = previous
            raise WordListError(
                _("Could not save your word list {path}: {error}.").format(
                    path=self.path, error=atomic.describe_os_error(error)
                )
            ) from None


def _plain(word: str) -> str:
    """Return a word in lower case without accents, to sort by (É with E)."""
    letters = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in letters if not unicodedata.combining(c))
