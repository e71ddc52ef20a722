"""Russian and Ukrainian knowledge for the passphrase meter (zxcvbn), loaded once from resources/wordlists/.

zxcvbn knows English words, names, common passwords and the QWERTY, Dvorak and keypad layouts. This module adds, as
ranked dictionaries (most frequent first, so that "пароль" costs few guesses):
- the most frequent Russian and Ukrainian words, with ё written as е too;
- Russian and Ukrainian first names, surnames and patronymics;
- the same words transliterated into Latin letters as people type them ("parol" = "пароль", "solnce" = "солнце");
- the same words typed with the wrong layout on ("gfhjkm" = "пароль" typed on the Latin layout), and the common
  English passwords typed on the Cyrillic layout ("зфыыцщкв" = "password");
- well-known phrases ("мама мыла раму"), with and without spaces;
and the Russian and Ukrainian ЙЦУКЕН keyboards as adjacency graphs ("йцукен", "фывапролдж").
No Qt here. The word lists' sources and licences are in their headers and in docs/PASSPHRASES.md.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import cache

from zxcvbn import matching
from zxcvbn.adjacency_graphs import ADJACENCY_GRAPHS
from zxcvbn.frequency_lists import FREQUENCY_LISTS

from journal_app.core import paths

LATIN_KEYS = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./"
RUSSIAN_KEYS = "ёйцукенгшщзхъфывапролджэячсмитьбю."
UKRAINIAN_KEYS = "'йцукенгшщзхїфівапролджєячсмитьбю."
_SHIFTED_SYMBOLS = {"@": '"', "#": "№", "$": ";", "^": ":", "&": "?", "?": ","}

_TRANSLIT_RU = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i y k l m n o p r s t u f h c ch sh sch - y - e yu ya".split(),
        strict=True,
    )
)
_TRANSLIT_UK = {**_TRANSLIT_RU, "г": "h", "ґ": "g", "е": "e", "є": "ye", "и": "y", "і": "i", "ї": "yi", "'": "-"}

#: Our dictionaries, and the reason the meter gives when one of them makes a passphrase weak.
DICTIONARY_REASONS = {
    "ru_uk_phrases": "common",
    "ru_uk_wrong_layout": "common",
    "ru_uk_names": "names",
    "ru_words": "single_word",
    "uk_words": "single_word",
    "ru_uk_translit": "single_word",
}

#: The files in resources/wordlists/ (the self-test checks that a bundle has them).
WORD_LISTS = ("words_ru", "words_uk", "names_ru", "names_uk", "phrases", "passphrase_ru", "passphrase_uk")

_lock = threading.Lock()
_installed = False


def read_list(name: str) -> list[str]:
    """The words of resources/wordlists/NAME.txt, in their order, without the header's # lines."""
    text = (paths.resources_dir() / "wordlists" / f"{name}.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _transliterate(word: str, table: dict[str, str]) -> str:
    return "".join(table.get(c, c) for c in word).replace("-", "")


def _swap_layout(word: str, source: str, target: str) -> str:
    table = dict(zip(source, target, strict=True))
    return "".join(table.get(c, c) for c in word)


def _interleave(*lists: Iterable[str]) -> list[str]:
    """Merge ranked lists so that rank n of each comes near rank n of the others; the first occurrence wins."""
    seen: set[str] = set()
    merged: list[str] = []
    iterators = [iter(lst) for lst in lists]
    while iterators:
        for it in list(iterators):
            word = next(it, None)
            if word is None:
                iterators.remove(it)
            elif word and word not in seen:
                seen.add(word)
                merged.append(word)
    return merged


def _with_plain_e(words: list[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        out.append(word)
        if "ё" in word:
            out.append(word.replace("ё", "е"))
    return out


def cyrillic_graph(cyrillic_keys: str) -> dict[str, list[str | None]]:
    """zxcvbn's QWERTY graph with each key's letters replaced by the Cyrillic letters on the same key."""
    lower = dict(zip(LATIN_KEYS, cyrillic_keys, strict=True))
    upper = {latin.upper(): cyr.upper() for latin, cyr in lower.items() if latin.isalpha()}
    upper.update({"~": cyrillic_keys[0].upper(), "{": lower["["].upper(), "}": lower["]"].upper()})
    upper.update({":": lower[";"].upper(), '"': lower["'"].upper(), "<": lower[","].upper(), ">": lower["."].upper()})
    upper.update(_SHIFTED_SYMBOLS)

    def key(c: str) -> str:
        return lower.get(c) or upper.get(c) or c

    graph: dict[str, list[str | None]] = {}
    for char, neighbours in ADJACENCY_GRAPHS["qwerty"].items():
        graph[key(char)] = [None if n is None else "".join(key(c) for c in n) for n in neighbours]
    return graph


@cache
def passphrase_words(language: str) -> tuple[str, ...]:
    return tuple(read_list(f"passphrase_{language}"))


def install() -> None:
    """Add the dictionaries and graphs to zxcvbn (once; safe from any thread)."""
    global _installed
    with _lock:
        if _installed:
            return
        ru, uk = read_list("words_ru"), read_list("words_uk")
        names = _interleave(read_list("names_ru"), read_list("names_uk"))
        phrases = read_list("phrases")
        english_passwords = [p for p in FREQUENCY_LISTS["passwords"][:3000] if p.isalpha()]
        lists = {
            "ru_words": _with_plain_e(ru),
            "uk_words": uk + [w.replace("'", "") for w in uk if "'" in w],
            "ru_uk_names": _with_plain_e(names),
            "ru_uk_translit": _interleave(
                (_transliterate(w, _TRANSLIT_RU) for w in ru),
                (_transliterate(w, _TRANSLIT_UK) for w in uk),
                (_transliterate(w, _TRANSLIT_RU) for w in names),
            ),
            "ru_uk_wrong_layout": _interleave(
                (_swap_layout(w, RUSSIAN_KEYS, LATIN_KEYS) for w in _with_plain_e(ru)),
                (_swap_layout(w, UKRAINIAN_KEYS, LATIN_KEYS) for w in uk),
                (_swap_layout(w, LATIN_KEYS, RUSSIAN_KEYS) for w in english_passwords),
                (_swap_layout(w, RUSSIAN_KEYS, LATIN_KEYS) for w in names),
            ),
            "ru_uk_phrases": _interleave(phrases, (p.replace(" ", "") for p in phrases)),
        }
        matching.add_frequency_lists(lists)
        matching.GRAPHS["jcuken"] = cyrillic_graph(RUSSIAN_KEYS)
        matching.GRAPHS["jcuken_uk"] = cyrillic_graph(UKRAINIAN_KEYS)
        _installed = True


def install_in_background() -> None:
    """Start loading in a thread (a page that will need the meter calls this when it is shown)."""
    if not _installed:
        threading.Thread(target=install, name="passphrase-words", daemon=True).start()
