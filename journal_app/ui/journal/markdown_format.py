"""Formatting commands that edit the Markdown source: they insert or remove the marks around the selection.

Each command is one edit block, so one Undo takes it back. Nothing here reformats text the person wrote: a command
touches only the marks it adds or removes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCursor

_Move = QTextCursor.MoveOperation
_Keep = QTextCursor.MoveMode.KeepAnchor

#: A list item's mark, with an optional task box: "- ", "* ", "1. ", "- [ ] ", "  - [x] ".
LIST_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>[-*+]|\d{1,9}[.)])(?P<space>[ \t]+)(?P<box>\[[ xX]\][ \t]+)?")
HEADING = re.compile(r"^(?P<indent> {0,3})(?P<hashes>#{1,6})(?:[ \t]+|$)")
QUOTE = re.compile(r"^(?P<indent> {0,3})>[ \t]?")
#: A task box on its line: group "box" is the character between the brackets.
TASK = re.compile(r"^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[(?P<box>[ xX])\]")
LINK = re.compile(r"(?<!!)\[(?P<text>[^\]\n]*)\]\((?P<url>[^)\s]*)\)")


def _blocks(cursor: QTextCursor) -> list[QTextBlock]:
    """The blocks the selection touches (the cursor's block when nothing is selected)."""
    document = cursor.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    if cursor.hasSelection() and last.position() == cursor.selectionEnd() and last != first:
        last = last.previous()  # a selection that ends at the start of a line does not take that line
    blocks = [first]
    while blocks[-1] != last and blocks[-1].next().isValid():
        blocks.append(blocks[-1].next())
    return blocks


def _replace_start(block: QTextBlock, length: int, text: str) -> None:
    """Replace the first `length` characters of a block with `text` (inside the caller's edit block)."""
    edit = QTextCursor(block)
    edit.setPosition(block.position() + length, _Keep)
    edit.insertText(text)


class _EditBlock:
    def __init__(self, cursor: QTextCursor) -> None:
        self.cursor = cursor

    def __enter__(self) -> QTextCursor:
        self.cursor.beginEditBlock()
        return self.cursor

    def __exit__(self, *exc: object) -> None:
        self.cursor.endEditBlock()


# -- marks around the selection -----------------------------------------------------------------------------------


def _stars(text: str, from_end: bool = False) -> int:
    stripped = text.rstrip("*") if from_end else text.lstrip("*")
    return len(text) - len(stripped)


def _toggle_emphasis(cursor: QTextCursor, weight: int) -> QTextCursor:
    """Bold (weight 2) or italic (weight 1) on or off, with asterisks; `***x***` is both."""
    document = cursor.document()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    inner = cursor.selectedText()
    block = document.findBlock(start)
    line, offset = block.text(), start - block.position()
    end_offset = offset + len(inner)
    if "\u2029" in inner:  # more than one line: format each line's text on its own? keep it simple and safe
        return cursor
    # the stars already there: inside the selection's ends, or just outside them
    inside = min(_stars(inner), _stars(inner, from_end=True)) if len(inner.strip("*")) > 0 else 0
    outside = min(_stars(line[:offset], from_end=True), _stars(line[end_offset:]))
    with _EditBlock(cursor):
        if inside:
            have, where_start, where_end = inside, start, end - inside
        else:
            have, where_start, where_end = outside, start - outside, end
        on = have >= 2 if weight == 2 else have % 2 == 1
        if on:
            _remove(document, where_end, weight)
            _remove(document, where_start, weight)
            new_start = start - (weight if not inside else 0)
            new_end = new_start + len(inner) - (2 * weight if inside else 0)
        else:
            marks = "*" * weight
            edit = QTextCursor(document)
            edit.setPosition(end)
            edit.insertText(marks)
            edit.setPosition(start)
            edit.insertText(marks)
            new_start, new_end = start + weight, end + weight
    result = QTextCursor(document)
    result.setPosition(new_start)
    result.setPosition(new_end, _Keep)
    return result


def _remove(document: object, position: int, count: int) -> None:
    edit = QTextCursor(document)  # type: ignore[call-overload]
    edit.setPosition(position)
    edit.setPosition(position + count, _Keep)
    edit.removeSelectedText()


def _step_out(cursor: QTextCursor, marks: str) -> bool:
    """Typing inside `**…**` with the closing marks just after the cursor: move past them (the second Ctrl+B)."""
    if cursor.hasSelection():
        return False
    block = cursor.block()
    line, offset = block.text(), cursor.positionInBlock()
    if not line.startswith(marks, offset) or line[:offset].count(marks) % 2 == 0:
        return False
    if line.startswith(marks, offset - len(marks)) and offset >= len(marks):
        return False  # between an empty pair: the toggle removes the pair instead
    cursor.setPosition(cursor.position() + len(marks))
    return True


def toggle_bold(cursor: QTextCursor) -> QTextCursor:
    """`**` around the selection, or away if it is bold; returns the cursor to show (the text, selected)."""
    if _step_out(cursor, "**"):
        return cursor
    return _toggle_emphasis(cursor, 2)


def toggle_italic(cursor: QTextCursor) -> QTextCursor:
    if not cursor.hasSelection() and cursor.block().text().startswith("*", cursor.positionInBlock()):
        line, offset = cursor.block().text(), cursor.positionInBlock()
        opened = line[:offset].count("*") % 2 == 1
        if opened and not line.startswith("**", offset) and _stars(line[:offset], from_end=True) != 1:
            cursor.setPosition(cursor.position() + 1)  # the closing star of *…*: step past it
            return cursor
    return _toggle_emphasis(cursor, 1)


def toggle_code(cursor: QTextCursor) -> QTextCursor:
    """Backticks around the selection, or away."""
    document = cursor.document()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    text = cursor.selectedText()
    block = document.findBlock(start)
    line, offset = block.text(), start - block.position()
    with _EditBlock(cursor):
        if len(text) >= 2 and text.startswith("`") and text.endswith("`"):
            _remove(document, end - 1, 1)
            _remove(document, start, 1)
            new_start, new_end = start, end - 2
        elif (
            offset > 0 and line[offset - 1 : offset] == "`" and line[offset + len(text) : offset + len(text) + 1] == "`"
        ):
            _remove(document, end, 1)
            _remove(document, start - 1, 1)
            new_start, new_end = start - 1, end - 1
        else:
            edit = QTextCursor(document)
            edit.setPosition(end)
            edit.insertText("`")
            edit.setPosition(start)
            edit.insertText("`")
            new_start, new_end = start + 1, end + 1
    result = QTextCursor(document)
    result.setPosition(new_start)
    result.setPosition(new_end, _Keep)
    return result


# -- marks at the start of lines ----------------------------------------------------------------------------------


def set_heading(cursor: QTextCursor, level: int) -> None:
    """Level 1-6 makes the line(s) a heading (`## `); 0 makes them body text again."""
    with _EditBlock(cursor):
        for block in _blocks(cursor):
            found = HEADING.match(block.text())
            old = len(found.group()) if found else 0
            _replace_start(block, old, "#" * level + " " if level else "")


def heading_level(cursor: QTextCursor) -> int:
    found = HEADING.match(cursor.block().text())
    return len(found.group("hashes")) if found else 0


def toggle_heading(cursor: QTextCursor, level: int = 2) -> None:
    set_heading(cursor, 0 if heading_level(cursor) == level else level)


def toggle_bullet_list(cursor: QTextCursor) -> None:
    """`- ` before each line; away again if every line already is a plain bullet item."""
    blocks = _blocks(cursor)
    items = [LIST_ITEM.match(b.text()) for b in blocks]
    remove = all(m is not None and m.group("mark") in "-*+" and not m.group("box") for m in items)
    with _EditBlock(cursor):
        for block, found in zip(blocks, items, strict=True):
            if remove and found is not None:
                _replace_start(block, len(found.group()) - len(found.group("indent")), "")
                _shift(block, found.group("indent"), "")
            elif found is None:
                _replace_start(block, 0, "- ")
            else:  # a numbered or task item becomes a bullet item
                _replace_start(block, len(found.group()), found.group("indent") + "- ")


def _shift(block: QTextBlock, indent: str, new_indent: str) -> None:
    if indent != new_indent:
        _replace_start(block, len(indent), new_indent)


def is_task(block: QTextBlock) -> bool:
    return TASK.match(block.text()) is not None


def toggle_task(block: QTextBlock) -> bool:
    """Tick or untick the task box of a line; False if the line has none."""
    found = TASK.match(block.text())
    if found is None:
        return False
    position = block.position() + found.start("box")
    edit = QTextCursor(block)
    edit.beginEditBlock()
    edit.setPosition(position)
    edit.setPosition(position + 1, _Keep)
    edit.insertText(" " if found.group("box") in "xX" else "x")
    edit.endEditBlock()
    return True


def toggle_checkbox(cursor: QTextCursor) -> None:
    """On a task line: tick or untick it. Otherwise: make the line(s) task items (`- [ ] `)."""
    blocks = _blocks(cursor)
    if len(blocks) == 1 and toggle_task(blocks[0]):
        return
    with _EditBlock(cursor):
        for block in blocks:
            found = LIST_ITEM.match(block.text())
            if found is None:
                _replace_start(block, 0, "- [ ] ")
            elif not found.group("box"):
                _replace_start(block, len(found.group()), found.group("indent") + "- [ ] ")


def is_quote(cursor: QTextCursor) -> bool:
    return QUOTE.match(cursor.block().text()) is not None


def toggle_quote(cursor: QTextCursor) -> None:
    blocks = _blocks(cursor)
    quoted = [QUOTE.match(b.text()) for b in blocks]
    remove = all(q is not None for q in quoted)
    with _EditBlock(cursor):
        for block, found in zip(blocks, quoted, strict=True):
            if remove and found is not None:
                _replace_start(block, len(found.group()), found.group("indent"))
            elif not remove:
                _replace_start(block, 0, "> ")


# -- links --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LinkSpan:
    start: int  # document positions of the whole `[text](url)`
    end: int
    text: str
    url: str


def link_at(cursor: QTextCursor) -> LinkSpan | None:
    """The `[text](url)` the cursor (or the selection's start) is in."""
    document = cursor.document()
    block = document.findBlock(cursor.selectionStart())
    offset = cursor.selectionStart() - block.position()
    for found in LINK.finditer(block.text()):
        if found.start() <= offset <= found.end():
            return LinkSpan(
                block.position() + found.start(),
                block.position() + found.end(),
                found.group("text"),
                found.group("url"),
            )
    return None


def set_link(cursor: QTextCursor, url: str) -> QTextCursor:
    """Make the selection (or the word at the cursor) `[text](url)`; in a link: change its address, or with an
    empty `url` leave only its text. Returns the cursor to show (after the link)."""
    document = cursor.document()
    url = url.strip().replace(" ", "%20").replace(")", "%29")
    span = link_at(cursor)
    edit = QTextCursor(document)
    with _EditBlock(cursor):
        if span is not None:
            edit.setPosition(span.start)
            edit.setPosition(span.end, _Keep)
            replacement = f"[{span.text}]({url})" if url else span.text
            edit.insertText(replacement)
            end = span.start + len(replacement)
        else:
            edit.setPosition(cursor.selectionStart())
            edit.setPosition(cursor.selectionEnd(), _Keep)
            if not edit.hasSelection():
                edit.select(QTextCursor.SelectionType.WordUnderCursor)
            text = edit.selectedText().replace("\u2029", " ")
            if not url:
                return cursor
            start = edit.selectionStart()
            replacement = f"[{text or url}]({url})"
            edit.insertText(replacement)
            end = start + len(replacement)
    after = QTextCursor(document)
    after.setPosition(end)
    return after


def word_count(text: str) -> int:
    """Words as a reader counts them: Markdown marks alone (`-`, `##`, `[ ]`, `>`) are not words."""
    return sum(1 for word in text.split() if _WORDY.search(word))


_WORDY = re.compile(r"[^\W_]")
