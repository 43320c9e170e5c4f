"""build_document: a briefing and a template in, the document model out."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, is_dataclass, replace
from datetime import date, timedelta
from typing import Any, Literal

from briefer.compose.annexes import annex_blocks
from briefer.compose.labels import LABELS, label, long_date, meeting_format
from briefer.compose.markings import Level, level_for
from briefer.compose.owntext import text_blocks
from briefer.compose.typography import quoted
from briefer.model.briefing import (
    Briefing,
    Entry,
    ImageEntry,
    RecordEntry,
    Section,
    TextEntry,
    TextKind,
)
from briefer.model.records import Consultation, Person, Source, Statement
from briefer.render.document import (
    Block,
    BulletList,
    Cover,
    Document,
    DocumentInfo,
    Emphasis,
    Figure,
    Heading,
    MetaLine,
    PageBreak,
    Paragraph,
    Quote,
    Run,
    Runs,
    SourceNote,
    TableOfContents,
    bulleted,
    plain,
)
from briefer.render.template import Template

Variant = Literal["internal", "shareable"]
VARIANTS: tuple[Variant, ...] = ("internal", "shareable")


def build_document(
    briefing: Briefing, template: Template, variant: Variant = "internal"
) -> Document:
    """Return the document for a briefing in a template; shareable leaves internal text out."""
    meta = briefing.meta
    language = meta.language
    composer = _Composer(language, template)
    version = _version(briefing, variant)
    blocks: list[Block] = [composer.cover(briefing, label(language, version))]
    if template.cover:
        blocks.append(PageBreak())
    if template.toc_depth:
        blocks.append(TableOfContents(label(language, "contents"), template.toc_depth))
    for number, section in enumerate(_ordered(briefing, template, variant), start=1):
        if template.section_breaks and number > 1:
            blocks.append(PageBreak())
        blocks += composer.section(section, number)
    blocks += composer.sources_list()
    blocks += annex_blocks(briefing.annexes, language, composer.source_runs)
    level = level_for(meta.classification)
    marking = level.marking if level else None
    reference = level.reference(meta.reference) if level else meta.reference
    speakers = dict.fromkeys(
        e.record.speaker.name
        for e in briefing.entries()
        if isinstance(e, RecordEntry) and isinstance(e.record, Statement) and e.record.speaker.name
    )
    info = DocumentInfo(
        title=meta.title,
        subtitle=meta.occasion,
        author=meta.prepared_by,
        subject=" – ".join(
            part for part in (marking.label if marking else "", meta.occasion or meta.title) if part
        ),
        keywords=tuple(
            k for k in (marking.label if marking else "", meta.reference, *speakers) if k
        ),
        language=language,
        date=meta.date,
        date_text=long_date(meta.date, language),
        reference=reference,
        marking=marking,
        page_label=label(language, "page_of_pages"),
        version=label(language, "internal" if variant == "internal" else "shareable"),
    )
    return Document(info=info, blocks=tuple(_single_spaced(block) for block in blocks))


_SPACES = re.compile(r"[ \t]{2,}")  # typed runs of spaces; a no-break space is kept


def _single_spaced(value: Any) -> Any:
    """Return a block (or a part of one) with every run of spaces in its text made one."""
    if isinstance(value, str):
        return _SPACES.sub(" ", value)
    if isinstance(value, tuple):
        return tuple(_single_spaced(item) for item in value)
    if is_dataclass(value) and not isinstance(value, type):
        return replace(
            value, **{f.name: _single_spaced(getattr(value, f.name)) for f in fields(value)}
        )
    return value


def _version(briefing: Briefing, variant: Variant) -> str:
    """Return the label key of the line that says which export this is."""
    if variant == "shareable":
        return "shareable"
    internal = any(not isinstance(e, RecordEntry) and not e.printable for e in briefing.entries())
    return "internal_notes" if internal else "internal"


def _ordered(briefing: Briefing, template: Template, variant: Variant) -> list[Section]:
    """Return the sections to print, in the template's order, without hidden entries."""

    def visible(entry: Entry) -> bool:
        return variant == "internal" or isinstance(entry, RecordEntry) or entry.printable

    sections = [
        replace(s, entries=tuple(e for e in s.entries if visible(e))) for s in briefing.sections
    ]
    if template.order == "chronological":
        sections = _timeline(sections, template.timeline, briefing.meta.language)
    elif template.order == "talking-points-first":
        points = tuple(
            e
            for s in sections
            for e in s.entries
            if isinstance(e, TextEntry) and e.kind is TextKind.TALKING_POINTS
        )
        rest = [
            replace(s, entries=tuple(e for e in s.entries if e not in points)) for s in sections
        ]
        title = label(briefing.meta.language, "talking_points")
        # what is left of a section itself called "Talking points" joins the points
        joining = tuple(e for s in rest if _is_label(s.title, "talking_points") for e in s.entries)
        sections = [Section(title, points + joining, id="talking-points")] if points else []
        sections += [
            s for s in rest if s.entries and not (points and _is_label(s.title, "talking_points"))
        ]
    return sections


