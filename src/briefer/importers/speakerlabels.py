"""The speeches of a transcript: a speaker's name or role and a colon before their words
("MR PRICE: Good afternoon …"), and the paragraphs after it up to the next label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.importers.introductions import LABEL, SPEECH_VERB, ends_introduced, unquote
from briefer.importers.mentions import Mention
from briefer.importers.names import surname
from briefer.importers.passages import FoundStatement
from briefer.importers.quotes import find_quoted
from briefer.importers.release import Release
from briefer.importers.rolenames import ROLE
from briefer.importers.speechwords import FIRST_PERSON, QUESTION, SPOKESPERSON


def labelled(release: Release, body: Sequence[int]) -> list[FoundStatement]:
    """Return the speeches of a transcript: a paragraph that opens with a speaker's name or
    role and a colon, and the paragraphs after it up to the next label."""
    found: list[FoundStatement] = []
    current: FoundStatement | None = None
    shut = False  # the current label's words were a quotation closed in its paragraph
    previous = -2
    labels = {i: _label(release.paragraphs[i].strip()) for i in body}
    records = {i for i, label in labels.items() if label is not None and label.re is _RECORD}
    speakers = {
        # "M. le Président. –" is the chair, whoever else the text calls a president
        i: (_record_office(label) if i in records else None)
        or _labelled_speaker(release, i, label.group("label"))
        for i, label in labels.items()
        if label is not None
    }
    # a briefing where the spokesperson speaks under a label: other names are journalists
    briefing = any(s is not None and SPOKESPERSON.search(s.role) for s in speakers.values())
    for index in body:
        paragraph = release.paragraphs[index].strip()
        label = labels[index]
        speaker = speakers.get(index)
        titled = label and (shouted := _SHOUTED.match(label.group("label"))) and shouted["title"]
        # in a briefing the spokesperson's "This is at Windsor?" is speech without an "I"
        spoken = briefing and speaker is not None and SPOKESPERSON.search(speaker.role)
        if label and not titled and not spoken and not FIRST_PERSON.search(label["words"][:400]):
            speaker = None  # "Bundesregierung: Der Bundeskanzler hat …" is a kicker, not speech
        if briefing and speaker is not None and not SPOKESPERSON.search(speaker.role):
            speaker = None  # "Sudhi Ranjan: Sir, …": a journalist's question
        if label and speaker is not None and _dateline(release, index, label, speaker):
            speaker = None  # "KARACHI: Foreign Minister X said …": a news copy's dateline
        if label and speaker is not None and _quoted_kicker(label["words"]):
            speaker = None  # "X: „A“ Brio. Wenn …": a quoted standfirst before the story
        going_on = (
            label is not None
            and _GOES_ON.search(label["label"]) is not None
            and current is not None
            and index == previous + 1
            and speaker is not None
            and current.speaker is not None
            and surname(speaker.name) == surname(current.speaker.name)
        )
        if going_on and current is not None and label is not None:
            # "Der Ministerpräsident weiter: „…“": the same passage goes on
            current.paragraphs.append(unquote(label.group("words")))
            current.indices.append(index)
            current.spans.append((index, label.start("words"), len(paragraph)))
        elif speaker is not None and label is not None:
            words = _spoken(label.group("words"), index in records)
            if speakers.get(index + 1) is not None:
                words = _without_next_question(words)
            current = FoundStatement(
                speaker=speaker,
                paragraphs=[unquote(words)],  # "X: „…“" gives the words
                indices=[index],
                how="labelled",
                spans=[(index, label.start("words"), label.start("words") + len(words))],
            )
            found.append(current)
            shut = _closed_quotation(words)
        elif (
            current is not None
            and not shut
            and index == previous + 1
            and (not label or _speech_colon(label["label"], speaker))
            and not QUESTION.match(paragraph)
            and not ends_introduced(release, index)
            and _goes_on(paragraph, current.indices[0] in records)
        ):
            current.paragraphs.append(_spoken(paragraph, current.indices[0] in records))
            current.indices.append(index)
            current.spans.append((index, 0, len(release.paragraphs[index])))
        else:
            current = None
        previous = index
    return found


# a parliamentary record's speaker before a dash: "M. le Président. – J'ai le plaisir …",
# "The President. – I welcome …", "Der Präsident. – Ich begrüße …", "Mme Lind. – Nous …"
_RECORD = re.compile(
    r"^(?P<label>(?:M\.|MM\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Herr|Frau|The|Der|Die)\s+"
    r"[^.!?:–—-]{2,60}?)\.\s*[-–—]\s+(?P<words>\S.{9,})$",
    re.DOTALL,
)
# the record's note of the house's doings after the words: "(Applaudissements)", "(Applause)"
_STAGE_DIRECTION = re.compile(r"\s*\([^()]{3,120}\)\s*$")


def _label(paragraph: str) -> re.Match[str] | None:
    """Return the speaker's label opening a paragraph: a transcript's ("X: …") or a
    parliamentary record's ("M. le Président. – …")."""
    return LABEL.match(paragraph) or _RECORD.match(paragraph)


