"""Entries: write, edit with history, trash and purge, tags, lists."""

from __future__ import annotations

from datetime import date

import pytest

from journal_app.core.errors import InvalidInput, NoSuchItem
from journal_app.core.journal import clean_tags, parse_day


def test_add_and_get(journal) -> None:
    entry = journal.add(
        entry_date=date(2024, 3, 8),
        title="Граница",
        body="# День\n\nПрошли **контроль**.",
        tags=["#Переезд", "Казахстан"],
        mood=4,
        starred=True,
    )
    got = journal.get(entry.id)
    assert got == entry
    assert got.entry_date == date(2024, 3, 8)
    assert got.tags == ("Казахстан", "Переезд")
    assert got.mood == 4 and got.starred
    assert got.created_at == got.updated_at and got.created_at.endswith("Z")
    assert len(got.id) == 36


def test_entry_date_defaults_to_today(journal) -> None:
    assert journal.add(body="x").entry_date == date.today()


def test_tags_are_cleaned_and_unique_ignoring_case() -> None:
    assert clean_tags(["  #Виза ", "виза", "@work", "", "two  words"]) == ("Виза", "work", "two words")
    with pytest.raises(InvalidInput):
        clean_tags(["x" * 101])


def test_mood_must_be_one_to_five(journal) -> None:
    with pytest.raises(InvalidInput):
        journal.add(body="x", mood=6)


def test_every_save_keeps_the_previous_version(journal) -> None:
    entry = journal.add(title="v1", body="первая версия")
    journal.update(entry.id, body="вторая версия")
    current = journal.update(entry.id, title="v3", tags=["t"])
    assert current.title == "v3" and current.body == "вторая версия" and current.tags == ("t",)
    assert current.updated_at > entry.updated_at
    history = journal.history(entry.id)
    assert [v.title for v in history] == ["v1", "v1"]
    assert [v.body for v in history] == ["вторая версия", "первая версия"]


def test_saving_unchanged_text_adds_no_version(journal) -> None:
    entry = journal.add(title="t", body="b")
    assert journal.update(entry.id, title="t", body="b") == entry
    assert journal.history(entry.id) == []


def test_restore_a_version(journal) -> None:
    entry = journal.add(title="old", body="старый текст", tags=["a"], mood=2)
    journal.update(entry.id, title="new", body="новый текст", tags=["b"], clear_mood=True)
    oldest = journal.history(entry.id)[-1]
    restored = journal.restore_version(entry.id, oldest.version_id)
    assert (restored.title, restored.body, restored.tags, restored.mood) == ("old", "старый текст", ("a",), 2)
    assert journal.history(entry.id)[0].title == "new"  # the replaced state is kept too
    with pytest.raises(NoSuchItem):
        journal.restore_version(entry.id, 99999)


def test_trash_restore_and_purge(journal) -> None:
    keep = journal.add(body="остаётся")
    gone = journal.add(body="удалить", tags=["tmp"])
    journal.update(gone.id, body="удалить совсем")
    journal.delete(gone.id)
    assert [e.id for e in journal.list_entries()] == [keep.id]
    assert [e.id for e in journal.trash()] == [gone.id]
    assert journal.search("удалить") == []
    assert journal.tags() == []
    journal.restore(gone.id)
    assert len(journal.list_entries()) == 2
    with pytest.raises(InvalidInput):
        journal.purge([gone.id])  # not in the trash
    journal.delete(gone.id)
    assert journal.purge() == 1
    with pytest.raises(NoSuchItem):
        journal.get(gone.id)
    with pytest.raises(NoSuchItem):
        journal.history(gone.id)
    assert journal.trash() == []
    rows = journal._conn.execute("SELECT count(*) FROM entry_versions").fetchone()
    assert rows[0] == 0


def test_list_order_filters_and_paging(journal) -> None:
    a = journal.add(entry_date=date(2023, 1, 5), body="a", tags=["Виза"])
    b = journal.add(entry_date=date(2024, 6, 1), body="b")
    c = journal.add(entry_date=date(2024, 6, 1), body="c", tags=["виза"])
    assert [e.id for e in journal.list_entries()] == [c.id, b.id, a.id]
    assert [e.id for e in journal.list_entries(tag="ВИЗА")] == [c.id, a.id]
    assert [e.id for e in journal.list_entries(date_from=date(2024, 1, 1))] == [c.id, b.id]
    assert [e.id for e in journal.list_entries(date_to=date(2023, 12, 31))] == [a.id]
    assert [e.id for e in journal.list_entries(limit=1, offset=1)] == [b.id]
    assert journal.count() == 3 and journal.count(tag="виза") == 2
    assert journal.tags() == [("Виза", 2)]


def test_preview_is_the_first_line_of_text(journal) -> None:
    journal.add(body="\n\n# Заголовок\nвторая строка")
    assert journal.list_entries()[0].preview == "Заголовок"


def test_calendar_days_and_on_this_day(journal) -> None:
    journal.add(entry_date=date(2022, 9, 21), body="first")
    journal.add(entry_date=date(2023, 9, 21), body="second")
    journal.add(entry_date=date(2024, 9, 20), body="other")
    assert journal.days_with_entries(date(2024, 9, 1), date(2024, 9, 30)) == {date(2024, 9, 20)}
    assert [e.entry_date.year for e in journal.on_this_day(date(2025, 9, 21))] == [2023, 2022]


def test_resolve_id_prefix(journal) -> None:
    entry = journal.add(body="x")
    assert journal.resolve_id(entry.id[:8]) == entry.id
    assert journal.resolve_id(entry.id.upper()) == entry.id
    for bad in ("abc", "zzzzzzzz", "'; drop"):
        with pytest.raises(NoSuchItem):
            journal.resolve_id(bad)


def test_unknown_id(journal) -> None:
    for call in (journal.get, journal.delete, journal.history):
        with pytest.raises(NoSuchItem):
            call("00000000-0000-0000-0000-000000000000")


def test_parse_day() -> None:
    assert parse_day("2025-02-28") == date(2025, 2, 28)
    for bad in ("2025-02-30", "28.02.2025", "2025-2-8", ""):
        with pytest.raises(InvalidInput):
            parse_day(bad)


def test_preview_drops_markdown_marks() -> None:
    from journal_app.core.journal import preview_of

    assert preview_of("The guard asked about *my plans*.") == "The guard asked about my plans."
    assert preview_of("- [x] **SIM**-карта, snake_case") == "SIM-карта, snake_case"
    assert preview_of("> см. [ссылку](https://example.org)") == "см. ссылку"
