"""jrnl's @tags (and #tags) in an entry's first line become tags, not title text; the body stays as written."""

from __future__ import annotations

import pytest

from journal_app.core.importers import import_jrnl, parse_jrnl_text


@pytest.mark.parametrize(
    ("first_line", "title", "tags"),
    [
        ("@work @visa Went to the consulate.", "Went to the consulate.", ("visa", "work")),
        ("Подала документы @ВНЖ @документы", "Подала документы", ("ВНЖ", "документы")),
        ("Кофе с @Аней в центре", "Кофе с Аней в центре", ("Аней",)),
        ("#важно Граница пройдена #граница", "Граница пройдена", ("важно", "граница")),
        ("@тег", "", ("тег",)),
        ("Без меток, a@b.c и #1 день", "Без меток, a@b.c и 1 день", ("1",)),
        ("# Заголовок без метки", "# Заголовок без метки", ()),
    ],
)
def test_tags_in_the_first_line_become_tags(first_line, title, tags):
    [entry] = parse_jrnl_text(f"[2024-05-01 10:00] {first_line}\nТекст записи @дом.\n")
    assert entry.title == title
    assert set(entry.tags) == set(tags) | {"дом"}
    assert entry.body == "Текст записи @дом."


def test_imported_entry_has_the_tags_and_a_clean_title(vault, tmp_path):
    source = tmp_path / "j.txt"
    source.write_text("[2024-05-01 10:00] @переезд @Тбилиси Первый день\nСняли квартиру.\n", encoding="utf-8")
    assert import_jrnl(vault, source).imported == 1
    [summary] = vault.journal().list_entries()
    entry = vault.journal().get(summary.id)
    assert entry.title == "Первый день"
    assert set(entry.tags) == {"переезд", "Тбилиси"}
    assert entry.body == "Сняли квартиру."