def _timeline(sections: list[Section], period: str, language: str) -> list[Section]:
    """Return the own text and images of each section first, then every record of the
    briefing in time order, oldest first, under a heading per day or week (undated records
    last)."""
    own = [
        replace(s, entries=tuple(e for e in s.entries if not isinstance(e, RecordEntry)))
        for s in sections
    ]
    records = [e for s in sections for e in s.entries if isinstance(e, RecordEntry)]
    records.sort(key=lambda e: (e.record.date is None, e.record.date or date.min))

    def start(entry: RecordEntry) -> date | None:
        day = entry.record.date
        if day is None or period == "day":
            return day
        return day - timedelta(days=day.weekday())  # the Monday of its week

    timeline = []
    for first, group in itertools.groupby(records, key=start):
        if first is None:
            title = label(language, "undated")
        elif period == "day":
            title = long_date(first, language)
        else:
            title = label(language, "week_of").format(date=long_date(first, language))
        key = first.isoformat() if first else "undated"
        timeline.append(Section(title, tuple(group), id=f"{period}-{key}"))
    return [s for s in own if s.entries] + timeline


_KIND_LABELS = {
    TextKind.BACKGROUND: "background",
    TextKind.TALKING_POINTS: "talking_points",
    TextKind.NOTE: "note",
}


def _is_label(title: str, key: str) -> bool:
    """Return whether a title is the printed word for key in any language: sections are
    named by the user, in whatever language they wrote, not by the briefing's language."""
    folded = title.strip().casefold()
    return any(words[key].casefold() == folded for words in LABELS.values())


def _repeats(entry: Entry, heading: Heading, section: Section) -> bool:
    """Return whether an entry's heading only repeats its section's: the same words, or own
    text headed by its kind's name under a section named for that kind, in any language
    ("Talking points" heads untitled talking points in a German briefing too, where their
    own heading would be "Gesprächsführung")."""
    if heading.text == section.title:
        return True
    if not isinstance(entry, TextEntry):
        return False
    key = _KIND_LABELS[entry.kind]
    return _is_label(heading.text, key) and _is_label(section.title, key)


def section_anchor(section_id: str) -> str:
    """Return the anchor of a section's heading in the document model."""
    return f"s-{section_id}"


def entry_anchor(entry_id: str) -> str:
    """Return the anchor of an entry's heading in the document model."""
    return f"e-{entry_id}"


