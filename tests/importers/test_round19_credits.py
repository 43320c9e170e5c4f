"""Round 19: credits the quote loop could not read — a role by the release's own
nationality, a verbless credit line after a quote-only paragraph ("Thus Minister X …", "So
der Minister …", "Ainsi le ministre …"), two fragments of one sentence credited at its end,
and a quoted theme or motto in narration that is no one's words."""

from __future__ import annotations

import re

import pytest

from tests.importers.drafting import draft


def _said(found, words: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.speaker.name if s.speaker else "" for s in found.statements if words in s.text]


# "the Latvian defence minister declared" in a release of Latvia's ministry about its own
# minister, whose mention carries no country: the one holder of that role with no other
# country, not the counterpart of the country named elsewhere
@pytest.mark.parametrize(
    "credit",
    [
        "“We back the enlargement of the Alliance and we will keep our promises”, the Latvian"
        " defence minister declared.",
        "“We back the enlargement of the Alliance and we will keep our promises”, declared the"
        " Latvian defence minister.",
        "“We back the enlargement of the Alliance and we will keep our promises,” the Latvian"
        " minister said.",
    ],
)
def test_a_role_by_the_releases_own_nationality(credit: str) -> None:
    found = draft(
        "Minister Lo meets her Bulgarian counterpart",
        "Minister of National Defence Ana Lo met the Bulgarian Minister of Defence Ivo Dak in"
        " Brio on Monday.",
        credit,
    )
    assert _said(found, "enlargement of the Alliance") == ["Ana Lo"]


# a quote-only paragraph, then a verbless line naming who said it, in several languages
@pytest.mark.parametrize(
    ("opening", "quote", "credit"),
    [
        (
            "Defence Minister Ana Lo met Dutch Defence Minister Jan Pell in Brio on Monday. Pell"
            " thanked her for the invitation.",
            "“We must do more for the coastal states and keep our promises to them.”",
            "Thus Minister Ana Lo on the sidelines of the talks in Brio.",
        ),
        (
            "Defence Minister Ana Lo met Dutch Defence Minister Jan Pell in Brio on Monday. Pell"
            " thanked her for the invitation.",
            "“We must do more for the coastal states and keep our promises to them.”",
            "Thus the Minister of Defence, Ana Lo, at the end of the meeting.",
        ),
        (
            "Defence Minister Ana Lo met Dutch Defence Minister Jan Pell in Brio on Monday. Pell"
            " thanked her for the invitation.",
            "“We must do more for the coastal states and keep our promises to them.”",
            "These were the words of Minister Ana Lo at the end of the talks.",
        ),
        (
            "Verteidigungsministerin Ana Lo traf am Montag in Brio den niederländischen"
            " Verteidigungsminister Jan Pell. Pell dankte ihr für die Einladung.",
            "„Wir müssen mehr für die Küstenstaaten tun und unsere Versprechen halten.“",
            "So Ministerin Ana Lo am Rande des Treffens in Brio.",
        ),
        (
            "La ministre de la Défense Ana Lo a rencontré lundi à Brio le ministre néerlandais"
            " de la Défense Jan Pell. Pell l'a remerciée de son invitation.",
            "« Nous devons faire davantage pour les États côtiers et tenir nos promesses. »",
            "Ainsi s'est exprimée la ministre Ana Lo en marge de la réunion de Brio.",
        ),
    ],
)
def test_a_verbless_credit_line_after_a_quote_only_paragraph(
    opening: str, quote: str, credit: str
) -> None:
    found = draft("Minister Lo in Brio", opening, quote, credit)
    words = re.sub(r"^[“„« ]+", "", quote)[:20]
    assert _said(found, words) == ["Ana Lo"]