_OFFICE = re.compile(ROLE)
# the honorific and article before a record's office: "M. le Président", "The President"
_BEFORE_OFFICE = re.compile(
    r"^(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)\s+)?(?:(?:the|le|la|der|die)\s+)", re.I
)


def _record_office(label: re.Match[str]) -> Mention | None:
    """Return the office a record's label names with no name ("M. le Président. –"), the
    speaker unnamed."""
    office = _BEFORE_OFFICE.sub("", label["label"].strip())
    if _OFFICE.fullmatch(office) is None:
        return None
    return Mention("", office, "", 0, len(label["label"]))


def _spoken(words: str, record: bool) -> str:
    """Return a speech's paragraph, in a record without its note of applause at the end."""
    return _STAGE_DIRECTION.sub("", words) if record else words


def _goes_on(paragraph: str, record: bool) -> bool:
    """Return whether a paragraph may go on a speech: a record's goes on in the first person,
    not into its own lines ("La séance est suspendue à 16 heures.")."""
    return not record or FIRST_PERSON.search(paragraph) is not None


# the last sentence of a paragraph, when it is a question: "… three agreements. What next?"
_LAST_QUESTION = re.compile(r"(?<=[.!…»”\"])\s+[A-ZÀ-Ý¿][^.!?…]*\?\s*$")


def _closed_quotation(words: str) -> bool:
    """Return whether a label's words are one quotation closed in its paragraph ("Marsk:
    "…""): the narration after it is the writer's, not more of the speaker's words."""
    quoted = find_quoted(words)
    return (
        len(quoted) == 1
        and quoted[0].start == 0
        and quoted[0].closed
        and not words[quoted[0].end :].strip(" .")
    )


def _quoted_kicker(words: str) -> bool:
    """Return whether a label's words are a closed quotation and then the story in the
    writer's words ("X: „A“ Brio. Wenn die Präsidentin …"): a standfirst over the story run
    into its dateline, not a transcript's speech; the quotations in the story are read as
    quotations."""
    quoted = find_quoted(words)
    if not quoted or quoted[0].start > 1 or not quoted[0].closed:
        return False
    rest = words[quoted[0].end :].lstrip(' ”“„"«»')
    return rest[:1].isupper() and not FIRST_PERSON.search(rest.split(".")[0])


def _without_next_question(words: str) -> str:
    """Return an interview answer without the interviewer's next question, run on into its
    paragraph when the next paragraph is the next answer ("X: We signed three agreements.
    What comes next?" / "X: Next year we …")."""
    question = _LAST_QUESTION.search(words)
    return words[: question.start()] if question else words


def _dateline(release: Release, index: int, label: re.Match[str], speaker: Mention) -> bool:
    """Return whether a label in capitals is a news copy's dateline, not a speaker: one
    word no person of the release bears, before a sentence that opens by naming someone
    else ("KARACHI: Foreign Minister X after his visits … said …")."""
    shouted = _SHOUTED.match(label["label"].strip())
    if shouted is None or shouted["title"] or " " in shouted["name"]:
        return False
    if any(surname(p.name) == surname(speaker.name) for p in release.people if p.name):
        return False
    opening = (
        label.start("words")
        + len(release.paragraphs[index])
        - len(release.paragraphs[index].lstrip())
    )
    return any(
        m.name and m.start <= opening + 20 and m.end > opening and m.name != speaker.name
        for m in release.mentions(index)
    )


