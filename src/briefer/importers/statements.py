"""Finding statements: introduced paragraphs ("X made the following statement:") and quotes.

FoundStatement is passages'; it is named here too because callers find statements here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.i18n import _
from briefer.importers.antecedents import subject_before
from briefer.importers.attribution import quoted_statements
from briefer.importers.credits import TOP_DIPLOMAT, office_holder, unnamed_holder
from briefer.importers.furniture import is_contact_start, is_furniture
from briefer.importers.knownpersons import known_mentions
from briefer.importers.lexicon import (
    FIRST_PERSON,
    QUESTION,
    SPEECH_VERBS,
    SPOKEN_TEXT,
    SPOKESPERSON,
    countries_in,
)
from briefer.importers.mentions import Mention
from briefer.importers.names import surname
from briefer.importers.passages import FoundStatement as FoundStatement
from briefer.importers.persons import office_mention
from briefer.importers.quotes import QUOTE_MARKS, find_quoted, starts_with_quote
from briefer.importers.quotespans import closing_mark
from briefer.importers.release import Release
from briefer.importers.sentences import MIN_QUOTE_WORDS, SENTENCE_END, last_clause

_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
_STATEMENT_NOUN = re.compile(
    r"(?i)\b(?:(?:made|issued|gave|released|delivered|published|left|sent|wrote) the following "
    r"(?:statement|remarks?|declaration|message)|the following (?:statement|remarks) (?:was|were)|"
    r"(?:following|folgende) (?:statement|remarks|erklärung|stellungnahme)|"
    r"(?:is|are) attributable to|zitiert werden|ließ erklären|gab folgende|"
    r"states? the following|erklärt(?:e)? Folgendes|déclare ce qui suit|"
    r"^(?:an? |the |eine |une )?(?:press |joint )?(?:statement|remarks|erklärung|déclaration) "
    r"(?:by|of|von|de)|"
    r"déclaration suivante|a fait la déclaration|communiqué suivant)\b"
)
_SECTION_HEADING = re.compile(
    r"(?i)^(?:background|hintergrund|notes? to editors|further information|"
    r"weitere informationen|quick facts|associated links|related (?:links|products)|"
    r"quotes|zitate|contacts?|kontakt)\s*:?\s*$"
)
_DASH_ATTRIBUTION = re.compile(r"^\s*[-–—]\s*(?P<who>[A-ZÄÖÜÉ\"“„«].{2,200})$")  # not "- a point"


# words given without quotation marks and credited after a dash at the end: "We need a …
# evaluation … - said the Polish top diplomat.", "… - stated the head of the Polish MFA."
_DASH_SAID = re.compile(rf"\s[-–—]\s(?P<verb>{SPEECH_VERBS})\s(?P<who>[^.!?]{{3,80}})[.!?]?\s*$")
# … or after a comma, the verb before or after the one credited: "Our talks were useful …,
# Minister of Defence of Norland said.", "…, said Minister Kell.", "…, a déclaré la ministre."
_COMMA_CREDIT = (
    rf",\s(?:(?P<verb>{SPEECH_VERBS})\s(?P<who>[^.!?,;:]{{3,80}}?)|"
    # "…, a-t-elle déclaré.", "…, estime-t-il.": the French inverted pronoun
    r"(?:a-t-|\w{3,}-t-|\w{3,}-)(?P<inverted>il|elle)(?:\s\w+[ée])?|"
    # "…, Ardo Kell, Minister of Defence, said.": a role between commas after the name
    rf"(?P<subject>[^.!?,;:]{{2,80}}?)(?:,\s[^.!?,;:]{{3,100}},)?\s(?:{SPEECH_VERBS}))"
)
_COMMA_SAID = re.compile(_COMMA_CREDIT + r"[.!]?\s*$")
# … or in mid-paragraph, the writer's sentences going on after it: "Our talks were useful …,
# the minister said. The ministers then visited …"
_COMMA_SAID_WITHIN = re.compile(_COMMA_CREDIT + r"[.!](?=\s+[A-ZÄÖÜÉ])")
# … or after a dash in mid-paragraph, the writer's sentences going on after the credit: "…
# - I said that … - said the head of the MoD. He also visited …"
_DASH_SAID_WITHIN = re.compile(
    rf"\s[-–—]\s(?P<verb>{SPEECH_VERBS})\s(?P<who>[^.!?–—-]{{3,80}}?)[.!?](?=\s+[A-ZÄÖÜÉ])"
)
_OPENING_DASH = re.compile(r"^\s*[-–—]\s+")
# a dash that opens the speech after the writer's sentence: "The minister noted that … - I
# said that … - said the head of the MoD."
_INNER_DASH = re.compile(r"\s[-–—]\s")


def _credited_at_end(release: Release, body: Sequence[int]) -> list[FoundStatement]:
    """Return the paragraphs with no quotation mark whose first-person words a credit at
    their end gives someone, after a dash or a comma ("… - said the head of the Polish MFA",
    "…, Minister of Defence of Norland said."): the person named there, or the one person of
    the release who holds the office or is from the country it names."""
    found = []
    for index in body:
        paragraph = release.paragraphs[index]
        if find_quoted(paragraph):
            continue  # quotation marks say where the words are
        said = (
            _DASH_SAID.search(paragraph)
            or _COMMA_SAID.search(paragraph)
            or _DASH_SAID_WITHIN.search(paragraph)
            or _COMMA_SAID_WITHIN.search(paragraph)
        )
        if said is None:
            continue
        groups = said.groupdict()
        who = groups["who"] or groups.get("subject") or groups.get("inverted") or ""
        start = _speech_start(paragraph, said.start())
        if _PRONOUN.fullmatch(who.strip()):
            speaker = _antecedent(release, index, start)  # "…, he said.": who was named before
        else:
            speaker = _credited(release, who)
        words = paragraph[start : said.start()].strip()
        if speaker is None or len(words.split()) < MIN_QUOTE_WORDS:
            continue
        if not FIRST_PERSON.search(words):
            continue
        found.append(
            FoundStatement(
                speaker=speaker,
                paragraphs=[words],
                indices=[index],
                date=release.published,
                how="credited at its end",
                spans=[(index, start, said.start())],
            )
        )
    return found


# a credit by a pronoun: "…, he said.", "…, a-t-elle déclaré" is not read here
_PRONOUN = re.compile(r"(?i)he|she|er|sie|il|elle")


def _antecedent(release: Release, index: int, position: int) -> Mention | None:
    """Return who "he" or "she" crediting words at the end of a paragraph stands for: the
    subject named before the words in the paragraph, else at the end of the one before."""
    paragraph = release.paragraphs[index]
    subject = subject_before(paragraph, position, release.mentions(index))
    if subject is None and index > 0 and not find_quoted(release.paragraphs[index - 1]):
        before = release.paragraphs[index - 1]
        subject = subject_before(before, len(before), release.mentions(index - 1))
    if subject is None or not subject.name:
        return None
    return subject


def _speech_start(paragraph: str, end: int) -> int:
    """Return where the words a credit at `end` gives start: after a dash that opens them
    ("- We had a good talk … - said X"), or after one that ends the writer's own sentence
    before them ("The minister noted that … - I said that … - said X"), else at the start."""
    opening = _OPENING_DASH.match(paragraph)
    if opening:
        return opening.end()
    for dash in _INNER_DASH.finditer(paragraph, 0, end):
        if not FIRST_PERSON.search(paragraph[: dash.start()]) and FIRST_PERSON.search(
            paragraph[dash.end() : end]
        ):
            return dash.end()
    # the writer's sentences before the words: "The ministers also visited the naval base.
    # Our talks were useful …, the minister said."
    start = 0
    for stop in SENTENCE_END.finditer(paragraph, 0, end):
        sentence = paragraph[start : stop.end()]
        if FIRST_PERSON.search(sentence) or not _NARRATION_OPENING.match(sentence.lstrip()):
            break
        start = stop.end()
    return start


# a sentence of the writer's own: "The ministers also …", "Both sides …", "Die Minister …",
# "Les deux ministres …", "Later, Kell …"
_NARRATION_OPENING = re.compile(
    r"(?:(?:later|then|afterwards|also|in addition|anschließend|danach|ensuite|puis|par ailleurs)"
    r",?\s+)?(?:(?:both|the two|the|die beiden|beide|die|der|les deux|les|le|la)\s+"
    r"(?:ministers?|sides|leaders|delegations?|minister(?:innen)?|seiten|delegationen?|"
    r"ministres?|parties|dirigeants|délégations?)\b|(?-i:(?:[A-ZÄÖÜ][\w’'-]+\s+){1,3})"
    r"(?:met|visited|held|traf|besuchte|a rencontré|a visité)\b)",
    re.IGNORECASE,
)


# "the head of the MoD", "der Chef des BMVg", "le chef du ministère": the release's minister
_HEAD_OF_MINISTRY = re.compile(
    r"(?i)\b(?:head|chief|chef(?:in)?|leiter(?:in)?)\s+(?:of\s+the|du|de\s+la|des|der)\s+"
    r"(?:[\w-]+\s+)?(?:Mo[A-Z]{1,4}|MFA|ministry|ministère|ministeriums?|department|"
    r"(?-i:[A-Z]{2,6}))\b"
)


# an office named by its noun alone: "the minister", "la ministre", "der Minister"
_THE_OFFICE = re.compile(
    r"(?i)^(?:the|le|la|l['’]|der|die|el)\s*(?P<noun>minist\w*|president\w*|präsident\w*|"
    r"présidente?|secretary|chancellor|kanzler\w*|premier|ambassad\w*|botschafter\w*)$"
)


def _credited(release: Release, who: str) -> Mention | None:
    """Return who a dash's credit names: a person of the release, or the one person of the
    release from the country it names, or who holds the office it names ("Minister of
    Defence of Norland", "the head of the MoD": its minister)."""
    named = [m for m in known_mentions(who, release.people, release.home) if m.name]
    if named:
        return named[0]
    countries = countries_in(who)
    people = [p for p in release.people if p.name and p.country and p.country in countries]
    if not people and (TOP_DIPLOMAT.search(who) or _HEAD_OF_MINISTRY.search(who)):
        # "the head of the Polish MFA", "the head of the MoD": its minister, of the release's
        # country when it names ministers of two
        people = [p for p in release.people if p.name and "minist" in p.role.casefold()]
        home = [p for p in people if (p.country or release.home) == release.home]
        people = home if len(people) > 1 and len(home) == 1 else people
    if not people and (office := _THE_OFFICE.match(who.strip())):
        # "the minister", "le ministre", "der Minister": the one who holds it, of the
        # release's country when two do
        noun = office["noun"].casefold()
        people = [p for p in release.people if p.name and noun in p.role.casefold()]
        home = [p for p in people if (p.country or release.home) == release.home]
        people = home if len(people) > 1 and len(home) == 1 else people
    holder = office_holder(release, who) if not people else None
    if holder is not None:
        return holder
    if len(people) != 1:
        return None
    person = people[0]
    how = _("the credit “{words}”").format(words=who.strip())
    return Mention(person.name, person.role, person.country, 0, 0, how)


def _is_heading(paragraph: str) -> bool:
    """Return whether a paragraph is a short line that is not a sentence (a heading, a link)."""
    text = paragraph.strip()
    ends = (".", "!", "?", "”", '"', "“", "«", "»", "—", "…", ",")  # "So with that —"
    return len(text.split()) <= 6 and not text.endswith(ends) and not starts_with_quote(text)


def find_statements(release: Release, body: Sequence[int]) -> list[FoundStatement]:
    """Return the statements in the body paragraphs (given by index), in reading order.

    The release's people let a bare surname ("Pistorius said") or a role ("the Foreign
    Secretary") attribute a quote.
    """
    paragraphs = release.paragraphs
    found: list[FoundStatement] = []
    used: set[int] = set()
    # the line over the text, or the headline over its date, may name who speaks: "Foreign
    # Minister Anna Berg", "Foreign Minister Anna Berg on the floods"
    lead = _lead_line(release, body)
    order = [lead, *body] if lead is not None else list(body)
    for position, index in enumerate(order):
        following = paragraphs[order[position + 1]] if position + 1 < len(order) else ""
        if index in used or not _is_intro(release, index, following):
            continue
        statement = _introduced(release, index, order[position + 1 :])
        if statement is not None:
            statement.indices.insert(0, index)
            used.update(statement.indices)
            found.append(statement)
    # each pass reads only the paragraphs no pass before it took: a paragraph is one
    # statement's, never found again by another rule ("- A. B - said X": the dash speech
    # quoted_statements reads is not credited after its dash a second time)
    for find in (_labelled, quoted_statements, _credited_at_end):
        for statement in find(release, [i for i in body if i not in used]):
            used.update(statement.indices)
            found.append(statement)
    said = [s for s in found if any(p.strip() for p in s.paragraphs)]  # not a lone « or “”
    for statement in said:
        _drop_signature(statement)
    return sorted(said, key=lambda s: s.indices[0])


def _drop_signature(statement: FoundStatement) -> None:
    """Drop a quoted letter's signature: a last paragraph that is only the speaker's name
    ("Yours sincerely," / "Kjell Magne Bondevik “"), or a name signed with an honorific or
    postnominals whoever speaks ("Hon. Kim Dale, M.P."); the closing formula before it ends
    the statement, its comma made a full stop as at the end of any quotation."""
    if len(statement.paragraphs) < 2:
        return
    last = statement.paragraphs[-1].strip(" " + QUOTE_MARKS)
    speaker = statement.speaker.name if statement.speaker is not None else ""
    own = bool(speaker) and len(last.split()) <= 6 and surname(last) == surname(speaker)
    if own or signature_line(last):
        del statement.paragraphs[-1], statement.indices[-1]
        statement.spans[:] = [span for span in statement.spans if span[0] in statement.indices]
        closing = statement.paragraphs[-1].rstrip()
        if closing.endswith(","):
            statement.paragraphs[-1] = closing[:-1] + "."


# a name signed with an honorific or postnominals, nothing else on the line: "Hon. Kim Dale,
# M.P.", "The Hon. Kim Dale MP", "Rt Hon. Kim Dale KC", "H.E. Kim Dale", "Dr. Ana Lo, MdB"
_POSTNOMINAL = (
    r"(?:M\.\s?P\.|MP|MPP|MLA|MHA|MNA|MEP|MdB|MdL|Q\.C\.|QC|K\.C\.|KC|P\.C\.|PC)(?![\w.])"
)
_SIGNATURE_LINE = re.compile(
    r"^(?:(?P<honorific>(?:The\s+)?(?:(?:Rt\.?|Right)\s+)?(?:Hon\.|Honou?rable|H\.\s?E\.)\s+)"
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?)?(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?"
    rf"(?P<name>[A-ZÄÖÜÉ][\w’'.-]*(?:\s+(?!{_POSTNOMINAL})[A-ZÄÖÜÉ][\w’'-]*){{1,3}})"
    rf"(?P<postnominals>(?:,?\s+{_POSTNOMINAL})*)\.?$"
)


def signature_line(line: str) -> str:
    """Return the name a line signs with an honorific before it or postnominals after it
    ("Hon. Kim Dale, M.P.": "Kim Dale"), "" for any other line."""
    signed = _SIGNATURE_LINE.match(line.strip())
    if signed is None or not (signed["honorific"] or signed["postnominals"]):
        return ""
    return signed["name"]


# "Marise Payne: Welcome, again, …", "Foreign Minister: …", "N. KOTZIAS: …": a
# transcript's speaker label
_LABEL = re.compile(
    r"^(?P<label>(?:[A-ZÄÖÜÉ]\.\s?)?(?:[^:.!?]{2,60}?|[A-ZÄÖÜÉ][^:.!?a-zß-ÿ]{60,120}?))\s?:\s+"
    r"(?P<words>\S.{9,})$",
    re.DOTALL,
)


def _labelled(release: Release, body: Sequence[int]) -> list[FoundStatement]:
    """Return the speeches of a transcript: a paragraph that opens with a speaker's name or
    role and a colon, and the paragraphs after it up to the next label."""
    found: list[FoundStatement] = []
    current: FoundStatement | None = None
    shut = False  # the current label's words were a quotation closed in its paragraph
    previous = -2
    labels = {i: _LABEL.match(release.paragraphs[i].strip()) for i in body}
    speakers = {
        i: _labelled_speaker(release, i, label.group("label"))
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
            current.paragraphs.append(_unquote(label.group("words")))
            current.indices.append(index)
            current.spans.append((index, label.start("words"), len(paragraph)))
        elif speaker is not None and label is not None:
            words = label.group("words")
            if speakers.get(index + 1) is not None:
                words = _without_next_question(words)
            current = FoundStatement(
                speaker=speaker,
                paragraphs=[_unquote(words)],  # "X: „…“" gives the words
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
            and not _ends_introduced(release, index)
        ):
            current.paragraphs.append(paragraph)
            current.indices.append(index)
            current.spans.append((index, 0, len(release.paragraphs[index])))
        else:
            current = None
        previous = index
    return found


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
    if _VERB.search(label):
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


# a line that brings in an office's account of a call or a meeting: "[The] press statement
# on the phone call between A and B is as follows:", "Le communiqué sur l'entretien entre A
# et B est le suivant :", "Die Erklärung zum Telefonat … lautet:", "El comunicado sobre la
# reunión … es el siguiente:"
_ACCOUNT_LEAD_IN = re.compile(
    r"(?i)^\W*(?:(?:the|an?|le|la|l['’]|un|une|die|eine|el|la)\s+)?(?:(?:official|joint|press|"
    r"media|de presse|de prensa)\s+)?(?:press\s+)?(?:statement|release|readout|information|"
    r"communiqué|communique|déclaration|note|erklärung|mitteilung|pressemitteilung|comunicado|"
    r"declaración|nota)(?:\s+(?:de presse|de prensa))?\s+(?:on|about|regarding|concerning|of|"
    r"sur|concernant|relatif à|au sujet de|zu[mr]?|über|sobre|acerca de)\s+[^:]{0,40}?\b"
    r"(?:(?:tele)?phone calls?|calls?|(?:tele)?phone conversations?|conversations?|talks|"
    r"meetings?|visits?|entretiens?|rencontres?|réunions?|visites?|entrevues?|"
    r"telefonat|telefongespräch|gespräch|gespräche[ns]?|treffen|besuch(?:es|s)?|unterredung|"
    r"llamadas?|conversaci[oó]n(?:es)?|reuni[oó]n(?:es)?|visitas?|encuentros?)\b[^:]*:\s*$"
)


def account_lead_in(line: str, words: str) -> bool:
    """Return whether a line brings in an office's account of a call or a meeting ("The press
    statement on the call between A and B is as follows:", "Le communiqué sur l'entretien …
    est le suivant :", "Die Erklärung zum Telefonat … lautet:") and the words after it tell
    it in the third person ("A spoke by phone with B. … were discussed."): a readout, no
    one's statement. Words in the first person after it are the speaker's."""
    return bool(_ACCOUNT_LEAD_IN.match(line.strip())) and not FIRST_PERSON.search(words)


def _is_intro(release: Release, index: int, following: str) -> bool:
    """Return whether a paragraph introduces someone's words: it ends in a colon, names
    someone, and says that they speak ("said:", "made the following statement:") or the
    next paragraph speaks in the first person ("Maas rief zu mehr Engagement auf:"); or it
    is the note over a speech's text ("Rede des … X. Es gilt das gesprochene Wort.")."""
    paragraph = release.paragraphs[index].rstrip()
    if following and account_lead_in(paragraph, following[:300]):
        return False  # "The statement on the call … is as follows:" over "A spoke with B."
    if SPOKEN_TEXT.search(paragraph) and len(paragraph.split()) <= 70:
        return bool(release.mentions(index)) or _writer(release, index) is not None
    if _name_line(release, index) is not None:
        # over a transcript ("MR PRICE: Good afternoon …") the labels say who speaks
        label = _LABEL.match(following.strip())
        labelled = label is not None and not FIRST_PERSON.search(label["label"])
        return not labelled and bool(FIRST_PERSON.search(following[:300]))
    text = _introducing(paragraph)
    if not text.endswith(":") or len(text.split()) > 70:
        return False
    if any(len(q.text.split()) >= MIN_QUOTE_WORDS for q in find_quoted(text)):
        return False
    if not release.mentions(index) and office_mention(text) is None:
        if _VERB.search(text) and office_holder(release, text) is not None:
            return True  # "le chef de la diplomatie allemande a déclaré :"
        return _READS.search(text) is not None and _writer(release, index) is not None
    speaks = _VERB.search(text) or _STATEMENT_NOUN.search(text)
    return bool(speaks or FIRST_PERSON.search(following[:300]))


# "The message reads as follows:", "Die Botschaft lautet:": the words of the one who wrote
_READS = re.compile(
    r"(?i)\b(?:reads?(?: as follows)?|lautet(?:e)?(?: wie folgt)?|se lit comme suit|"
    r"(?:est )?ainsi (?:libellée?|rédigée?))\s*:$"
)


def _lead_line(release: Release, body: Sequence[int]) -> int | None:
    """Return the line over the body that names its speaker, over date lines between."""
    for index in range(body[0] - 1 if body else -1, max(-1, body[0] - 4 if body else -1), -1):
        if _name_line(release, index) is not None:
            return index
        if not release.dates(index) or len(release.paragraphs[index].split()) > 8:
            return None
    return None


def _name_line(release: Release, index: int) -> Mention | None:
    """Return the person a line names when it is nothing but a name and a role ("Foreign
    Minister Anna Berg", "Anna Berg, Minister of Foreign Affairs") or a headline of what
    they say on a topic ("Foreign Minister Anna Berg on the floods", "Außenministerin Berg:
    Solidarität mit Ostland"), else None."""
    text = release.paragraphs[index].strip()
    if not text or len(text.split()) > 16 or text.endswith((".", "!", "?", ":", ",", ";")):
        return None  # "Ms. Anna Berg, Vice-President;": a speech's salutation, not its speaker
    named = [m for m in release.mentions(index) if m.name]
    if not named or len({m.name for m in named}) > 1:
        return None
    start = min(m.start for m in named)
    covered = max(m.end for m in named) - start
    if start > 4:
        return None
    if covered >= 0.75 * len(text) and len(text.split()) <= 10:
        return named[0]
    topic = text[named[0].end :]
    quoted = any(mark in topic for mark in QUOTE_MARKS)  # "Haslauer: „Topregion …“": a kicker
    return named[0] if _ON_TOPIC.match(topic) and not quoted else None


# what a headline names a speaker on: "X on the floods", "X: Solidarität mit …", "X zu …"
_ON_TOPIC = re.compile(r"(?i)^\s*(?::\s|on\s|zu[mr]?\s|über\s|sur\s|à propos\s)")


def _introducing(paragraph: str) -> str:
    """Return the part of a paragraph that may introduce someone's words: all of a short one,
    the last sentence of a long report ("… After signing the book, he left the following
    message:")."""
    paragraph = paragraph.rstrip()
    return paragraph if len(paragraph.split()) <= 70 else last_clause(paragraph)


def _writer(release: Release, index: int) -> Mention | None:
    """Return who wrote the message a paragraph introduces: the first person the paragraph
    before it names."""
    if index == 0:
        return None
    return next((m for m in release.mentions(index - 1) if m.name), None)


def _office_holder(release: Release, office: Mention | None) -> Mention | None:
    """Return who holds an office named alone ("L'Ambassadrice a … prononcé la déclaration
    suivante :"): the one person the release names, else the office unnamed."""
    named = [p for p in release.people if p.name]
    if office is None or len(named) != 1:
        return office
    person = named[0]
    how = _("“{role}” is the one person the release names").format(role=office.role)
    return Mention(person.name, person.role or office.role, person.country, 0, 0, how)


# a spokesperson relays someone's words: "a rappelé la déclaration du ministre :", "read
# out the statement of the Minister", "verlas die Erklärung des Ministers"
_RELAYED = re.compile(
    r"(?i)\s*(?:la|le|the|die|den)\s+(?:déclaration|message|statement|erklärung|botschaft)\s+"
    r"(?:du|de la|de l['’]|de|of(?: the)?|des|der)\s*"
)


# the subject of a line that introduces a statement: "[dateline --] X Y, role, issued …"
_RELEASED_BY = re.compile(
    r"^(?:.*?\s(?:--|—|–)\s*)?(?P<name>(?:[A-Z][\w.’'-]+\s+){1,3}[A-Z][\w’'-]+),\s*"
    r"(?P<role>[^,:]{3,160}?),\s*(?:released|issued|made|delivered|gave|published)\s+the\s+"
    r"following\b"
)


def _speaker_in(release: Release, index: int) -> Mention | None:
    """Return who speaks: the person right after the verb (German "sagte Ministerin X"),
    else the nearest one before it ("After meeting X, Minister Y said:"); a role named alone
    is the release's one holder of it ("le président sénégalais a déclaré ce qui suit :")."""
    speaker = _speaker_named_in(release, index)
    if speaker is None or speaker.name:
        return speaker
    return unnamed_holder(release, release.paragraphs[index], speaker) or speaker


def _speaker_named_in(release: Release, index: int) -> Mention | None:
    intro = release.paragraphs[index]
    mentions = release.mentions(index)
    start = len(intro.rstrip()) - len(_introducing(intro))
    verb = _STATEMENT_NOUN.search(intro, start) or _VERB.search(intro, start)
    if not mentions and (_READS.search(intro) or SPOKEN_TEXT.search(intro)):
        return _writer(release, index)
    if not mentions and (released := _RELEASED_BY.match(intro)):
        # "Brio, May 4 (NNA) -- Ivo Brand, director-general of …, issued the following
        # statement on Tuesday:": the subject a lower-case role hid from the pass of persons
        return Mention(released["name"], released["role"], "", *released.span("name"))
    if not mentions or verb is None:
        if mentions:
            return mentions[0]
        office = office_mention(intro)
        holder = office_holder(release, _introducing(intro)) if office is None else None
        return holder or _office_holder(release, office)
    for mention in mentions:
        gap = intro[verb.end() : mention.start]
        if mention.start >= verb.end() and (len(gap.split()) <= 1 or _RELAYED.fullmatch(gap)):
            return mention
    before = [m for m in mentions if m.end <= verb.start()]
    return before[-1] if before else mentions[0]


def _introduced(
    release: Release, intro_index: int, following: Sequence[int]
) -> FoundStatement | None:
    paragraphs = release.paragraphs
    intro = paragraphs[intro_index]
    speaker = _speaker_in(release, intro_index)
    taken: list[int] = []
    texts: list[str] = []
    quoted_body = bool(following) and starts_with_quote(paragraphs[following[0]])
    family = surname(speaker.name) if speaker and speaker.name else ""
    previous = following[0] - 1 if following else 0
    open_quote = False  # a quotation over several paragraphs, opened and not yet closed
    # a spokesperson speaks of the minister in the third person: narration is their statement
    narrating = bool(_ANNOUNCES.search(intro) or SPOKEN_TEXT.search(intro)) or bool(
        speaker and SPOKESPERSON.search(speaker.role)
    )
    for index in following:
        paragraph = paragraphs[index]
        gap = range(previous + 1, index)
        if any(not is_furniture(paragraphs[j]) for j in gap) or _ends_introduced(release, index):
            break  # a header or a heading: the statement has ended
        previous = index
        if not taken and index != following[-1] and _caption_line(paragraph, family):
            continue  # "1 - Attentat à Barcelone - Rappel de la déclaration de M. X": its heading
        if quoted_body and open_quote and not starts_with_quote(paragraph):
            close = closing_mark(paragraph)
            open_quote = close is None
            text = paragraph[:close].strip() if close is not None else paragraph.strip()
        elif quoted_body:
            if not starts_with_quote(paragraph) and taken:
                break
            spans = find_quoted(paragraph)
            open_quote = bool(spans) and not spans[-1].closed
            text = _unquote(paragraph)
        else:
            if taken and (
                (family and family in paragraph.casefold())
                or bool(quoted_statements(release, [index]))
                or (
                    (
                        (paragraph.rstrip().endswith(":") and not FIRST_PERSON.search(paragraph))
                        or (_narrates(release, index) and not narrating)
                    )
                    and not _speaks_on(release, following[following.index(index) + 1 :])
                )
            ):
                break
            text = paragraph.strip()
        taken.append(index)
        texts.append(text)
    if not taken:
        return None
    dates = [m.value for m in release.dates(intro_index)]
    return FoundStatement(
        speaker=speaker,
        paragraphs=texts,
        indices=taken,
        date=next((d for d in dates if d), None),
        how="introduced",
        spans=[(i, 0, len(paragraphs[i])) for i in taken],
    )


def _caption_line(paragraph: str, family: str) -> bool:
    """Return whether a paragraph is a heading over the speaker's words that names them,
    not words: no sentence, no first person."""
    text = paragraph.strip()
    return (
        bool(family)
        and family in text.casefold()
        and len(text.split()) <= 40
        and not text.endswith((".", "!", "?", ":", ",", "…", *QUOTE_MARKS))
        and not starts_with_quote(text)
        and not FIRST_PERSON.search(text)
    )


def _speaks_on(release: Release, after: Sequence[int]) -> bool:
    """Return whether the speaker's words go on after a paragraph that reads like narration
    ("Le Président de la République a décidé …"): a paragraph further on, before anything
    that ends the statement, speaks in the first person ("J'en suis touchée")."""
    previous = after[0] - 1 if after else 0
    for index in after:
        paragraph = release.paragraphs[index]
        if index != previous + 1 or _ends_introduced(release, index) or find_quoted(paragraph):
            return False
        if any(m.name for m in release.mentions(index)):
            return False  # someone else is spoken of, or speaks
        if FIRST_PERSON.search(paragraph):
            return True
        previous = index
    return False


def _ends_introduced(release: Release, index: int) -> bool:
    """Return whether a paragraph cannot go on an introduced statement: furniture, a
    contact block, a heading, another introduction, a signature line."""
    paragraph = release.paragraphs[index]
    return (
        is_furniture(paragraph)
        or is_contact_start(paragraph)
        or _is_intro(release, index, "")
        or bool(_SECTION_HEADING.match(paragraph))
        or (_is_heading(paragraph) and not FIRST_PERSON.search(paragraph))  # "damit begrüße ich:"
        or bool(_DASH_ATTRIBUTION.match(paragraph))
    )


def _unquote(paragraph: str) -> str:
    spans = find_quoted(paragraph)
    if len(spans) == 1 and spans[0].start == len(paragraph) - len(paragraph.lstrip()):
        text = spans[0].text.strip()
        return text[:-1] + "." if text.endswith(",") and spans[0].closed else text
    return paragraph.strip()


# "The following is attributable to …", "… teilt mit:": what follows is the release itself,
# narration and all.
_ANNOUNCES = re.compile(r"(?i)\b(?:attributable to|teilt(?:e)? mit|announced|gab bekannt)\b")
_NARRATION = re.compile(
    r"(?i)^(?:both|the two|the|die beiden|beide|die)\s+"
    r"(?:ministers?|sides|leaders|minister(?:innen)?|seiten|delegations?)\b"
)
# "Stephen Hickey, Director Middle East at the FCDO, held …": a paragraph about a person
_NAMED_FIRST = re.compile(r"^[A-ZÄÖÜ][\w’'-]+(?: [A-ZÄÖÜ][\w’'-]+){1,3}, ")


def _narrates(release: Release, index: int) -> bool:
    """Return whether a paragraph is the release's own narration again: it opens by naming a
    person ("Der brasilianische Außenminister Mauro Vieira dankte …") or the ministers."""
    paragraph = release.paragraphs[index]
    opening = paragraph.lstrip()[:60]
    return bool(_NARRATION.match(opening) or _NAMED_FIRST.match(opening)) or any(
        m.start <= 8 for m in release.mentions(index) if m.name or m.role
    )
