"""Country names as releases write them, in English, German and French, from CLDR (Babel).

CLDR names every state in every language ("Südkorea", "Corée du Sud"); briefer keeps its own
name for a few where ministries write another ("Republic of Korea", "Viet Nam") and adds the
forms CLDR lacks ("the United States", "USA").
"""

from __future__ import annotations

from babel import Locale

# CLDR territories that are regions, dependencies or groupings rather than states (the Cook
# Islands and Niue, in free association with New Zealand, have their own governments).
_NOT_STATES = frozenset(
    "AC AI AQ AS AW AX BL BM BQ BV CC CP CW CX DG EA EZ FK FO GF GG GI GL GP GS GU HK HM IC "
    "IM IO JE KY MF MO MP MQ MS NC NF PF PM PN PR QO RE SH SJ SX TA TC TF TK UM VG VI WF "
    "XA XB YT ZZ".split()
)
# briefer's name where a ministry's usage differs from CLDR's English one.
_OWN_NAMES = {
    "KR": "Republic of Korea",
    "VN": "Viet Nam",
    "CZ": "Czech Republic",
    "PS": "Palestine",
    "VA": "Holy See",
    "MM": "Myanmar",
    "CI": "Côte d'Ivoire",
}


def _cldr_names() -> dict[str, str]:
    """Return each state's name in English, German, French and Spanish → briefer's English
    name (Spanish for the participants of a Spanish release: "Perú", "México")."""
    names: dict[str, str] = {}
    locales = [Locale.parse(code).territories for code in ("en", "de", "fr", "es")]
    english = locales[0]
    for code, name in english.items():
        if len(code) != 2 or not code.isalpha() or code in _NOT_STATES:
            continue
        own = _OWN_NAMES.get(code, name)
        for territories in locales:
            written = territories.get(code, "")
            if written:
                names[written] = own
                names[written.replace("’", "'")] = own
    return names


CLDR_NAMES = _cldr_names()
