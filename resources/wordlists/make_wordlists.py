"""Make the Russian and Ukrainian word lists of the passphrase meter and generator (run by hand, not at build time).

    python -m venv /tmp/wl && /tmp/wl/bin/pip install wordfreq==3.1.1 pymorphy3==2.0.2 \
        pymorphy3-dicts-ru==2.4.417150.4580142 pymorphy3-dicts-uk==2.4.1.1.1663094765
    /tmp/wl/bin/python resources/wordlists/make_wordlists.py

Sources (see each file's header and docs/PASSPHRASES.md):
- word frequencies: the wordfreq package's data (Exquisite Corpus: Wikipedia, subtitles, news, books, web text,
  Reddit, Twitter), licence CC BY-SA 4.0;
- which words are names, and which are proper nouns, slang or abbreviations: the pymorphy3 dictionaries
  (Russian: OpenCorpora, CC BY-SA 3.0; Ukrainian: pymorphy3-dicts-uk, GPL-3.0).
The famous phrases (phrases_*.txt) are written for this project.
"""

from __future__ import annotations

import re
from pathlib import Path

import pymorphy3
import wordfreq

HERE = Path(__file__).resolve().parent
WORDS = 20000  # most frequent words kept for the meter, per language
NAMES = 6000
PASSPHRASE_WORDS = 7776
SOURCE = "wordfreq 3.1.1 data (CC BY-SA 4.0)"
LETTERS = {"ru": re.compile(r"[а-яё]+"), "uk": re.compile(r"[а-щьюяєіїґ'’]+")}
PLAIN = {"ru": re.compile(r"[а-я]{4,8}"), "uk": re.compile(r"[а-щьюяєіїґ]{4,8}")}
MORPH = {"ru": "pymorphy3-dicts-ru 2.4.417150.4580142 (OpenCorpora, CC BY-SA 3.0)",
         "uk": "pymorphy3-dicts-uk 2.4.1.1.1663094765 (GPL-3.0)"}  # fmt: skip
NAME_TAGS = {"Name", "Surn", "Patr"}
PROPER_OR_ODD = NAME_TAGS | {"Geox", "Orgn", "Trad", "Abbr", "Init", "Slng", "Infr", "Erro", "Dist", "Arch", "LATN"}
#: Words a person should not find in a generated passphrase (distressing, violent or crude), in both languages.
UNWANTED = set(
    """
    смерть смерти убийство убийца убить убивать труп трупа могила похороны война войны воина солдат армия враг
    тюрьма тюрьмы арест полиция милиция бомба взрыв террор теракт насилие пытка пытки казнь расстрел суицид
    самоубийство наркотик наркотики рак кровь оружие пистолет автомат выстрел стрелять пленный плен допрос
    беженец депортация граница обыск шлюха сука дерьмо жопа хрен блин член гомик пидор мразь урод идиот дебил
    смерть вбивство вбивця вбити труп могила похорон війна війни воїн солдат армія ворог вязниця в'язниця арешт
    поліція бомба вибух терор теракт насильство катування страта розстріл самогубство наркотик рак кров зброя
    пістолет автомат постріл стріляти полон допит біженець депортація кордон обшук повія сука лайно дупа ідіот
    """.split()
)


#: Parts of words that mark them as unwanted in a generated passphrase.
UNWANTED_STEMS = tuple(
    """
    смерт убий убит убив войн воен воюю оруж бомб взрыв террор пытк пыта казн расстрел удар агони аборт агресс
    насил тюрь арест полиц милиц наркот кров труп могил похорон самоуб суицид ракет снаряд танк обстрел оккуп
    окуп захват пленн допрос депорт беженц обыск шлюх сучк дерьм жоп бляд хуй хуе пизд ебл ебат гандон пидор
    мраз урод идиот дебил сволоч ублюд шизо психопат маньяк педоф адск дьявол сатан гитлер нацис фашис путин
    кремл вбив вбит війн військ зброя вибух катув страт розстріл насильств вязн в'язн поліц самогуб обстріл
    окупа загарб полон допит біжен обшук повій лайн дуп курв пізд єба підор покидьк ідіот дебіл сволот виродок
    пекл диявол гітлер путін москал рашист терорист кат смерт мертв мерт гибел загибел погиб трав ранен поран
    катастроф болезн хвор инфекц вирус вірус эпидем епідем голод бедност бідн нищ жертв палач зарез резн
    мышьяк отрав отрут моча мочи сеч злоб демон грех гріх закля еврей єврей жид сообщник убог жебрак пьян пиян
    алкогол тупой тупий дурак дурн дура козел козёл свинья свиня сосать смокт секс порн эрот ерот голый голий
    шлюб развод розлуч измен зрад рабств рабов раба рабы раб грабе граби краж краде вор злодій бандит мафи
    беженк біженк наркоман загибл тероризм терроризм небіжч покійн покойн збро карцер призов безчест вамп гарем мавр сільпо похмілл похмел опохмел банд ненавис ненавид проклят прокля страх жах ужас паник панік тревог тривог слез сльоз плак горе горя
        """.split()
)


