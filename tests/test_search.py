"""Search: word forms in Russian, Ukrainian and English, phrases, prefixes, tags, dates, exclusion."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from journal_app.core.search import parse
from journal_app.core.text import normalize, stem


@pytest.fixture
def entries(journal):
    j = journal
    ids = {
        "passport": j.add(
            entry_date=date(2024, 2, 1),
            title="Паспорт",
            body="Срок паспорта истекает в мае. Нужно собрать документы.",
            tags=["документы"],
        ),
        "docs": j.add(
            entry_date=date(2024, 5, 10), body="Сегодня подала документов целую папку в ЦОН.", tags=["Казахстан"]
        ),
        "uk": j.add(
            entry_date=date(2024, 7, 3),
            body="Не вистачає документів для посвідки. Ще раз у міграційну.",
            tags=["Сербія"],
        ),
        "en": j.add(
            entry_date=date(2023, 11, 20),
            title="Border",
            body="The border guards checked our passports twice.",
            tags=["travel"],
        ),
        "yo": j.add(entry_date=date(2025, 1, 2), body="Ёлка, снег, и мы далеко от дома."),
    }
    return {k: v.id for k, v in ids.items()}


def found(journal, query: str) -> set[str]:
    return {hit.entry.id for hit in journal.search(query)}


def test_russian_word_forms(journal, entries) -> None:
    assert found(journal, "документы") >= {entries["passport"], entries["docs"]}
    assert entries["passport"] in found(journal, "паспорт")
    assert entries["passport"] in found(journal, "ПАСПОРТОВ")


def test_ukrainian_forms_match_russian_ones(journal, entries) -> None:
    assert found(journal, "документ") == {entries["passport"], entries["docs"], entries["uk"]}
    assert entries["uk"] in found(journal, "документи")


def test_english_forms(journal, entries) -> None:
    assert found(journal, "passport") == {entries["en"]}
    assert found(journal, "Checking") == {entries["en"]}


def test_yo_and_case_do_not_matter(journal, entries) -> None:
    assert found(journal, "елка") == {entries["yo"]}
    assert found(journal, "ЁЛКИ") == {entries["yo"]}
    assert normalize("Ёжик") == "ежик"


def test_phrase(journal, entries) -> None:
    assert found(journal, '"собрать документы"') == {entries["passport"]}
    assert found(journal, '"документы собрать"') == set()


def test_prefix(journal, entries) -> None:
    assert found(journal, "докум*") == {entries["passport"], entries["docs"], entries["uk"]}
    assert found(journal, "бор*") == set()
    assert found(journal, "bord*") == {entries["en"]}


def test_exclusion(journal, entries) -> None:
    assert found(journal, "документы -паспорт") == {entries["docs"], entries["uk"]}
    assert found(journal, '-"собрать документы"') == set(entries.values()) - {entries["passport"]}


def test_tag_and_dates(journal, entries) -> None:
    assert found(journal, "tag:казахстан") == {entries["docs"]}
    assert found(journal, "документы tag:Сербія") == {entries["uk"]}
    assert found(journal, "документы -tag:документы") == {entries["docs"], entries["uk"]}
    assert found(journal, "from:2024-03-01 to:2024-12-31") == {entries["docs"], entries["uk"]}
    assert found(journal, "документы from:2024-05-10 to:2024-05-10") == {entries["docs"]}


def test_tags_are_searchable_as_words(journal, entries) -> None:
    assert entries["en"] in found(journal, "travel")


def test_ranking_prefers_title_then_newer(journal) -> None:
    older = journal.add(entry_date=date(2020, 1, 1), body="виза виза")
    title = journal.add(entry_date=date(2019, 1, 1), title="Виза", body="текст")
    newer = journal.add(entry_date=date(2024, 1, 1), body="виза виза")
    ids = [h.entry.id for h in journal.search("виза")]
    assert ids[0] == title.id
    assert ids.index(newer.id) < ids.index(older.id)


def test_snippet_marks_the_match(journal, entries) -> None:
    hit = journal.search("паспорт")[0]
    assert "**паспорта**" in hit.snippet
    long = journal.add(body=("слово " * 100) + "регистрация" + (" хвост" * 100))
    snippet = next(h.snippet for h in journal.search("регистрации") if h.entry.id == long.id)
    assert "**регистрация**" in snippet and snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) < 250


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"""',
        '"unclosed phrase',
        "AND",
        "OR NOT",
        "NEAR(a b)",
        "(",
        ")",
        "*",
        "-",
        "--",
        "tag:",
        "from:",
        "from:2024-13-45",
        "a:b",
        "^word",
        "{x}",
        "'",
        "паспорт)",
        "\x00",
        "🐴",
        "   ",
        "",
        "col:паспорт",
        "-*",
    ],
)
def test_stray_operators_are_handled(journal, entries, query: str) -> None:
    journal.search(query)  # no exception


