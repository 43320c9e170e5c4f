"""The output formats: one renderer each, registered by name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefer.errors import RenderError
from briefer.render.document import Document
from briefer.render.pdf import Cancelled, Progress, render_pdf
from briefer.render.template import Template

Renderer = Callable[..., None]

RENDERERS: dict[str, Renderer] = {
    "pdf": render_pdf,
}
SUFFIXES = {"pdf": ".pdf", "docx": ".docx"}


def render(
    fmt: str,
    document: Document,
    template: Template,
    target: Path,
    *,
    invariant: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    """Write document in format fmt to target, atomically."""
    renderer = RENDERERS.get(fmt)
    if renderer is None:
        raise RenderError(f"Unknown format '{fmt}'. Use one of: {', '.join(RENDERERS)}")
    renderer(
        document, template, target, invariant=invariant, progress=progress, cancelled=cancelled
    )
