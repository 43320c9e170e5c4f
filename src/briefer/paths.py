"""Where bundled resources, templates and the user's data live."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from briefer.i18n import _

APP_NAME = "briefer"
LIBRARY_ENV = "BRIEFER_LIBRARY"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    # An installed wheel carries the folder inside the package; a source checkout
    # keeps it at the top level, two levels above src/briefer.
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parents[1] / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        _("briefer's bundled '{name}' folder is missing; reinstall briefer").format(name=name)
    )


def resources_dir() -> Path:
    """Return the folder of bundled resources (sample library, fonts, marking schemes)."""
    return _bundled("resources")


def templates_dir() -> Path:
    """Return the folder of bundled templates."""
    return _bundled("templates")


def sample_dir() -> Path:
    """Return the folder of the bundled sample library and briefing."""
    return resources_dir() / "sample"


def user_data_dir() -> Path:
    """Return the user's data folder (not created here)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_templates_dir() -> Path:
    """Return the user's template folder, searched before the bundled one."""
    return user_data_dir() / "templates"


def default_library_path() -> Path:
    """Return the library file: $BRIEFER_LIBRARY if set, else one in the user's data folder."""
    override = os.environ.get(LIBRARY_ENV)
    if override:
        return Path(override).expanduser()
    return user_data_dir() / "library.sqlite"


def user_words_path() -> Path:
    """Return the user's own spelling word list: UTF-8 text, one word per line."""
    return user_data_dir() / "words.txt"