def test_bad_date_filter_is_text_not_error(journal, entries) -> None:
    assert parse("from:2024-13-45").date_from is None
    assert journal.search("from:2024-13-45") == []


def test_stem_is_shared_by_index_and_query() -> None:
    assert stem("документов") == stem("документы") == stem("документ")
    assert stem("документів") == stem("документ")
    assert stem("паспорта") == stem("паспорт")


def test_trash_leaves_and_rejoins_the_index(journal) -> None:
    entry = journal.add(title="Временная", body="уникальное слово")
    journal.delete(entry.id)
    assert journal.search("уникальное") == []
    journal.update(entry.id, body="уникальное слово, правка в корзине")
    assert journal.search("уникальное") == []
    journal.restore(entry.id)
    assert [h.entry.id for h in journal.search("правка")] == [entry.id]


def _dated_journal(journal) -> dict[str, tuple[date, bool]]:
    """300 entries over five years, most written in date order, some written later with old dates (an import),
    a few in the trash: {id: (date, has the word "общее")}."""
    import random

    rng = random.Random(16)
    days = sorted(date.fromordinal(date(2020, 1, 1).toordinal() + rng.randrange(1800)) for _ in range(260))
    days += [date.fromordinal(date(2020, 1, 1).toordinal() + rng.randrange(1800)) for _ in range(40)]  # late
    kept: dict[str, tuple[date, bool]] = {}
    for i, day in enumerate(days):
        word = rng.random() < 0.7
        entry = journal.add(entry_date=day, body=("общее " if word else "") + f"запись {i}")
        if i % 23 == 0:
            journal.delete(entry.id)
        else:
            kept[entry.id] = (day, word)
    return kept


@pytest.mark.parametrize("span_factor", [0, 4, 10**9])  # the dates' set always, as chosen, each match looked up
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    first=st.one_of(st.none(), st.dates(date(2019, 6, 1), date(2025, 6, 1))),
    length=st.integers(0, 2000),
    open_end=st.booleans(),
)
def test_a_word_and_dates_find_exactly_the_entries_of_those_days(
    dated_journal, monkeypatch, span_factor, first, length, open_end
) -> None:
    """However the entries were written (in date order or not), a word with a date range finds the live entries
    of those days that have the word: no more, no fewer (a range with no entry finds nothing)."""
    from datetime import timedelta

    from journal_app.core import journal as journal_module

    journal, kept = dated_journal
    monkeypatch.setattr(journal_module, "_DATE_SPAN_FACTOR", span_factor)
    last = None if open_end or first is None else first + timedelta(days=length)
    if first is None and last is None:
        last = date(2022, 1, 1)
    query = "общее" + (f" from:{first.isoformat()}" if first else "") + (f" to:{last.isoformat()}" if last else "")
    expected = {
        entry_id
        for entry_id, (day, word) in kept.items()
        if word and (first is None or day >= first) and (last is None or day <= last)
    }
    hits = journal.search(query, limit=1000)
    assert {h.entry.id for h in hits} == expected and len(hits) == len(expected)