@dataclass
class _Composer:
    """Turns sections and entries into blocks, collecting the sources they cite."""

    language: str
    template: Template
    sources: dict[str, tuple[int, Source]] = field(default_factory=dict)
    figures: int = 0  # captioned figures so far

    def text(self, key: str) -> str:
        return label(self.language, key)

    def cover(self, briefing: Briefing, version: str) -> Cover:
        meta = briefing.meta
        level: Level | None = level_for(meta.classification)
        values = {
            "occasion": meta.occasion,
            "date": long_date(meta.date, self.language),
            "prepared_for": meta.prepared_for,
            "prepared_by": meta.prepared_by,
            "reference": level.reference(meta.reference) if level else meta.reference,
            "classification": level.marking.printed if level else "",
        }
        fields = tuple(
            (self.text(name), values[name])
            for name in self.template.cover_fields
            if values[name] and name != "occasion"
        )
        subtitle = meta.occasion if "occasion" in self.template.cover_fields else ""
        return Cover(
            title=meta.title or self.text("briefing"),
            subtitle=subtitle,
            fields=fields,
            version=version,
            page=self.template.cover,
        )

    def section(self, section: Section, number: int) -> list[Block]:
        blocks: list[Block] = [
            Heading(1, section.title, section_anchor(section.id), self.number(number))
        ]
        index = 0
        for position, entry in enumerate(section.entries):
            entry_blocks = self.entry(entry, self.number(number, index + 1))
            first = entry_blocks[0]
            if position == 0 and isinstance(first, Heading) and _repeats(entry, first, section):
                # "Talking points" first under "Talking points": the section heading will do
                entry_blocks = [
                    replace(b, number="") if isinstance(b, Heading) else b for b in entry_blocks[1:]
                ]
            elif isinstance(first, Heading):  # an image has no heading, and no number
                index += 1
            blocks += entry_blocks
        return blocks

    def number(self, *parts: int) -> str:
        return ".".join(map(str, parts)) if self.template.numbering else ""

    def entry(self, entry: Entry, number: str) -> list[Block]:
        anchor = entry_anchor(entry.id)
        if isinstance(entry, TextEntry):
            return self.own_text(entry, number, anchor)
        if isinstance(entry, ImageEntry):
            return [self.figure(entry, anchor)]
        if isinstance(entry.record, Consultation):
            return self.consultation(entry.record, number, anchor)
        return self.statement(entry.record, number, anchor)

    def own_text(self, entry: TextEntry, number: str, anchor: str) -> list[Block]:
        blocks: list[Block] = [
            Heading(2, entry.title or self.text(entry.kind.value), anchor, number)
        ]
        blocks += text_blocks(entry.text, entry.kind is TextKind.NOTE or not entry.printable)
        if not entry.printable:
            blocks.insert(1, Paragraph((Run(self.text("internal_only"), "bold"),), role="note"))
        return blocks

    def figure(self, entry: ImageEntry, anchor: str) -> Figure:
        """Return an image as a figure; a caption is numbered ("Figure 1: …"), and an
        internal image says so in its caption."""
        caption: list[Run] = []
        if entry.caption.strip():
            self.figures += 1
            number = self.text("figure").format(number=self.figures)
            caption += [Run(number, "bold"), Run(f" {entry.caption.strip()}")]
        if not entry.printable:
            internal = self.text("internal_only")
            caption.append(Run(f" ({internal})") if caption else Run(internal, "bold"))
        picture = entry.picture
        return Figure(
            picture.data,
            picture.media_type,
            picture.width,
            picture.height,
            entry.alt_text.strip(),
            anchor,
            tuple(caption),
        )

    def consultation(self, meeting: Consultation, number: str, anchor: str) -> list[Block]:
        facts = [
            (self.text("date"), long_date(meeting.date, self.language)),
            (
                self.text("format"),
                meeting_format(meeting.format, self.language) if meeting.format else "",
            ),
            (self.text("place"), meeting.place),
        ]
        reference = self.cite(meeting.source)
        if self.template.consultation_layout == "summary":
            names = ", ".join(
                f"{p.name} ({_native_name(p)})" if _native_name(p) else p.name
                for p in meeting.participants
                if p.name
            )
            facts.append((self.text("participants"), names))
        shown = tuple((k, v) for k, v in facts if v)
        # a meeting with no date, format or place has no meta line, and no gap for one
        blocks: list[Block] = [Heading(2, meeting.title, anchor, number)]
        blocks += [MetaLine(shown)] if shown else []
        if self.template.consultation_layout == "full":
            if meeting.participants:
                blocks.append(Paragraph((Run(self.text("participants"), "bold"),), "lead-in"))
                blocks.append(BulletList(bulleted(_person_runs(p) for p in meeting.participants)))
            if meeting.topics:
                blocks.append(Paragraph((Run(self.text("topics"), "bold"),), "lead-in"))
                blocks.append(BulletList(bulleted(plain(t) for t in meeting.topics), "topics"))
        paragraphs = _paragraphs(meeting.summary)
        if paragraphs and self.template.consultation_layout == "full":
            blocks.append(Paragraph((Run(self.text("summary"), "bold"),), "lead-in"))
        for index, text in enumerate(paragraphs):
            runs = plain(text)
            if index == len(paragraphs) - 1:
                runs += reference
            blocks.append(Paragraph(runs))
        if not paragraphs and reference:
            blocks.append(Paragraph(reference, role="source"))
        return blocks + self.inline_source(meeting.source)

    def statement(self, said: Statement, number: str, anchor: str) -> list[Block]:
        who = said.speaker.name or said.speaker.role or self.text("statement")
        if _native_name(said.speaker):
            who = f"{who} ({_native_name(said.speaker)})"
        role = said.speaker.role if said.speaker.name else ""
        heading = f"{who}, {role}" if role and self.template.statement_layout == "block" else who
        facts = [
            (self.text("occasion"), said.occasion),
            (self.text("date"), long_date(said.date, self.language)),
        ]
        paragraphs, excerpt = _excerpt(_paragraphs(said.text), self.template.quote_words)
        number_of_source = None
        if said.source is not None and self.template.sources == "endnotes":
            number_of_source = self.number_source(said.source)
        credit = f"{who}, {role}" if role else who
        if said.speaker.country:
            credit = f"{credit} ({said.speaker.country})"
        attribution = ", ".join(
            part for part in (credit, long_date(said.date, self.language)) if part
        )
        if excerpt:
            attribution += f" ({self.text('excerpt')})"
        level = 2 if self.template.statement_layout == "block" else 3
        blocks: list[Block] = [Heading(level, heading, anchor, number)]
        shown = [(k, v) for k, v in facts if v]
        if shown and self.template.statement_layout == "block":
            blocks.append(MetaLine(tuple(shown)))
        blocks.append(
            Quote(
                quoted(paragraphs, self.language),
                attribution,
                number_of_source,
                excerpt,
                said.language,
            )
        )
        return blocks + self.inline_source(said.source)

    def cite(self, source: Source | None) -> Runs:
        """Return the runs that point to a source in the endnotes ("[1]"), if any."""
        if source is None or self.template.sources != "endnotes":
            return ()
        number = self.number_source(source)
        return (Run(" "), Run(f"[{number}]", link=f"#source-{number}"))

    def number_source(self, source: Source) -> int:
        key = source.content_hash or f"{source.title}\x1f{source.url}"
        if key not in self.sources:
            self.sources[key] = (len(self.sources) + 1, source)
        return self.sources[key][0]

    def inline_source(self, source: Source | None) -> list[Block]:
        if source is None or self.template.sources != "inline":
            return []
        runs = (Run(f"{self.text('source')}: ", "bold"), *self.source_runs(source))
        return [Paragraph(runs, role="source")]

    def source_runs(self, source: Source) -> Runs:
        runs: list[Run] = []
        parts: tuple[tuple[str, Emphasis], ...] = (
            (source.publisher, ""),
            (source.title, "italic"),
            (long_date(source.date_published, self.language), ""),
        )
        for text, emphasis in parts:
            if text:
                runs += [Run(", ")] if runs else []
                runs.append(Run(text, emphasis))
        if source.url:
            link = source.url if _WEB_ADDRESS.match(source.url) else ""  # no javascript:
            runs += [Run(", "), Run(source.url, link=link)]
        if source.date_retrieved:
            retrieved = long_date(source.date_retrieved, self.language)
            runs.append(Run(f"{', ' if runs else ''}{self.text('accessed')} {retrieved}"))
        return tuple(runs)

    def sources_list(self) -> list[Block]:
        if self.template.sources != "endnotes" or not self.sources:
            return []
        blocks: list[Block] = [Heading(1, self.text("sources"), "sources")]
        for number, source in sorted(self.sources.values(), key=lambda item: item[0]):
            blocks.append(SourceNote(number, self.source_runs(source), f"source-{number}"))
        return blocks


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _person_runs(person: Person) -> Runs:
    runs = [Run(person.name or person.role, "bold")]
    native = _native_name(person)
    if native:
        runs.append(Run(f" ({native})"))
    details = ", ".join(p for p in ((person.role if person.name else ""), person.country) if p)
    if details:
        runs.append(Run(f", {details}"))
    return tuple(runs)


