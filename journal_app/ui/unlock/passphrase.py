"""Passphrase strength (zxcvbn, taught Russian and Ukrainian by `wordlists`) and generated passphrases of random
words. No Qt here.

Generated passphrases take six words from a list of 7,776 (about 77 bits), in English, Russian or Ukrainian. The
English list is derived at run time from zxcvbn's bundled English frequency lists (Wikipedia and TV/film subtitles):
the 7,776 most frequent words of 4 to 8 plain letters that are not names or common passwords, minus a few distressing
words. The Russian and Ukrainian lists ship in resources/wordlists/ (see docs/PASSPHRASES.md).
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import zxcvbn
from zxcvbn.frequency_lists import FREQUENCY_LISTS

from . import wordlists

WORD_LIST_SIZE = 7776
GENERATED_WORDS = 6
MIN_GOOD_SCORE = 3  # zxcvbn scores 0..4
_CHECKED_LENGTH = 72  # zxcvbn refuses longer input (and slows down on it); the start is what matters
PASSPHRASE_LANGUAGES = ("en", "ru", "uk")

_WORD = re.compile(r"[a-z]{4,8}")
_UNWANTED = frozenset(
    "murder murders murdered arson asses rape raped rapist kill killed killer killing killings dead death deaths "
    "suicide torture tortured prison jail arrest arrested police bomb bombs bombing terror hitler nazi nazis shit "
    "fuck fucking bitch whore slut dick pussy cock damn hell bastard corpse grave funeral gun guns shoot shot war "
    "wars soldier soldiers army enemy execute executed hanged abuse abused drugs cancer".split()
)

#: Why a passphrase is weak, as a code the UI turns into a translated sentence.
REASONS = ("empty", "common", "single_word", "names", "keyboard", "repeat", "sequence", "date", "similar", "short")

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


def strength(passphrase: str, user_inputs: Iterable[str] = ()) -> Strength:
    """How hard `passphrase` is to guess. `user_inputs`: words that make it weaker when it contains them (the old
    passphrase when changing it)."""
    if not passphrase:
        return Strength(0, "empty")
    wordlists.install()
    inputs = [text[:_CHECKED_LENGTH] for text in user_inputs if text]
    result = zxcvbn.zxcvbn(passphrase[:_CHECKED_LENGTH], user_inputs=inputs)
    score = int(result["score"])
    if score >= MIN_GOOD_SCORE:
        return Strength(score, None)
    warning = str(result.get("feedback", {}).get("warning") or "")
    for reason, fragment in _WARNING_REASONS:
        if fragment in warning:
            return Strength(score, reason)
    return Strength(score, _our_reason(result))


def _our_reason(result: dict[str, Any]) -> str:
    """The reason from our own dictionaries (zxcvbn's feedback names only its English ones)."""
    matches = [m for m in result.get("sequence", []) if m.get("pattern") == "dictionary"]
    if any(m.get("dictionary_name") == "user_inputs" for m in matches):
        return "similar"
    for match in sorted(matches, key=lambda m: -len(str(m.get("token", "")))):
        reason = wordlists.DICTIONARY_REASONS.get(str(match.get("dictionary_name")))
        if reason is not None:
            return reason
    return "short"


def word_list(language: str = "en") -> tuple[str, ...]:
    """The 7,776 words generated passphrases are drawn from, in `language` (English when unknown)."""
    if language in ("ru", "uk"):
        return wordlists.passphrase_words(language)
    return _english_words()


@cache
def _english_words() -> tuple[str, ...]:
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


def generate_passphrase(words: int = GENERATED_WORDS, language: str = "en") -> str:
    """`words` words of `language` drawn uniformly with `secrets`, separated by spaces."""
    pool = word_list(language)
    return " ".join(secrets.choice(pool) for _ in range(words))
