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
from dataclasses import dataclass, field
from datetime import date

from .markdown import one_line, one_line_near
from .text import hit_starts, normalize, prefix_stem, stem, stems, words

_TOKEN_RE = re.compile(r'(-?)(?:"([^"]*)"?|(\S+))')
SNIPPET_WORDS_BEFORE = 8
SNIPPET_CHARS = 180
MARK_OPEN = "**"
MARK_CLOSE = "**"


@dataclass(frozen=True)
class Term:
    """A word (one stem), a phrase (several stems in order) or a prefix."""

    stems: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        quoted = '"' + " ".join(self.stems) + '"'
        return quoted + "*" if self.prefix else quoted


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

    def match_expression(self) -> str | None:
        """The FTS5 MATCH expression of the positive terms, minus the excluded ones; None if no positive term."""
        if not self.terms:
            return None
        expression = " AND ".join(t.fts() for t in self.terms)
        if self.excluded:
            expression = f"({expression}) NOT ({' OR '.join(t.fts() for t in self.excluded)})"
        return expression

    def exclusion_expression(self) -> str | None:
        if not self.excluded:
            return None
        return " OR ".join(t.fts() for t in self.excluded)


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


def _plain(body: str) -> str:
    """Body text without Markdown marks or escapes, on one line, for snippets (the app's one Markdown parser)."""
    return one_line(body)


def snippet(body: str, query: Query) -> str:
    """A short piece of the body around the first match, with matched words marked **like this**.

    Only words that begin like a query stem are stemmed, and the scan stops at the end of the snippet's window.
    """
    exact = {s for t in query.terms for s in t.stems if not t.prefix}
    prefixes = tuple(s for t in query.terms if t.prefix for s in t.stems)
    if not exact and not prefixes:
        text = _plain(body[: SNIPPET_CHARS * 4])
        return text[:SNIPPET_CHARS] + ("…" if len(text) > SNIPPET_CHARS or len(body) > SNIPPET_CHARS * 4 else "")
    heads = tuple({s[:2] for s in exact} | {p[:2] for p in prefixes})

    def is_hit(word: str) -> bool:
        norm = normalize(word)
        if not norm.startswith(heads):
            return False
        if prefixes and norm.startswith(prefixes):
            return True
        word_stem = stem(norm)
        return word_stem in exact or bool(prefixes and word_stem.startswith(prefixes))

    text = one_line_near(body, is_hit, hit_starts(exact, prefixes), SNIPPET_CHARS)  # parses only what is shown
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
    if not hits:
        cut = text[:SNIPPET_CHARS]
        return cut + ("…" if len(text) > SNIPPET_CHARS else "")
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
