"""The output formats: one renderer each, registered by name."""

from __future__ import annotations

import importlib
from pathlib import Path

from briefer.errors import RenderError
from briefer.render.document import Document
from briefer.render.template import Template

# format → "module:function"; a renderer's module (and its library) loads only when used
RENDERERS: dict[str, str] = {
    "pdf": "briefer.render.pdf:render_pdf",
    "docx": "briefer.render.docx:render_docx",
}
SUFFIXES = {"pdf": ".pdf", "docx": ".docx"}


def render(
    fmt: str, document: Document, template: Template, target: Path, **options: object
) -> tuple[str, ...]:
    """Write document in format fmt to target, atomically (options: invariant, progress,
    cancelled); return the renderer's warnings."""
    location = RENDERERS.get(fmt)
    if location is None:
        raise RenderError(f"Unknown format '{fmt}'. Use one of: {', '.join(RENDERERS)}")
    module, function = location.split(":")
    renderer = getattr(importlib.import_module(module), function)
    return tuple(renderer(document, template, target, **options))
