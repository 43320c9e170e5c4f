"""Pure edit operations on a briefing: each returns a new briefing and leaves its input as is."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from briefer.errors import BriefingError, FormatError
from briefer.i18n import _
from briefer.model.briefing import (
    Briefing,
    BriefingMeta,
    Entry,
    ImageEntry,
    Section,
    TextEntry,
    check_image_text,
)
from briefer.model.richtext import RichText


def find_section(briefing: Briefing, section_id: str) -> int:
    """Return the index of the section with this id."""
    for index, section in enumerate(briefing.sections):
        if section.id == section_id:
            return index
    raise BriefingError(_("The briefing has no section with id '{id}'").format(id=section_id))


def find_entry(briefing: Briefing, entry_id: str) -> tuple[int, int]:
    """Return (section index, entry index) of the entry with this id."""
    for s_index, section in enumerate(briefing.sections):
        for e_index, entry in enumerate(section.entries):
            if entry.id == entry_id:
                return s_index, e_index
    raise BriefingError(_("The briefing has no entry with id '{id}'").format(id=entry_id))


def set_meta(briefing: Briefing, meta: BriefingMeta) -> Briefing:
    """Return the briefing with new metadata."""
    return replace(briefing, meta=meta)


def add_section(briefing: Briefing, section: Section, index: int | None = None) -> Briefing:
    """Insert a section at index (default: at the end)."""
    sections = list(briefing.sections)
    sections.insert(_clamp(index, len(sections)), section)
    return replace(briefing, sections=tuple(sections))


def remove_section(briefing: Briefing, section_id: str) -> Briefing:
    """Remove a section and its entries."""
    index = find_section(briefing, section_id)
    return replace(briefing, sections=briefing.sections[:index] + briefing.sections[index + 1 :])


def move_section(briefing: Briefing, section_id: str, index: int) -> Briefing:
    """Move a section so that it ends up at index."""
    sections = list(briefing.sections)
    section = sections.pop(find_section(briefing, section_id))
    sections.insert(_clamp(index, len(sections)), section)
    return replace(briefing, sections=tuple(sections))


def rename_section(briefing: Briefing, section_id: str, title: str) -> Briefing:
    """Give a section a new title."""
    index = find_section(briefing, section_id)
    return _with_section(briefing, index, replace(briefing.sections[index], title=title))


def add_entry(
    briefing: Briefing, section_id: str, entry: Entry, index: int | None = None
) -> Briefing:
    """Insert an entry into a section at index (default: at the end)."""
    s_index = find_section(briefing, section_id)
    section = briefing.sections[s_index]
    entries = list(section.entries)
    entries.insert(_clamp(index, len(entries)), entry)
    return _with_section(briefing, s_index, replace(section, entries=tuple(entries)))


def remove_entry(briefing: Briefing, entry_id: str) -> Briefing:
    """Remove an entry from whichever section holds it."""
    s_index, e_index = find_entry(briefing, entry_id)
    section = briefing.sections[s_index]
    entries = section.entries[:e_index] + section.entries[e_index + 1 :]
    return _with_section(briefing, s_index, replace(section, entries=entries))


def move_entry(briefing: Briefing, entry_id: str, section_id: str, index: int) -> Briefing:
    """Move an entry to position index of a section (its own or another)."""
    s_index, e_index = find_entry(briefing, entry_id)
    entry = briefing.sections[s_index].entries[e_index]
    find_section(briefing, section_id)
    return add_entry(remove_entry(briefing, entry_id), section_id, entry, index)


def step(briefing: Briefing, item_id: str, delta: int) -> Briefing:
    """Move a section or entry one place up (delta -1) or down (+1). An entry at the edge of
    its section crosses into the neighbouring one; at the ends of the briefing nothing moves."""
    if any(section.id == item_id for section in briefing.sections):
        return move_section(briefing, item_id, find_section(briefing, item_id) + delta)
    s_index, e_index = find_entry(briefing, item_id)
    target = e_index + delta
    if 0 <= target < len(briefing.sections[s_index].entries):
        return move_entry(briefing, item_id, briefing.sections[s_index].id, target)
    neighbour = s_index + delta
    if not 0 <= neighbour < len(briefing.sections):
        return briefing
    section = briefing.sections[neighbour]
    return move_entry(briefing, item_id, section.id, len(section.entries) if delta < 0 else 0)


def add_entries(
    briefing: Briefing, section_id: str, entries: Iterable[Entry], index: int | None = None
) -> Briefing:
    """Insert entries, in order, into a section from index on (default: at the end)."""
    for offset, entry in enumerate(entries):
        briefing = add_entry(briefing, section_id, entry, None if index is None else index + offset)
    return briefing


def remove_items(briefing: Briefing, item_ids: Iterable[str]) -> Briefing:
    """Remove sections (with their entries) and entries; ids already gone are passed over."""
    for item_id in item_ids:
        if any(section.id == item_id for section in briefing.sections):
            briefing = remove_section(briefing, item_id)
        elif any(entry.id == item_id for entry in briefing.entries()):
            briefing = remove_entry(briefing, item_id)
    return briefing


def move_items(
    briefing: Briefing, item_ids: Sequence[str], section_index: int, position: int | None
) -> Briefing:
    """Move sections and entries to where a drop puts them: sections to section_index (past
    the last if negative), entries into that section (the last one if past it) from position
    on (default: at its end), in the order given. Positions count the items as they were
    before the move, so an item moved down within its section lands where it was dropped."""
    if not briefing.sections:
        return briefing
    for offset, item_id in enumerate(item_ids):
        sections = [section.id for section in briefing.sections]
        if item_id in sections:
            target = section_index if section_index >= 0 else len(sections)
            if sections.index(item_id) < target:
                target -= 1  # the section leaves a gap above where it goes
            briefing = move_section(briefing, item_id, target)
            continue
        s_index = min(max(section_index, 0), len(sections) - 1)
        entries = briefing.sections[s_index].entries
        at = len(entries) if position is None else position + offset
        current = find_entry(briefing, item_id)
        if current[0] == s_index and current[1] < at:
            at -= 1  # the entry leaves a gap above where it goes
        briefing = move_entry(briefing, item_id, sections[s_index], at)
    return briefing


def replace_entry(briefing: Briefing, entry: Entry) -> Briefing:
    """Put entry in place of the entry with the same id (e.g. after 'update from library')."""
    s_index, e_index = find_entry(briefing, entry.id)
    section = briefing.sections[s_index]
    entries = list(section.entries)
    entries[e_index] = entry
    return _with_section(briefing, s_index, replace(section, entries=tuple(entries)))


def edit_text(
    briefing: Briefing, entry_id: str, text: RichText, title: str | None = None
) -> Briefing:
    """Change the text (and optionally the title) of one of the officer's own entries."""
    entry = _text_entry(briefing, entry_id)
    changed = replace(entry, text=text, title=entry.title if title is None else title)
    return replace_entry(briefing, changed)


