"""The app's language: English or German, as chosen in Preferences or else the system's.

The GUI's strings come from Qt's translators (briefer's own .qm and Qt's for its standard
buttons and dialogs), the core's messages from gettext (briefer.i18n); numbers and dates are
shown as the language's locale writes them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from briefer import i18n

SYSTEM = "system"
LANGUAGE_CHOICES = (SYSTEM, *i18n.LANGUAGES)
_LOCALES = {"en": QLocale.Language.English, "de": QLocale.Language.German}
_installed: list[QTranslator] = []


def chosen_language(setting: str, system: QLocale | None = None) -> str:
    """Return the language to use: the one set in Preferences, else German for a German
    system locale and English for every other."""
    if setting in i18n.LANGUAGES:
        return setting
    system = system or QLocale.system()
    return "de" if system.language() == QLocale.Language.German else "en"


def use_language(language: str) -> None:
    """Translate what is made from now on into language ("en" or "de"): windows, dialogs,
    Qt's own buttons, the core's messages, numbers and dates."""
    app = QCoreApplication.instance()
    assert app is not None, "the application comes first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_folder), (f"briefer_{language}", "")):
        translator = QTranslator(app)
        if translator.load(name, folder or str(i18n.LOCALE_DIR)):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(_locale(language))
    i18n.set_language(language)


def _locale(language: str) -> QLocale:
    """The system's locale when it is in language (de_AT, en_IE), else the language's own."""
    system = QLocale.system()
    wanted = _LOCALES.get(language, QLocale.Language.English)
    if system.language() == wanted:
        return system
    country = (
        QLocale.Country.Germany
        if wanted == QLocale.Language.German
        else (QLocale.Country.UnitedKingdom)
    )
    return QLocale(wanted, country)


def date_format() -> str:
    """Return how fields and tables write a date in the app's language: 2021-04-13 in
    English (sorts as it reads), 13.04.2021 in German."""
    return QCoreApplication.translate("Dates", "yyyy-MM-dd", "a date in fields and tables")


def date_text(day: date) -> str:
    """Return a date as fields and tables write it."""
    return QDate(day.year, day.month, day.day).toString(date_format())
