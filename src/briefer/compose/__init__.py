"""From a briefing and a template to the document model."""

from briefer.compose.build import VARIANTS, Variant, build_document

__all__ = ["VARIANTS", "Variant", "build_document"]
