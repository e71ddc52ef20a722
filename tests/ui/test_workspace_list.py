"""The journal list (lazy, grouped by month), trash with undo, history and trash dialogs, and clear() on lock."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt

from journal_app.ui.journal.entry_delegate import month_title
from journal_app.ui.journal.entry_model import PAGE_SIZE, MonthRole
from tests.conftest import MARKER

from ._workspace_support import IGNORED_QT_MESSAGES, add_entries, make_workspace, type_text, widgets_containing

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)


def entry_titles(model):
    return [model.summary_at(r).title for r in range(model.rowCount()) if model.summary_at(r)]


def test_list_knows_every_row_and_reads_pages_where_the_view_looks(qtbot, vault, journal):
    add_entries(journal, 250, day=date(2026, 5, 1))
    workspace = make_workspace(qtbot, vault)
    model = workspace.model
    assert model.rowCount() == 251  # one month header and every entry, before anything is scrolled
    assert model.loaded_entries <= PAGE_SIZE  # only the first page is read for the rows shown
    workspace.list_view.scrollToBottom()
    qtbot.waitUntil(lambda: model.loaded_entries > PAGE_SIZE, timeout=3000)  # the last page, read when shown
    assert len(set(entry_titles(model))) == 250


def test_ctrl_end_reads_only_the_last_page(qtbot, vault, journal, monkeypatch):
    from datetime import timedelta

    for i in range(1200):  # about 40 entries a month over more than two years
        journal.add(entry_date=date(2026, 1, 1) - timedelta(days=i * 30 // 40), title=f"e{i}")
    workspace = make_workspace(qtbot, vault)
    view, model = workspace.list_view, workspace.model
    assert model.entry_count == 1200
    reads: list[dict] = []
    real = workspace._list_journal.list_entries

    def counting(**kwargs):
        reads.append(kwargs)
        return real(**kwargs)

    monkeypatch.setattr(workspace._list_journal, "list_entries", counting)
    view.setFocus()
    view.setCurrentIndex(model.index(1))
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    last = model.summary_at(model.rowCount() - 1)
    assert last is not None and last.title == "e1199"
    assert view.currentIndex().row() == model.rowCount() - 1
    assert 1 <= len(reads) <= 3  # the pages at the end, not the 30 pages before them
    reads.clear()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)  # the scroll bar dragged halfway
    qtbot.wait(50)
    assert 1 <= len(reads) <= 3


def test_rows_are_grouped_by_month_newest_first(qtbot, vault, journal):
    journal.add(entry_date=date(2026, 1, 10), title="january")
    journal.add(entry_date=date(2026, 3, 2), title="march early")
    journal.add(entry_date=date(2026, 3, 20), title="march late")
    workspace = make_workspace(qtbot, vault)
    model = workspace.model
    rows = [model.index(r).data(MonthRole) or model.summary_at(r).title for r in range(model.rowCount())]
    assert rows == [(2026, 3), "march late", "march early", (2026, 1), "january"]
    assert month_title(2026, 3, QLocale(QLocale.Language.Russian)) == "Март 2026"
    assert month_title(2026, 3, QLocale(QLocale.Language.English)) == "March 2026"
    # month headers cannot be selected
    assert not (model.flags(model.index(0)) & Qt.ItemFlag.ItemIsSelectable)


def test_delete_key_moves_to_trash_and_undo_brings_it_back(qtbot, vault, journal):
    first, second = add_entries(journal, 2, day=date(2026, 6, 1))
    workspace = make_workspace(qtbot, vault)
    assert workspace.open_entry(second)
    workspace.list_view.setFocus()
    qtbot.keyClick(workspace.list_view, Qt.Key.Key_Delete)
    assert journal.count() == 1
    assert [e.id for e in journal.trash()] == [second]
    assert workspace.model.row_of(second) is None
    assert workspace.current_entry_id == first  # the next entry is shown
    assert workspace.list_view.current_entry_id() == first
    assert workspace.notice.isVisible()
    assert workspace.notice.label.text() == "Moved to trash."
    qtbot.mouseClick(workspace.notice.action_button, Qt.MouseButton.LeftButton)
    assert journal.count() == 2
    assert workspace.model.row_of(second) is not None
    assert workspace.current_entry_id == second
    assert not workspace.notice.isVisible()


def test_history_dialog_restores_an_earlier_version(qtbot, vault, journal):
    entry = journal.add(title="draft", body="first words")
    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    assert workspace.open_entry(entry.id)
    body = workspace.editor.body
    body.selectAll()
    type_text(qtbot, body, "second words")
    dialog = workspace.show_history()  # saves first, then opens (not exec) the dialog
    assert dialog is not None and dialog.isVisible()
    assert journal.get(entry.id).body.strip() == "second words"
    assert dialog.versions_list.count() == 1
    assert "Saved " in dialog.versions_list.item(0).text()
    assert dialog.preview.toPlainText().strip() == "first words"
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert journal.get(entry.id).body.strip() == "first words"
    assert body.toPlainText().strip() == "first words"
    assert len(journal.history(entry.id)) == 2


def test_trash_dialog_restores_and_empties(qtbot, vault, journal):
    keep, drop, other = add_entries(journal, 3, day=date(2026, 7, 1))
    for entry_id in (keep, drop, other):
        journal.delete(entry_id)
    workspace = make_workspace(qtbot, vault)
    dialog = workspace.show_trash()
    assert dialog.entries_list.count() == 3
    row = next(i for i in range(3) if dialog.entries_list.item(i).data(Qt.ItemDataRole.UserRole + 1) == keep)
    dialog.entries_list.setCurrentRow(row)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert [e.id for e in journal.list_entries()] == [keep]
    assert workspace.model.row_of(keep) is not None
    # emptying asks first; Cancel changes nothing
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.confirm_row.isVisible()
    assert "2" in dialog.confirm_label.text()
    qtbot.mouseClick(dialog.cancel_confirm_button, Qt.MouseButton.LeftButton)
    assert len(journal.trash()) == 2
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert journal.trash() == []
    assert dialog.entries_list.count() == 0
    assert journal.count() == 1


def test_clear_leaves_no_widget_with_entry_text(qtbot, vault, journal):
    journal.add(entry_date=date(2026, 2, 2), title=f"title {MARKER}", body=f"body {MARKER}", tags=[MARKER])
    journal.add(
        entry_date=date.today().replace(year=date.today().year - 1, day=min(date.today().day, 28)),
        title=f"old {MARKER}",
    )
    entry = journal.add(title="x", body=f"{MARKER} again")
    journal.update(entry.id, body="changed")
    workspace = make_workspace(qtbot, vault)
    workspace.open_entry(entry.id)
    history = workspace.show_history()
    assert history is not None
    type_text(qtbot, workspace.search_panel.box, "ZEBRA")
    qtbot.waitUntil(lambda: workspace.search_panel.results.rowCount() >= 1, timeout=3000)
    assert widgets_containing(MARKER)  # the walk finds it while it is shown
    workspace.clear()
    assert widgets_containing(MARKER) == []
    assert not history.isVisible()


def test_paging_by_day_gives_every_entry_once_in_order(qtbot, vault, journal):
    from datetime import timedelta

    from journal_app.ui.journal.entry_model import EntryListModel

    for i in range(230):  # 1-4 entries a day, so pages end in the middle of a day
        journal.add(entry_date=date(2026, 1, 1) - timedelta(days=i // (1 + i % 4)), title=f"e{i}")
    model = EntryListModel(journal, page_size=17)
    model.reload()
    while model.canFetchMore():
        model.fetchMore()
    expected = [s.id for s in journal.list_entries()]
    assert [model.summary_at(r).id for r in range(model.rowCount()) if model.summary_at(r)] == expected