def set_printable(briefing: Briefing, entry_id: str, printable: bool) -> Briefing:
    """Mark an own-text or image entry printable (shareable) or internal."""
    s_index, e_index = find_entry(briefing, entry_id)
    entry = briefing.sections[s_index].entries[e_index]
    if isinstance(entry, ImageEntry):
        return replace_entry(briefing, replace(entry, printable=printable))
    return replace_entry(briefing, replace(_text_entry(briefing, entry_id), printable=printable))


def edit_image(briefing: Briefing, entry_id: str, caption: str, alt_text: str) -> Briefing:
    """Change an image's caption and alt text; blank alt text is refused."""
    s_index, e_index = find_entry(briefing, entry_id)
    entry = briefing.sections[s_index].entries[e_index]
    if not isinstance(entry, ImageEntry):
        raise BriefingError(_("Only an image has a caption and alt text"))
    try:
        check_image_text(caption, alt_text)
    except FormatError as error:
        raise BriefingError(str(error)) from None
    return replace_entry(briefing, replace(entry, caption=caption, alt_text=alt_text))


def _text_entry(briefing: Briefing, entry_id: str) -> TextEntry:
    s_index, e_index = find_entry(briefing, entry_id)
    entry = briefing.sections[s_index].entries[e_index]
    if not isinstance(entry, TextEntry):
        raise BriefingError(
            _(
                "Only background, talking points and notes can be edited as text; "
                "library records are updated from the library"
            )
        )
    return entry


def _with_section(briefing: Briefing, index: int, section: Section) -> Briefing:
    sections = list(briefing.sections)
    sections[index] = section
    return replace(briefing, sections=tuple(sections))


def _clamp(index: int | None, length: int) -> int:
    if index is None or index > length:
        return length
    return max(index, 0)
