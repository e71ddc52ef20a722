"""The search query language, shared by the app's search box and `journal-app search`.

    word            entries with the word in any of its forms (паспорт matches паспорта, паспортов)
    "two words"     the words next to each other, in this order
    pref*           words that start with "pref"
    -word, -"a b"   entries without the word or phrase
    tag:name        entries with the tag (-tag:name: without it)
    from:YYYY-MM-DD entries dated on or after the day
    to:YYYY-MM-DD   entries dated on or before the day

Anything else is text: stray quotes, brackets and FTS operators are words or ignored, never an error.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from .markdown import one_line
from .text import normalize, prefix_stem, stem, stems, words

_TOKEN_RE = re.compile(r'(-?)(?:"([^"]*)"?|(\S+))')
SNIPPET_WORDS_BEFORE = 8
SNIPPET_CHARS = 180
MARK_OPEN = "**"
MARK_CLOSE = "**"


#: For a one-letter prefix: the one-letter word itself if indexed, and the two-letter beginnings of longer words.
Continuations = Callable[[str], list[str]]


@dataclass(frozen=True)
class Term:
    """A word (one stem), a phrase (several stems in order) or a prefix."""

    stems: tuple[str, ...]
    prefix: bool = False

    def fts(self, continuations: Continuations | None = None) -> str:
        quoted = '"' + " ".join(self.stems) + '"'
        if not self.prefix:
            return quoted
        if continuations is not None and len(self.stems) == 1 and len(self.stems[0]) == 1:
            found = continuations(self.stems[0])
            if found:
                return "(" + " OR ".join('"' + p + '"' + ("*" if len(p) > 1 else "") for p in found) + ")"
        return quoted + "*"


@dataclass
class Query:
    terms: list[Term] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    excluded_tags: list[str] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.terms or self.excluded or self.tags or self.excluded_tags or self.date_from or self.date_to)

    def match_expression(self, continuations: Continuations | None = None) -> str | None:
        """The FTS5 MATCH expression of the positive terms, minus the excluded ones; None if no positive term.

        continuations: for a one-letter prefix, the two-letter beginnings of the indexed words that start with it
        (the index keeps prefix indexes of 2 to 4 letters, none of one): "g*" becomes `"g" OR "ga"* OR "gu"* ...`,
        the same entries read through the prefix index instead of every word's list.
        """
        if not self.terms:
            return None
        expression = " AND ".join(t.fts(continuations) for t in self.terms)
        if self.excluded:
            expression = f"({expression}) NOT ({' OR '.join(t.fts(continuations) for t in self.excluded)})"
        return expression

    def exclusion_expression(self, continuations: Continuations | None = None) -> str | None:
        if not self.excluded:
            return None
        return " OR ".join(t.fts(continuations) for t in self.excluded)


def tag_key(tag: str) -> str:
    return normalize(tag.strip())


def _parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None
    except ValueError:
        return None


def _words_term(text: str, allow_prefix: bool) -> Term | None:
    if allow_prefix and text.endswith("*"):
        base = [m.group() for m in words(normalize(text.rstrip("*")))]
        if len(base) == 1:
            return Term((prefix_stem(base[0]),), prefix=True)
    found = stems(text)
    return Term(tuple(found)) if found else None


def parse(query: str) -> Query:
    result = Query()
    for match in _TOKEN_RE.finditer(query):
        negative = match.group(1) == "-"
        phrase, bare = match.group(2), match.group(3)
        if phrase is not None:
            term = _words_term(phrase, allow_prefix=False)
        else:
            lowered = bare.lower()
            if lowered.startswith("tag:") and len(bare) > 4:
                (result.excluded_tags if negative else result.tags).append(tag_key(bare[4:]))
                continue
            if lowered.startswith(("from:", "to:")):
                day = _parse_date(bare.split(":", 1)[1])
                if day is not None and not negative:
                    if lowered.startswith("from:"):
                        result.date_from = day
                    else:
                        result.date_to = day
                    continue
            # "e-mail" or "14.03" becomes a phrase of its pieces
            term = _words_term(bare, allow_prefix=True)
        if term is None:
            continue
        (result.excluded if negative else result.terms).append(term)
    return result


def plain_text(body: str) -> str:
    """Body text without Markdown marks or escapes, on one line, for snippets (the app's one Markdown parser).

    A piece of it in which no Markdown can start (`markdown.markdown_free`) is its words as they are: no parse."""
    return one_line(body)


def snippet_region(body: str, query: Query) -> str:
    """The part of a Markdown body a snippet can come from: around the first word that matches the query, or the
    beginning if none does (the entry matched by its title or tags). Turning only this part into plain text keeps
    a search of 100 results from converting 100 whole bodies."""
    exact = frozenset(s for t in query.terms for s in t.stems if not t.prefix)
    prefixes = tuple(sorted({s for t in query.terms if t.prefix for s in t.stems}))
    if not (exact or prefixes):
        return body[: SNIPPET_CHARS * 4]
    norm = normalize(body)
    if len(norm) != len(body):
        return body
    for m in _candidates(exact, prefixes).finditer(norm):
        if _is_hit(m.group(), exact, prefixes):
            start = max(0, m.start() - 25 * SNIPPET_WORDS_BEFORE)
            if start > 0:
                start = body.find(" ", start, m.start()) + 1  # at a word's start
                close, opening = body.find("](", start, m.start()), body.find("[", start, m.start())
                if close != -1 and (opening == -1 or opening > close):  # not in the middle of a link
                    start = max(start, body.find(")", close, m.start()) + 1)
            return body[start : m.start() + SNIPPET_CHARS * 2]
    return body[: SNIPPET_CHARS * 4]


def _is_hit(word: str, exact: frozenset[str], prefixes: tuple[str, ...]) -> bool:
    """Whether a normalised word matches: its stem is a query stem, or it (or its stem) starts with a prefix."""
    if prefixes and word.startswith(prefixes):
        return True
    word_stem = stem(word)
    return word_stem in exact or bool(prefixes and word_stem.startswith(prefixes))


def _head(text: str) -> str:
    cut = text[:SNIPPET_CHARS]
    return cut + ("…" if len(text) > SNIPPET_CHARS else "")


@lru_cache(maxsize=256)
def _candidates(exact: frozenset[str], prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """Words that may be hits: those starting like a query stem (a stem less its last letter, which an English stem
    may have changed, "happi" for "happy"), or like a typed prefix. Only these are stemmed."""
    heads = {s[: max(2, len(s) - 1)] for s in exact} | set(prefixes)
    alternatives = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})[^\W_]*")


def snippet(body: str, query: Query) -> str:
    """A short piece of a Markdown body around the first match, as plain text, matched words marked **like this**:
    only the region around the first matching word is turned into plain text (`snippet_region`, `plain_text`); with
    no word to find (a tag or dates alone), only the leading pieces of the body that fill the snippet."""
    region = snippet_region(body, query)
    if not any(t.stems for t in query.terms):
        return _head(one_line(region, SNIPPET_CHARS))  # more text than SNIPPET_CHARS is cut off by _head
    return plain_snippet(plain_text(region), query)


def plain_snippet(text: str, query: Query) -> str:
    """A short piece of plain `text` (see `plain_text`) around the first match, matched words marked **like this**.

    One regular-expression pass over the normalised text finds the words that start like a query stem; only those
    are stemmed, and the scan stops at the end of the snippet's window. Text with no match gives its beginning
    (the entry matched by its title or tags).
    """
    exact = frozenset(s for t in query.terms for s in t.stems if not t.prefix)
    prefixes = tuple(sorted({s for t in query.terms if t.prefix for s in t.stems}))
    if not (exact or prefixes) or not text:
        return _head(text)
    norm = normalize(text)
    if len(norm) != len(text):  # a rare letter that normalises to more or fewer characters: positions differ
        return _snippet_by_words(text, exact, prefixes)

    hits: list[tuple[int, int]] = []
    start = end = 0
    for m in _candidates(exact, prefixes).finditer(norm):
        if hits and m.end() > end:
            break
        if not _is_hit(m.group(), exact, prefixes):
            continue
        if not hits:
            start = _window_start(text, m.start())
            end = min(len(text), start + SNIPPET_CHARS)
        hits.append((m.start(), m.end()))
    return _marked(text, hits, start, end)


def _window_start(text: str, hit: int) -> int:
    """Where the snippet starts: SNIPPET_WORDS_BEFORE words before the hit, at a word's start."""
    offset = max(0, hit - 40 * SNIPPET_WORDS_BEFORE)
    starts = [m.start() + offset for m in words(text[offset:hit])]
    if offset > 0:
        starts = starts[1:]  # the first may be the end of a word cut in half
    return starts[-SNIPPET_WORDS_BEFORE:][0] if starts else hit


def _marked(text: str, hits: list[tuple[int, int]], start: int, end: int) -> str:
    if not hits:
        return _head(text)
    first = hits[0]
    if end < len(text):  # do not cut a word in half
        space = text.rfind(" ", first[1], end)
        end = space if space > first[1] else end
    pieces: list[str] = ["…" if start > 0 else ""]
    position = start
    for hit_start, hit_end in hits:
        if hit_end > end:
            continue
        pieces += [text[position:hit_start], MARK_OPEN, text[hit_start:hit_end], MARK_CLOSE]
        position = hit_end
    pieces.append(text[position:end])
    pieces.append("…" if end < len(text) else "")
    return "".join(pieces)


def _snippet_by_words(text: str, exact: frozenset[str], prefixes: tuple[str, ...]) -> str:
    """The word-by-word scan, for text whose normalised form has another length."""
    heads = tuple({s[:2] for s in exact} | {p[:2] for p in prefixes})

    def is_hit(word: str) -> bool:
        norm = normalize(word)
        if not norm.startswith(heads):
            return False
        if prefixes and norm.startswith(prefixes):
            return True
        word_stem = stem(norm)
        return word_stem in exact or bool(prefixes and word_stem.startswith(prefixes))

    recent: list[tuple[int, int]] = []  # the last few words before the first hit
    hits: list[tuple[int, int]] = []
    start = end = 0
    for m in words(text):
        if not hits:
            recent.append((m.start(), m.end()))
            del recent[: -(SNIPPET_WORDS_BEFORE + 1)]
            if is_hit(m.group()):
                hits.append((m.start(), m.end()))
                start = recent[0][0]
                end = min(len(text), start + SNIPPET_CHARS)
            continue
        if m.end() > end:
            break
        if is_hit(m.group()):
            hits.append((m.start(), m.end()))
    return _marked(text, hits, start, end)
