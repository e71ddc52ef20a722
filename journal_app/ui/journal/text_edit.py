"""The body editor: a QTextEdit that shows Markdown formatted and hands text copied out to the clipboard guard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit

from . import markdown_format as md

MAX_HIGHLIGHTS = 500


class MarkdownTextEdit(QTextEdit):
    contents_changed = Signal()  # the shown document's contentsChanged, whichever document is shown

    def __init__(self, clipboard_guard: Any = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._clipboard_guard = clipboard_guard
        self.setAcceptRichText(False)  # pasted HTML would carry fonts and colours Markdown cannot keep
        self.setTabChangesFocus(True)  # keyboard users can leave the editor with Tab
        self.document().setDocumentMargin(12)
        self.document().contentsChanged.connect(self.contents_changed)
        self.cursorPositionChanged.connect(self._on_cursor_moved)

    # -- Markdown in and out -------------------------------------------------------------------------------------

    def set_markdown(self, text: str) -> None:
        """Show `text` as a new document, built apart from the view and then set at once.

        Filling the shown document instead makes the view lay out and repaint after every block it receives: for
        a 50,000-word entry that is ten times slower than building the document alone (about 50 ms against 5).
        The new document starts with an empty undo history; the old one is emptied at once and deleted later.
        """
        old = self.document()
        document = QTextDocument(self)
        document.setDefaultFont(old.defaultFont())
        document.setDefaultTextOption(old.defaultTextOption())
        document.setDefaultStyleSheet(old.defaultStyleSheet())
        document.setIndentWidth(old.indentWidth())
        document.setDocumentMargin(old.documentMargin())
        document.setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        document.setModified(False)
        mine = old.parent() is self  # else the text control made it, and deletes it when it is replaced
        old.contentsChanged.disconnect(self.contents_changed)
        self.setDocument(document)
        document.contentsChanged.connect(self.contents_changed)
        if mine:
            old.clear()  # no earlier entry's text stays behind in memory until the deferred delete
            old.deleteLater()

    def markdown(self) -> str:
        text = self.document().toMarkdown(QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        return text.rstrip() + "\n" if text.strip() else ""

    def plain_text(self) -> str:
        return self.toPlainText()

    # -- clipboard: text leaving the app goes through the guard, which clears it later ---------------------------

    def _selected_plain_text(self) -> str:
        return self.textCursor().selection().toPlainText()

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
        """Paste as plain text: no remote images, no foreign styles."""
        if source.hasText():
            self.textCursor().insertText(source.text())

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    def _on_cursor_moved(self) -> None:
        """At the end of a link, what is typed next is plain text (not part of the link)."""
        cursor = self.textCursor()
        current = self.currentCharFormat()
        if cursor.hasSelection() or not current.isAnchor():
            return
        block = cursor.block()
        if cursor.positionInBlock() < block.length() - 1:
            following = QTextCursor(cursor)
            following.movePosition(QTextCursor.MoveOperation.NextCharacter)
            if following.charFormat().anchorHref() == current.anchorHref():
                return  # inside the link
        plain = QTextCharFormat(current)
        for prop in (QTextFormat.Property.IsAnchor, QTextFormat.Property.AnchorHref, QTextFormat.Property.AnchorName):
            plain.clearProperty(prop)
        plain.setFontUnderline(False)
        plain.clearForeground()
        self.setCurrentCharFormat(plain)

    # -- checklists: a click on the box ticks it -----------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        cursor = self.cursorForPosition(event.position().toPoint())
        block = cursor.block()
        marker = block.blockFormat().marker()
        if (
            event.button() == Qt.MouseButton.LeftButton
            and not self.isReadOnly()
            and block.textList() is not None
            and marker != QTextBlockFormat.MarkerType.NoMarker
            and cursor.positionInBlock() == 0
        ):
            start = QTextCursor(block)
            if event.position().x() < self.cursorRect(start).left():
                md.toggle_checkbox(start)
                event.accept()
                return
        super().mouseReleaseEvent(event)

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
