"""A PDF attachment shown inside the app, page by page: the file is read from the vault into memory and each page
is rendered there by pdfium (pypdfium2), one page at a time. Nothing is written to disk."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError

RENDER_DPI = 110


class PdfUnavailable(JournalError):
    """The file cannot be shown: not a PDF, damaged, locked with a password, or no renderer here."""


def open_pdf(data: bytes) -> Any:
    try:
        import pypdfium2
    except ImportError as error:  # a build without the renderer
        raise PdfUnavailable("no PDF renderer") from error
    try:
        return pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        raise PdfUnavailable("this PDF cannot be opened") from error


def render_page(document: Any, index: int, dpi: int = RENDER_DPI) -> QImage:
    """One page as an image, in memory."""
    page = document[index]
    try:
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
        try:
            fmt = QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
        finally:
            bitmap.close()
    finally:
        page.close()
    return image


class PdfViewer(QDialog):
    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        document = open_pdf(data)  # first: a damaged PDF must leave no half-built dialog behind (its parent keeps it)
        super().__init__(parent)
        self._document = document
        self.page_count = len(self._document)
        self.index = 0
        self.page_label = QLabel()
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.image_label)
        self.scroll_area.setWidgetResizable(True)
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        pager = QHBoxLayout()
        pager.addWidget(self.previous_button)
        pager.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        pager.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(pager)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.buttons)
        self.previous_button.clicked.connect(lambda: self.show_page(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.index + 1))
        for keys, step in (
            (QKeySequence.StandardKey.MoveToPreviousPage, -1),
            (QKeySequence.StandardKey.MoveToNextPage, 1),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(lambda s=step: self.show_page(self.index + s))
        self.resize(820, 900)
        self.retranslate()
        self.show_page(0)

    def retranslate(self) -> None:
        # The window title never names the file (a screen may be seen or recorded).
        self.setWindowTitle(self.tr("Attachment"))
        self.previous_button.setText(self.tr("&Previous page"))
        self.next_button.setText(self.tr("&Next page"))
        self.image_label.setAccessibleName(self.tr("Page of the attached PDF"))
        self._update_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_page(self, index: int) -> None:
        if not 0 <= index < self.page_count:
            return
        self.index = index
        self.image_label.setPixmap(QPixmap.fromImage(render_page(self._document, index)))
        self._update_label()

    def _update_label(self) -> None:
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(self.page_count))
        )
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index + 1 < self.page_count)

    def clear(self) -> None:
        self.image_label.clear()

    def done(self, result: int) -> None:
        self.image_label.clear()  # the page does not outlive the viewer
        if self._document is not None:
            self._document.close()
            self._document = None
        super().done(result)
