"""Review imported releases before anything is stored: every field editable beside the
release's text, warnings shown, a release the library holds already named before."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.librarymodel import record_kind_name
from briefer.gui.recordeditor import (
    INFERRED_STYLE,
    MeetingEditor,
    SourceLinks,
    StatementEditor,
    date_field,
    unreadable_date,
)
from briefer.gui.sourceview import SourceView
from briefer.importers.dates import read_date
from briefer.importers.draft import RELEASE_KINDS, Draft
from briefer.importers.evidence import draft_passages
from briefer.importing import imported_before
from briefer.library import Library
from briefer.model import Consultation, Record

RELEASE_KIND_NAMES = {
    "consultation": str(QT_TRANSLATE_NOOP("DraftEditor", "consultation")),
    "readout": str(QT_TRANSLATE_NOOP("DraftEditor", "readout")),
    "joint statement": str(QT_TRANSLATE_NOOP("DraftEditor", "joint statement")),
    "statement": str(QT_TRANSLATE_NOOP("DraftEditor", "statement")),
    "other": str(QT_TRANSLATE_NOOP("DraftEditor", "other")),
}


def _inferred(draft: Draft, prefix: str) -> dict[str, str]:
    """Return the draft's inferred fields under prefix ("statements[0].") without it."""
    return {
        name.removeprefix(prefix): how
        for name, how in draft.inferred.items()
        if name.startswith(prefix)
    }


class DraftEditor(QSplitter):
    """One release: its kind, source, meeting and statements as the parser found them, and
    beside them the release's text, showing where the focused field stands in it."""

    def __init__(self, draft: Draft) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setAccessibleName(self.tr("Release {name}").format(name=draft.origin))
        self.draft = draft
        page = QWidget()
        layout = QVBoxLayout(page)
        if draft.warnings:
            warnings = QLabel("\n".join(f"⚠ {w}" for w in draft.warnings))
            warnings.setWordWrap(True)
            layout.addWidget(warnings)
        if draft.inferred:
            legend = QLabel(
                self.tr(
                    "Tinted fields were inferred rather than read from the release: check "
                    "them first (their tooltips say how)."
                )
            )
            legend.setWordWrap(True)
            legend.setObjectName("inferred-legend")
            layout.addWidget(legend)
        self.include = QCheckBox(self.tr("Store this release"))
        self.include.setChecked(True)
        layout.addWidget(self.include)
        self.kind = QComboBox()
        for kind in RELEASE_KINDS:
            self.kind.addItem(self.tr(RELEASE_KIND_NAMES[kind]), kind)
        self.kind.setCurrentIndex(max(self.kind.findData(draft.kind), 0))
        self.title = QLineEdit(draft.source.title)
        self.publisher = QLineEdit(draft.source.publisher)
        self.published = date_field(draft.source.date_published, self.tr("Published"))
        source = QGroupBox(self.tr("Source"))
        form = QFormLayout(source)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Publisher"), self.publisher)
        form.addRow(self.tr("Published"), self.published)
        layout.addWidget(source)
        self.meeting = MeetingEditor(
            draft.consultation or Consultation(title=draft.source.title),
            inferred=_inferred(draft, "consultation."),
        )
        self.meeting.setCheckable(True)
        self.meeting.setChecked(draft.consultation is not None)
        layout.addWidget(self.meeting)
        self.statements = [
            StatementEditor(
                self.tr("Statement {number}").format(number=n),
                s,
                inferred=_inferred(draft, f"statements[{n - 1}]."),
                source=draft.provenance.get(f"statements[{n - 1}]", ""),
            )
            for n, s in enumerate(draft.statements, 1)
        ]
        for editor in self.statements:
            layout.addWidget(editor)
        layout.addStretch()
        self.fields = QScrollArea()
        self.fields.setAccessibleName(self.tr("Fields read from {name}").format(name=draft.origin))
        self.fields.setWidget(page)
        self.fields.setWidgetResizable(True)
        self.source = SourceView(draft.source.text, draft_passages(draft))
        self.addWidget(self.fields)
        self.addWidget(self.source)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self._link_source()

    def _link_source(self) -> None:
        """Let each field, focused, show where the release says it."""
        self.links = SourceLinks(self.source, self.draft.inferred)
        self.links.add(
            {
                "source.title": (self.tr("Title"), self.title),
                "source.publisher": (self.tr("Publisher"), self.publisher),
                "source.date_published": (self.tr("Published"), self.published),
            }
        )
        self.links.add(self.meeting.fields(), "consultation.")
        self.links.add_people(self.meeting, "consultation.")
        for number, editor in enumerate(self.statements):
            self.links.add(editor.fields(), f"statements[{number}].")
            self.links.watcher.watch(editor, f"statements[{number}].text")

    def result(self) -> Draft | None:
        """Return the draft as edited, or None when it is not to be stored."""
        if not self.include.isChecked():
            return None
        source = replace(
            self.draft.source,
            title=self.title.text().strip(),
            publisher=self.publisher.text().strip(),
            date_published=read_date(self.published.text()),
        )
        consultation = self.meeting.result() if self.meeting.isChecked() else None
        statements = tuple(e.result() for e in self.statements if e.isChecked())
        return replace(
            self.draft,
            kind=RELEASE_KINDS[self.kind.currentIndex()],  # the box lists them in order
            source=source,
            consultation=consultation,
            statements=statements,
        )


