"""The one Markdown parser of the app: CommonMark (markdown-it-py) with tables, strikethrough and task lists.

Everything a person reads goes through here: the preview, the HTML and PDF exports (`to_html`), list previews and
search snippets (`to_plain`; for snippets piece by piece, so that a long body costs only what is shown). The
stored body is never changed by it.

Safety, whatever the body holds:
- raw HTML is not interpreted: `<script>`, `<Ivan>` and comments are shown as the characters they are;
- an image is shown only when its source is one of the vault's own attachments (`attachment:ID`) and the caller
  gives a resolver for it; any other source (a local path such as `/dev/zero`, a web address) is shown as text or a
  link and never loaded;
- links only for http(s) and mailto; any other address is shown as text after the link's words.

Line breaks the person typed stay line breaks (`breaks`), so a journal written line by line reads as written.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from mdit_py_plugins.tasklists import tasklists_plugin

ATTACHMENT_SCHEME = "attachment:"
CHECKED, UNCHECKED = "\u2611", "\u2610"  # ☑ ☐
_SAFE_LINK = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)
_ATTACHMENT_ID = re.compile(r"^attachment:([0-9a-fA-F-]{1,64})$")

#: Gives the `src` to write for an attachment id (a data: URI, an attachment: URL), or None to show it as text.
ImageSource = Callable[[str], str | None]


def attachment_id(src: str) -> str | None:
    """The attachment id of an `attachment:ID` image source, else None."""
    found = _ATTACHMENT_ID.match(src.strip())
    return found.group(1) if found else None


def _task_boxes(state: StateCore) -> None:
    """The task-list plugin marks a task with an <input>; make that a box character, which every renderer shows."""
    for token in state.tokens:
        if token.type != "inline" or not token.children:
            continue
        first = token.children[0]
        if first.type == "html_inline" and "task-list-item-checkbox" in first.content:
            box = Token("task_box", "", 0)
            box.meta = {"checked": 'checked="checked"' in first.content}
            token.children[0] = box
            if len(token.children) > 1 and token.children[1].type == "text":
                token.children[1].content = token.children[1].content.lstrip()


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "breaks": True, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.use(tasklists_plugin)
    md.core.ruler.after("github-tasklists", "task-boxes", _task_boxes)
    return md


def tokens(body: str) -> list[Token]:
    return parser().parse(body)


# -- HTML ------------------------------------------------------------------------------------------------------------


class _HtmlRenderer:
    """Renders the token stream to HTML with the safety rules of the module."""

    def __init__(self, image_source: ImageSource | None, heading_shift: int) -> None:
        self.image_source = image_source
        self.heading_shift = heading_shift
        self.out: list[str] = []
        self.links: list[str | None] = []  # per open link: the address to show after its words, if unsafe

    def block(self, items: Sequence[Token]) -> str:
        for index, token in enumerate(items):
            if token.type == "bullet_list_open" and _all_tasks(items, index):
                self.out.append('<ul class="tasks" style="list-style-type: none">')
                continue
            self._block_token(token)
        return "".join(self.out)

    def _tag(self, token: Token) -> str:
        tag = token.tag
        if tag and tag[0] == "h" and tag[1:].isdigit():
            tag = f"h{min(6, int(tag[1:]) + self.heading_shift)}"
        return tag

    def _block_token(self, token: Token) -> None:
        kind = token.type
        if kind == "inline":
            self._inline(token.children or [])
        elif kind in ("fence", "code_block"):
            self.out.append(f"<pre><code>{html.escape(token.content)}</code></pre>\n")
        elif kind == "html_block":  # never reached with html off; kept as text for safety
            self.out.append(f"<p>{_text(token.content)}</p>\n")
        elif kind == "hr":
            self.out.append("<hr>\n")
        elif kind.endswith("_open"):
            attrs = ""
            if kind == "list_item_open" and "task-list-item" in str(token.attrs.get("class", "")):
                attrs = ' class="task"'
            elif kind == "ordered_list_open" and token.attrs.get("start") not in (None, 1):
                attrs = f' start="{int(str(token.attrs["start"]))}"'
            elif kind in ("th_open", "td_open") and token.attrs.get("style"):
                align = str(token.attrs["style"]).removeprefix("text-align:")
                attrs = f' align="{html.escape(align, quote=True)}"'
            if kind == "paragraph_open" and token.hidden:
                return
            self.out.append(f"<{self._tag(token)}{attrs}>")
        elif kind.endswith("_close"):
            if kind == "paragraph_close" and token.hidden:
                return
            self.out.append(f"</{self._tag(token)}>\n")

    def _inline(self, children: Sequence[Token]) -> None:
        for child in children:
            kind = child.type
            if kind == "text":
                self.out.append(_text(child.content))
            elif kind == "code_inline":
                self.out.append(f"<code>{_text(child.content)}</code>")
            elif kind == "softbreak" or kind == "hardbreak":
                self.out.append("<br>\n")
            elif kind == "task_box":
                self.out.append((CHECKED if child.meta.get("checked") else UNCHECKED) + " ")
            elif kind in ("html_inline",):
                self.out.append(_text(child.content))
            elif kind == "image":
                self._image(child)
            elif kind == "link_open":
                href = str(child.attrs.get("href", ""))
                if _SAFE_LINK.match(href):
                    self.out.append(f'<a href="{html.escape(href, quote=True)}" rel="noreferrer noopener">')
                    self.links.append(None)
                else:
                    self.links.append(href)
            elif kind == "link_close":
                unsafe = self.links.pop() if self.links else None
                if unsafe is None:
                    self.out.append("</a>")
                elif unsafe:
                    self.out.append(f" ({_text(unsafe)})")
            elif kind.endswith("_open"):
                self.out.append(f"<{child.tag}>")
            elif kind.endswith("_close"):
                self.out.append(f"</{child.tag}>")

    def _image(self, token: Token) -> None:
        src = str(token.attrs.get("src", ""))
        alt = _plain_inline(token.children or [])
        found = attachment_id(src)
        resolved = self.image_source(found) if found and self.image_source is not None else None
        if resolved:
            self.out.append(f'<img src="{html.escape(resolved, quote=True)}" alt="{html.escape(alt, quote=True)}">')
        elif _SAFE_LINK.match(src):
            self.out.append(
                f'<a href="{html.escape(src, quote=True)}" rel="noreferrer noopener">{_text(alt or src)}</a>'
            )
        else:
            self.out.append(_text(f"{alt} ({src})" if alt else src))


def _all_tasks(items: Sequence[Token], index: int) -> bool:
    """True when every item of the list opened at `index` is a task (its bullets would stand beside the boxes)."""
    level = items[index].level
    found = False
    for token in items[index + 1 :]:
        if token.level == level:  # the list's close
            break
        if token.type == "list_item_open" and token.level == level + 1:
            if "task-list-item" not in str(token.attrs.get("class", "")):
                return False
            found = True
    return found


def _text(text: str) -> str:
    return html.escape(text, quote=False)


def to_html(body: str, *, image_source: ImageSource | None = None, heading_shift: int = 0) -> str:
    """The body as safe HTML. `image_source(attachment_id)` gives the `src` of an attachment's image (None: show
    the image's words instead); `heading_shift` lowers heading levels (an entry inside a page with its own title)."""
    return _HtmlRenderer(image_source, heading_shift).block(tokens(body))


