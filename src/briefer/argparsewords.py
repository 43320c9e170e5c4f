"""argparse's own words (the usage line, the help's headings, its errors) in the command line's
language.

argparse translates them with `gettext.gettext`, that is through gettext's *global* domain and
the language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), in Python 3.11 as
in 3.12 and 3.13. briefer's catalogue holds the messages below, so binding the global domain to
it while the command line is parsed makes argparse speak German with the rest of briefer.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from contextlib import contextmanager

from briefer import i18n
from briefer.i18n import N_

# The messages a user can meet; argparse's others are errors in a program's parser (a
# conflicting option, a bad nargs), and its plural ones come only from those or from nargs=N,
# which briefer's parser has none of. Their text must stay exactly as argparse writes it.
MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("expected at most one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("ignored explicit argument %r"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Inside, argparse speaks language ("de" or "en"), as decided from the environment by
    `i18n.language_from_environment`."""
    if language != "de":  # English is what argparse writes; and LANGUAGE=de in the C locale
        yield  # would make gettext read German where briefer speaks English
        return
    # gettext itself reads the environment that chose German, so it finds the German catalogue
    gettext.bindtextdomain(i18n.DOMAIN, str(i18n.LOCALE_DIR))
    previous = gettext.textdomain()
    gettext.textdomain(i18n.DOMAIN)
    try:
        yield
    finally:
        gettext.textdomain(previous)
