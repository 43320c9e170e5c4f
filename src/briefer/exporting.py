"""From a briefing to a finished file: template, document model, renderer."""

from __future__ import annotations

from pathlib import Path

from briefer.compose import Variant, build_document
from briefer.model.briefing import Briefing
from briefer.render.output import Cancelled, Options, Progress
from briefer.render.registry import renderer
from briefer.render.template import Template, find_template


def export(
    briefing: Briefing,
    fmt: str,
    target: Path,
    template: Template | None = None,
    variant: Variant = "internal",
    *,
    invariant: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[str, ...]:
    """Write the briefing as fmt ("pdf" or "docx") to target, in its template unless given;
    return warnings for the user (characters the PDF cannot print, and where)."""
    chosen = template or find_template(briefing.meta.template)
    document = build_document(briefing, chosen, variant)
    del briefing  # a long briefing's memory goes back before the layout needs its own
    return renderer(fmt).render(
        document, chosen, Path(target), progress, cancelled, Options(invariant)
    )
