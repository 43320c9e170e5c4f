"""Asking for an image's caption and alt text: when it is inserted, and in the entry editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.imagefile import thumbnail
from briefer.model.briefing import MAX_ALT_TEXT, MAX_CAPTION
from briefer.model.picture import Picture

_THUMBNAIL = 160  # pixels, the longer side


def file_size(size: int) -> str:
    """Return a number of bytes as people read it: "640 KB", "3.2 MB" (in the locale's
    digits: "3,2 MB" in German)."""
    locale = QLocale()
    if size >= 2**20:
        return f"{locale.toString(size / 2**20, 'f', 1)} MB"
    return f"{locale.toString(max(size // 1024, 1))} KB"


def alt_hint() -> str:
    """Return what alt text is for, in the app's language."""
    return QCoreApplication.translate(
        "ImageFields", "Describe the image for readers who cannot see it"
    )


def one_line(text: str) -> str:
    """Return text as one line: line breaks, tabs and runs of spaces become one space."""
    return " ".join(text.split())


class ImageFields(QWidget):
    """A picture's thumbnail and size, its caption, and its alt text (required: a line
    under the field says so while it is empty or too long)."""

    edited = Signal(str)  # which text: "caption" or "alt"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.size_note = QLabel()
        self.caption = QLineEdit()
        self.caption.setMaxLength(MAX_CAPTION)
        self.caption.setPlaceholderText(
            self.tr("Optional; printed as “Figure 1: …” under the image")
        )
        self.caption.setAccessibleName(self.tr("Caption"))
        self.alt_text = QPlainTextEdit()
        self.alt_text.setPlaceholderText(alt_hint())
        self.alt_text.setAccessibleName(self.tr("Alt text"))
        self.alt_text.setAccessibleDescription(alt_hint())
        self.alt_text.setTabChangesFocus(True)
        self.alt_text.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00000")
        self.problem.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.preview)
        form.addRow(self.size_note)
        form.addRow(self.tr("Caption"), self.caption)
        form.addRow(self.tr("Alt text"), self.alt_text)
        form.addRow(self.problem)
        self.caption.textEdited.connect(lambda: self.edited.emit("caption"))
        self.alt_text.textChanged.connect(self._alt_changed)
        self._showing = False
        self._picture: Picture | None = None
        self._check()

    def show_picture(self, picture: Picture, caption: str, alt_text: str) -> None:
        """Show a picture and its texts (without signalling an edit)."""
        self._showing = True
        try:
            if picture is not self._picture:  # not decoded again for each edit of the texts
                self._picture = picture
                self.preview.setPixmap(thumbnail(picture, _THUMBNAIL))
                kind = "PNG" if picture.media_type == "image/png" else "JPEG"
                locale = QLocale()
                self.size_note.setText(
                    self.tr("{kind}, {width} × {height} pixels, {size}").format(
                        kind=kind,
                        width=locale.toString(picture.width),
                        height=locale.toString(picture.height),
                        size=file_size(len(picture.data)),
                    )
                )
            if self.caption.text() != caption:  # keep the cursor while typing
                self.caption.setText(caption)
            if one_line(self.alt_text.toPlainText()) != alt_text:
                self.alt_text.setPlainText(alt_text)
        finally:
            self._showing = False
        self._check()

    def caption_text(self) -> str:
        return one_line(self.caption.text())

    def alt(self) -> str:
        return one_line(self.alt_text.toPlainText())

    def acceptable(self) -> bool:
        """Return whether the alt text is there and not too long."""
        return bool(self.alt()) and len(self.alt()) <= MAX_ALT_TEXT

    def _alt_changed(self) -> None:
        self._check()
        if not self._showing:
            self.edited.emit("alt")

    def _check(self) -> None:
        if not self.alt():
            self.problem.setText(
                self.tr("Alt text is required: describe the image for readers who cannot see it.")
            )
        elif len(self.alt()) > MAX_ALT_TEXT:
            self.problem.setText(
                self.tr("Alt text may have at most {count} characters.").format(
                    count=QLocale().toString(MAX_ALT_TEXT)
                )
            )
        self.problem.setVisible(not self.acceptable())


class ImageDialog(QDialog):
    """Asks for the caption and alt text of an image being inserted; OK only with alt text."""

    def __init__(self, picture: Picture, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert image: {name}").format(name=name))
        self.setMinimumWidth(480)
        self.fields = ImageFields()
        self.fields.show_picture(picture, "", "")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        self.fields.edited.connect(self._enable)
        self._enable()
        self.fields.caption.setFocus()

    def _enable(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.fields.acceptable())
