"""Passphrase strength (zxcvbn) and generated passphrases of random words. No Qt here.

The word list is derived at run time from zxcvbn's bundled English frequency lists (Wikipedia and TV/film
subtitles): the 7,776 most frequent words of 4 to 8 plain letters that are not names or common passwords, minus a few
distressing words. Six words give about 77 bits.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from functools import cache

import zxcvbn
from zxcvbn.frequency_lists import FREQUENCY_LISTS

WORD_LIST_SIZE = 7776
GENERATED_WORDS = 6
MIN_GOOD_SCORE = 3  # zxcvbn scores 0..4
_CHECKED_LENGTH = 100  # zxcvbn slows down on long input; the start is what matters

_WORD = re.compile(r"[a-z]{4,8}")
_UNWANTED = frozenset(
    "murder murders murdered arson asses rape raped rapist kill killed killer killing killings dead death deaths "
    "suicide torture tortured prison jail arrest arrested police bomb bombs bombing terror hitler nazi nazis shit "
    "fuck fucking bitch whore slut dick pussy cock damn hell bastard corpse grave funeral gun guns shoot shot war "
    "wars soldier soldiers army enemy execute executed hanged abuse abused drugs cancer".split()
)

#: Why a passphrase is weak, as a code the UI turns into a translated sentence.
REASONS = ("empty", "common", "single_word", "names", "keyboard", "repeat", "sequence", "date", "short")

_WARNING_REASONS = (
    ("keyboard", "keyboard pattern"),
    ("keyboard", "rows of keys"),
    ("repeat", "Repeats like"),
    ("sequence", "Sequences like"),
    ("date", "years"),
    ("date", "Dates are"),
    ("common", "common password"),
    ("common", "commonly used password"),
    ("single_word", "word by itself"),
    ("names", "surnames"),
)


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) .. 4 (strong)
    reason: str | None  # one of REASONS when weak, else None

    @property
    def is_weak(self) -> bool:
        return self.score < MIN_GOOD_SCORE


def strength(passphrase: str) -> Strength:
    if not passphrase:
        return Strength(0, "empty")
    result = zxcvbn.zxcvbn(passphrase[:_CHECKED_LENGTH])
    score = int(result["score"])
    if score >= MIN_GOOD_SCORE:
        return Strength(score, None)
    warning = str(result.get("feedback", {}).get("warning") or "")
    for reason, fragment in _WARNING_REASONS:
        if fragment in warning:
            return Strength(score, reason)
    return Strength(score, "short")


@cache
def word_list() -> tuple[str, ...]:
    excluded = set(_UNWANTED)
    for name in ("male_names", "female_names", "surnames", "passwords"):
        excluded.update(FREQUENCY_LISTS[name])
    ranked: list[tuple[int, str]] = []
    for name in ("english_wikipedia", "us_tv_and_film"):
        ranked.extend(
            (rank, word)
            for rank, word in enumerate(FREQUENCY_LISTS[name])
            if _WORD.fullmatch(word) and word not in excluded
        )
    ranked.sort()
    words: list[str] = []
    seen: set[str] = set()
    for _rank, word in ranked:
        if word not in seen:
            seen.add(word)
            words.append(word)
        if len(words) == WORD_LIST_SIZE:
            break
    return tuple(sorted(words))


def generate_passphrase(words: int = GENERATED_WORDS) -> str:
    """`words` words drawn uniformly with `secrets`, separated by spaces."""
    pool = word_list()
    return " ".join(secrets.choice(pool) for _ in range(words))