@pytest.fixture
def dated_journal(journal):
    return journal, _dated_journal(journal)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    bodies=st.lists(
        st.lists(st.sampled_from(["кот", "кот", "дом", "море", "снег", "кота"]), min_size=1, max_size=12),
        min_size=1,
        max_size=30,
    ),
    word=st.sampled_from(["кот", "дом", "море"]),
    other=st.sampled_from(["снег", "дом", "море"]),
)
def test_a_word_without_another_is_the_word_s_ranking_without_those_entries(vault_dir, bodies, word, other) -> None:
    """`кот -снег` ranks as `кот` does, with the entries that have "снег" left out (the excluded word is not
    scored: it is in no match)."""
    import shutil

    from journal_app.core.vault import Vault
    from tests.conftest import FAST_KDF, PASSPHRASE

    shutil.rmtree(vault_dir, ignore_errors=True)
    vault = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    try:
        journal = vault.journal()
        has_other = {}
        for i, words in enumerate(bodies):
            entry = journal.add(entry_date=date.fromordinal(date(2024, 1, 1).toordinal() + i), body=" ".join(words))
            has_other[entry.id] = other in words
        alone = [h.entry.id for h in journal.search(word, limit=100)]
        without = [h.entry.id for h in journal.search(f"{word} -{other}", limit=100)]
        assert without == [e for e in alone if not has_other[e]]
    finally:
        vault.close()


def test_date_and_tag_filters_inside_the_index(journal) -> None:
    ids = [
        journal.add(entry_date=date(2024, 1, d), body="общее слово", tags=["a"] if d % 2 else []).id
        for d in range(1, 11)
    ]
    found = [h.entry.id for h in journal.search("общее tag:a from:2024-01-03 to:2024-01-07")]
    assert found == [ids[6], ids[4], ids[2]]  # equal scores: newest first
    assert len(journal.search("общее -tag:a")) == 5


def test_one_letter_prefix_finds_every_word_with_that_beginning(journal) -> None:
    ids = {
        "word": journal.add(body="Зима пришла рано.").id,
        "letter": journal.add(body="Буква з одна.").id,  # the one-letter word itself
        "long": journal.add(title="Звонок", body="позвонить").id,
        "other": journal.add(body="Ничего похожего.").id,
    }
    assert found(journal, "з*") == {ids["word"], ids["letter"], ids["long"]}
    assert found(journal, "з* -зима") == {ids["letter"], ids["long"]}
    assert ids["other"] in found(journal, "-з*") and ids["word"] not in found(journal, "-з*")
    assert found(journal, "ы*") == set()
    assert journal._continuations("з") == ["з", "зв", "зи"]


def test_one_letter_prefix_sees_words_written_since_the_last_search(vault, journal) -> None:
    """The two-letter beginnings of a letter are kept between searches; a word written since, on this connection or
    on another one (the search worker reads on its own), is found all the same."""
    reader = vault.reader_journal()
    first = journal.add(body="Квартира").id
    assert found(journal, "к*") == found(reader, "к*") == {first}
    second = journal.add(body="Ключи от новой").id  # "кл": a beginning not seen before
    assert found(journal, "к*") == found(reader, "к*") == {first, second}
    third = vault.journal().add(body="Кукуруза").id  # another Journal on the same connection
    assert found(journal, "к*") == found(reader, "к*") == {first, second, third}


def test_a_word_in_most_entries_is_ranked_among_its_newest_matches(journal, monkeypatch) -> None:
    from journal_app.core import journal as journal_module

    monkeypatch.setattr(journal_module, "_RANK_CANDIDATES", 5)
    monkeypatch.setattr(journal_module, "_RANK_MARGIN", 0)
    old_title = journal.add(entry_date=date(2020, 1, 1), title="Море").id
    newer = [journal.add(entry_date=date(2021, 1, 1 + i), body=f"море {i}").id for i in range(8)]
    title = journal.add(entry_date=date(2021, 2, 1), title="Море", body="море").id
    hits = [h.entry.id for h in journal.search("море", limit=3)]
    assert hits[0] == title  # the best of the newest five matches
    assert old_title not in hits  # a title match, but not among the newest five
    assert set(hits[1:]) <= set(newer[-4:])
    assert len(journal.search("море", limit=20)) == 10  # a bigger page scores as many matches as it shows


