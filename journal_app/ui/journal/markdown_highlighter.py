"""Live styling of Markdown source: the characters stay as typed, only their look changes.

Headings are larger and bold, `**bold**` bold, `*italic*` italic, `code` in a fixed-width font, links coloured, quotes
in italics; the marks themselves (`#`, `**`, `- `, `[ ]`, `>`, a link's address) are dimmed so that the text reads
first. A ticked task's text is struck through.
"""

from __future__ import annotations

import itertools
import re
import time
from functools import lru_cache

from PySide6.QtCore import QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPalette,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
)

BOLD, ITALIC, STRIKE, CODE, MARK, LINK, QUOTE, DONE = (1 << i for i in range(8))
HEADING_SCALE = {1: 1.6, 2: 1.35, 3: 1.2, 4: 1.1, 5: 1.05, 6: 1.0}
IN_FENCE = 1
STEP_SECONDS = 0.008  # styling a long text in steps: at most this long in one go

_SPECIAL = re.compile(r"[*_`~\[\]<>#\\|!:]|^\s*(?:[-+]|\d+[.)])\s|www\.")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?=[ \t]|$)")
_QUOTE = re.compile(r"^(?: {0,3}>[ \t]?)+")
_ITEM = re.compile(r"^[ \t]*([-*+]|\d{1,9}[.)])[ \t]+(\[([ xX])\](?=[ \t]|$))?")
_CODE_SPAN = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")
_EMPHASIS = (
    (re.compile(r"(\*\*\*|___)(?=\S)(.+?)(?<=\S)\1"), BOLD | ITALIC, 3),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), BOLD, 2),
    (re.compile(r"(?<![*\\])\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*(?!\*)"), ITALIC, 1),
    (re.compile(r"(?<![\w\\])_(?=[^\s_])(.+?)(?<=[^\s_\\])_(?!\w)"), ITALIC, 1),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), STRIKE, 2),
)
_LINK = re.compile(r"(!?\[)([^\]\n]*)(\]\()([^)\s]*)(\))")
_BARE_URL = re.compile(r"<?(?:https?://|mailto:|www\.)[^\s<>]+>?")


