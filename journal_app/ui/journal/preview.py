"""The rendered entry: the Markdown body through the app's one parser (core/markdown.py), read-only.

Nothing outside the vault is ever loaded: an image is shown only when it is one of the vault's attachments, fetched
through the loader the owner gives (bytes in memory, never a temporary file); every other resource is refused.
Links are not followed from here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from journal_app.core.markdown import ATTACHMENT_SCHEME, attachment_id, to_html

#: Gives an attachment's bytes by id (None: not an image of this entry, or too large).
ImageLoader = Callable[[str], bytes | None]
MAX_IMAGE_WIDTH = 640

_CSS = """
h1, h2, h3 { margin: 0.6em 0 0.3em 0; } blockquote { margin-left: 12px; font-style: italic; }
code, pre { font-family: monospace; } li.task { list-style-type: none; }
td, th { padding: 2px 6px; border: 1px solid palette(mid); }
"""


class MarkdownPreview(QTextBrowser):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(_CSS)
        self.document().setDocumentMargin(12)
        self._loader: ImageLoader | None = None

    def set_image_loader(self, loader: ImageLoader | None) -> None:
        self._loader = loader

    def set_markdown(self, body: str) -> None:
        self.setHtml(to_html(body, image_source=self._image_source) if body else "")

    def _image_source(self, file_id: str) -> str | None:
        return f"{ATTACHMENT_SCHEME}{file_id}" if self._loader is not None else None

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Only the vault's own images; never a file, never anything else."""
        if kind != int(QTextDocument.ResourceType.ImageResource.value) or self._loader is None:
            return None
        file_id = attachment_id(name.toString() if isinstance(name, QUrl) else name)
        data = self._loader(file_id) if file_id else None
        if not data:
            return None
        image = QImage.fromData(data)
        if image.isNull():
            return None
        width = min(MAX_IMAGE_WIDTH, max(64, self.viewport().width() - 40))
        return image.scaledToWidth(width) if image.width() > width else image

    def clear_text(self) -> None:
        self.clear()
        self.document().clear()
