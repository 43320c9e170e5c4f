"""The live preview: the briefing's PDF, re-rendered on a worker shortly after each edit."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, QThreadPool, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefer.compose import VARIANTS, Variant, build_document, entry_anchor, section_anchor
from briefer.gui.workers import Job, start
from briefer.model import Briefing
from briefer.render.pagination import heading_pages
from briefer.render.registry import RENDERERS
from briefer.render.template import available_templates, find_template

PREVIEW_DELAY_MS = 350
_FINISHING_MS = 30_000  # the longest a closing window waits for a render to finish writing


class PreviewPane(QWidget):
    """Shows the current briefing as its template prints it, keeping the page in view."""

    rendered = Signal(float)  # seconds the last render took
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Preview of the briefing"))
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.page_label = QLabel()
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        for icon, tip, action in (
            (QStyle.StandardPixmap.SP_ArrowBack, self.tr("Previous page"), lambda: self.turn(-1)),
            (QStyle.StandardPixmap.SP_ArrowForward, self.tr("Next page"), lambda: self.turn(1)),
        ):
            button = _tool_button(tip)
            button.setIcon(self.style().standardIcon(icon))
            button.clicked.connect(action)
            bar.addWidget(button)
        bar.addWidget(self.page_label)
        bar.addStretch()
        self.variant = QComboBox()
        self.variant.setAccessibleName(self.tr("Preview variant"))
        self.variant.setToolTip(self.tr("Which export the preview shows"))
        for variant in VARIANTS:
            label = self.tr("Internal") if variant == "internal" else self.tr("Shareable")
            self.variant.addItem(label, variant)
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Preview template"))
        self.template.setToolTip(self.tr("The template the preview uses"))
        self.template.addItem(self.tr("Briefing's template"), None)
        for template in available_templates():
            self.template.addItem(template.name, template.name)
        for box in (self.variant, self.template):
            box.currentIndexChanged.connect(self._render_soon)
            bar.addWidget(box)
        for text, tip, action in (
            ("−", self.tr("Zoom out"), lambda: self.zoom(0.8)),
            ("+", self.tr("Zoom in"), lambda: self.zoom(1.25)),
            (self.tr("Fit"), self.tr("Fit the page width"), self.fit_width),
        ):
            button = _tool_button(tip)
            button.setText(text)
            button.clicked.connect(action)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        self._folder = tempfile.TemporaryDirectory(
            prefix="briefer-preview-", ignore_cleanup_errors=True
        )
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._render)
        self._briefing: Briefing | None = None
        self._running: Job | None = None
        self._pending = False
        self._count = 0
        self.last_pdf: Path | None = None  # the file the preview shows, for printing
        self._shown: Path | None = None  # the file the view holds, even after a failed render
        self._pages: dict[str, int] = {}  # the page (1-based) of each heading, by anchor
        self._wanted: tuple[str, ...] = ()  # the anchors of the outline's selection
        self._turn_due = False
        self._closed = False  # the window closed: a render still running reports to no one

    def show_briefing(self, briefing: Briefing) -> None:
        """Render briefing soon (edits in quick succession make one render)."""
        self._briefing = briefing
        self._timer.start()

    def _render_soon(self) -> None:
        self._timer.start()

    def show_item(self, item_id: str, section_id: str = "") -> None:
        """Turn to the page where the outline's item is printed (its section's, if the item
        has no heading of its own here, as an internal note in the shareable variant)."""
        wanted = (entry_anchor(item_id), section_anchor(item_id), section_anchor(section_id))
        self._wanted = wanted if section_id else wanted[:2]
        self._turn_to_wanted()

    def _turn_to_wanted(self) -> None:
        page = next((self._pages[a] for a in self._wanted if a in self._pages), None)
        self._turn_due = page is None  # not rendered yet: turn when it is
        if page is not None:
            navigator = self.view.pageNavigator()
            navigator.jump(page - 1, QPointF(), navigator.currentZoom())

    def variant_shown(self) -> Variant:
        """The variant the preview shows."""
        variant: Variant = self.variant.currentData()
        return variant

    def _render(self) -> None:
        if self._running is not None:
            self._pending = True  # render again when the current one is done
            return
        briefing = self._briefing
        if briefing is None:
            return
        self._count += 1
        target = Path(self._folder.name) / f"preview-{self._count}.pdf"

        name = self.template.currentData() or briefing.meta.template
        variant = self.variant_shown()

        def work() -> tuple[Path, dict[str, int]]:
            import time

            started = time.perf_counter()
            template = find_template(name)
            document = build_document(briefing, template, variant)
            RENDERERS["pdf"].render(document, template, target)
            self._seconds = time.perf_counter() - started
            return target, heading_pages(document, template).headings

        self._running = start(work, self._show, self._failed)

    def _show(self, rendered: tuple[Path, dict[str, int]]) -> None:
        if self._closed:
            return
        path, self._pages = rendered
        navigator = self.view.pageNavigator()
        page = navigator.currentPage()
        self.pdf.load(str(path))
        if self._shown is not None:  # replaced: a day of previews must not fill the disk
            self._shown.unlink(missing_ok=True)
        self._shown = self.last_pdf = path
        last = max(self.pdf.pageCount() - 1, 0)
        navigator.jump(min(page, last), QPointF(), navigator.currentZoom())
        if self._turn_due:
            self._turn_to_wanted()
        self._show_page_number()
        self.rendered.emit(self._seconds)
        self._done()

    def _failed(self, message: str) -> None:
        if self._closed:
            return
        self.last_pdf = None  # what is shown is no longer the briefing: never print it
        self.message.emit(self.tr("Preview: {message}").format(message=message))
        self._done()

    def _done(self) -> None:
        self._running = None
        if self._pending:
            self._pending = False
            self._render()

    def remove_files(self) -> None:
        """Close the shown PDF and remove every preview file (the window is closing); a
        render still running finishes writing first, or its file would outlive the folder."""
        self._timer.stop()
        self._closed, self._pending = True, False
        self.pdf.close()
        self._shown = self.last_pdf = None
        if self._running is not None:
            QThreadPool.globalInstance().waitForDone(_FINISHING_MS)
        self._folder.cleanup()

    def current_pdf(self) -> Path | None:
        """The shown PDF if it is of the briefing as it is now; None while a render is due."""
        busy = self._timer.isActive() or self._running is not None or self._pending
        return None if busy else self.last_pdf

    def turn(self, pages: int) -> None:
        """Go forward (or back, if negative) by pages, staying within the document."""
        navigator = self.view.pageNavigator()
        last = max(self.pdf.pageCount() - 1, 0)
        page = max(0, min(navigator.currentPage() + pages, last))
        navigator.jump(page, QPointF(), navigator.currentZoom())

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _show_page_number(self) -> None:
        count = self.pdf.pageCount()
        current = self.view.pageNavigator().currentPage() + 1
        text = self.tr("Page {current} of {count}").format(current=current, count=count)
        self.page_label.setText(text if count else "")

    def zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(self.view.zoomFactor() * factor, 5.0)))


def _tool_button(tip: str) -> QToolButton:
    button = QToolButton()
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    return button
