"""Answers to the press: transcripts of questions or of a press conference, remarks to reporters."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.importers import meetings
from briefer.importers.headings import COLLECTIVE, JOINT_HEADING, headline_speaker
from briefer.importers.layout import Layout
from briefer.importers.mentions import Mention
from briefer.importers.passages import FoundStatement
from briefer.importers.persons import find_mentions
from briefer.importers.quotes import find_quoted
from briefer.importers.runningtext import END_MARK, ends_statement, lede_start, preamble
from briefer.importers.speechwords import ANSWER, FIRST_PERSON, QUESTION


def answered_questions(paragraphs: list[str], layout: Layout) -> list[FoundStatement]:
    """Return the answers of a release of questions and answers ("Question: …" / "Answer:
    …"), credited to the person its headline names ("The answer of the MFA Press Secretary
    X to the question of …")."""
    body = list(layout.body)
    asked = any(QUESTION.match(paragraphs[i].lstrip()) for i in body)
    if not asked or not any(ANSWER.match(paragraphs[i].lstrip()) for i in body):
        return []
    named = [m for m in find_mentions(layout.title) if m.name]
    speaker = named[0] if named else Mention("", layout.publisher, "", 0, 0)
    return answers(paragraphs, body, speaker, layout)


def answers(
    paragraphs: list[str], body: Sequence[int], speaker: Mention, layout: Layout
) -> list[FoundStatement]:
    """Return a spokesperson's answers in a transcript of questions ("Q: …" / "A: …"), one
    statement per answer; the questions are the journalists'."""
    found: list[FoundStatement] = []
    current: FoundStatement | None = None
    for index in body:
        paragraph = paragraphs[index].strip()
        if QUESTION.match(paragraph) or ends_statement(paragraph) or _BRACKETED.match(paragraph):
            current = None
            continue
        label = ANSWER.match(paragraph)
        start = (
            len(paragraphs[index]) - len(paragraphs[index].lstrip()) + (label.end() if label else 0)
        )
        text = END_MARK.sub("", paragraphs[index][start:]).strip()
        if current is None or label:
            current = FoundStatement(speaker, [], [], layout.published, "answers a question")
            found.append(current)
        current.paragraphs.append(text)
        current.indices.append(index)
        current.spans.append((index, start, len(paragraphs[index])))
    return found


def press_conference(paragraphs: list[str], layout: Layout) -> list[FoundStatement]:
    """Return the answers of a press conference's transcript whose headline alone names its
    speaker ("Press Conference by Prime Minister Tanaro on His Visit to Norland", "Conférence
    de presse de M. X", "Pressekonferenz von X") and whose text speaks in the first person
    with no one's label: each run of paragraphs is the speaker's statement, and a line set
    wholly in brackets is a label ("[Opening statement]", "[Provisional translation]") or a
    summary of the question asked ("(On the Prime Minister's aims for the summit)"), which
    no one states. Whoever else the answers name, they are the speaker's words. So is a
    first-person text that quotes no one under a headline that puts one person at a meeting
    ("Minister X at the Summit of …"): X's speech there, not the meeting's report."""
    speaker = conference_speaker(layout)
    if speaker is None or not _transcribed(paragraphs, layout):
        return []
    # a speech at the meeting the headline names, unless a report quotes what was said there
    conference = bool(_CONFERENCE_TITLE.match(layout.title))
    if not conference and any(find_quoted(paragraphs[i]) for i in layout.body):
        return []
    how = "answers a question" if conference else "the first-person text"
    found: list[FoundStatement] = []
    current: FoundStatement | None = None
    asked = False
    for index in layout.body:
        paragraph = paragraphs[index]
        if asks(paragraph) and not NOTICE.search(paragraph):
            current, asked = None, True  # the next question, "[Opening statement]"
            continue
        if ends_statement(paragraph) or NOTICE.search(paragraph):
            if found:
                break  # the page's furniture after the transcript
            continue  # its date line, a note on the translation
        if current is None:
            if found and not asked:
                break  # a line no question opens: the page's, not the speaker's
            if not (found or asked or FIRST_PERSON.search(paragraph)):
                continue  # a line that tells of the conference, before its text
            asked = False
            current = FoundStatement(speaker, [], [], layout.published, how)
            found.append(current)
        end = len(END_MARK.sub("", paragraph).rstrip())
        current.paragraphs.append(paragraph[:end].strip())
        current.indices.append(index)
        current.spans.append((index, 0, end))
    # an answer after the first speaks in the first person somewhere: else it is the page's
    return found[:1] + [s for s in found[1:] if any(FIRST_PERSON.search(p) for p in s.paragraphs)]


def _transcribed(paragraphs: list[str], layout: Layout) -> bool:
    """Return whether a release's text is a transcript in the first person with no speaker's
    labels, not a report on the conference or a transcript whose labels say who speaks."""
    body = list(layout.body)
    while body and (
        _BRACKETED.match(paragraphs[body[0]])
        or ends_statement(paragraphs[body[0]])
        or NOTICE.search(paragraphs[body[0]])
    ):
        body = body[1:]  # "[Provisional translation]", "Monday, May 3, 2026"
    text = [i for i in body if not asks(paragraphs[i])]
    bracketed = any(asks(paragraphs[i]) for i in layout.body)  # a transcript's
    if len(text) < 2 or not (bracketed or FIRST_PERSON.search(paragraphs[text[0]])):
        return False
    spoken = sum(bool(FIRST_PERSON.search(paragraphs[i])) for i in text)
    return spoken >= 0.5 * len(text) and not any(LABELLED.match(paragraphs[i]) for i in text)


def conference_speaker(layout: Layout) -> Mention | None:
    """Return the one person a press conference's headline names as giving it, or the one
    person a headline puts at a meeting ("Minister X at the Summit of …", "La ministre X à
    la réunion des …", "Ministerin X beim Treffen der …") when its text is a first-person
    one, else None."""
    match = _CONFERENCE_TITLE.match(layout.title) or _AT_EVENT_TITLE.match(layout.title)
    who = (match["who"] or match.groupdict().get("owner") or "") if match else ""
    if not who or COLLECTIVE.search(who) or JOINT_HEADING.search(layout.title):
        return None
    # a title misspelt in the headline: "Press Conference by Prime Minster X"
    speaker = headline_speaker(_MISSPELT_MINISTER.sub("Minister", who))
    return speaker if speaker is not None and speaker.name else None


# "Press Conference by Prime Minister X on …", "News Conference of the President, X",
# "Transcript of Press Stakeout by Mr. X, Special Envoy, following …",
# "Press point / Press briefing / Doorstep remarks / Remarks to the press by X", "Conférence
# de presse de M. X", "Point de presse du ministre X", "Point presse de X", "Pressekonferenz
# von/mit X", "Pressegespräch mit X", "Rueda de prensa del presidente X": what follows the
# speaker as in headings._TITLE_STATEMENT
_CONFERENCE_TITLE = re.compile(
    r"(?i)^(?:[^:]{2,40}:\s+)?(?:(?:transcript|verbatim|full text) of (?:the |a )?)?"
    r"(?:(?:press|news|media) (?:conference|point|briefing|encounter|availability|stakeout)|"
    r"stakeout|doorstep(?: remarks| statement| interview)?|(?:remarks|statement|comments) "
    r"to (?:the )?(?:press|media|journalists|reporters)|conférence de presse|"
    r"point(?:[- ]de)?[- ]presse|pressekonferenz|pressegespräch|pressebriefing|pressestatement|"
    r"rueda de prensa|conferencia de prensa)\s+(?:given |held )?"
    r"(?:by (?:the )?|of (?:the )?|with (?:the )?|de (?:la |l['’])?|du |d['’]|von (?:der |dem )?|"
    r"mit (?:der |dem )?|del |de la )"
    r"(?P<who>.+?)(?:,?\s+(?:on|upon|regarding|about|following|at|during|after|before|ahead of|"
    r"concerning|zu|zum|zur|anlässlich|nach|vor|sur|à|au|lors|après|avant|sobre|tras|en)\s+.*|"
    r"\s*[–(].*|\s+-.*)?$"
    # "Prime Minister X's Press Conference on …", "X’s news conference"
    r"|^(?P<owner>[^'’:]{3,80})['’]s (?:press|news) conference\b"
)


# a note on the text, not words of the speaker's: "This is a provisional translation …"
NOTICE = re.compile(
    r"(?i)\b(?:(?:provisional|unofficial|tentative) translation|traduction (?:provisoire|"
    r"non officielle)|(?:vorläufige|inoffizielle|nichtamtliche) übersetzung|"
    r"traducción (?:provisional|no oficial))\b"
)


# "Minister X at the meeting of …", "X to the Summit …", "X à la réunion …", "X beim
# Gipfel …", "X en la Cumbre …": one person the headline puts at a gathering
_AT_EVENT_TITLE = re.compile(
    r"(?i)^(?P<who>[^,:;“”\"]{3,80}?)\s+(?:at|to|addresses|addressing|à|au|aux|beim|bei|"
    r"auf|vor|en|ante)\s+(?:the |la |le |l['’]|les |der |dem |den |el |los |las )?"
    r"(?:[\w’'-]+\s+){0,4}?(?:meeting|summit|conference|forum|session|assembly|dialogue|"
    r"symposium|réunion|sommet|conférence|assemblée|treffen|gipfel|konferenz|tagung|sitzung|"
    r"reunión|cumbre|conferencia|asamblea)\b(?!\s+(?:with|mit|avec|con)\b)"  # not talks with Y
)


_MISSPELT_MINISTER = re.compile(r"\bMinster\b")


# a line set wholly in brackets: "[Opening statement]", "(On the economy)"
_BRACKETED = re.compile(r"^\s*(?:\[[^\[\]]{2,200}\]|\([^()]{2,200}\))\s*$")


def asks(paragraph: str) -> bool:
    """Return whether a transcript's line is no answer: a label or question summary in
    brackets, or a question, labelled as one ("Question: …", "Q: …") or by the one who asks
    it ("Reporter (Norland Times): … ?")."""
    text = paragraph.strip()
    asked = QUESTION.match(text) or (LABELLED.match(text) and text.endswith("?"))
    return bool(_BRACKETED.match(text) or asked)


# a transcript's speaker label: "Prime Minister Tanaro:", "Fujita, Fuji TV:"
LABELLED = re.compile(r"^\s*[A-ZÄÖÜÉ][^.:!?“”\"]{0,60}:\s")


def remarks_to_press(paragraphs: list[str], layout: Layout) -> bool:
    """Return whether the release reports one person's remarks to journalists, whatever
    meeting they followed: its lede's first sentence has one speaker answer the press ("On the
    flight back from talks with President Tal, President Ona answered reporters' questions",
    "Speaking to journalists after the meeting, X said …", "X a répondu aux questions des
    journalistes", "X beantwortete auf dem Rückflug Fragen der Journalisten"). Talks after
    which "the two presidents answered questions" stay a meeting."""
    body = [i for i in layout.body if not preamble(paragraphs[i])]
    if not body:
        return False
    lede = paragraphs[body[0]].strip()
    first = next(meetings.each_sentence(lede[lede_start(lede) :]), "")
    remarks = _PRESS_REMARKS.search(first)
    if remarks is None:
        return False
    # the speaker's clause: from the last comma before the words on (or the sentence's start)
    clause = first[: remarks.start()].rsplit(",", 1)[-1]
    after = first[remarks.end() :].split(",", 1)[0]  # "Speaking to journalists, X and Y said"
    return not _SEVERAL.search(clause) and not (
        remarks.group(0).lower().startswith("speaking") and _SEVERAL.search(after)
    )


# a speaker who answers the press: "answered reporters' questions", "told journalists",
# "speaking to the press", "a répondu aux questions des journalistes", "a déclaré à la
# presse", "beantwortete … Fragen der Journalisten", "sagte vor Journalisten"
_PRESS_REMARKS = re.compile(
    r"(?i)\b(?:answer\w*\s+(?:(?:the|some|several|a few)\s+)?(?:questions\s+(?:from|of|by)\s+"
    r"(?:the\s+)?)?(?:journalists|reporters|press|media|correspondents)\b|"
    r"(?:told|speaking to|spoke to|talking to|talked to|briefed)\s+(?:the\s+)?(?:journalists|"
    r"reporters|press|media|correspondents)\b|"
    r"répon\w*\s+aux\s+questions\s+(?:des\s+journalistes|de\s+la\s+presse|des\s+médias)|"
    r"(?:déclaré|confié|indiqué)\s+(?:à\s+la\s+presse|aux\s+journalistes|aux\s+médias)|"
    r"beantwortet\w*\s+(?:\w+\s+){0,6}?fragen\s+(?:der|von)\s+(?:journalisten|reportern|"
    r"medienvertretern|presse)|(?:sagte|erklärte)\s+(?:\w+\s+){0,3}?(?:vor|gegenüber)\s+"
    r"(?:den\s+)?(?:journalisten|reportern|medienvertretern|der\s+presse))"
)


# more than one speaker: "the two presidents answered", "both", "Ona and Tal told reporters"
_SEVERAL = re.compile(
    r"(?i)\b(?:they|both|the two|the leaders|the ministers|the presidents|ils|elles|les deux|"
    r"beide|die beiden|sie|and|et|und)\b"
)
