"""From a briefing and a template to the document model."""

from briefer.compose.build import VARIANTS, Variant, build_document, entry_anchor, section_anchor

__all__ = ["VARIANTS", "Variant", "build_document", "entry_anchor", "section_anchor"]