def test_snippet_comes_from_far_into_a_long_body_and_only_from_the_body(journal) -> None:
    body = "## Заголовок\n\n" + ("- пункт списка **жирно** и [ссылка](http://x)\n" * 300) + "Наконец регистрации нет."
    entry = journal.add(title="Регистрация", body=body)
    snippet = next(h.snippet for h in journal.search("регистрация") if h.entry.id == entry.id)
    assert snippet.startswith("…") and "**регистрации**" in snippet and "http" not in snippet and "- " not in snippet
    titled = journal.add(title="Миграционная", body="Текст без этого слова.")
    snippet = next(h.snippet for h in journal.search("миграционная") if h.entry.id == titled.id)
    assert snippet == "Текст без этого слова."  # the match is in the title: the body's beginning


_PLAIN_ALPHABET = "abcltmpqя ё1234567890.,;:?()'\"-+=/\n\t  \u00a0"


@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet=_PLAIN_ALPHABET + "*_`[]<>!#~|\\&", max_size=60))
@example(text="-- -")  # a rule with spaces in it: no words (found by a longer run of this test)
@example(text="слово\n\n -- - -\nещё")
def test_text_called_markdown_free_is_what_the_parser_gives(text: str) -> None:
    from journal_app.core.journal import preview_of
    from journal_app.core.markdown import first_line, markdown_free, one_line, to_plain
    from journal_app.core.search import plain_text

    parsed = " ".join(to_plain(text).split())  # the parser's words, with no shortcut
    assert plain_text(text) == parsed
    assert one_line(text) == parsed  # piece by piece, the pieces without Markdown unparsed
    assert preview_of(text) == first_line(text, 200)
    if any(c in text for c in "*_`[]<|\\"):
        assert not markdown_free(text)


def _columns_read(journal, run) -> set[tuple[str, str]]:
    """(table, column) pairs the statements prepared during `run()` read (SQLite's authorizer sees every one)."""
    import sqlcipher3

    read: set[tuple[str, str]] = set()

    def authorizer(action, table, column, _db, _trigger):
        if action == sqlcipher3.SQLITE_READ:
            read.add((table, column))
        return sqlcipher3.SQLITE_OK

    conn = journal._conn if journal._own_connection is None else journal._own_connection
    conn = journal._vault.connection if conn is None else conn
    conn.set_authorizer(authorizer)
    try:
        run()
    finally:
        conn.set_authorizer(None)
    return read


QUERIES = [
    "документ",
    "док*",
    "д*",
    '"border guards"',
    "tag:travel",
    "from:2024-01-01 to:2024-12-31",
    "-снег",
    "паспорт tag:документы",
    "документ from:2024-01-01 to:2024-06-30",
    "tag:документы -tag:travel from:2024-02-01",
]


@pytest.mark.parametrize("query", QUERIES)
def test_light_hits_read_no_body_and_complete_to_the_full_search(journal, entries, query: str) -> None:
    for i in range(30):
        journal.add(
            entry_date=date(2024, 3, 1 + i % 28),
            title=f"Документ {i}",
            body="**Паспорт** и документы " * i,
            tags=["документы", "travel"],
        )
    full: list = []
    assert ("entries", "body") in _columns_read(journal, lambda: full.extend(journal.search(query)))
    assert full and all(not h.is_light for h in full)
    light: list = []
    read = _columns_read(journal, lambda: light.extend(journal.search(query, snippets=0)))
    assert ("entries", "body") not in read  # no body read: the search is the index and the list columns
    assert ("entry_tags", "tag") not in read  # nor a tag's name: a page of entry_tags for each hit
    assert all(h.is_light and h.entry.preview == "" and h.entry.tags == () for h in light)
    assert any(h.entry.tags for h in full)
    assert [sorted(h.entry.tags) for h in full] == [sorted(journal.get(h.entry.id).tags) for h in full]
    assert [h.entry.id for h in light] == [h.entry.id for h in full]
    some = journal.search(query, snippets=2)
    assert [h.is_light for h in some] == [False] * min(2, len(full)) + [True] * (len(full) - 2)
    assert journal.complete_hits(query, some) == full
    assert [h.entry for h in journal.complete_hits(query, light)] == [h.entry for h in full]
    assert [h.snippet for h in journal.complete_hits(query, light)] == [h.snippet for h in full]


