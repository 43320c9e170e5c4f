"""The domain: library records and briefings, as frozen dataclasses with JSON forms."""

from briefer.model.briefing import (
    Briefing,
    BriefingMeta,
    Entry,
    ImageEntry,
    RecordEntry,
    Section,
    TextEntry,
    TextKind,
    briefing_from_dict,
    new_id,
)
from briefer.model.records import (
    RECORD_KINDS,
    Consultation,
    Person,
    Record,
    RecordKind,
    Source,
    Statement,
    record_from_dict,
)

__all__ = [
    "RECORD_KINDS",
    "Briefing",
    "BriefingMeta",
    "Consultation",
    "Entry",
    "ImageEntry",
    "Person",
    "Record",
    "RecordEntry",
    "RecordKind",
    "Section",
    "Source",
    "Statement",
    "TextEntry",
    "TextKind",
    "briefing_from_dict",
    "new_id",
    "record_from_dict",
]