# two fragments of one sentence, narration between them, credited once at its end
@pytest.mark.parametrize(
    "sentence",
    [
        "Trade “will double by the year 2030”, and so the ministry will fund the new railway “to"
        " reach new markets in the east”, the minister said.",
        "Trade “will double by the year 2030”, and so the ministry will fund the new railway “to"
        " reach new markets in the east”, Minister Ana Lo said.",
        "Trade “will double by the year 2030”, and so the ministry will fund the new railway “to"
        " reach new markets in the east”, said Ana Lo.",
    ],
)
def test_two_fragments_of_one_sentence_credited_at_its_end(sentence: str) -> None:
    found = draft(
        "Minister Lo visits the port",
        "Minister of Trade Ana Lo visited the port of Brio on Monday.",
        sentence,
    )
    assert _said(found, "double by the year") == ["Ana Lo"]
    assert _said(found, "reach new markets") == ["Ana Lo"]


# a quoted theme, motto or title in narration before "X said:" is no one's words
@pytest.mark.parametrize(
    "narration",
    [
        "Recalling that the forum met under the theme “Bridges, not walls: trade for all in the"
        " region”, Minister Ana Lo said:",
        "Recalling that the forum met under the theme of “Bridges, not walls: trade for all in"
        " the region”, Minister Ana Lo said:",
        "Noting that the summit was held under the motto “Bridges, not walls: trade for all in"
        " the region”, Minister Ana Lo said:",
        "Recalling the conference entitled “Bridges, not walls: trade for all in the region”,"
        " Minister Ana Lo said:",
    ],
)
def test_a_quoted_theme_is_no_ones_words(narration: str) -> None:
    found = draft(
        "Minister Lo at the forum",
        "Minister of Trade Ana Lo spoke at the regional forum in Brio on Monday.",
        narration,
        "“We will open our ports to all our neighbours and lower the tariffs.”",
    )
    assert _said(found, "Bridges, not walls") == []
    assert _said(found, "open our ports") == ["Ana Lo"]


# a machine-translated quotation holding its own credit, its marks mixed or left open: the
# person the credit inside names, not the one the sentence before names
@pytest.mark.parametrize(
    ("paragraph", "last_words"),
    [
        (
            '"Our ties with Valdoria said Minister Ana Lo “are the basis of our security in the'
            " whole region” stressing the friendship.",
            "in the whole region",
        ),
        (
            "'We will keep our promises to the coastal states,’ said Minister Ana Lo, ‘we must"
            " act before the winter comes.'",
            "before the winter comes.",
        ),
    ],
)
def test_a_credit_inside_a_quotation_with_broken_marks(paragraph: str, last_words: str) -> None:
    found = draft(
        "Minister Lo in Brio",
        "Defence Minister Ana Lo met Dutch Defence Minister Jan Pell in Brio on Monday. Pell"
        " thanked her for the invitation.",
        paragraph,
    )
    said = [s for s in found.statements if "Valdoria" in s.text or "coastal" in s.text]
    assert [s.speaker.name if s.speaker else "" for s in said] == ["Ana Lo"]
    assert said[0].text.rstrip(" ’'”\"").endswith(last_words)


# the same in French and German: "sous le thème « … »", "unter dem Motto „…“"
@pytest.mark.parametrize(
    ("opening", "narration", "quote", "theme", "words"),
    [
        (
            "La ministre du Commerce Ana Lo a pris la parole lundi au forum régional de Brio.",
            "Rappelant que le forum s'est tenu sous le thème « Des ponts, pas des murs : le"
            " commerce pour tous dans la région », la ministre Ana Lo a déclaré :",
            "« Nous ouvrirons nos ports à tous nos voisins et baisserons les droits de douane. »",
            "Des ponts",
            "Nous ouvrirons",
        ),
        (
            "Handelsministerin Ana Lo sprach am Montag auf dem regionalen Forum in Brio.",
            "Das Forum stand unter dem Motto „Brücken statt Mauern: Handel für alle in der"
            " Region“. Ministerin Ana Lo sagte:",
            "„Wir werden unsere Häfen allen Nachbarn öffnen und die Zölle senken.“",
            "Brücken statt",
            "Wir werden",
        ),
    ],
)
def test_a_quoted_theme_in_french_and_german(
    opening: str, narration: str, quote: str, theme: str, words: str
) -> None:
    found = draft("Minister Lo at the forum", opening, narration, quote)
    assert _said(found, theme) == []
    assert _said(found, words) == ["Ana Lo"]