# -- plain text ------------------------------------------------------------------------------------------------------


def _plain_inline(children: Sequence[Token]) -> str:
    parts: list[str] = []
    for child in children:
        kind = child.type
        if kind in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif kind == "image":
            parts.append(_plain_inline(child.children or []))
    return "".join(parts)


def to_plain(body: str) -> str:
    """The words of the body without marks or escapes: one line per paragraph, heading, list item or table row
    (and per line break the person typed). For list previews and search snippets."""
    lines: list[str] = []
    row: list[str] = []
    in_table = False
    for token in tokens(body):
        kind = token.type
        if kind == "table_open":
            in_table = True
        elif kind == "table_close":
            in_table = False
        elif kind == "inline":
            text = _plain_inline(token.children or [])
            (row if in_table else lines).append(text.strip())
        elif kind in ("fence", "code_block", "html_block"):
            lines.append(token.content.rstrip("\n"))
        elif kind == "tr_close":
            lines.append(" ".join(cell for cell in row if cell))
            row = []
    return "\n".join(line for line in lines if line.strip())


def first_line(body: str, limit: int = 200) -> str:
    """The first line of text of a body, without marks, for lists. Line by line, so that a list page of a
    hundred entries costs a few milliseconds, not a parse of every body."""
    for line in body.split("\n"):
        if line.strip():
            text = " ".join(to_plain(line).split())
            if text:
                return text[:limit]
    return ""


# -- block by block (snippets of long bodies) -------------------------------------------------------------------------

_FENCE = re.compile(r"^[ \t>]*(`{3,}|~{3,})")
_REFERENCE = re.compile(r"\]:")  # a link reference definition may sit anywhere and serve every block
_BLANK_THEN_MARGIN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*(?=[^ \t\n])")


#: A fence that does not start at the margin (indented, or inside a quote or a list item): where it ends depends on its
#: container, so such a body is not cut (it is parsed whole).
_NESTED_FENCE = re.compile(r"^(?:[ \t]|>|[-*+][ \t]|\d{1,9}[.)][ \t])+[ \t]*(?:```|~~~)", re.M)


