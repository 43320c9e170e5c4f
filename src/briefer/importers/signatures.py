"""Who signs a statement: a name line above or below its text, a spokesperson's signature."""

from __future__ import annotations

import re

from briefer.importers.layout import Layout
from briefer.importers.mentions import Mention
from briefer.importers.passages import FoundStatement
from briefer.importers.patterncache import compiled
from briefer.importers.persons import find_mentions
from briefer.importers.quotes import find_quoted
from briefer.importers.roleterms import ROLE_PATTERN
from briefer.importers.runningtext import ends_statement, preamble, running_statement
from briefer.importers.signaturelines import signature_line
from briefer.importers.speechwords import FIRST_PERSON

ROLE = compiled(rf"(?:NATO |UN )?(?:{ROLE_PATTERN})")


# the last word of a body's name, not a person's: "European Union", "Security Council"
NOT_A_NAME = re.compile(
    r"(?i)\b(?:union|council|commission|nations|government|ministry|office|department|"
    r"kingdom|states|republic|organi[sz]ation|secretariat|presidency|bundesregierung|"
    r"community|group|forum|alliance|bank|agency)$"
)


def signed_above(
    paragraphs: list[str], layout: Layout, body: list[int]
) -> tuple[Mention | None, list[int]]:
    """Return who signs a message in a block over its text, and the body after the block: a
    line of their name signed with an honorific or postnominals ("Hon. Kim Dale, M.P.", "The
    Hon. Kim Dale MP") or a bare name line set apart over the body, then their role on a
    short line ("Speaker of the House of Commons")."""
    start = layout.title_index + 1 if layout.title_index is not None else 0
    above = [i for i in range(start, body[0]) if paragraphs[i].strip()] if body else []
    lines = [*above[-2:], *body[:2]] if body else []
    for number, index in enumerate(lines[:3]):
        line = paragraphs[index].strip()
        bare = index in above and SIGNED_NAME.fullmatch(line)
        name = signature_line(line) or (line if bare else "")
        if not name or NOT_A_NAME.search(name):
            continue
        role_at = lines[number + 1] if number + 1 < len(lines) else None
        role_line = paragraphs[role_at].strip() if role_at is not None else ""
        is_role = bool(role_line) and len(role_line.split()) <= 10 and ends_statement(role_line)
        if name == line and not (is_role and ROLE.match(role_line)):
            continue  # a bare name line signs only over a role ("Press Release" is none)
        after = role_at if is_role and role_at is not None else index
        rest = [i for i in body if i > after]
        if not rest or not FIRST_PERSON.search(paragraphs[rest[0]]):
            return None, body
        return Mention(name, role_line if is_role else "", "", 0, 0), rest
    return None, body


# "MARTA KOVAČ", "Jan Novák": a signature's name line
SIGNED_NAME = re.compile(r"(?:[A-ZÄÖÜÉ][\w’'.-]*\s+){1,3}[A-ZÄÖÜÉ][\w’'-]+")


def signed_statement(paragraphs: list[str], layout: Layout) -> list[FoundStatement]:
    """Return the body as a spokesperson's statement when a spokesperson signs it and it
    quotes no one ("… The reports are false." / "Jon Abara (Spokesperson)" / "MINISTRY OF
    FOREIGN AFFAIRS" / date): the whole text is what the spokesperson says."""
    body = list(layout.body)
    signed = next(
        (
            n
            for n in range(len(body) - 1, max(-1, len(body) - 4), -1)
            if _spokesperson_signature(paragraphs[body[n]]) is not None
        ),
        None,
    )
    if signed is None or any(len(paragraphs[i].split()) > 8 for i in body[signed + 1 :]):
        return []
    text = body[:signed]
    while text and preamble(paragraphs[text[0]]):
        text = text[1:]
    if not text or any(find_quoted(paragraphs[i]) for i in text):
        return []
    speaker = _spokesperson_signature(paragraphs[body[signed]])
    if speaker is None:
        return []
    found = running_statement(
        paragraphs, text, speaker, layout, "the spokesperson's signed statement"
    )
    return [found] if found is not None and found.indices[-1] == text[-1] else []


# a spokesperson's signature: "Jon Abara (Spokesperson)", "JON ABARA, SPOKESPERSON",
# "Anna Berg, porte-parole du ministère"
_SIGNATURE = re.compile(
    r"^(?P<name>(?:[A-ZÄÖÜÉ][\w’'.-]*\s+){1,3}[A-ZÄÖÜÉ][\w’'-]+)\s*(?:\(|,\s*|[–—-]\s*)"
    r"(?P<role>(?i:(?:chief |official |deputy )?(?:spokes(?:person|man|woman)|porte-parole|"
    r"sprecher(?:in)?|portavoz)(?: (?:of|for|du|de|des|de la|der|des)\b[^()]{0,60})?))\)?$"
)


def _spokesperson_signature(line: str) -> Mention | None:
    signature = _SIGNATURE.match(line.strip())
    if signature is None or NOT_A_NAME.search(signature["name"]):
        return None
    name = signature["name"]
    return Mention(name.title() if name.isupper() else name, signature["role"], "", 0, 0)


def signer_after(paragraphs: list[str], after: int) -> Mention | None:
    """Return who signs a statement: a name line right after it, with the role on the line
    after ("MARTA KOVAČ" / "Minister of Foreign Affairs" / "Ljubljana"), or a spokesperson's
    signature ("Jon Abara (Spokesperson)")."""
    lines = [p.strip() for p in paragraphs[after : after + 3]]
    for number, line in enumerate(lines[:2]):
        if (signed := _spokesperson_signature(line)) is not None:
            return signed
        named = [m for m in find_mentions(line) if m.name]
        if named and len(line.split()) <= 12:
            return named[0]  # "Jan Novák, Minister of Foreign Affairs"
        following = lines[number + 1] if number + 1 < len(lines) else ""
        role = ROLE.match(following)
        if SIGNED_NAME.fullmatch(line) and role:
            name = line.title() if line.isupper() else line
            return Mention(name, role.group(0), "", 0, 0)
    return None
