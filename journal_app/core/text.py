"""Word forms for search: normalisation and stemming for Russian, Ukrainian and English.

The same `index_text` runs when an entry is saved and when a query is parsed, so "документы", "документов" and
"документів" all become "документ" on both sides. Case and ё/е do not matter.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache

import snowballstemmer

WORD_RE = re.compile(r"[^\W_]+")
_UKRAINIAN_LETTERS = frozenset("іїєґ")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

_russian = snowballstemmer.stemmer("russian")
_english = snowballstemmer.stemmer("english")

# Ukrainian has no Snowball stemmer; a light suffix stripper covers the common noun, adjective and verb endings.
_UK_ENDINGS = sorted(
    {
        "ами",
        "ями",
        "ові",
        "еві",
        "єві",
        "ів",
        "їв",
        "ах",
        "ях",
        "ам",
        "ям",
        "ом",
        "ем",
        "єм",
        "ою",
        "ею",
        "єю",
        "ій",
        "ий",
        "ої",
        "ого",
        "ому",
        "ими",
        "іми",
        "их",
        "іх",
        "ім",
        "им",
        "ая",
        "яя",
        "ое",
        "ее",
        "ую",
        "юю",
        "ія",
        "ії",
        "ію",
        "ією",
        "ість",
        "ості",
        "істю",
        "ування",
        "ання",
        "ення",
        "ити",
        "ати",
        "яти",
        "іти",
        "ють",
        "ять",
        "ують",
        "ала",
        "ало",
        "али",
        "ила",
        "ило",
        "или",
        "уть",
        "ать",
        "ить",
        "ує",
        "ємо",
        "ете",
        "ите",
        "а",
        "я",
        "у",
        "ю",
        "і",
        "ї",
        "и",
        "е",
        "є",
        "о",
        "ь",
        "й",
    },
    key=len,
    reverse=True,
)


def normalize(text: str) -> str:
    """Case- and ё-insensitive form of a text (NFKC, case-folded, ё -> е)."""
    return unicodedata.normalize("NFKC", text).casefold().replace("ё", "е").replace("\u0301", "")


def _stem_ukrainian(word: str) -> str:
    for ending in _UK_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The stem of one normalised word."""
    if _CYRILLIC.search(word):
        if _UKRAINIAN_LETTERS.intersection(word):
            return _stem_ukrainian(word)
        return str(_russian.stemWord(word))
    if word.isascii() and word.isalpha():
        return str(_english.stemWord(word))
    return word


def words(text: str) -> Iterator[re.Match[str]]:
    """Words of a normalised text, with their positions."""
    return WORD_RE.finditer(text)


def stems(text: str) -> list[str]:
    return [stem(m.group()) for m in words(normalize(text))]


def index_text(text: str) -> str:
    """What goes into the full-text index for a text: its stems, space separated."""
    return " ".join(stems(text))


def prefix_stem(prefix: str) -> str:
    """The index form of a typed prefix ("докум*", "документы*")."""
    norm = normalize(prefix)
    stemmed = stem(norm)
    return stemmed if norm.startswith(stemmed) and stemmed else norm


StemFn = Callable[[str], str]