def _native_name(person: Person) -> str:
    """Return the person's name in Chinese, Japanese or Korean script, if an alias gives it."""
    return next((alias for alias in person.aliases if _CJK.search(alias)), "")


_WEB_ADDRESS = re.compile(r"(?i)(?:https?://|mailto:)")  # what a source may link to
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


_SENTENCE_END = re.compile(r"(?<=[.!?…])[”’\"»«]?\s+")


def _excerpt(paragraphs: list[str], words: int) -> tuple[list[str], bool]:
    """Return the quote cut to about words words at a sentence end (0 keeps it whole)."""
    if not words or sum(len(p.split()) for p in paragraphs) <= words:
        return paragraphs, False
    kept: list[str] = []
    count = 0
    for paragraph in paragraphs:
        sentences: Iterator[str] = iter(_SENTENCE_END.split(paragraph))
        taken: list[str] = []
        for sentence in sentences:
            size = len(sentence.split())
            if count + size > words and (kept or taken):
                break
            taken.append(sentence)
            count += size
        else:
            kept.append(" ".join(taken))
            continue
        if taken:
            kept.append(" ".join(taken) + " […]")
        break
    if not kept:  # a single sentence longer than the limit
        first = paragraphs[0].split()
        kept = [" ".join(first[:words]) + " […]"]
    return kept, True