def test_a_one_or_two_letter_prefix_lists_its_newest_matches_unscored(journal, monkeypatch) -> None:
    """`к*` and `кв*` match most entries: the page is their newest matches, newest first, unscored (scoring counted
    every entry of each beginning first: most of the search, 40-160 ms at a million entries), while a prefix of
    three letters or more is ranked among its newest 2,000 matches."""
    from journal_app.core import journal as journal_module

    monkeypatch.setattr(journal_module, "_RANK_MARGIN", 0)
    best_old = journal.add(entry_date=date(2020, 1, 1), title="Квартира квартира", body="квартира квартира").id
    newer = [journal.add(entry_date=date(2021, 1, 1 + i), body=f"квартал {i}").id for i in range(8)]
    assert [h.entry.id for h in journal.search("к*", limit=3)] == newer[-1:-4:-1]  # the newest three, newest first
    assert [h.entry.id for h in journal.search("кв*", limit=3)] == newer[-1:-4:-1]
    assert [h.entry.id for h in journal.search("к* кв*", limit=3)] == newer[-1:-4:-1]
    assert journal.search("ква*", limit=3)[0].entry.id == best_old  # scored: the title match first
    assert journal.search("кв* квартира", limit=3)[0].entry.id == best_old  # a whole word in it: scored
    assert [h.entry.id for h in journal.search("к*", limit=20)][-1] == best_old  # a longer page reaches it, last
    assert [h.entry.id for h in journal.search("кв*", limit=20)][-1] == best_old


def _plans(journal, run) -> list[tuple[str, list[str]]]:
    """Each statement `Journal._rows` ran during `run()`, with the lines of its query plan."""
    ran: list[tuple[str, Any]] = []
    rows = journal._rows

    def recording(sql: str, params: Any = ()) -> Any:
        ran.append((sql, params))
        return rows(sql, params)

    journal._rows = recording
    try:
        run()
    finally:
        del journal._rows
    return [(sql, [str(r[3]) for r in rows("EXPLAIN QUERY PLAN " + sql, params)]) for sql, params in ran]


@pytest.mark.parametrize("query", QUERIES)
def test_a_page_of_light_hits_reads_no_entry_row(journal, query: str) -> None:
    """A search without snippets finds its entries and reads the columns of its hits from indexes alone: a row of
    `entries` is mostly its body (about one entry a 4 KiB page, the columns after the body behind its overflow
    pages), so reading 100 rows read 100 pages and more (issue 16; migration 11's index by row holds the columns)."""
    for i in range(40):
        journal.add(
            entry_date=date(2024, 1 + i % 12, 1 + i % 28),
            title=f"Документ {i}",
            body="Паспорт и документы, border guards. " * (i * 20),
            tags=["документы", "travel"][: 1 + i % 2],
        )
    journal.delete(journal.search("документ")[0].entry.id)
    hits: list = []
    plans = _plans(journal, lambda: hits.extend(journal.search(query, limit=100, snippets=0)))
    assert hits
    for sql, plan in plans:
        for line in plan:
            words = line.split()
            if words[0] in ("SEARCH", "SCAN") and words[1] in ("e", "d", "entries") and len(words) > 2:
                assert "COVERING INDEX" in line, (sql, plan)
