"""A figure in the .docx: the picture inline in a paragraph of its own, with its alt text.

python-docx adds a picture (`add_picture`) but has no way to give it alt text, and numbers
drawings by looking through the body, which this renderer builds apart as XML and adds at
the end: the drawing element is made here, with an id of its own and the alt text in the
`descr` attribute of its `wp:docPr`, where Word's Alt Text pane and screen readers find it.
"""

from __future__ import annotations

import io
import re

from docx.document import Document as WordDocument
from docx.oxml.shape import CT_Inline
from docx.shared import Pt

from briefer.render.document import Figure

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def drawing_run(
    word: WordDocument, figure: Figure, shape_id: int, size: tuple[float, float]
) -> str:
    """Return a run holding the figure's picture at size (points), stored once in the
    package however often it is shown, as drawing shape_id (unique in the document)."""
    relationship, image = word.part.get_or_add_image(io.BytesIO(figure.data))
    width, height = Pt(size[0]), Pt(size[1])
    inline = CT_Inline.new_pic_inline(shape_id, relationship, image.filename, width, height)
    inline.docPr.set("descr", _NOT_XML.sub(" ", figure.alt))
    return f"<w:r><w:drawing>{inline.xml}</w:drawing></w:r>"