def raw_blocks(body: str) -> Iterator[str]:
    """The body cut at blank lines outside fenced code, where the next line starts at the margin: pieces that
    parse alone to the same words as inside the whole body. A body with a link reference definition (which serves
    links in every block) is one piece."""
    if _REFERENCE.search(body) or _NESTED_FENCE.search(body):
        yield body
        return
    if "```" not in body and "~~~" not in body:  # no fence: cut at every such blank line
        start = 0
        for cut in _BLANK_THEN_MARGIN.finditer(body):
            yield body[start : cut.start()]
            start = cut.end()
        yield body[start:]
        return
    lines = body.split("\n")
    start, fence, blank = 0, "", False
    for index, line in enumerate(lines):
        if fence:
            found = _FENCE.match(line)
            if (
                found
                and found.group(1)[0] == fence[0]
                and len(found.group(1)) >= len(fence)
                and not (line[found.end() :].strip())
            ):
                fence = ""
            continue
        if not line.strip(" \t"):
            blank = True
            continue
        if blank and line[0] not in " \t" and index > start:
            yield "\n".join(lines[start:index])
            start = index
        blank = False
        found = _FENCE.match(line)
        if found and not (found.group(1)[0] == "`" and "`" in line[found.end() :]):
            fence = found.group(1)
    yield "\n".join(lines[start:])


# a character that can start or escape Markdown, or a line that can be a list item, quote, heading or rule
_MARKDOWN_HINT = re.compile(
    r"[*_`\\\[\]<|]|~~|&(?:#|[A-Za-z][A-Za-z0-9]*;)"  # inline marks, escapes, links, HTML, tables, entities
    r"|^[ \t]*(?:[-+]|\d+[.)])(?:[ \t]|$)"  # list items (and "- - -" rules)
    r"|^[ \t]*(?:#|>)"  # headings and quotes
    r"|^[ \t]*[-=]+[ \t]*$"  # setext underlines and rules
    r"|^[ \t]*(?:-[ \t]*){3,}$",  # rules with spaces ("-- -")
    re.M,
)


def markdown_free(text: str) -> bool:
    """Whether the Markdown parser would give `text`'s words back unchanged (no mark, escape, entity, list, quote,
    heading, rule or table can start in it); one regular-expression scan, where a parse costs 1 ms for a snippet."""
    return _MARKDOWN_HINT.search(text) is None


def one_line_blocks(body: str) -> Iterator[str]:
    """`one_line` piece by piece (see `raw_blocks`), parsing each piece only when it is asked for."""
    for block in raw_blocks(body):
        text = _one_line(block)
        if text:
            yield text


def _one_line(block: str) -> str:
    if markdown_free(block):  # most pieces of a body: their words, without a parse (0.1-0.2 ms each)
        return " ".join(block.split())
    return " ".join(to_plain(block).split())


def one_line(body: str, limit: int | None = None) -> str:
    """The body's words on one line (for snippets). With `limit`, only the leading pieces of the body (see
    `raw_blocks`) that give more than `limit` characters are parsed (cut the text where it is shown)."""
    pieces: list[str] = []
    size = -1
    for text in one_line_blocks(body):
        pieces.append(text)
        size += len(text) + 1
        if limit is not None and size > limit:
            break
    return " ".join(pieces)


# -- retargeting attachment links (the Markdown export) --------------------------------------------------------------

#: An `attachment:ID` link or image destination: after `](` (inline, perhaps in <>) or `]:` (a reference definition).
_DESTINATION = re.compile(
    r"(?P<lead>\]\([ \t]*\n?[ \t]*<?|\]:[ \t]*\n?[ \t]*<?)attachment:(?P<id>[0-9a-fA-F-]{1,64})(?=[>\s)]|$)"
)


def link_path(path: str) -> str:
    """A relative file path as a link destination that every Markdown reader resolves to that file: letters, digits
    and `-._~/` as they are, anything else (spaces, brackets, `&`, `%`, `#`) percent-encoded as UTF-8."""
    return "".join(
        char if char.isalnum() or char in "-._~/" else "".join(f"%{byte:02X}" for byte in char.encode("utf-8"))
        for char in path
    )


def retarget_attachments(body: str, targets: dict[str, str]) -> str:
    """The body with each `attachment:ID` link or image destination whose (lower-case) ID is in `targets` replaced
    by `link_path(targets[ID])`; code, text and every other destination keep their characters. A copy for an
    export: the stored body is never changed by it."""
    matches = [m for m in _DESTINATION.finditer(body) if m.group("id").lower() in targets]
    if not matches:
        return body

    def rewrite(chosen: Sequence[re.Match[str]]) -> str:
        pieces, position = [], 0
        for match in chosen:
            pieces += [body[position : match.end("lead")], link_path(targets[match.group("id").lower()])]
            position = match.end()
        pieces.append(body[position:])
        return "".join(pieces)

    words = to_plain(body)
    whole = rewrite(matches)
    if to_plain(whole) == words:
        return whole
    # Some match sits inside code (its words changed): keep only the matches that leave the words as they were.
    kept: list[re.Match[str]] = []
    for match in matches:
        if to_plain(rewrite([*kept, match])) == words:
            kept.append(match)
    return rewrite(kept)
