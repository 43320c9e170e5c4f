"""The domain: library records and briefings, as frozen dataclasses with JSON forms."""

from briefer.model.annexes import Annex, ImageAnnex, PdfAnnex, ReleaseAnnex
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
)
from briefer.model.ids import new_id
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
    "Annex",
    "Briefing",
    "BriefingMeta",
    "Consultation",
    "Entry",
    "ImageAnnex",
    "ImageEntry",
    "PdfAnnex",
    "Person",
    "Record",
    "RecordEntry",
    "RecordKind",
    "ReleaseAnnex",
    "Section",
    "Source",
    "Statement",
    "TextEntry",
    "TextKind",
    "briefing_from_dict",
    "new_id",
    "record_from_dict",
]
