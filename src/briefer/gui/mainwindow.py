"""The main window: library, briefing outline, entry editor and live preview."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefer.atomic import describe_os_error
from briefer.errors import BrieferError, BriefingError, FormatError
from briefer.filekinds import foreign_kind
from briefer.gui.about import AboutDialog
from briefer.gui.actions import KeptShortcuts, SteadyUndoAction
from briefer.gui.annexdialog import AnnexesDialog
from briefer.gui.briefingdoc import BriefingDocument, new_briefing
from briefer.gui.entryeditor import EntryEditor, new_text
from briefer.gui.exportdialog import ExportDialog
from briefer.gui.findbar import FindBar
from briefer.gui.imagedialog import ImageDialog
from briefer.gui.imagefile import image_filter, read_image_file
from briefer.gui.librarypanel import LibraryPanel
from briefer.gui.outlinemodel import ID_ROLE, OutlineModel, new_section
from briefer.gui.preferences import Preferences, PreferencesDialog
from briefer.gui.preview import PreviewPane
from briefer.gui.printing import print_pdf
from briefer.gui.propertiesdialog import PropertiesDialog
from briefer.gui.recorddialog import RecordDialog
from briefer.gui.reviewdialog import ImportReviewDialog, leave_out_known
from briefer.gui.workers import start
from briefer.importers.draft import Draft
from briefer.importing import draft_files, draft_pasted_text, store
from briefer.library import Library
from briefer.model import (
    Annex,
    Briefing,
    ImageEntry,
    RecordEntry,
    Section,
    TextKind,
    annexedits,
    briefingfile,
    edits,
)
from briefer.model.annexes import read_annex, release_annex
from briefer.model.picture import check_total_size
from briefer.model.records import snapshot
from briefer.recovery import Recovery

MAX_RECENT = 8


def load_briefing(path: Path) -> Briefing:
    """Read a briefing file; a file of another kind is refused in words that say what it is
    and what to do with it."""
    try:
        return briefingfile.load(path)
    except BrieferError:
        kind = foreign_kind(path)
        if kind is None:
            raise
        hint = (
            QCoreApplication.translate(
                "MainWindow", "to import a press release use File ▸ Import Press Releases"
            )
            if kind.importable
            else QCoreApplication.translate(
                "MainWindow", "a briefing is a .briefing file saved by briefer"
            )
        )
        message = QCoreApplication.translate(
            "MainWindow", "{name} is {kind}, not a briefing; {hint}."
        )
        raise BriefingError(
            message.format(name=path.name, kind=kind.description, hint=hint)
        ) from None


class MainWindow(QMainWindow):
    """Where a briefing is compiled: pick from the library, arrange, annotate, preview."""

    def __init__(
        self,
        library: Library,
        settings: QSettings,
        briefing: Briefing | None = None,
        path: Path | None = None,
        recovery: Recovery | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.recovery = recovery
        self.document = BriefingDocument(briefing or new_briefing(), path, self)
        self.library_panel = LibraryPanel(library)
        self.outline_model = OutlineModel(self.document, library.get, self)
        self.outline = QTreeView()
        self.outline.setAccessibleName(self.tr("Briefing outline"))
        self.outline.setModel(self.outline_model)
        self.outline.setHeaderHidden(True)
        self.outline.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.outline.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.outline.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.editor = EntryEditor(self.document, library_version=self.outline_model.library_version)
        self.editor.update_requested.connect(self.update_from_library)
        self.preview = PreviewPane()

        self.find_bar = FindBar(lambda: self.document.briefing, self)
        self.find_bar.found.connect(self._select)
        self.document.changed.connect(self.find_bar.refresh)
        outline_pane = QWidget()
        outline_layout = QVBoxLayout(outline_pane)
        outline_layout.setContentsMargins(0, 0, 0, 0)
        outline_layout.addWidget(self.find_bar)
        outline_layout.addWidget(self.outline, 1)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.editor)
        right.addWidget(self.preview)
        right.setSizes([260, 540])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.library_panel, outline_pane, right):
            self.splitter.addWidget(widget)
        self.splitter.setSizes([480, 320, 520])
        self.right_splitter = right
        self.setCentralWidget(self.splitter)
        self._actions()
        self.library_panel.message.connect(self.statusBar().showMessage)
        self.library_panel.record_activated.connect(lambda _id: self.add_selected_records())
        self.preview.message.connect(self.statusBar().showMessage)
        self.outline.selectionModel().currentChanged.connect(self._current_changed)
        self.outline_model.modelAboutToBeReset.connect(self._remember_current)
        self.outline_model.modelReset.connect(self._restore_current)
        self.document.changed.connect(self._changed)
        self.document.path_changed.connect(self._update_title)
        self.document.undo_stack.cleanChanged.connect(self._update_title)
        self._current = ""
        self._previewed = ""  # the item the preview last turned to
        self.setAcceptDrops(True)
        self.preferences = Preferences.load(settings)
        self._autosave_timer = QTimer(
            self, singleShot=True, interval=1000 * self.preferences.autosave_seconds
        )
        self._autosave_timer.timeout.connect(self.autosave)
        self.document.changed.connect(self._autosave_soon)
        self._restore_settings()
        self._changed()
        self._update_title()

    # -- actions and menus -----------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _actions(self) -> None:
        keys = QKeySequence.StandardKey
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New"), self.new, keys.New)
        self.open_action = self._action(self.tr("&Open…"), self.open, keys.Open)
        self.save_action = self._action(self.tr("&Save"), self.save, keys.Save)
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, keys.SaveAs)
        self.export_action = self._action(self.tr("&Export…"), self.export, "Ctrl+E")
        file.addActions([self.new_action, self.open_action])
        self.recent_menu = file.addMenu(self.tr("Open &Recent"))
        file.addActions([self.save_action, self.save_as_action])
        file.addSeparator()
        self.import_action = self._action(
            self.tr("&Import Press Releases…"), self.import_files, "Ctrl+Shift+O"
        )
        file.addAction(self.import_action)
        file.addAction(self.export_action)
        file.addAction(self._action(self.tr("&Print…"), self.print_briefing, keys.Print))
        file.addSeparator()
        file.addAction(self._action(self.tr("&Quit"), self.close, keys.Quit))

        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.document.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(keys.Undo)
        self.redo_action = self.document.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(keys.Redo)
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addAction(
            self._action(self.tr("&Find"), self.library_panel.search_field.setFocus, keys.Find)
        )
        self.find_in_briefing_action = self._action(
            self.tr("Find in &Briefing"), self.find_bar.open_bar, "Ctrl+Shift+F"
        )
        edit.addAction(self.find_in_briefing_action)
        edit.addSeparator()
        preferences_keys = QKeySequence(keys.Preferences)
        if preferences_keys.isEmpty():  # Linux desktops have no standard key for it
            preferences_keys = QKeySequence("Ctrl+,")
        edit.addAction(
            self._action(self.tr("&Preferences…"), self.edit_preferences, preferences_keys)
        )

        view = bar.addMenu(self.tr("&View"))
        view.addAction(
            self._action(self.tr("Zoom &In"), lambda: self.preview.zoom(1.25), keys.ZoomIn)
        )
        view.addAction(
            self._action(self.tr("Zoom &Out"), lambda: self.preview.zoom(0.8), keys.ZoomOut)
        )
        view.addAction(self._action(self.tr("&Fit Width"), self.preview.fit_width, "Ctrl+0"))
        view.addSeparator()
        view.addAction(
            self._action(self.tr("&Previous Page"), lambda: self.preview.turn(-1), "Ctrl+PgUp")
        )
        view.addAction(
            self._action(self.tr("&Next Page"), lambda: self.preview.turn(1), "Ctrl+PgDown")
        )
        view.addSeparator()
        for number, (name, focus) in enumerate(
            (
                (self.tr("Go to &Library"), self.library_panel.table.setFocus),
                (self.tr("Go to O&utline"), self.outline.setFocus),
                (self.tr("Go to &Editor"), self.editor.focus_first_field),
                (self.tr("Go to Pre&view"), self.preview.view.setFocus),
            ),
            1,
        ):
            view.addAction(self._action(name, focus, f"Ctrl+{number}"))

        library = bar.addMenu(self.tr("&Library"))
        add_records = self._action(
            self.tr("&Add Selected to Briefing"), self.add_selected_records, "Ctrl+Return"
        )
        library.addAction(add_records)
        library.addAction(
            self._action(self.tr("Import &Pasted Text"), self.import_pasted, "Ctrl+Shift+V")
        )
        library.addAction(self._action(self.tr("&Refresh"), self.library_changed, keys.Refresh))
        library.addSeparator()
        edit_record = self._action(self.tr("&Edit Record…"), self.edit_record, "Ctrl+Shift+E")
        library.addAction(edit_record)
        library.addAction(
            self._action(self.tr("&Delete Selected Records…"), self.delete_selected_records)
        )
        library_release = self._action(
            self.tr("Attach Original Re&lease"), lambda: self.attach_release(self._library_record())
        )
        library.addAction(library_release)
        self.library_panel.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.library_panel.table.addActions([add_records, library_release, edit_record])

        briefing = bar.addMenu(self.tr("&Briefing"))
        briefing.addAction(self._action(self.tr("&Properties…"), self.edit_properties, "Ctrl+I"))
        briefing.addSeparator()
        briefing.addAction(self._action(self.tr("Add &Section"), self.add_section, "Ctrl+Shift+N"))
        briefing.addAction(self._action(self.tr("Re&name Section"), self.rename_section, "F2"))
        briefing.addAction(
            self._action(
                self.tr("Add &Background"), lambda: self.add_text(TextKind.BACKGROUND), "Ctrl+B"
            )
        )
        briefing.addAction(
            self._action(
                self.tr("Add &Talking Points"),
                lambda: self.add_text(TextKind.TALKING_POINTS),
                "Ctrl+T",
            )
        )
        briefing.addAction(
            self._action(
                self.tr("Add Internal &Note"), lambda: self.add_text(TextKind.NOTE), "Ctrl+Shift+I"
            )
        )
        briefing.addSeparator()
        briefing.addAction(
            self._action(self.tr("Move &Up"), lambda: self.step(-1), "Ctrl+Shift+Up")
        )
        briefing.addAction(
            self._action(self.tr("Move &Down"), lambda: self.step(1), "Ctrl+Shift+Down")
        )
        remove = self._action(self.tr("&Remove"), self.remove_selected, keys.Delete)
        update = self._action(self.tr("&Update from Library"), self.update_from_library)
        briefing.addActions([remove, update])
        briefing.addSeparator()
        briefing.addAction(
            self._action(self.tr("Attach &Annex…"), self.attach_annex, "Ctrl+Shift+A")
        )
        outline_release = self._action(
            self.tr("Attach Original Re&lease"), lambda: self.attach_release(self._outline_record())
        )
        briefing.addAction(outline_release)
        briefing.addAction(self._action(self.tr("Anne&xes…"), self.edit_annexes))
        self.outline.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.outline.addActions([outline_release, update, remove])

        insert = bar.addMenu(self.tr("&Insert"))
        self.insert_image_action = self._action(self.tr("&Image…"), lambda: self.insert_image())
        self.insert_image_action.setIconText(self.tr("Insert Image"))
        self.insert_image_action.setToolTip(self.tr("Insert an image (PNG or JPEG) with a caption"))
        insert.addAction(self.insert_image_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About briefer"), self._about))
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main-toolbar")
        toolbar.addActions(
            [
                self.new_action,
                self.open_action,
                self.save_action,
                SteadyUndoAction(self.document.undo_stack, self),
                SteadyUndoAction(self.document.undo_stack, self, redo=True),
                self.insert_image_action,
                self.export_action,
            ]
        )
        self._kept_shortcuts = KeptShortcuts(self, [self.export_action])
        self._fill_recent()

    # -- briefing edits --------------------------------------------------------------------

    def _target_section(self) -> str:
        """Return the id of the section new things go into: the current one, else the last."""
        item = self.outline_model.item(self.outline.currentIndex())
        briefing = self.document.briefing
        if isinstance(item, Section):
            return item.id
        if item is not None:
            return briefing.sections[edits.find_entry(briefing, item.id)[0]].id
        return briefing.sections[-1].id

    def _add_to_section(self, text: str, add: Callable[[Briefing, str], Briefing]) -> None:
        """Apply an addition to the current section; a briefing with no section gets its
        first in the same undo step."""
        if self.document.briefing.sections:
            target = self._target_section()
            self.document.apply(text, lambda b: add(b, target))
            return
        first = new_section()
        self.document.apply(text, lambda b: add(edits.add_section(b, first), first.id))

    def add_section(self) -> None:
        """Add a section after the others and start renaming it in place."""
        section = new_section()
        self.document.apply(self.tr("Add section"), lambda b: edits.add_section(b, section))
        self._select(section.id)
        self.outline.setFocus()
        self.outline.edit(self.outline.currentIndex())

    def rename_section(self) -> None:
        """Start renaming the current section (or the current entry's) in place."""
        index = self.outline.currentIndex()
        if index.isValid() and index.parent().isValid():
            index = index.parent()
        if index.isValid():
            self.outline.setCurrentIndex(index)
            self.outline.setFocus()
            self.outline.edit(index)

    def add_text(self, kind: TextKind) -> None:
        entry = new_text(kind)
        self._add_to_section(
            self.tr("Add text"), lambda b, target: edits.add_entry(b, target, entry)
        )
        self._select(entry.id)
        self.editor.text.setFocus()

    def insert_image(self, path: Path | None = None) -> None:
        """Insert a PNG or JPEG after the current entry (at the end of the current section),
        asking for its caption and alt text; a file that is not a whole, reasonably sized
        image is refused with what to do, and the briefing stays as it was."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Insert image"), self._image_folder(), image_filter()
            )
            if not name:
                return
            path = Path(name)
        self.settings.setValue("images/folder", str(path.parent))
        briefing = self.document.briefing
        try:
            picture = read_image_file(path)
            images = [e.picture for e in briefing.entries() if isinstance(e, ImageEntry)]
            check_total_size([*images, picture])
        except FormatError as error:
            message = self.tr("{name} was not inserted: with it, {error}. Use a smaller image.")
            self._error(message.format(name=path.name, error=error))
            return
        except BrieferError as error:
            self._error(str(error))
            return
        dialog = ImageDialog(picture, path.name, self)
        if not dialog.exec():
            return
        entry = ImageEntry(picture, dialog.fields.alt(), dialog.fields.caption_text())
        current = self.outline_model.item(self.outline.currentIndex())
        after = None
        if current is not None and not isinstance(current, Section):
            after = edits.find_entry(briefing, current.id)[1] + 1
        self._add_to_section(
            self.tr("Insert image"), lambda b, target: edits.add_entry(b, target, entry, after)
        )
        self._select(entry.id)

    def _image_folder(self) -> str:
        folder = self.settings.value("images/folder")
        return str(folder) if isinstance(folder, str) and Path(folder).is_dir() else self._folder()

    def library_changed(self) -> None:
        """Show the library as it is now: the panel, and the marks on changed entries."""
        self.library_panel.reload()
        self.outline_model.library_changed()
        self._select(self.outline.currentIndex().data(ID_ROLE) or "")  # its changes, if any

    def edit_record(self) -> None:
        """Edit the record selected in the library; briefings quoting it get marked."""
        ids = self.library_panel.selected_ids()
        if not ids:
            return
        try:
            record = self.library.get(ids[0])
        except BrieferError as error:
            self._error(str(error))
            return
        dialog = RecordDialog(record, self)
        if not dialog.exec():
            return
        try:
            self.library.update(ids[0], dialog.record())
        except BrieferError as error:
            self._error(str(error))
        self.library_changed()

    def delete_selected_records(self) -> None:
        """Delete the records selected in the library, after asking; briefings keep their
        copies of them."""
        ids = self.library_panel.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete records"),
            self.tr(
                "Delete %n record(s) from the library? This cannot be undone. Briefings that "
                "quote them keep their own copies.",
                "",
                len(ids),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.library.delete_all(ids)
        except BrieferError as error:
            self._error(str(error))
        self.library_changed()

    def add_selected_records(self) -> None:
        ids = self.library_panel.selected_ids()
        if not ids:
            return
        try:
            entries = [RecordEntry(snapshot(self.library.get(i)), i) for i in ids]
        except BrieferError as error:
            self._error(str(error))
            return
        self._add_to_section(
            self.tr("Add from library"), lambda b, target: edits.add_entries(b, target, entries)
        )

    def step(self, delta: int) -> None:
        """Move the current section or entry one place up or down, keeping it selected."""
        item_id = self.outline.currentIndex().data(ID_ROLE)
        if item_id is None:
            return
        self.document.apply(self.tr("Move"), lambda b: edits.step(b, item_id, delta))
        self.outline.setCurrentIndex(self.outline_model.index_of(item_id))

    def remove_selected(self) -> None:
        ids = [index.data(ID_ROLE) for index in self.outline.selectionModel().selectedRows()]
        if ids:
            self.document.apply(self.tr("Remove"), lambda b: edits.remove_items(b, ids))

    def update_from_library(self) -> None:
        item = self.outline_model.item(self.outline.currentIndex())
        if not isinstance(item, RecordEntry) or item.record_id is None:
            return
        try:
            fresh = snapshot(self.library.get(item.record_id))
        except BrieferError as error:
            self._error(str(error))
            return
        self.document.apply(
            self.tr("Update from library"),
            lambda b: edits.replace_entry(b, RecordEntry(fresh, item.record_id, id=item.id)),
        )

    # -- annexes ---------------------------------------------------------------------------

    def attach_annex(self) -> None:
        """Ask for a PDF or image and attach it as an annex."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach annex"),
            self._folder(),
            self.tr("PDF files and images (*.pdf *.png *.jpg *.jpeg);;All files (*)"),
        )
        if name:
            self.attach_file(Path(name))

    def attach_file(self, path: Path) -> None:
        """Read and check a file on a worker (a long PDF takes a moment), then attach it; a
        file that cannot be an annex is refused with a message and changes nothing."""
        self.statusBar().showMessage(self.tr("Reading {name}…").format(name=path.name))
        self._annex_job = start(lambda: read_annex(path), self.add_annex, self._error)

    def add_annex(self, annex: Annex) -> None:
        """Attach an annex after the others, as an undoable edit."""
        try:
            self.document.apply(self.tr("Attach annex"), lambda b: annexedits.add_annex(b, annex))
        except BrieferError as error:
            self._error(str(error))
            return
        number = len(self.document.briefing.annexes)
        message = self.tr("Attached “{title}” as Annex {number}")
        self.statusBar().showMessage(message.format(title=annex.title, number=number), 6000)

    def attach_release(self, record_id: int | None) -> None:
        """Attach the original release of a library record (its source's full text) as an
        annex, titled as the release is; a release attached already is not added again."""
        if record_id is None:
            self.statusBar().showMessage(
                self.tr("Select a record to attach its original release"), 4000
            )
            return
        try:
            annex = release_annex(self.library.get(record_id))
        except BrieferError as error:
            self._error(
                self.tr("{error}; its original release cannot be attached.").format(error=error)
            )
            return
        number = annexedits.release_number(self.document.briefing, annex.source)
        if number is not None:
            message = self.tr("That release is attached already, as Annex {number}")
            self.statusBar().showMessage(message.format(number=number))
            return
        self.add_annex(annex)

    def _outline_record(self) -> int | None:
        item = self.outline_model.item(self.outline.currentIndex())
        return item.record_id if isinstance(item, RecordEntry) else None

    def _library_record(self) -> int | None:
        ids = self.library_panel.selected_ids()
        return ids[0] if ids else None

    def edit_annexes(self) -> None:
        AnnexesDialog(self.document, self.attach_annex, self).exec()

    # -- import ----------------------------------------------------------------------------

    def import_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import press releases"),
            self._folder(),
            self.tr("Press releases (*.txt *.htm *.html *.docx *.pdf);;All files (*)"),
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def import_pasted(self) -> None:
        text = QApplication.clipboard().text()
        self._import(lambda: draft_pasted_text(text))

    def import_paths(self, paths: list[Path]) -> None:
        """Parse files on a worker, then show them for review."""
        self._import(lambda: draft_files(paths))

    def _import(self, work: Callable[[], tuple[list[Draft], list[str]]]) -> None:
        self.statusBar().showMessage(self.tr("Reading…"))
        self._import_job = start(work, self.review, self._error)

    def review(self, parsed: tuple[list[Draft], list[str]]) -> None:
        """Show drafts for review and store those the user accepts."""
        drafts, failures = parsed
        drafts = leave_out_known(self, self.library, drafts)
        if not drafts and not failures:
            self.statusBar().showMessage(
                self.tr("Nothing imported: skipped what was imported before"), 6000
            )
            return
        dialog = ImportReviewDialog(drafts, failures, self)
        if not dialog.exec():
            self.statusBar().showMessage(self.tr("Import cancelled; nothing was stored"), 4000)
            return
        added = existing = 0
        for draft in dialog.drafts():
            try:
                stored = store(self.library, draft)
            except BrieferError as error:
                self._error(f"{draft.origin}: {error}")
                continue
            added += len(stored.added)
            existing += len(stored.existing)
        self.library_changed()
        message = self.tr("Added %n record(s)", "", added)
        if existing:
            message = self.tr("%1; %n were in the library already", "", existing).replace(
                "%1", message
            )
        self.statusBar().showMessage(message, 6000)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        briefings = [p for p in paths if p.suffix == briefingfile.SUFFIX]
        if briefings:
            self.open(briefings[0])
        elif paths:
            self.import_paths(paths)
        event.acceptProposedAction()

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self.preferences, self, in_use=self.library.path)
        if dialog.exec():
            self.set_preferences(dialog.preferences())

    def set_preferences(self, preferences: Preferences) -> None:
        """Use and keep preferences; they apply to briefings made from now on."""
        self.preferences = preferences
        preferences.save(self.settings)
        self._autosave_timer.setInterval(1000 * preferences.autosave_seconds)

    def edit_properties(self) -> None:
        dialog = PropertiesDialog(self.document.briefing.meta, self)
        if dialog.exec():
            meta = dialog.meta()
            self.document.apply(self.tr("Properties"), lambda b: edits.set_meta(b, meta))

    # -- files -----------------------------------------------------------------------------

    def new(self) -> None:
        if self._may_discard():
            self.document.replace(new_briefing(self.preferences.defaults), None)

    def open(self, path: Path | None = None) -> None:
        if not self._may_discard():
            return
        if not path:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open briefing"), self._folder(), self.tr("Briefings (*.briefing)")
            )
            if not name:
                return
            path = Path(name)
        try:
            briefing = load_briefing(path)
        except BrieferError as error:
            self._error(str(error))
            return
        self.document.replace(briefing, path)
        self._remember_recent(path)

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save briefing"), self._folder(), self.tr("Briefings (*.briefing)")
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix != briefingfile.SUFFIX:
            path = path.with_name(path.name + briefingfile.SUFFIX)
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except BrieferError as error:
            self._error(str(error))
            return False
        self._remember_recent(path)
        if self.recovery is not None:
            self.recovery.clear()  # an older autosave must never be offered over the file
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 4000)
        return True

    def export(self) -> None:
        dialog = ExportDialog(self.document.briefing, self._folder(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # not kept with the window
        dialog.exec()

    def print_briefing(self) -> None:
        """Print the briefing as the preview shows it, through the system print dialog."""
        pdf = self.preview.current_pdf()
        if pdf is None:  # printing an older render would leave out the latest edits
            self.statusBar().showMessage(
                self.tr("The preview is being brought up to date; try again"), 4000
            )
            return
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # keep it: Qt needs it
        dialog = QPrintDialog(self._printer, self)
        if dialog.exec():
            try:
                pages = print_pdf(pdf, self._printer)
            except BrieferError as error:
                self._error(str(error))
                return
            self.statusBar().showMessage(self.tr("Printed %n page(s)", "", pages), 4000)

    def _folder(self) -> str:
        return str(self.document.path.parent) if self.document.path else str(Path.home())

    def _may_discard(self) -> bool:
        """Ask before unsaved changes are lost; return whether to go on."""
        if not self.document.modified:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to {title}?").format(title=self.document.title),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _remember_recent(self, path: Path) -> None:
        recent = [str(path), *(p for p in self._recent() if p != str(path))][:MAX_RECENT]
        self.settings.setValue("recent", recent)
        self._fill_recent()

    def _recent(self) -> list[str]:
        value = self.settings.value("recent", [])
        if isinstance(value, str):  # QSettings gives a list of one as its item
            return [value]
        return [str(item) for item in value] if isinstance(value, list) else []

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for name in self._recent():
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda _checked=False, n=name: self.open(Path(n)))
        self.recent_menu.setEnabled(bool(self._recent()))

    # -- state -----------------------------------------------------------------------------

    def _changed(self) -> None:
        self.outline.expandAll()
        self.preview.show_briefing(self.document.briefing)

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document.title}[*] — briefer")
        self.setWindowModified(self.document.modified)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.editor.show_item(self.outline_model.item(current))
        item_id = current.data(ID_ROLE) if current.isValid() else ""
        if item_id and item_id != self._previewed:
            # a new selection turns the preview to its page; the same item selected again
            # after an edit leaves the page where the user is reading
            section = current.parent() if current.parent().isValid() else current
            self.preview.show_item(item_id, section.data(ID_ROLE))
            self._previewed = item_id

    def _remember_current(self) -> None:
        index = self.outline.currentIndex()
        self._current = index.data(ID_ROLE) if index.isValid() else ""

    def _restore_current(self) -> None:
        self._select(self._current)

    def _select(self, item_id: str) -> None:
        """Select the item and show it in the editor; if it is gone (removed, undone, another
        briefing), the editor shows nothing rather than a stale item."""
        index = self.outline_model.index_of(item_id) if item_id else QModelIndex()
        if index.isValid():
            self.outline.setCurrentIndex(index)
            self.editor.show_item(self.outline_model.item(index))
        else:
            self.editor.show_item(None)

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            room = self.screen().availableGeometry()
            self.resize(min(1400, room.width()), min(860, room.height()))
        for key, splitter in (
            ("window/splitter", self.splitter),
            ("window/right", self.right_splitter),
        ):
            state = self.settings.value(key)
            if state is not None:
                splitter.restoreState(state)

    def _autosave_soon(self) -> None:
        # not restarted by each edit: steady typing is saved too, at most the delay late
        if not self._autosave_timer.isActive():
            self._autosave_timer.start()

    def autosave(self) -> None:
        """Write unsaved changes to the recovery file (nothing when all is saved)."""
        if self.recovery is None:
            return
        try:
            if self.document.modified:
                self.recovery.save(self.document.briefing, self.document.path)
            else:
                self.recovery.clear()
        except OSError as error:  # shown until the next message: the user should see it
            self.statusBar().showMessage(
                self.tr("Could not autosave: {error}. Save your work to be safe.").format(
                    error=describe_os_error(error)
                )
            )

    def restore(self, briefing: Briefing, path: Path | None) -> None:
        """Take up a briefing recovered after a crash, marked as not saved."""
        self.document.replace(briefing, path)
        self.document.undo_stack.resetClean()
        self._update_title()
        self.autosave()  # into this session's recovery file, before the crashed one goes

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_discard():
            event.ignore()
            return
        if self.recovery is not None:
            self.recovery.close()
        self.library_panel.stop()
        self.preview.remove_files()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/right", self.right_splitter.saveState())
        event.accept()

    def _error(self, message: str) -> None:
        QMessageBox.warning(self, "briefer", message)

    def _about(self) -> None:
        AboutDialog(self.library.path, self.settings, self).exec()
