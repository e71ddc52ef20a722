"""Finding entries: search box with results while typing, opening a result, tags, calendar, On this day."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from journal_app.ui.journal.search_panel import HtmlRole, IdRole, marked_words, snippet_html

from ._workspace_support import IGNORED_QT_MESSAGES, make_workspace, type_text

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)

CTRL = Qt.KeyboardModifier.ControlModifier


def test_snippet_html_escapes_before_marking():
    snippet = "a <script>x</script> & **паспорт** <b>"
    rendered = snippet_html(snippet)
    assert "<script>" not in rendered
    assert "&lt;script&gt;" in rendered
    assert "&amp;" in rendered
    assert "<b>паспорт</b>" in rendered
    assert rendered.count("<b>") == 1
    assert marked_words("**one** two **Three** **one**") == ["one", "Three"]


def test_search_while_typing_and_open_a_result(qtbot, vault, journal):
    journal.add(entry_date=date(2026, 1, 5), title="Visa", body="Nothing about documents here.")
    target = journal.add(
        entry_date=date(2026, 2, 7),
        title="Border",
        body="Long morning.\n\nAt the border they looked at my **паспорта** for an hour <b>x</b>.",
    ).id
    workspace = make_workspace(qtbot, vault)
    qtbot.keyClick(workspace.list_view, Qt.Key.Key_F, CTRL)
    assert workspace.search_panel.box.hasFocus()
    type_text(qtbot, workspace.search_panel.box, "паспорт")
    results = workspace.search_panel.results
    qtbot.waitUntil(lambda: results.rowCount() == 1, timeout=3000)
    assert not workspace.list_view.isVisible()  # results replace the list while searching
    item = results.index(0, 0)
    assert item.data(IdRole) == target
    assert "<b>паспорта</b>" in item.data(HtmlRole)
    assert "&lt;b&gt;x&lt;/b&gt;" in item.data(HtmlRole)
    # keyboard: Down to the results, Enter opens
    qtbot.keyClick(workspace.search_panel.box, Qt.Key.Key_Down)
    assert workspace.search_panel.results_view.hasFocus()
    qtbot.keyClick(workspace.search_panel.results_view, Qt.Key.Key_Return)
    assert workspace.current_entry_id == target
    body = workspace.editor.body
    assert body.textCursor().selectedText() == "паспорта"
    assert [s.cursor.selectedText() for s in body.extraSelections()] == ["паспорта"]
    # Escape clears the search and shows the list again
    workspace.search_panel.box.setFocus()
    qtbot.keyClick(workspace.search_panel.box, Qt.Key.Key_Escape)
    assert workspace.search_panel.box.text() == ""
    assert workspace.list_view.isVisible()


def test_no_results_and_stale_results_are_dropped(qtbot, vault, journal):
    journal.add(title="apple", body="apple pie")
    journal.add(title="banana", body="banana bread")
    workspace = make_workspace(qtbot, vault)
    panel = workspace.search_panel
    qtbot.keyClicks(panel.box, "zzzz")
    qtbot.waitUntil(lambda: panel.status.text() == "No entries found", timeout=3000)
    # a late answer to an older query does not replace the newer one
    panel.box.clear()
    qtbot.keyClicks(panel.box, "banana")
    qtbot.waitUntil(lambda: panel.results.rowCount() == 1, timeout=3000)
    old_generation = panel.runner.generation - 1
    panel.runner._on_finished(old_generation, [])
    assert panel.results.rowCount() == 1


def test_search_runs_off_the_ui_thread(qtbot, vault, journal):
    import threading

    journal.add(title="needle", body="needle")
    workspace = make_workspace(qtbot, vault)
    reader = workspace.search_panel.runner
    threads = []
    real_factory = reader._reader_factory

    def factory():
        journal_for_reader = real_factory()
        real_search = journal_for_reader.search

        def search(*args, **kwargs):
            threads.append(threading.current_thread())
            return real_search(*args, **kwargs)

        journal_for_reader.search = search
        return journal_for_reader

    reader._reader_factory = factory
    qtbot.keyClicks(workspace.search_panel.box, "needle")
    qtbot.waitUntil(lambda: workspace.search_panel.results.rowCount() == 1, timeout=3000)
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_tag_panel_filters_the_list(qtbot, vault, journal):
    journal.add(title="a", tags=["work"])
    journal.add(title="b", tags=["home"])
    journal.add(title="c", tags=["work", "home"])
    workspace = make_workspace(qtbot, vault)
    panel = workspace.tag_panel
    labels = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    assert labels == ["All entries", "home (2)", "work (2)"]
    workspace.sidebar.setCurrentWidget(panel)
    qtbot.waitUntil(panel.view.isVisible, timeout=3000)
    rect = panel.view.visualRect(panel.model.index(2, 0))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    titles = {
        workspace.model.summary_at(r).title for r in range(workspace.model.rowCount()) if workspace.model.summary_at(r)
    }
    assert titles == {"a", "c"}
    assert workspace.show_all_button.isVisible()
    qtbot.mouseClick(workspace.show_all_button, Qt.MouseButton.LeftButton)
    assert workspace.model.entry_count == 3


def test_calendar_marks_days_and_filters_by_day(qtbot, vault, journal):
    journal.add(entry_date=date(2026, 3, 3), title="third")
    journal.add(entry_date=date(2026, 3, 17), title="seventeenth")
    journal.add(entry_date=date(2026, 4, 1), title="april")
    workspace = make_workspace(qtbot, vault)
    calendar = workspace.calendar_view.calendar
    calendar.setCurrentPage(2026, 3)
    bold = {d for d in workspace.calendar_view.bold_days if d.month == 3}
    assert bold == {date(2026, 3, 3), date(2026, 3, 17)}
    assert calendar.dateTextFormat(QDate(2026, 3, 17)).fontWeight() > 400
    assert calendar.dateTextFormat(QDate(2026, 3, 18)).fontWeight() <= 400
    calendar.setSelectedDate(QDate(2026, 3, 17))
    calendar.setFocus()
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert workspace.model.entry_filter.day == date(2026, 3, 17)
    assert [
        workspace.model.summary_at(r).title for r in range(workspace.model.rowCount()) if workspace.model.summary_at(r)
    ] == ["seventeenth"]


def test_on_this_day_lists_earlier_years(qtbot, vault, journal):
    today = date.today()
    earlier = journal.add(entry_date=today.replace(year=today.year - 2, day=min(today.day, 28)), title="long ago")
    journal.add(entry_date=today, title="today")
    workspace = make_workspace(qtbot, vault)
    items = workspace.calendar_view.on_this_day_list
    texts = [items.item(i).text() for i in range(items.count())]
    if today.day <= 28:
        assert len(texts) == 1 and "long ago" in texts[0]
        items.setCurrentRow(0)
        qtbot.keyClick(items, Qt.Key.Key_Return)
        assert workspace.current_entry_id == earlier.id


def test_results_past_the_first_screen_get_their_snippets_too(qtbot, vault, journal):
    """The first screenful of results comes with snippets and tags; the others are made on the worker right after
    and filled in, so every row ends with its snippet and its tags, and opening any of them selects the match."""
    from journal_app.ui.journal.search_worker import FIRST_SNIPPETS

    count = FIRST_SNIPPETS + 8
    for i in range(count):
        journal.add(
            entry_date=date(2025, 1, 1 + i),
            title=f"Day {i}",
            body=f"Запись {i}: снова **регистрация** в ЦОН.",
            tags=["ЦОН", f"день-{i}"],
        )
    workspace = make_workspace(qtbot, vault)
    qtbot.keyClick(workspace.list_view, Qt.Key.Key_F, CTRL)
    type_text(qtbot, workspace.search_panel.box, "регистрация")
    results = workspace.search_panel.results
    qtbot.waitUntil(lambda: results.rowCount() == count, timeout=3000)
    last = results.index(count - 1, 0)
    qtbot.waitUntil(lambda: "<b>регистрация</b>" in last.data(HtmlRole), timeout=3000)
    assert all("<b>регистрация</b>" in results.index(r, 0).data(HtmlRole) for r in range(count))
    assert all("#ЦОН" in results.index(r, 0).data(HtmlRole) for r in range(count))
    days = [re.search(r"#день-(\d+)", results.index(r, 0).data(HtmlRole)) for r in range(count)]
    assert sorted(int(day.group(1)) for day in days if day) == list(range(count))  # each row its own entry's tags
    workspace.search_panel.results_view.setFocus()
    workspace.search_panel.results_view.setCurrentIndex(last)
    qtbot.keyClick(workspace.search_panel.results_view, Qt.Key.Key_Return)
    assert workspace.editor.body.textCursor().selectedText() == "регистрация"
