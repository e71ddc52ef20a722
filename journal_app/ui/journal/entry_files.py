"""Photos and files of a journal entry: attached from the editor, pasted or dropped; stored encrypted in the vault
(streamed, no temporary files), listed under the entry, and shown inline where the text names them
(`![name](attachment:ID)`)."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QObject
from PySide6.QtGui import QImage

from journal_app.core.errors import JournalError
from journal_app.core.markdown import ATTACHMENT_SCHEME

from ..planner.attachments_panel import VIEW_MAX_BYTES, AttachmentsPanel
from ..planner.texts import error_text

PANEL_HEIGHT = 120


def image_reference(name: str, attachment_id: str) -> str:
    """The Markdown that shows an attachment's image where it stands in the text."""
    label = name.replace("[", "(").replace("]", ")").replace("\n", " ")
    return f"![{label}]({ATTACHMENT_SCHEME}{attachment_id})"


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


class EntryFiles(QObject):
    """Joins the editor's text and the entry's attachments panel."""

    def __init__(self, attachments: Any, editor: Any) -> None:
        super().__init__(editor)
        self._attachments = attachments
        self._editor = editor
        self._owner: str | None = None
        self.ensure_entry: Callable[[], str | None] = lambda: None
        self.panel = AttachmentsPanel(attachments, owner_kind="entry")
        self.panel.setMaximumHeight(PANEL_HEIGHT)
        self.panel.add_button.clicked.disconnect()
        self.panel.add_button.clicked.connect(self.choose_files)
        self.panel.added.connect(self._on_added)
        self.panel.changed.connect(self._fit)
        self.panel.failed.connect(editor.show_problem)
        editor.body.image_pasted.connect(self.add_image)
        editor.body.files_dropped.connect(self.add_paths)
        editor.preview.set_image_loader(self.image_data)

    def show_owner(self, entry_id: str | None) -> None:
        self._owner = entry_id
        self.panel.set_owner(entry_id)
        self._fit()

    def _fit(self) -> None:
        """The list takes room only when the entry has files."""
        self.panel.list.setVisible(self.panel.list.count() > 0)

    def clear(self) -> None:
        self._owner = None
        self.panel.clear()

    def _owner_now(self) -> str | None:
        """The entry's id, saving a new entry first (attachments belong to an entry that exists)."""
        if self._owner is None:
            self._owner = self.ensure_entry()
            if self._owner is not None:
                self.panel.set_owner(self._owner)
                self._fit()
        return self._owner

    def choose_files(self) -> None:
        if self._owner_now() is not None:
            self.panel.choose_file()

    def add_paths(self, paths: list[str]) -> None:
        if self._owner_now() is None:
            return
        for path in paths:
            self.panel.add_path(Path(path))

    def add_image(self, image: QImage) -> None:
        """A pasted image: stored as PNG, and shown where the cursor is."""
        owner = self._owner_now()
        if owner is None:
            return
        name = datetime.now().strftime("image-%Y-%m-%d-%H%M%S.png")
        try:
            item = self._attachments.add("entry", owner, name, io.BytesIO(png_bytes(image)), mime="image/png")
        except JournalError as error:
            self._editor.show_problem(error_text(error))
            return
        self.panel.reload()
        self._fit()
        self._on_added(item)

    def _on_added(self, item: Any) -> None:
        if item is not None and item.mime.startswith("image/") and item.mime != "image/svg+xml":
            self._editor.body.textCursor().insertText(image_reference(item.name, item.id))

    def image_data(self, attachment_id: str) -> bytes | None:
        """An image of this entry, for the preview; None for anything else."""
        try:
            item = self._attachments.get(attachment_id)
            if item.owner_kind != "entry" or item.owner_id != self._owner or not item.mime.startswith("image/"):
                return None
            return bytes(self._attachments.read(attachment_id, VIEW_MAX_BYTES))
        except JournalError:
            return None
