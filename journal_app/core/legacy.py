"""Bodies stored by earlier versions, whose editor regenerated the text with a Markdown writer that broke lines at
80 columns. Those breaks were never typed: `unwrap_earlier_lines` joins them again.

A break is joined only when it has the writer's signature: the line and the first word of the next line together
would not have fitted in 80 columns, both lines belong to the same paragraph (the next line starts no list item,
heading, quote, fence, table row or indented code), and the body ends as that writer ended every body, with one
newline. A line typed short stays as it is, so a journal written line by line keeps its lines. A word longer than a
line was cut by that writer at column 80 and one character was lost there; the two halves are joined without a space
(the lost character cannot be known). The escapes it added (`\\#`, `\\*`) are kept: the parser shows them as the
characters the person saw, and removing them would turn their text into formatting.
"""

from __future__ import annotations

import re

WRAP_COLUMNS = 80
_BLOCK_START = re.compile(
    r"^( {0,3}([-*+]|\d{1,9}[.)])([ \t]|$)| {0,3}#{1,6}([ \t]|$)| {0,3}>| {0,3}(```|~~~)| {4,}\S|\s*\|)"
)
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_ITEM = re.compile(r"^( {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)")


def _wrapped(line: str, following: str) -> bool:
    words = following.split()
    return bool(words) and len(line) <= WRAP_COLUMNS and len(line) + 1 + len(words[0]) > WRAP_COLUMNS


def unwrap_earlier_lines(body: str) -> str:
    """The body with the earlier editor's 80-column line breaks joined; any other body unchanged."""
    if not body.endswith("\n") or body.endswith("\n\n") or "\n" not in body.rstrip("\n"):
        return body
    lines = body[:-1].split("\n")
    out: list[str] = []
    in_fence = False
    previous = ""  # the line before, as it was stored (not as joined so far)
    for line in lines:
        if _FENCE.match(line):
            in_fence = not in_fence
            out.append(line)
            previous = line
            continue
        quoted = bool(_QUOTE.match(line)) and bool(_QUOTE.match(previous))
        content = _QUOTE.sub("", line, count=1) if quoted else line
        if (
            out
            and not in_fence
            and previous.strip()
            and content.strip()
            and not _FENCE.match(previous)
            and not re.match(r"^ {0,3}#{1,6}([ \t]|$)", _QUOTE.sub("", previous, count=1))
            and not previous.lstrip().startswith("|")
            and not (_BLOCK_START.match(content) and not _continues_item(previous, content))
            and _wrapped(previous, content)
        ):
            piece = content.strip()
            cut_word = len(previous) == WRAP_COLUMNS and " " not in previous.strip()
            out[-1] = out[-1] + piece if cut_word else out[-1].rstrip() + " " + piece
            previous = line
            continue
        out.append(line)
        previous = line
    return "\n".join(out) + "\n"


def _continues_item(previous: str, content: str) -> bool:
    """A list item's wrapped text goes on under the item, indented by the item's mark."""
    item = _ITEM.match(previous)
    return item is not None and content.startswith(" " * len(item.group(1))) and not _ITEM.match(content.strip())