class ImportReviewDialog(QDialog):
    """Shows each imported release for review; nothing is stored unless the user accepts."""

    def __init__(
        self, drafts: list[Draft], failures: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review import"))
        self.setStyleSheet(INFERRED_STYLE)
        self.resize(1180, 760)
        layout = QVBoxLayout(self)
        if failures:
            problems = QLabel(self.tr("Not imported:") + "\n" + "\n".join(failures))
            problems.setWordWrap(True)
            layout.addWidget(problems)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Releases to import"))
        self.editors = [DraftEditor(d) for d in drafts]
        for editor in self.editors:
            self.tabs.addTab(editor, editor.draft.origin)
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.store_button = buttons.addButton(
            self.tr("Store in Library"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.store_button.setEnabled(bool(drafts))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Store only when every date in use can be read; else name the file and the field,
        and go to them."""
        for index, editor in enumerate(self.editors):
            problem = unreadable_date(editor) if editor.include.isChecked() else None
            if problem is None:
                continue
            field, message = problem
            self.tabs.setCurrentIndex(index)
            editor.fields.ensureWidgetVisible(field)
            field.setFocus()
            field.selectAll()
            QMessageBox.warning(self, self.windowTitle(), f"{editor.draft.origin}: {message}")
            return
        super().accept()

    def drafts(self) -> list[Draft]:
        """Return the drafts as the user left them, without those left out."""
        return [d for d in (e.result() for e in self.editors) if d is not None]


def leave_out_known(parent: QWidget, library: Library, drafts: list[Draft]) -> list[Draft]:
    """Ask, for each release the library holds already, whether to import it again anyway;
    return the drafts to review."""
    return [
        draft
        for draft in drafts
        if (known := imported_before(library, draft)) is None or _import_again(parent, draft, known)
    ]


def _import_again(parent: QWidget, draft: Draft, known: Record) -> bool:
    """Say which record holds the release, and when it was imported; return whether the
    user chose to import it anyway."""
    retrieved = known.source.date_retrieved if known.source else None
    record = QCoreApplication.translate("ImportReviewDialog", "record {id}").format(id=known.id)
    if retrieved:
        day = QLocale().toString(
            QDate(retrieved.year, retrieved.month, retrieved.day),
            QCoreApplication.translate("ImportReviewDialog", "d MMMM yyyy", "a date: 6 May 2026"),
        )
        record = QCoreApplication.translate(
            "ImportReviewDialog", "record {id}, imported on {date}"
        ).format(id=known.id, date=day)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ImportReviewDialog", "Imported before"))
    box.setText(
        QCoreApplication.translate(
            "ImportReviewDialog", "{name} is in the library already."
        ).format(name=draft.origin)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ImportReviewDialog",
            "It is the source of the {kind} “{heading}” ({record}). Importing it again adds "
            "only what differs from the records already there.",
        ).format(kind=record_kind_name(known.kind), heading=known.heading, record=record)
    )
    anyway = box.addButton(
        QCoreApplication.translate("ImportReviewDialog", "Import Anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    skip = box.addButton(
        QCoreApplication.translate("ImportReviewDialog", "Skip"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(skip)
    box.setEscapeButton(skip)
    box.exec()
    return box.clickedButton() is anyway