class MarkdownHighlighter(QSyntaxHighlighter):
    """Styles the text block by block. A long text is styled in steps: the start at once, the rest a few
    milliseconds at a time while the window stays responsive (`style_later`)."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        self._palette = palette
        self._base_size = 11.0
        self._colors = _colors(palette)
        self._eager_until: int | None = None
        self._resume: QTextBlock | None = None
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        super().__init__(document)
        self._timer.setParent(self)
        self._timer.timeout.connect(self._style_some)

    def style_later(self, after_chars: int) -> None:
        """For the text about to be attached: style the first `after_chars` characters at once, the rest in steps."""
        self._eager_until = after_chars
        self._resume = None

    def style_now(self) -> None:
        """Forget any styling in steps (a new text is coming)."""
        self._timer.stop()
        self._eager_until = None
        self._resume = None

    @property
    def pending(self) -> bool:
        return self._resume is not None

    def _style_some(self) -> None:
        """The next few milliseconds' worth of blocks, in order (so that each knows the block before it)."""
        self._eager_until = None
        if self.document() is None:
            self._resume = None
            return
        deadline = time.perf_counter() + STEP_SECONDS
        block = self._resume
        while block is not None and block.isValid() and time.perf_counter() < deadline:
            self.rehighlightBlock(block)
            block = block.next()
        self._resume = block if block is not None and block.isValid() else None
        if self._resume is not None:
            self._timer.start()

    def set_style(self, palette: QPalette, base_point_size: float) -> None:
        """Colours from the widget's palette and sizes from its font; restyles the whole text."""
        self._palette = palette
        self._base_size = base_point_size if base_point_size > 0 else 11.0
        self._colors = _colors(palette)
        _format.cache_clear()
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        flags: list[tuple[int, int, int]] = []  # (start, end, flag) spans
        level = 0
        fence = _FENCE.match(text)
        if self._eager_until is not None:
            if self._resume is not None:
                return  # styled later, in steps
            block = self.currentBlock()
            if block.position() > self._eager_until:
                self._resume = block
                self._timer.start()
                return
        if self.previousBlockState() == IN_FENCE:
            self.setCurrentBlockState(-1 if fence else IN_FENCE)
            self._paint(text, [(0, len(text), CODE | (MARK if fence else 0))], 0)
            return
        if fence:
            self.setCurrentBlockState(IN_FENCE)
            self._paint(text, [(0, len(text), CODE | MARK)], 0)
            return
        self.setCurrentBlockState(-1)
        if not _SPECIAL.search(text):
            return  # plain words: nothing to style
        start = 0
        quote = _QUOTE.match(text)
        if quote:
            _mark(flags, 0, quote.end(), MARK)
            _mark(flags, quote.end(), len(text), QUOTE)
            start = quote.end()
        heading = _HEADING.match(text[start:])
        if heading:
            level = len(heading.group(1))
            _mark(flags, start + heading.start(1), start + heading.end(1), MARK)
        else:
            item = _ITEM.match(text[start:])
            if item:
                _mark(flags, start, start + item.end(), MARK)
                if item.group(3) in ("x", "X"):
                    _mark(flags, start + item.end(), len(text), DONE)
        self._inline(text, flags)
        self._paint(text, flags, level)

    def _inline(self, text: str, flags: list[tuple[int, int, int]]) -> None:
        masked = list(text)
        for found in _CODE_SPAN.finditer(text):
            ticks = len(found.group(1))
            _mark(flags, found.start(), found.end(), CODE)
            _mark(flags, found.start(), found.start() + ticks, MARK)
            _mark(flags, found.end() - ticks, found.end(), MARK)
            masked[found.start() : found.end()] = "\0" * (found.end() - found.start())
        plain = "".join(masked)
        for found in _ESCAPE.finditer(plain):
            _mark(flags, found.start(), found.start() + 1, MARK)
            masked[found.start() : found.end()] = "\0\0"
        plain = "".join(masked)
        for found in _LINK.finditer(plain):
            _mark(flags, found.start(1), found.end(1), MARK)
            _mark(flags, found.start(2), found.end(2), LINK)
            _mark(flags, found.start(3), found.end(5), MARK)
        for found in _BARE_URL.finditer(plain):
            _mark(flags, found.start(), found.end(), LINK)
        for pattern, flag, width in _EMPHASIS:
            for found in pattern.finditer(plain):
                _mark(flags, found.start(), found.end(), flag)
                _mark(flags, found.start(), found.start() + width, MARK)
                _mark(flags, found.end() - width, found.end(), MARK)

    def _paint(self, text: str, spans: list[tuple[int, int, int]], level: int) -> None:
        """Runs of equal style from the spans (a sweep over their ends, not over every character)."""
        edges = sorted({0, len(text), *(p for start, end, _f in spans for p in (start, end) if 0 <= p <= len(text))})
        for left, right in itertools.pairwise(edges):
            flag = 0
            for start, end, value in spans:
                if start <= left and right <= end:
                    flag |= value
            if (flag or level) and right > left:
                self.setFormat(left, right - left, self._format_for(flag, level))

    def _format_for(self, flags: int, level: int) -> QTextCharFormat:
        return _format(flags, level, self._base_size, *self._colors)


def _colors(palette: QPalette) -> tuple[str, str, str]:
    """The marks' colour, the links' and the code's background, from the palette."""
    return (
        _between(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)),
        palette.color(QPalette.ColorRole.Link).name(),
        palette.color(QPalette.ColorRole.AlternateBase).name(),
    )


def _between(text: QColor, base: QColor, share: float = 0.55) -> str:
    """A colour between the text's and the background's: readable, but quieter than the text."""
    mix = QColor.fromRgbF(
        text.redF() * share + base.redF() * (1 - share),
        text.greenF() * share + base.greenF() * (1 - share),
        text.blueF() * share + base.blueF() * (1 - share),
    )
    return mix.name()


def _mark(flags: list[tuple[int, int, int]], start: int, end: int, flag: int) -> None:
    if end > start:
        flags.append((start, end, flag))


@lru_cache(maxsize=512)
def _format(flags: int, level: int, base_size: float, dim: str, link: str, code_back: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if level:
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontPointSize(base_size * HEADING_SCALE[level])
    if flags & BOLD:
        fmt.setFontWeight(QFont.Weight.Bold)
    if flags & (ITALIC | QUOTE):
        fmt.setFontItalic(True)
    if flags & (STRIKE | DONE):
        fmt.setFontStrikeOut(True)
    if flags & CODE:
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fmt.setFontFamilies(fixed.families())
        fmt.setBackground(QColor(code_back))
    if flags & LINK:
        fmt.setForeground(QColor(link))
        fmt.setFontUnderline(True)
    if flags & (MARK | DONE):
        fmt.setForeground(QColor(dim))
        fmt.setFontUnderline(False)
    return fmt
