"""The language of the core's messages to the user (errors, warnings): English or German.

The messages are marked with `_` and `ngettext` and translated through the gettext
catalogue in `briefer/locale/` (a .po file in the repository, compiled to .mo when the package
is built). The app sets the language from its Language preference or the system's locale;
the command line from LANGUAGE, LC_ALL, LC_MESSAGES and LANG, as gettext itself would.
"""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Mapping
from pathlib import Path

DOMAIN = "briefer"
LANGUAGES = ("en", "de")  # English is the language the messages are written in
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_LOCALES = {"en": "en_GB", "de": "de_DE"}
_current: _gettext.NullTranslations = _gettext.NullTranslations()
_language = "en"


def set_language(language: str) -> None:
    """Translate the core's messages into language ("de" or "en"; anything else: English)."""
    global _current, _language
    _language = language if language in LANGUAGES else "en"
    _current = _gettext.translation(DOMAIN, LOCALE_DIR, languages=[_language], fallback=True)


def language() -> str:
    """Return the language the core's messages are in: "en" or "de"."""
    return _language


def language_from_environment(environ: Mapping[str, str]) -> str:
    """Return "de" when the environment asks for German first (as gettext reads it), else "en".

    LANGUAGE is a list of preferences ("de:en"); the first of LC_ALL, LC_MESSAGES and LANG
    that is set names the locale ("de_DE.UTF-8"). "C" and "POSIX" mean English."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if not value:
            continue
        first = value.split(":")[0]
        if name == "LANGUAGE" and environ.get("LC_ALL", environ.get("LANG", "")) in ("C", "POSIX"):
            return "en"  # gettext ignores LANGUAGE in the C locale
        return "de" if first.lower().startswith("de") else "en"
    return "en"


def _(message: str) -> str:
    """Return message in the current language."""
    return _current.gettext(message)


def N_(message: str) -> str:
    """Mark message for translation where it is defined; translate it with `_` where used."""
    return message


def number(value: float, decimals: int | None = None) -> str:
    """Return a number as the current language writes it: 1,000,000 or 1.000.000; with
    decimals, rounded to that many places and showing them all (20.0, 20,0)."""
    from babel.numbers import format_decimal

    shape = None if decimals is None else "#,##0." + "0" * decimals
    return str(format_decimal(value, format=shape, locale=_LOCALES[_language]))


def language_name(code: str) -> str | None:
    """Return the name of a language ("fr") in the current language, or None if unknown."""
    from babel import Locale

    name = Locale.parse(_LOCALES[_language]).languages.get(code)
    return None if name is None else str(name)


def ngettext(singular: str, plural: str, count: int) -> str:
    """Return the singular or plural form, for count, in the current language."""
    return _current.ngettext(singular, plural, count)
