"""Capital letters: those of the Latin scripts names are written in."""

from __future__ import annotations

# Capital letters of the Latin scripts names are written in ("Çavuşoğlu", "Łukasz",
# "Ólafur"): Python's re has no class for them.
UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper() and chr(c).isalpha())
