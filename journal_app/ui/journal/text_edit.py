"""The body editor: the Markdown source itself, styled live, with every character kept as typed or pasted.

What the person types is what is stored: the text is never regenerated from a rich-text document. A
QSyntaxHighlighter gives headings, bold, links and task boxes their look without changing a character. Text copied
out goes through the clipboard guard, which clears it later.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from . import markdown_format as md
from .markdown_highlighter import MarkdownHighlighter

MAX_HIGHLIGHTS = 500
#: Bodies up to this length are styled at once when shown; the rest of a longer one is styled in steps.
HIGHLIGHT_NOW_CHARS = 8_000
#: Longer bodies are shown without live styling (styling them, even in steps, would keep the machine busy).
HIGHLIGHT_MAX_CHARS = 2_000_000


def normalise_line_ends(text: str) -> str:
    """Pasted text with Windows or old Mac line ends (or Unicode paragraph separators) gets plain newlines."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")


class MarkdownTextEdit(QPlainTextEdit):
    contents_changed = Signal()  # characters were added or removed
    image_pasted = Signal(QImage)  # the clipboard or a drop held an image and no text
    files_dropped = Signal(list)  # local file paths dropped on the editor

    def __init__(self, clipboard_guard: Any = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._clipboard_guard = clipboard_guard
        self.setTabChangesFocus(True)  # keyboard users can leave the editor with Tab
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(12)
        self.document().contentsChange.connect(self._on_contents_change)
        self.highlighter = MarkdownHighlighter(self.document(), self.palette())
        self._style_highlighter()

    # -- the Markdown source in and out --------------------------------------------------------------------------

    def set_markdown(self, text: str) -> None:
        """Show `text` exactly, with an empty undo history. Very long bodies are shown without styling."""
        self.highlighter.style_now()
        self.highlighter.setDocument(None)
        self.setPlainText(text)
        if len(text) <= HIGHLIGHT_MAX_CHARS:
            if len(text) > HIGHLIGHT_NOW_CHARS:
                self.highlighter.style_later(HIGHLIGHT_NOW_CHARS)
            self.highlighter.setDocument(self.document())

    def markdown(self) -> str:
        """The body as stored: every character as typed or pasted (lines end with a newline)."""
        return self.document().toRawText().replace("\u2029", "\n")

    def plain_text(self) -> str:
        return self.markdown()

    def _on_contents_change(self, _position: int, removed: int, added: int) -> None:
        if removed or added:
            self.contents_changed.emit()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.PaletteChange):
            self._style_highlighter()

    def _style_highlighter(self) -> None:
        self.highlighter.set_style(self.palette(), self.font().pointSizeF())

    # -- clipboard: text leaving the app goes through the guard, which clears it later ---------------------------

    def _selected_plain_text(self) -> str:
        return self.textCursor().selectedText().replace("\u2029", "\n")

    def createMimeDataFromSelection(self) -> QMimeData:
        data = QMimeData()
        data.setText(self._selected_plain_text())  # exact characters: no-break spaces stay what they are
        return data

    def copy_out(self) -> None:
        if not self.textCursor().hasSelection():
            return
        if self._clipboard_guard is not None:
            self._clipboard_guard.copy_text(self._selected_plain_text())
        else:
            self.copy()

    def cut_out(self) -> None:
        if not self.textCursor().hasSelection():
            return
        self.copy_out()
        if not self.isReadOnly():
            self.textCursor().removeSelectedText()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._clipboard_guard is not None:
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_out()
                event.accept()
                return
            if event.matches(QKeySequence.StandardKey.Cut):
                self.cut_out()
                event.accept()
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self._clipboard_guard is not None:
            for action in menu.actions():
                name = action.objectName()
                if name in ("edit-copy", "edit-cut"):
                    action.triggered.disconnect()
                    action.triggered.connect(self.copy_out if name == "edit-copy" else self.cut_out)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste text as plain text, exactly (line ends made plain); local files go to `files_dropped` (a file
        manager offers their paths as text too), an image to `image_pasted`."""
        if source.hasUrls():
            paths = [url.toLocalFile() for url in source.urls() if url.isLocalFile()]
            if paths:
                self.files_dropped.emit(paths)
                return
        if source.hasText() and source.text():
            self.textCursor().insertText(normalise_line_ends(source.text()))
            self.ensureCursorVisible()
            return
        if source.hasImage():
            image = source.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.image_pasted.emit(image)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasImage() or source.hasUrls()

    # -- task boxes: a click on the box (or Ctrl+click on the line) ticks it -----------------------------------------

    def _task_at(self, event: QMouseEvent) -> Any:
        """The block whose task box is under the mouse (anywhere on the line with Ctrl), else None."""
        cursor = self.cursorForPosition(event.position().toPoint())
        block = cursor.block()
        found = md.TASK.match(block.text())
        if found is None:
            return None
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return block
        box = found.start("box")
        return block if box - 1 <= cursor.positionInBlock() <= box + 2 else None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self.isReadOnly():
            block = self._task_at(event)
            if block is not None and md.toggle_task(block):
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over_box = event.buttons() == Qt.MouseButton.NoButton and self._task_at(event) is not None
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over_box else Qt.CursorShape.IBeamCursor)
        super().mouseMoveEvent(event)

    # -- search matches --------------------------------------------------------------------------------------------

    def highlight_words(self, words: list[str]) -> int:
        """Mark every occurrence of the words (case-insensitive) and move to the first one; returns the count."""
        selections: list[QTextEdit.ExtraSelection] = []
        first: QTextCursor | None = None
        document = self.document()
        color = self.palette().highlight().color()
        background = QColor(color)
        background.setAlpha(90)
        for word in {w for w in words if w.strip()}:
            cursor = QTextCursor(document)
            while len(selections) < MAX_HIGHLIGHTS:
                cursor = document.find(word, cursor)
                if cursor.isNull():
                    break
                selection = QTextEdit.ExtraSelection()
                selection.cursor = QTextCursor(cursor)
                selection.format.setBackground(background)
                selections.append(selection)
                if first is None or cursor.selectionStart() < first.selectionStart():
                    first = QTextCursor(cursor)
        self.setExtraSelections(selections)
        if first is not None:
            self.setTextCursor(first)
            self.ensureCursorVisible()
        return len(selections)

    def clear_highlights(self) -> None:
        self.setExtraSelections([])
