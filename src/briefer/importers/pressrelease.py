"""The press-release parser: a pipeline of passes over one annotated release.

1. layout and furniture: headline, header lines, publisher, dates, body (layout.py);
2. language: statements are recognised in English, German and French (language.py);
3. people: who the release names, with role and country (persons.py);
4. the meeting: which paragraphs report it (meetingreports.py with meetings.py and
   meetingwords.py), then who, when, where, how (consultation.py with participants.py,
   meetingdates.py, meetingplaces.py and meetingformats.py);
5. statements: introduced passages and quotations, each with its speaker (statements.py
   with introductions.py, speakerlabels.py and endcredits.py; attribution.py with
   speakers.py, trailingcredits.py, antecedents.py, credits.py, barenames.py and passages.py;
   for releases of one or two speakers' words speeches.py, headings.py, salutations.py,
   signatures.py, officestatements.py, transcripts.py and pairedstatements.py);
6. the kind of release (kinds.py).
Each pass adds to the Release what it found and where; the draft is read off at the end.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from briefer.errors import ImportFailed
from briefer.i18n import _, language_name
from briefer.importers.consultation import build_consultation
from briefer.importers.document import TextDocument
from briefer.importers.draft import Draft
from briefer.importers.headings import headed_statements, single_speaker
from briefer.importers.kinds import (
    announcement,
    condoles,
    invites_press,
    open_day,
    reception,
    release_kind,
    reports_occasion,
    speaks_jointly,
)
from briefer.importers.language import NAMES, READ, language_of
from briefer.importers.layout import Layout, read_layout
from briefer.importers.meetingmentions import mentioned
from briefer.importers.meetingplaces import meeting_format
from briefer.importers.meetingreports import find_meeting
from briefer.importers.meetings import each_sentence, meeting_sentence, meeting_subject
from briefer.importers.names import family_first
from briefer.importers.officestatements import office_statement, takes_position
from briefer.importers.pairedstatements import paired_statements
from briefer.importers.participants import by_surname, fullest
from briefer.importers.passages import FoundStatement
from briefer.importers.persons import merge
from briefer.importers.publishers import PUBLISHERS
from briefer.importers.release import Release, Span
from briefer.importers.salutations import opens_with_address
from briefer.importers.signatures import signed_statement
from briefer.importers.speeches import first_person_release, whole_release
from briefer.importers.speechwords import FIRST_PERSON, QUESTION, SPOKESPERSON
from briefer.importers.statements import find_statements
from briefer.importers.transcripts import answered_questions, press_conference, remarks_to_press
from briefer.model.records import Consultation, Person, Source, Statement

_TODAY = re.compile(r"(?i)\b(?:today|heute|aujourd['’]hui)\b")
_ATTRIBUTABLE = re.compile(r"(?i)\battributable to\b")
_ANNOUNCES = re.compile(r"(?i)\b(?:teilt(?:e)? mit|gab bekannt|announced|a annoncé)\b")
# "The following Readout was published by …": a readout reposted whole
_READOUT_LABEL = re.compile(r"(?i)\bthe following readout\b")


def parse_release(document: TextDocument) -> Draft:
    """Return the draft of a release; raise ImportFailed when it holds no release at all."""
    release = Release(document, list(document.paragraphs))
    if not any(p.strip() for p in release.paragraphs):
        raise ImportFailed(_("{name} holds no text").format(name=document.origin))
    layout = read_layout(document, release.paragraphs, language_of(" ".join(release.paragraphs)))
    release.published, release.home = layout.published, PUBLISHERS.get(layout.publisher, "")
    body = " ".join(release.paragraphs[i] for i in layout.body)
    release.language = language_of(body) or language_of(layout.title) or "en"
    # the lines above the text too: "Secretary-General Ban Ki-moon" over a readout of "the
    # Secretary-General"'s meeting names its principal
    header = release.paragraphs[: layout.body[0]] if layout.body else []
    texts = [layout.title, *header, *(release.paragraphs[i] for i in layout.body)]
    release.people = tuple(merge(m for text in texts for m in mentioned(text)))
    headed = single_speaker(layout)
    opening = [release.paragraphs[i] for i in layout.body[:6]]
    ahead = (
        announcement(layout, opening)
        or open_day([layout.title, *header, *opening[:1]])
        or any(invites_press(release.paragraphs[i]) for i in layout.body[:8])
    )
    # a speech's text after the lines that tell its occasion: the occasion is no meeting of
    # the speaker's ("the Council met, at which X spoke" over "Dear colleagues!")
    speech = opens_with_address(release.paragraphs, layout)
    # a press conference's transcript: the talks its speaker tells of are not the release's
    speech = speech or bool(press_conference(release.paragraphs, layout))
    # one speaker's remarks to journalists: the meeting they followed is their occasion
    speech = speech or remarks_to_press(release.paragraphs, layout)
    # one speaker's statement that tells of talks only as its occasion ("… issued the
    # following statement after meeting X:") or in passing stays the statement (K11-5)
    office = headed is not None and not headed.name
    told = headed is None or _reported(release, layout.body[:2], office)
    meeting = [] if ahead or speech or not told else find_meeting(release, layout)
    opening_report = [i for i in meeting if i in layout.body[:2]]
    if headed is not None and not _reported(release, opening_report, office):
        meeting = []
    condolence = bool(opening) and condoles(layout, opening[0])
    called = bool(meeting) and meeting_format(release.paragraphs[meeting[0]]) in _REMOTE
    if (condolence and called) or (bool(opening) and reception(opening[0])):
        # a condolence that mentions a call is still the condolence (one presented in person
        # with talks after it, "ont eu un tête-à-tête", is a meeting); guests greeted at a
        # reception met no one
        meeting = []
    found = _statements(release, layout, meeting)
    occasion = reports_occasion(layout, release.paragraphs, found)
    # a ministry's position told in the third person, no words of its own quoted
    position = not found and not meeting and takes_position(release.paragraphs, layout)
    said = (bool(found) and not occasion) or condolence or position
    # "We, the member states of …": the signatories' joint statement, no one speaker's
    jointly = speaks_jointly(release.paragraphs, layout)
    if jointly:
        found = [s for s in found if s.how == "quoted"]
    kind = release_kind(layout, bool(meeting), said, ahead, jointly)
    consultation = None
    if meeting and kind != "joint statement":
        consultation = build_consultation(release, meeting, layout)
        release.note("consultation", _whole(release, meeting[0], "the meeting's report"))
        lede = " ".join(release.paragraphs[i] for i in layout.body[:2])
        if _called(consultation, layout.title, release.paragraphs[meeting[0]]) or (
            _READOUT_LABEL.search(lede)
        ):
            kind = "readout"  # a call is read out, whatever the headline calls it
        if _ahead(consultation, layout):
            consultation, kind = None, "other"  # announced for a later day: not yet held
    today = bool(layout.body) and bool(_TODAY.search(release.paragraphs[layout.body[0]]))
    statements = [_statement(release, n, item, consultation, today) for n, item in enumerate(found)]
    taken = {index for item in found for index in item.indices}
    if layout.title_index is not None:
        headline = layout.headline[0] if layout.headline else layout.title_index
        release.note("source.title", _whole(release, headline, "the headline"))
    return Draft(
        origin=document.origin,
        kind=kind,
        source=Source.from_text(
            "\n".join(release.paragraphs),
            title=layout.headline[1] if layout.headline else layout.title,
            publisher=layout.publisher,
            url=document.url,
            date_published=layout.published,
        ),
        consultation=consultation,
        statements=tuple(statements),
        warnings=tuple(_warnings(release, layout, consultation, statements, taken)),
        provenance={name: _where(release, spans[0]) for name, spans in release.read.items()},
        spans=dict(release.read),
        inferred=dict(release.inferred),
        language=release.language,
    )


_REMOTE = ("telephone", "video teleconference")
# Talks that keep their name when held by video: "2+2 consultations via video conference"
_CONSULTATIONS = re.compile(r"(?i)\b(?:consultations|konsultationen|2\+2|strategic dialogue)\b")


# talks named as the occasion words were issued on, not told: "issued the following statement
# after meeting with X:", "said after talks with X", "erklärte nach dem Treffen mit X",
# "a déclaré à l'issue de son entretien avec X"
_OCCASION_OF_WORDS = re.compile(
    r"(?i)\b(?:statement|remarks|declaration|said|stated|declared|erklärung|erklärte|sagte|"
    r"déclaration|a déclaré|a dit|declaración|declaró)\b[^.;:“”«»„]{0,60}?\b(?:after|following|"
    r"at the end of|on the occasion of|nach|im anschluss an|à l['’]issue d[eu]|après|tras|"
    r"después de)\b[^.;:“”«»„]{0,30}$"
)


# talks told by the verb of those who held them, not by a noun ("the party talks", "the
# ministerial meeting" a speech was given at): "met", "held talks with", "received", "s'est
# entretenu", "a rencontré", "traf", "empfing", "se reunió"
_TALKS_HELD = re.compile(
    r"(?i)(?:met|received|hosted|welcomed|spoke|talked|(?:held|had) (?:\w+ )?(?:talks|"
    r"discussions|consultations|meetings?)|s['’]est|se sont|me suis|nous sommes|"
    r"(?:j['’]ai|nous avons|a|ont) (?:\w+ )?(?:rencontré|discuté|échangé)|a reçu|"
    r"trafen|traf|getroffen|zusammengetroffen|empfing|empfangen|kam|kamen|"
    r"se reuni|recibi|convers)\b"
)


_COLON = re.compile(r":\s+(?=[“\"«„‘'])")


def _reported(release: Release, paragraphs: list[int], office: bool) -> bool:
    """Return whether these paragraphs of a single speaker's statement (its opening, the
    meeting's report in it) tell of talks held in the statement's own words: the speaker's
    in the first person ("Minister X and I met today and agreed …"), an office's also in the
    third ("the President met officials at their request on Saturday"); not the talks only as
    the occasion its words were issued on ("issued the following statement after meeting
    with X:"), nor a meeting named by a noun ("the party talks", "the ministerial meeting")."""
    for index in paragraphs:
        # the words a lead-in brings in after its colon are a sentence of their own: "…
        # issued the following statement after meeting with X: “X and I met today …”"
        said = (
            part for told in each_sentence(release.paragraphs[index]) for part in _COLON.split(told)
        )
        for told in said:
            sentence = meeting_sentence(told)
            subject = meeting_subject(sentence) if sentence else ""
            if (
                sentence
                and _TALKS_HELD.match(sentence, len(subject))
                and not _OCCASION_OF_WORDS.search(subject)
                # "Minister X and I met", "X et moi nous sommes rencontrés"
                and (office or FIRST_PERSON.search(sentence, 0, len(subject) + 12))
            ):
                return True
    return False


def _called(consultation: Consultation, title: str, report: str) -> bool:
    """Return whether a meeting was a call: by telephone, or a video conference that is not
    a round of consultations."""
    if consultation.format == "telephone":
        return True
    video = consultation.format == "video teleconference"
    return video and not _CONSULTATIONS.search(f"{title} {report}")


def _ahead(consultation: Consultation, layout: Layout) -> bool:
    """Return whether the meeting is dated after the release: an announcement."""
    held, published = consultation.date, layout.published
    return held is not None and published is not None and held > published


def _unasked(release: Release, found: list[FoundStatement]) -> list[FoundStatement]:
    """Return the statements but those quoted in a labelled question ("Question: … called on
    the UK to “defend …”. What is the comment of …?"): the words the questioner cites."""
    return [s for s in found if not QUESTION.match(release.paragraphs[s.indices[0]].lstrip())]


def _statements(release: Release, layout: Layout, meeting: list[int]) -> list[FoundStatement]:
    """Return the statements of a release in a language briefer reads; a readout's
    "The following is attributable to the spokesperson:" introduces its account, not a
    statement, and so does a spokesperson's "… teilt mit:" over a report of the meeting."""
    if release.language not in READ:
        return []
    named = sum(bool(person.name) for person in release.people)
    # a speech whose address is a list of lines, one per addressee: no line of it is a
    # heading over someone's words ("Honourable Karl Moen, Minister …" / "My colleagues;")
    speech = opens_with_address(release.paragraphs, layout) or _spoken_under(release, layout)
    found = (
        (whole_release(release.paragraphs, layout) if speech else [])
        # a transcript's answers are its speaker's, whatever they quote
        or press_conference(release.paragraphs, layout)
        # two leaders' statements after their talks, named in the headline alone
        or paired_statements(release.paragraphs, layout)
        or _unasked(release, find_statements(release, layout.body))
        or whole_release(release.paragraphs, layout)
        or headed_statements(release.paragraphs, layout)
        or answered_questions(release.paragraphs, layout)
        or ([] if meeting else office_statement(release.paragraphs, layout, len(release.people)))
        or ([] if meeting else signed_statement(release.paragraphs, layout))
        or ([] if meeting else first_person_release(release.paragraphs, layout, named))
    )
    if meeting:
        found = [s for s in found if not _account(release, s, meeting[0])]
    return found


# a headline over one person's speech: "Remarks by Ms X on …", "Discours de M. X …"
_SPEECH_TITLE = re.compile(
    r"(?i)^(?:[^:]{2,40}:\s+)?(?:opening |closing |keynote |welcom(?:e|ing) |farewell )?"
    r"(?:remarks|speech|address|allocution|discours|rede|ansprache|festrede)\s+"
    r"(?:(?:delivered|given|prononcée?|gehalten)\s+)?(?:by|of|de|du|von)\s"
)


def _spoken_under(release: Release, layout: Layout) -> bool:
    """Return whether the release is one person's speech in the first person under a
    headline that says so ("Remarks by Ms X on the 20th Anniversary …"): the whole text is
    X's, whatever it quotes."""
    speaker = single_speaker(layout)
    if speaker is None or not speaker.name or not _SPEECH_TITLE.match(layout.title):
        return False
    return sum(bool(FIRST_PERSON.search(release.paragraphs[i])) for i in layout.body) >= 2


def _account(release: Release, found: FoundStatement, report: int) -> bool:
    """Return whether an introduced statement is the release's account of the meeting."""
    if found.how != "introduced":
        return False
    intro = release.paragraphs[found.indices[0]]
    if _ATTRIBUTABLE.search(intro):
        return True
    official = _ANNOUNCES.search(intro) or (
        found.speaker is not None and SPOKESPERSON.search(found.speaker.role)
    )
    text = " ".join(found.paragraphs)
    return bool(official) and report in found.indices and not FIRST_PERSON.search(text)


def _statement(
    release: Release,
    number: int,
    found: FoundStatement,
    consultation: Consultation | None,
    today: bool,
) -> Statement:
    """Return a found statement as a record, noting where it stands and what was inferred."""
    name = f"statements[{number}]"
    if found.how == "quoted" and found.spans:
        release.note(name, Span(*found.spans[0], found.how))
    else:  # the line that introduces the statement, or its first paragraph
        release.note(name, _whole(release, found.indices[0], found.how))
    if found.spans:
        release.note(f"{name}.text", *(Span(*span, "the words") for span in found.spans))
    first = release.paragraphs[found.indices[0]]
    said_today = today or _says_today(first) or bool(_TODAY.search(found.paragraphs[0]))
    if found.date is None and not found.undated and said_today and release.published:
        found.date = release.published
        release.infer(f"{name}.date", _("the release's date, as the text says “today”"))
    mention = found.speaker
    home = release.home
    if mention is None or not mention.name:
        speaker = Person(name="", role=mention.role if mention else "", country=home)
    else:
        named = by_surname(list(release.people))
        # "President Wen" credits the words of "Wen Lo-pin", the family name first
        firsts = {family_first(p.name): p for p in release.people if family_first(p.name)}
        named = {**firsts, **named}
        person = fullest(Person(mention.name, mention.role, mention.country), named)
        speaker = person if person.country else replace(person, country=home)
        if found.inferred or mention.how:
            release.infer(f"{name}.speaker", found.inferred or mention.how)
    if speaker.country and speaker.country == home and not (mention and mention.country):
        release.infer(f"{name}.country", _("the publisher's country"))
    return Statement(
        speaker=speaker,
        text=found.text,
        date=found.date,
        occasion=consultation.title if consultation else "",
        language=language_of(found.text, READ) or release.language,
    )


@functools.lru_cache(maxsize=256)
def _says_today(paragraph: str) -> bool:
    """Return whether a paragraph says "today": asked once per paragraph, not per quotation."""
    return _TODAY.search(paragraph) is not None


def _warnings(
    release: Release,
    layout: Layout,
    consultation: Consultation | None,
    statements: list[Statement],
    taken: set[int],
) -> list[str]:
    """Return what a reviewer should know about the draft; `taken` holds the paragraphs the
    statements were read from."""
    warnings = []
    if release.language not in READ:
        known = release.language in NAMES and language_name(release.language)
        language = known or _("a language briefer does not read")
        warnings.append(
            _(
                "This release is in {language}; briefer recognises statements in English, German "
                "and French only, so none were taken from it."
            ).format(language=language)
        )
    if layout.published is None:
        warnings.append(
            _(
                "No publication date found; dates written as 'today' or without a year are left "
                "empty."
            )
        )
    if consultation is not None and consultation.date is None and layout.published is not None:
        warnings.append(
            _(
                "The meeting's day is not stated; the release is dated {date}. Enter the day if "
                "you know it."
            ).format(date=layout.published.isoformat())
        )
    for number, statement in enumerate(statements, 1):
        if not statement.speaker.name:
            role = statement.speaker.role
            warnings.append(
                _("Statement {number} names no person; it is given as by “{role}”.").format(
                    number=number, role=role
                )
                if role
                else _("Statement {number} names no speaker; enter one if you know it.").format(
                    number=number
                )
            )
    for span in release.unclaimed.values():
        if span.paragraph not in taken:
            words = release.paragraphs[span.paragraph][span.start : span.end].split()
            warnings.append(
                _(
                    "Quoted words in paragraph {number} name no speaker briefer could find and "
                    "were not taken as a statement: “{words} …”. Add them if they are one."
                ).format(number=span.paragraph + 1, words=" ".join(words[:8]).lstrip('“”„"«» '))
            )
    if not statements and consultation is None:
        warnings.append(_("Found no meeting and no statement in this release."))
    return warnings


def _whole(release: Release, index: int, evidence: str) -> Span:
    return Span(index, 0, len(release.paragraphs[index]), evidence)


def _where(release: Release, span: Span) -> str:
    text = " ".join(release.paragraphs[span.paragraph][:400].split())  # its opening words
    return f"paragraph {span.paragraph + 1}: “{text[:70]}{'…' if len(text) > 70 else ''}”"
