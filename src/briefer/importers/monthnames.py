"""Month names: the names and abbreviations dates are written with, as a pattern."""

from __future__ import annotations

import re

from briefer.months import MONTHS as MONTH_NAMES

MONTHS: dict[str, int] = {
    **{m.casefold(): i for names in MONTH_NAMES.values() for i, m in enumerate(names, start=1)},
    **{
        m.casefold(): i
        for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), start=1)
    },
    "sept": 9,
    "janv": 1,
    "fév": 2,
    "févr": 2,
    "avr": 4,
    "juil": 7,
    "jänner": 1,
    "mrz": 3,
    "okt": 10,
    "dez": 12,
}
# Month names are matched capitalised or in capitals, never lower case ("you may 3 …"),
# except French ones, which French writes in lower case ("le 3 mars 2021").
_FRENCH_MONTHS = {m.casefold() for m in MONTH_NAMES["fr"]} | {"fév", "févr", "janv", "avr", "juil"}
MONTH_PATTERN = "|".join(
    sorted(
        {re.escape(form) for m in MONTHS for form in (m.capitalize(), m.upper())}
        | {re.escape(m) for m in _FRENCH_MONTHS},
        # longest first, then by letter: a set's order changes with each process's hash seed
        key=lambda form: (-len(form), form),
    )
)
