"""The attribution after a quotation: "…,” said X", "…», a déclaré M. X", "…,” she said"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.importers.antecedents import PRONOUN, Said, pronoun_said
from briefer.importers.mentions import Mention
from briefer.importers.quotes import Quoted
from briefer.importers.sentences import (
    DASH,
    SAID_VERB,
    first_clause,
    is_possessive,
    mentions_between,
)
from briefer.importers.speechwords import SPEECH_VERBS_EN

# a nationality noun for the person named with it before: "« … », déclare le norlandais."
# ("le norlandais Paul Varo Meko"), "a ajouté la sénégalaise", "l'ivoirien"
_DEMONYM = re.compile(
    r"^(?:l[ea]\s+|l['’])[a-zéèêëîïôûç-]{3,}(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine|"
    r"ite|ole)\s*(?:[.;!]|$)"
)


# a quotation under a label, signed after a dash at the paragraph's end with no verb: "Quote:
# “…” – Ana Lo, Minister of Trade" (a teaser line "“…” – Lo" over the text is no statement)
_QUOTE_LABEL = re.compile(r"(?i)^\s*(?:quotes?|zitat|citation)\s?:")
_SIGNED_AFTER = re.compile(r"[\s.,]*[–—]\s*[A-ZÄÖÜÉ][^.!?“”„«»:;]{2,100}$")


def said_after(
    paragraph: str,
    spans: Sequence[Quoted],
    number: int,
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> Said | None:
    """Return the speaker an attribution after the quote names ("…,” said X; "…», a
    déclaré M. X"; "…,” she said)."""
    span = spans[number]
    following = spans[number + 1].start if number + 1 < len(spans) else len(paragraph)
    after = first_clause(paragraph[span.end : following])
    if after.strip() == ".":
        after = _said_apart(paragraph[span.end : following])
    verb = SAID_VERB.search(after[:90])
    if verb is not None and _new_sentence(span, after, verb):
        verb = None  # “… region.” In response, Minister Y stated: Y's own quote follows
    signed = (
        number == len(spans) - 1
        and _QUOTE_LABEL.match(paragraph)
        and _SIGNED_AFTER.match(paragraph, span.end)
    )
    if verb is None and not (DASH.match(paragraph) and number == 0) and not signed:
        return None
    inside = mentions_between(mentions, span.end, span.end + len(after))
    if verb is not None and PRONOUN.match(after.lstrip(" ,.")):
        # "…,” he said, adding that he met President X": the one named after is no speaker
        inside = [m for m in inside if m.start < span.end + verb.end() + 2]
    if inside and not is_possessive(paragraph, inside[0]):
        return Said(inside[0])
    rest = after[verb.end() :].lstrip(" ,") if verb else after
    bare = verb is not None and not after[: verb.start()].strip(" ,–—-") and not rest.strip(" .!")
    if PRONOUN.match(after.lstrip(" ,.")) or PRONOUN.match(rest) or _DEMONYM.match(rest) or bare:
        # "…, she said."; "», a déclaré." with no subject: the subject of the narration before
        return pronoun_said(paragraph, span.start, mentions, last_person)
    return None


# a sentence that only credits the quotation before it: "She said.", "Ambassador X said as
# he handed over the keys."; not "X said that …", which reports more
_SAID_APART = re.compile(
    rf"^\.\s+(?P<who>(?:\S+\s+){{0,4}}?)(?:{SPEECH_VERBS_EN})\b(?!\s+that\b)"
    r"(?P<rest>[^.!?]*)[.!?]?\s*$"
)


def _said_apart(text: str) -> str:
    """Return the full stop after a closing mark and the short sentence after it when that
    sentence only credits the quotation (“…”. She said.), else just the full stop."""
    clause = first_clause(text[1:])
    attribution = _SAID_APART.match("." + clause)
    if attribution is None or len(attribution["rest"].split()) > 8:
        return text[:1]
    return "." + clause


def _new_sentence(span: Quoted, after: str, verb: re.Match[str]) -> bool:
    """Return whether the words after a quote that ends its sentence begin another one,
    unless they are just "Name said"."""
    if not span.text.rstrip().endswith((".", "!", "?")) or _BACK.match(after[verb.end() :]):
        return False  # "… peoples.” Minister X claimed this after …": it points back
    words = after.split()
    return bool(words) and words[0][:1].isupper() and len(after[: verb.start()].split()) > 3


# the next sentence's verb takes the quotation as its object: "X claimed this", "said so"
_BACK = re.compile(r"(?i)\s+(?:this|these words|so|dies|cela|ceci)\b")