def header(lines: list[str]) -> str:
    return "".join(f"# {line}\n" for line in lines)


def frequent(lang: str, count: int) -> list[str]:
    letters = LETTERS[lang]
    words = []
    for word in wordfreq.top_n_list(lang, count * 3, wordlist="large"):
        word = word.replace("’", "'")
        if len(word) >= 3 and letters.fullmatch(word) and word not in words:
            words.append(word)
        if len(words) == count:
            break
    return words


def hunspell_stems(lang: str) -> set[str]:
    """The lower-case headwords of the system's hunspell dictionary (apt-get install hunspell-ru hunspell-uk):
    used only to check that a word is an ordinary word in its dictionary form (not a name or a place)."""
    name = {"ru": "ru_RU", "uk": "uk_UA"}[lang]
    lines = Path(f"/usr/share/hunspell/{name}.dic").read_text(encoding="utf-8").splitlines()[1:]
    stems = {line.split("/", 1)[0].strip() for line in lines}
    return {s.replace("’", "'") for s in stems if s and s == s.lower()}


def tags(morph: pymorphy3.MorphAnalyzer, word: str) -> set[str]:
    found: set[str] = set()
    for parse in morph.parse(word):
        found |= set(parse.tag.grammemes)
    return found


def main(languages: tuple[str, ...] = ("ru", "uk")) -> None:
    for lang in languages:
        morph = pymorphy3.MorphAnalyzer(lang=lang)
        words = frequent(lang, WORDS)
        names = [w for w in words if morph.parse(w)[0].tag.grammemes & NAME_TAGS][:NAMES]
        name_set = set(names)
        plain = [w for w in words if w not in name_set]
        (HERE / f"words_{lang}.txt").write_text(
            header([
                f"The {len(plain)} most frequent {'Russian' if lang == 'ru' else 'Ukrainian'} words (3 letters or",
                "more, names excepted), most frequent first, for the passphrase strength meter.",
                f"Source: {SOURCE}; names told apart with {MORPH[lang]}.",
                "Made by resources/wordlists/make_wordlists.py. Licence of this list: CC BY-SA 4.0.",
            ]) + "\n".join(plain) + "\n",
            encoding="utf-8",
        )
        (HERE / f"names_{lang}.txt").write_text(
            header([
                f"First names, surnames and patronymics among the most frequent {'Russian' if lang == 'ru' else 'Ukrainian'}",
                "words, most frequent first, for the passphrase strength meter.",
                f"Source: {SOURCE}; names found with {MORPH[lang]}.",
                "Made by resources/wordlists/make_wordlists.py. Licence of this list: CC BY-SA 4.0.",
            ]) + "\n".join(names) + "\n",
            encoding="utf-8",
        )
        chosen: list[str] = []
        ordinary = hunspell_stems(lang)
        for word in frequent(lang, 150000):
            if word not in ordinary or not morph.word_is_known(word):
                continue
            if not PLAIN[lang].fullmatch(word) or word in UNWANTED or any(s in word for s in UNWANTED_STEMS):
                continue
            parses = morph.parse(word)
            best = parses[0]
            if tags(morph, word) & PROPER_OR_ODD or best.normal_form != word:
                continue
            grammemes = best.tag.grammemes
            noun = "NOUN" in grammemes and "nomn" in grammemes and "plur" not in grammemes
            adjective = "ADJF" in grammemes and {"nomn", "masc"} <= grammemes and "plur" not in grammemes
            if noun or adjective or grammemes & {"INFN", "infn"}:
                chosen.append(word)
            if len(chosen) == PASSPHRASE_WORDS:
                break
        assert len(chosen) == PASSPHRASE_WORDS, (lang, len(chosen))
        (HERE / f"passphrase_{lang}.txt").write_text(
            header([
                f"{PASSPHRASE_WORDS} common {'Russian' if lang == 'ru' else 'Ukrainian'} words of 4 to 8 letters for generated passphrases:",
                "nouns and adjectives in their dictionary form and infinitives; no names, places, organisations,",
                "slang, abbreviations or words on the project's list of distressing or crude words.",
                f"Source: {SOURCE}; parts of speech from {MORPH[lang]}; only words that are headwords",
                "of the hunspell dictionary for the language (used to check, nothing copied from it).",
                "Made by resources/wordlists/make_wordlists.py. Licence of this list: CC BY-SA 4.0.",
            ]) + "\n".join(sorted(chosen)) + "\n",
            encoding="utf-8",
        )
        print(lang, len(plain), len(names), len(chosen))


if __name__ == "__main__":
    import sys

    main(tuple(sys.argv[1:]) or ("ru", "uk"))
