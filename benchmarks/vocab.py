"""Vocabularies for the benchmark generator: English, Russian (with inflected forms) and Ukrainian words.

The word lists live in benchmarks/data/*.txt. Russian lemmas are expanded into their case, number, person and tense
forms with simple regular rules, so a generated vault holds "паспорт", "паспорта", "паспортов" ... and search has to
rely on stemming to find them all. The rules are regular on purpose: a few forms of irregular words come out wrong,
which does not matter for timing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

_HUSHING = set("жшчщ")
_VELAR_HUSHING = set("гкхжшчщ")


def _sections(name: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = "words"
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("## "):
            current = line[3:].strip()
            continue
        if not line or line.startswith("#"):
            continue
        sections.setdefault(current, []).extend(line.split())
    return sections


def _y(stem: str) -> str:
    """ы, or и after г к х ж ш ч щ (Russian spelling rule)."""
    return "и" if stem[-1:] in _VELAR_HUSHING else "ы"


def noun_forms(lemma: str) -> list[str]:
    """Singular and plural case forms of a Russian noun, by its ending."""
    if lemma.endswith("мя"):  # время
        stem = lemma[:-2]
        return [lemma, stem + "мени", stem + "менем", stem + "мена", stem + "мен", stem + "менам", stem + "менах"]
    if lemma[-1] in "ою" and lemma[-2:-1] in "аеиоуыэюя":  # радио: not declined
        return [lemma]
    if lemma.endswith("ие"):
        stem = lemma[:-1]
        return [
            lemma,
            stem + "я",
            stem + "ю",
            stem + "ем",
            stem + "и",
            stem + "й",
            stem + "ям",
            stem + "ями",
            stem + "ях",
        ]
    if lemma.endswith("ия"):
        stem = lemma[:-1]
        return [lemma, stem + "и", stem + "ю", stem + "ей", stem + "й", stem + "ям", stem + "ями", stem + "ях"]
    if lemma.endswith("а"):
        stem = lemma[:-1]
        y = _y(stem)
        return [lemma, stem + y, stem + "е", stem + "у", stem + "ой", stem, stem + "ам", stem + "ами", stem + "ах"]
    if lemma.endswith("я"):
        stem = lemma[:-1]
        return [
            lemma,
            stem + "и",
            stem + "е",
            stem + "ю",
            stem + "ей",
            stem + "ь",
            stem + "ям",
            stem + "ями",
            stem + "ях",
        ]
    if lemma.endswith("о"):
        stem = lemma[:-1]
        return [lemma, stem + "а", stem + "у", stem + "ом", stem + "е", stem, stem + "ам", stem + "ами", stem + "ах"]
    if lemma.endswith("е"):
        stem = lemma[:-1]
        return [lemma, stem + "я", stem + "ю", stem + "ем", stem + "ей", stem + "ям", stem + "ями", stem + "ях"]
    if lemma.endswith("ь"):
        stem = lemma[:-1]
        return [lemma, stem + "и", stem + "ью", stem + "ей", stem + "ям", stem + "ями", stem + "ях", stem + "я"]
    if lemma.endswith("й"):
        stem = lemma[:-1]
        return [
            lemma,
            stem + "я",
            stem + "ю",
            stem + "ем",
            stem + "е",
            stem + "и",
            stem + "ев",
            stem + "ям",
            stem + "ях",
        ]
    plural_gen = lemma + ("ей" if lemma[-1] in _HUSHING else "ов")
    return [
        lemma,
        lemma + "а",
        lemma + "у",
        lemma + ("ем" if lemma[-1] in _HUSHING else "ом"),
        lemma + "е",
        lemma + _y(lemma),
        plural_gen,
        lemma + "ам",
        lemma + "ами",
        lemma + "ах",
    ]


def adjective_forms(lemma: str) -> list[str]:
    stem = lemma[:-2]
    if lemma.endswith("ний"):  # синий, последний: soft
        endings = ["ий", "яя", "ее", "ие", "его", "ему", "им", "ем", "ей", "юю", "их", "ими"]
    elif lemma.endswith("ий") or stem[-1:] in _VELAR_HUSHING:
        o = "е" if stem[-1:] in _HUSHING else "о"
        endings = ["ий", "ая", o + "е", "ие", o + "го", o + "му", "им", o + "м", o + "й", "ую", "их", "ими"]
    else:
        endings = [lemma[-2:], "ая", "ое", "ые", "ого", "ому", "ым", "ом", "ой", "ую", "ых", "ыми"]
    return [stem + e for e in endings]


def verb_forms(lemma: str) -> list[str]:
    """Infinitive, present (or simple future) persons, past tense and imperative of a regular Russian verb."""
    if lemma.endswith("овать"):
        stem = lemma[:-5]
        present = [stem + e for e in ("ую", "уешь", "ует", "уем", "уете", "уют", "уй")]
        past = lemma[:-2]
    elif lemma.endswith("ить"):
        stem = lemma[:-3]
        u = "у" if stem[-1:] in _HUSHING else "ю"
        a = "а" if stem[-1:] in _HUSHING else "я"
        present = [stem + e for e in (u, "ишь", "ит", "им", "ите", a + "т", "и")]
        past = lemma[:-2]
    else:  # -ать, -ять
        stem = lemma[:-2]
        present = [stem + e for e in ("ю", "ешь", "ет", "ем", "ете", "ют", "й")]
        past = lemma[:-2]
    return [lemma, *present, past + "л", past + "ла", past + "ло", past + "ли"]


@dataclass(frozen=True)
class Language:
    """Words of one language: frequent function words, and content words grouped by lemma (forms of one word)."""

    code: str
    function_words: tuple[str, ...]
    lemmas: tuple[tuple[str, ...], ...]  # each: the forms of one content word, the lemma first


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


@cache
def english() -> Language:
    sections = _sections("en.txt")
    function = _unique(sections["function"])
    taken = set(function)
    content = [w for w in _unique(sections["content"]) if w not in taken]
    return Language("en", tuple(function), tuple((w,) for w in content))


@cache
def russian() -> Language:
    sections = _sections("ru.txt")
    function = _unique(sections["function"])
    lemmas: list[tuple[str, ...]] = []
    seen: set[str] = set(function)
    for section, builder in (
        ("noun_m", noun_forms),
        ("noun_f", noun_forms),
        ("noun_n", noun_forms),
        ("adj", adjective_forms),
        ("verb1", verb_forms),
        ("verb2", verb_forms),
    ):
        for lemma in _unique(sections[section]):
            if lemma in seen:
                continue
            seen.add(lemma)
            lemmas.append(tuple(_unique(builder(lemma))))
    for word in _unique(sections["adv"]):
        if word not in seen:
            seen.add(word)
            lemmas.append((word,))
    return Language("ru", tuple(function), tuple(lemmas))


@cache
def ukrainian() -> Language:
    words = _unique(_sections("uk.txt")["words"])
    function = [w for w in words if len(w) <= 3]
    content = [w for w in words if len(w) > 3]
    return Language("uk", tuple(function), tuple((w,) for w in content))


def all_forms(language: Language) -> list[str]:
    return [form for lemma in language.lemmas for form in lemma]
