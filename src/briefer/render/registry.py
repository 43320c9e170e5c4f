"""The output formats: one renderer each, registered by name.

Adding a format is one module with a function of the `Write` shape and one line in
`RENDERERS`. A renderer's module (and its library: ReportLab, python-docx) loads only when
something is rendered, so that the CLI starts fast.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from briefer.errors import RenderError
from briefer.i18n import _
from briefer.render.document import Document
from briefer.render.output import Cancelled, Options, Progress, output_file
from briefer.render.template import Template


class Write(Protocol):
    """A format's writer: the document in the template to output; returns warnings."""

    def __call__(
        self,
        document: Document,
        template: Template,
        output: Path,
        progress: Progress | None,
        cancel: Cancelled | None,
        options: Options,
    ) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class Renderer:
    """An output format: what the user sees it as, what its files look like, and its writer."""

    name: str  # on the command line: --format pdf
    label: str  # in the export dialog and in messages
    suffix: str  # of the file name
    signature: bytes  # how every file of the format starts
    writer: str  # "module:function" of a `Write`, imported when first used

    def render(
        self,
        document: Document,
        template: Template,
        output: Path,
        progress: Progress | None = None,
        cancel: Cancelled | None = None,
        options: Options = Options(),
    ) -> tuple[str, ...]:
        """Write the document to output, atomically; return warnings for the user.

        What output holds is replaced only if it is a file of this format or empty.
        """
        module, function = self.writer.split(":")
        write: Write = getattr(importlib.import_module(module), function)
        with output_file(output, self.label, self.signature) as temp:
            return write(document, template, temp, progress, cancel, options)


RENDERERS: dict[str, Renderer] = {
    renderer.name: renderer
    for renderer in (
        Renderer("pdf", "PDF", ".pdf", b"%PDF-", "briefer.render.pdf:render_pdf"),
        Renderer("docx", "Word (.docx)", ".docx", b"PK\x03\x04", "briefer.render.docx:render_docx"),
    )
}


def renderer(name: str) -> Renderer:
    """Return the renderer of a format by name, or raise RenderError naming the known ones."""
    if name not in RENDERERS:
        raise RenderError(
            _("Unknown format '{name}'. Use one of: {formats}").format(
                name=name, formats=", ".join(RENDERERS)
            )
        )
    return RENDERERS[name]


def renderer_for(path: Path) -> Renderer | None:
    """Return the renderer whose files end like path's name, if there is one."""
    suffix = path.suffix.lower()
    return next((r for r in RENDERERS.values() if r.suffix == suffix), None)
