"""Help ▸ About briefer: the version, where the user's library, log and files are, and the
licences of briefer, the libraries it runs on and the fonts it embeds."""

from __future__ import annotations

import html
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QSettings, QUrl, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from briefer import credits, paths

_LICENCE = "MIT"


class AboutDialog(QDialog):
    """The About box; its folders and files are links that open them."""

    def __init__(self, library: Path, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About briefer")
        self.resize(620, 640)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setAccessibleName("About briefer")
        self.text.setHtml(about_html(library, Path(settings.fileName())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


def about_html(library: Path, settings: Path) -> str:
    """Return the About box's text as HTML."""
    data = paths.user_data_dir()
    log = data / "briefer.log"
    places = [
        ("Library", library, "the records you imported"),
        ("Log", log, "errors briefer did not expect" if log.exists() else "none written yet"),
        ("Recovery", data / "recovery", "unsaved briefings, kept until saved"),
        ("Your templates", paths.user_templates_dir(), "searched before the bundled ones"),
        ("Settings", settings, ""),
    ]
    rows = "".join(
        f"<tr><td><b>{name}</b></td><td>{_link(path)}"
        f"{'<br><small>' + html.escape(note) + '</small>' if note else ''}</td></tr>"
        for name, path, note in places
    )
    libraries = "".join(
        f"<tr><td>{html.escape(c.name)}</td><td>{html.escape(c.version)}</td>"
        f"<td>{html.escape(c.licence)}</td></tr>"
        for c in credits.libraries()
    )
    fonts = "".join(
        f"<tr><td>{html.escape(c.name)}</td><td>{html.escape(c.licence)}</td></tr>"
        for c in credits.fonts()
    )
    font_folder = paths.resources_dir() / "fonts"
    return (
        f"<h2>briefer {html.escape(credits.version())}</h2>"
        "<p>Compiles ministerial briefings from consultations and statements, offline.</p>"
        f"<p><small>Python {platform.python_version()} · Qt {qVersion()} · "
        f"PySide6 {PySide6.__version__}</small></p>"
        f"<h3>Where your things are</h3><table cellpadding='3'>{rows}</table>"
        f"<h3>Licences</h3><p>briefer is free software under the {_LICENCE} licence.</p>"
        "<p><b>Libraries it runs on</b></p>"
        f"<table cellpadding='3'>{libraries}</table>"
        "<p><b>Fonts embedded in the PDFs</b> (unmodified; their licence texts are in "
        f"{_link(font_folder)})</p>"
        f"<table cellpadding='3'>{fonts}</table>"
        "<p><small>Spell checking uses the Hunspell dictionaries installed on this "
        "computer, under their own licences.</small></p>"
    )


def _link(path: Path) -> str:
    url = QUrl.fromLocalFile(str(path)).toString()
    return f"<a href='{html.escape(url)}'>{html.escape(str(path))}</a>"