def _speech_colon(label: str, speaker: Mention | None) -> bool:
    """Return whether what reads as a label is a speaker's own sentence that ends in a
    colon ("Wir bekräftigen daher unsere Forderungen: …"): no one is named, and it speaks in
    the first person."""
    return speaker is None and bool(FIRST_PERSON.search(label))


def _labelled_speaker(release: Release, index: int, label: str) -> Mention | None:
    """Return the person a transcript's label names: a person of the release, or a role."""
    if SPEECH_VERB.search(label):
        return None  # "Mr Sharma told the President: “…”" introduces a quote, names no speaker
    label = _GOES_ON.sub("", label)  # "Der Ministerpräsident weiter:"
    asks = release.paragraphs[index].rstrip().endswith("?")
    if (
        asks
        and _AGENCY.fullmatch(label.strip())
        and not any(
            surname(p.name).casefold() == label.strip().casefold() for p in release.people if p.name
        )
    ):
        return None  # "ANP : Monsieur le ministre, …?": the agency that asks, not a speaker
    # "Paul Dera (PD) :", "Jon Dahl (via interpreter):": the name without its note
    label = _LABEL_NOTE.sub("", label)
    mentions = [m for m in release.mentions(index) if m.end <= len(label) + 1]
    covering = [m for m in mentions if m.name or m.role]
    length = len(label.rstrip())
    if (
        covering
        and covering[-1].end >= length - 1
        and covering[-1].end - covering[0].start >= 0.7 * length
    ):
        return covering[-1]  # the label is the name or role, nothing else ("… sagte Merz:" is not)
    shouted = _shouted_label(release, label)
    if shouted is None and _PERSON_NAME.fullmatch(label.strip()):
        return Mention(label.strip(), "", "", 0, len(label))  # "Marise Payne:"
    return shouted


# an agency's or paper's acronym as an interview's label: "ANP", "MAP", "APS", "AFP"
_AGENCY = re.compile(r"[A-ZÄÖÜÉ]{2,6}")
# a note after a label's name: its initials, the interpreter
_LABEL_NOTE = re.compile(r"\s*\([^)]{1,30}\)\s*$")
# a label that says the speaker goes on: "Der Ministerpräsident weiter:", "X further:"
_GOES_ON = re.compile(r"(?i)\s+(?:weiter|further|poursuit)$")


# "MR PRICE:", "SEIBERT (BReg):", "STS SEIBERT:", "N. KOTZIAS:": a transcript's speaker in
# capitals
_SHOUTED = re.compile(
    r"^(?P<title>(?:MR|MS|MRS|DR|M|MME|HERR|FRAU|STS|STS’IN|BM|BM’IN)\.?\s+)?"
    r"(?:[A-ZÄÖÜÉ]\.\s?)?(?P<name>[A-ZÄÖÜÉ][A-ZÄÖÜÉ’'-]{2,}(?:\s+[A-ZÄÖÜÉ][A-ZÄÖÜÉ’'-]{2,})?)"
    # "HALVOR ENN, VALDORIA'S MINISTER OF DEFENCE (VIA INTERPRETER)": the role after a comma
    r"(?:,\s+(?P<role>[A-ZÄÖÜÉ][A-ZÄÖÜÉ’'&\s-]{2,80}?))?(?:\s*\([^)]{1,30}\))?$"
)


def _shouted_label(release: Release, label: str) -> Mention | None:
    """Return the person a label in capitals names: the release's person of that family
    name, else the name as written, in title case."""
    shouted = _SHOUTED.match(label.strip())
    if shouted is None or QUESTION.match(label.strip() + ":"):
        return None
    name = shouted.group("name").title()
    known = next((p for p in release.people if surname(p.name) == surname(name)), None)
    if known is not None:
        return Mention(known.name, known.role, known.country, 0, len(label))
    role = " ".join(
        word.lower() if word in _SMALL_WORDS else word.capitalize()
        for word in re.sub(r"^[\w’' -]+['’]S\s+", "", shouted["role"] or "").split()
    )  # "VALDORIA'S MINISTER OF DEFENCE": "Minister of Defence"
    return Mention(name, role, "", 0, len(label))


_SMALL_WORDS = frozenset({"OF", "FOR", "THE", "AND", "ON", "IN", "TO", "DE", "DU", "DES", "LA"})
_PERSON_NAME = re.compile(r"(?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+")
