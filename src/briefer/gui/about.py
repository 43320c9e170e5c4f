"""Help ▸ About briefer: the version, where the user's library, log and files are, and the
licences of briefer, the libraries it runs on and the fonts it embeds."""

from __future__ import annotations

import html
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QSettings, QUrl, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from briefer import credits, paths

_LICENCE = "MIT"


class AboutDialog(QDialog):
    """The About box; its folders and files are links that open them."""

    def __init__(self, library: Path, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About briefer"))
        self.resize(620, 640)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setAccessibleName(self.tr("About briefer"))
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
        (
            QCoreApplication.translate("AboutDialog", "Library"),
            library,
            QCoreApplication.translate("AboutDialog", "the records you imported"),
        ),
        (
            QCoreApplication.translate("AboutDialog", "Log"),
            log,
            QCoreApplication.translate("AboutDialog", "errors briefer did not expect")
            if log.exists()
            else QCoreApplication.translate("AboutDialog", "none written yet"),
        ),
        (
            QCoreApplication.translate("AboutDialog", "Recovery"),
            data / "recovery",
            QCoreApplication.translate("AboutDialog", "unsaved briefings, kept until saved"),
        ),
        (
            QCoreApplication.translate("AboutDialog", "Your templates"),
            paths.user_templates_dir(),
            QCoreApplication.translate("AboutDialog", "searched before the bundled ones"),
        ),
        (QCoreApplication.translate("AboutDialog", "Settings"), settings, ""),
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
    summary = QCoreApplication.translate(
        "AboutDialog", "Compiles ministerial briefings from consultations and statements, offline."
    )
    where = QCoreApplication.translate("AboutDialog", "Where your things are")
    licences = QCoreApplication.translate("AboutDialog", "Licences")
    free = QCoreApplication.translate(
        "AboutDialog", "briefer is free software under the {licence} licence."
    ).format(licence=_LICENCE)
    runs_on = QCoreApplication.translate("AboutDialog", "Libraries it runs on")
    embedded = QCoreApplication.translate(
        "AboutDialog",
        "<b>Fonts embedded in the PDFs</b> (unmodified; their licence texts are in {folder})",
    ).format(folder=_link(font_folder))
    spelling = QCoreApplication.translate(
        "AboutDialog",
        "Spell checking uses the Hunspell dictionaries installed on this computer, under "
        "their own licences.",
    )
    return (
        f"<h2>briefer {html.escape(credits.version())}</h2><p>{summary}</p>"
        f"<p><small>Python {platform.python_version()} · Qt {qVersion()} · "
        f"PySide6 {PySide6.__version__}</small></p>"
        f"<h3>{where}</h3><table cellpadding='3'>{rows}</table>"
        f"<h3>{licences}</h3><p>{free}</p><p><b>{runs_on}</b></p>"
        f"<table cellpadding='3'>{libraries}</table>"
        f"<p>{embedded}</p><table cellpadding='3'>{fonts}</table>"
        f"<p><small>{spelling}</small></p>"
    )


def _link(path: Path) -> str:
    url = QUrl.fromLocalFile(str(path)).toString()
    return f"<a href='{html.escape(url)}'>{html.escape(str(path))}</a>"
