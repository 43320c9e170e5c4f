"""Errors the core raises; each message is meant for the user to read and act on."""

from __future__ import annotations


class BrieferError(Exception):
    """Base class of every error briefer reports to a user."""


class BriefingError(BrieferError):
    """A briefing, or a .briefing file, cannot be read, written or edited."""


class LibraryError(BrieferError):
    """The library database cannot be opened, read or changed."""


class DuplicateRecord(LibraryError):
    """The record is already in the library."""

    def __init__(self, message: str, existing_id: int) -> None:
        super().__init__(message)
        self.existing_id = existing_id


class RecordNotFound(LibraryError):
    """No record has the requested id."""


class FormatError(BrieferError):
    """Stored data (JSON of a record or briefing) does not have the expected shape."""


class ImportFailed(BrieferError):
    """A file or pasted text cannot be read or parsed as a press release."""


class TemplateError(BrieferError):
    """A template is missing or invalid; the message names the file and the key."""


class RenderError(BrieferError):
    """A document could not be written to PDF or .docx."""


class ExportCancelled(BrieferError):
    """The user cancelled an export; nothing was written."""


class AnnexError(BrieferError):
    """A file cannot be attached as an annex: not a PDF or image briefer can print,
    damaged, encrypted or too large."""
