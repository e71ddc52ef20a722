"""The strength meter knows Russian and Ukrainian: frequent words, names, common phrases, transliteration, the wrong
keyboard layout and the ЙЦУКЕН rows; generated passphrases can be Russian or Ukrainian words."""

from __future__ import annotations

import pytest

from journal_app.ui.unlock import wordlists
from journal_app.ui.unlock.passphrase import (
    GENERATED_WORDS,
    WORD_LIST_SIZE,
    generate_passphrase,
    strength,
    word_list,
)

#: 30 passphrases people really choose: each must be rated weak (score below "good").
WEAK = [
    "пароль123",  # the example
    "мама мыла раму",  # the example
    "пароль",
    "парольпароль",
    "parol",  # transliterated
    "parol123",
    "gfhjkm",  # "пароль" typed with the Latin layout on
    "ghbdtn",  # "привет" the same way
    "зфыыцщкв",  # "password" typed with the Cyrillic layout on
    "йцукен",  # the top row of the Russian keyboard
    "йцукенгшщз",
    "фывапролдж",  # the middle row
    "ячсмить",
    "наташа1985",
    "александр",
    "иванов",
    "шевченко",
    "оксана",
    "я тебя люблю",
    "я тебе кохаю",
    "слава україні",
    "все будет хорошо",
    "солнышко",
    "solnce",  # "солнце"
    "lyubov",  # "любовь"
    "привет123",
    "любовь",
    "україна",
    "кохання",
    "Москва2020",
]

#: 10 passphrases that must be rated strong (the top score): random words, long and unrelated.
STRONG = [
    "лампа ветер кошелёк орбита сирень кофейник",
    "глобус метель ракушка пирог фонарь вокзал",
    "книга смородина телескоп мост будильник",
    "жираф каштан облако скрипка подоконник",
    "вишня компас трамвай акварель пингвин",
    "світлина рушник капелюх годинник пломбір",
    "черешня вітрило пензель жовтень кавун",
    "ґудзик яблуко мандрівка олівець хмаринка",
    "лелека сонях рукавиця борщівник порічка",
    "каштан вишиванка глечик сопілка мольберт",
]


@pytest.mark.parametrize("passphrase", WEAK)
def test_known_weak_russian_and_ukrainian_passphrases_are_weak(passphrase):
    result = strength(passphrase)
    assert result.is_weak, (passphrase, result)
    assert result.reason is not None


@pytest.mark.parametrize("passphrase", STRONG)
def test_random_russian_and_ukrainian_words_are_strong(passphrase):
    assert strength(passphrase).score == 4, passphrase


def test_the_lists_give_reasons_people_understand():
    assert strength("gfhjkm").reason == "common"
    assert strength("мама мыла раму").reason == "common"
    assert strength("иванов").reason == "names"
    assert strength("фывапролджэ").reason in ("keyboard", "common")  # a row, and "asdfghjkl;'" typed in Cyrillic
    assert strength("кохання").reason == "single_word"


def test_an_old_passphrase_counts_against_the_new_one():
    old = "лампа ветер кошелёк орбита"
    assert not strength(old + " 1").is_weak
    assert strength(old + " 1", user_inputs=[old]).is_weak
    assert strength(old + " 1", user_inputs=[old]).reason == "similar"


def test_long_input_is_checked_not_refused():
    assert strength("слово " * 40).score >= 0  # zxcvbn refuses more than 72 characters; the meter cuts


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_generated_passphrases_in_each_language(language):
    pool = word_list(language)
    assert len(pool) == len(set(pool)) == WORD_LIST_SIZE
    assert all(4 <= len(w) <= 8 for w in pool)
    assert all(w.islower() and w.isalpha() for w in pool)
    generated = generate_passphrase(language=language)
    words = generated.split(" ")
    assert len(words) == GENERATED_WORDS and all(w in pool for w in words)
    assert not strength(generated).is_weak


@pytest.mark.parametrize("language", ["ru", "uk"])
def test_generated_words_hold_no_names_or_unwanted_words(language):
    pool = set(word_list(language))
    names = set(wordlists.read_list(f"names_{language}"))
    assert pool.isdisjoint(names)
    unwanted = {"смерть", "война", "аборт", "бомба", "кровь", "тюрьма", "путин", "москва", "київ", "сука",
                "смерть", "війна", "кров", "бомба", "вбивця", "київ", "україна", "росія"}  # fmt: skip
    assert pool.isdisjoint(unwanted)


def test_word_lists_name_their_source_and_licence():
    root = wordlists.paths.resources_dir() / "wordlists"
    for name in ("words_ru", "words_uk", "names_ru", "names_uk", "passphrase_ru", "passphrase_uk", "phrases"):
        head = (root / f"{name}.txt").read_text(encoding="utf-8").split("\n", 6)[:6]
        assert any("Licence" in line or "GPL" in line for line in head), name


def test_create_page_rates_russian_weak_and_generates_russian_words(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from journal_app.ui.unlock.create_vault import CreateVaultPage

    from ..conftest import FAST_KDF

    page = CreateVaultPage(tmp_path / "vault", kdf=FAST_KDF)
    qtbot.addWidget(page)
    page.show()
    page.passphrase.insert("пароль123")  # pasted (QTest types Latin-1 only)
    assert page.reason_label.isVisible() and page.accept_weak.isVisible()
    assert page.strength_label.text() in ("very weak", "weak", "fair")
    page.generator.language_box.setCurrentIndex(page.generator.language_box.findData("ru"))
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    words = page.passphrase.text().split(" ")
    assert len(words) == GENERATED_WORDS and set(words) <= set(word_list("ru"))
    assert page.repeat.text() == page.passphrase.text()
    assert not page.accept_weak.isVisible() and page.create_button.isEnabled()
