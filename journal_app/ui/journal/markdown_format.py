"""Formatting commands on a QTextCursor that Qt's Markdown writer understands (QTextDocument.toMarkdown)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat, QTextListFormat
from PySide6.QtWidgets import QTextEdit

QUOTE_INDENT = 40  # pixels, as Qt's Markdown reader indents quotes
_MARKERS = QTextBlockFormat.MarkerType


def toggle_bold(edit: QTextEdit) -> None:
    """Bold on the selection, or for the text typed next."""
    fmt = QTextCharFormat()
    bold = edit.currentCharFormat().fontWeight() > QFont.Weight.Normal
    fmt.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
    edit.mergeCurrentCharFormat(fmt)


def toggle_italic(edit: QTextEdit) -> None:
    fmt = QTextCharFormat()
    fmt.setFontItalic(not edit.currentCharFormat().fontItalic())
    edit.mergeCurrentCharFormat(fmt)


def set_heading(cursor: QTextCursor, level: int) -> None:
    """Level 1-6 makes the block(s) a heading; 0 makes them body text again."""
    cursor.beginEditBlock()
    block_fmt = QTextBlockFormat()
    block_fmt.setHeadingLevel(level)
    cursor.mergeBlockFormat(block_fmt)
    char_fmt = QTextCharFormat()
    char_fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, max(-1, 4 - level) if level else 0)
    char_fmt.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
    selection = QTextCursor(cursor)
    start, end = selection.selectionStart(), selection.selectionEnd()
    selection.setPosition(start)
    selection.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    selection.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    selection.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    selection.mergeCharFormat(char_fmt)
    cursor.mergeBlockCharFormat(char_fmt)
    cursor.endEditBlock()


def toggle_heading(cursor: QTextCursor, level: int = 2) -> None:
    set_heading(cursor, 0 if cursor.blockFormat().headingLevel() == level else level)


def toggle_bullet_list(cursor: QTextCursor) -> None:
    current = cursor.currentList()
    if current is not None and cursor.blockFormat().marker() == _MARKERS.NoMarker:
        _leave_list(cursor)
        return
    cursor.beginEditBlock()
    if current is None:
        cursor.createList(QTextListFormat.Style.ListDisc)
    _set_marker(cursor, _MARKERS.NoMarker)
    cursor.endEditBlock()


def toggle_checkbox(cursor: QTextCursor) -> None:
    """Not in a list: start a checklist. On a checklist item: tick or untick it."""
    cursor.beginEditBlock()
    if cursor.currentList() is None:
        cursor.createList(QTextListFormat.Style.ListDisc)
        _set_marker(cursor, _MARKERS.Unchecked)
    else:
        marker = cursor.blockFormat().marker()
        _set_marker(cursor, _MARKERS.Checked if marker == _MARKERS.Unchecked else _MARKERS.Unchecked)
    cursor.endEditBlock()


def _set_marker(cursor: QTextCursor, marker: QTextBlockFormat.MarkerType) -> None:
    fmt = QTextBlockFormat()
    fmt.setMarker(marker)
    cursor.mergeBlockFormat(fmt)


def _leave_list(cursor: QTextCursor) -> None:
    cursor.beginEditBlock()
    block = cursor.block()
    text_list = block.textList()
    if text_list is not None:
        text_list.remove(block)
    fmt = cursor.blockFormat()
    fmt.setIndent(0)
    fmt.setMarker(_MARKERS.NoMarker)
    cursor.setBlockFormat(fmt)
    cursor.endEditBlock()


def is_quote(cursor: QTextCursor) -> bool:
    return bool(cursor.blockFormat().property(QTextFormat.Property.BlockQuoteLevel))


def toggle_quote(cursor: QTextCursor) -> None:
    quoted = is_quote(cursor)
    fmt = QTextBlockFormat()
    fmt.setProperty(QTextFormat.Property.BlockQuoteLevel, 0 if quoted else 1)
    fmt.setLeftMargin(0 if quoted else QUOTE_INDENT)
    cursor.mergeBlockFormat(fmt)


def set_link(edit: QTextEdit, url: str, cursor: QTextCursor | None = None) -> None:
    """Make the selection (or the word under the cursor) a link; an empty url removes the link.

    Text typed after the link is plain again.
    """
    cursor = QTextCursor(cursor) if cursor is not None else edit.textCursor()
    if not cursor.hasSelection():
        cursor.select(QTextCursor.SelectionType.WordUnderCursor)
    if not cursor.hasSelection():
        cursor.insertText(url)
        cursor.setPosition(cursor.position() - len(url), QTextCursor.MoveMode.KeepAnchor)
    if url:
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(url)
        fmt.setFontUnderline(True)
        cursor.mergeCharFormat(fmt)
    else:
        fmt = cursor.charFormat()
        for prop in (QTextFormat.Property.IsAnchor, QTextFormat.Property.AnchorHref):
            fmt.clearProperty(prop)
        fmt.setFontUnderline(False)
        cursor.setCharFormat(fmt)
    after = QTextCursor(cursor)
    after.setPosition(cursor.selectionEnd())
    edit.setTextCursor(after)
    plain = edit.currentCharFormat()
    for prop in (QTextFormat.Property.IsAnchor, QTextFormat.Property.AnchorHref):
        plain.clearProperty(prop)
    plain.setFontUnderline(False)
    edit.setCurrentCharFormat(plain)


def word_count(text: str) -> int:
    return len(text.split())
