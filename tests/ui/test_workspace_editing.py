"""Writing in the workspace: typing reaches the vault by autosave, Ctrl+S, switching entries; Markdown formatting."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.conftest import MARKER

from ._workspace_support import IGNORED_QT_MESSAGES, add_entries, make_workspace, type_text

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def only_entry(journal):
    entries = journal.list_entries()
    assert len(entries) == 1
    return journal.get(entries[0].id)


def test_typed_entry_is_autosaved(qtbot, vault, journal):
    workspace = make_workspace(qtbot, vault)
    editor = workspace.editor
    qtbot.keyClicks(editor.title_edit, "First day")
    type_text(qtbot, editor.body, f"I arrived. {MARKER}")
    qtbot.waitUntil(lambda: journal.count() == 1 and MARKER in journal.list_entries()[0].preview, timeout=3000)
    entry = only_entry(journal)
    assert entry.title == "First day"
    assert entry.body.strip() == f"I arrived. {MARKER}"
    assert workspace.current_entry_id == entry.id
    # the list shows the new entry, selected
    assert workspace.list_view.current_entry_id() == entry.id


def test_autosave_default_is_within_two_seconds(qtbot, vault, journal):
    from journal_app.ui.journal.workspace import AUTOSAVE_MS

    assert AUTOSAVE_MS <= 2000
    workspace = make_workspace(qtbot, vault, autosave_ms=AUTOSAVE_MS)
    type_text(qtbot, workspace.editor.body, MARKER)
    qtbot.waitUntil(lambda: journal.count() == 1, timeout=2500)


def test_ctrl_s_saves_at_once(qtbot, vault, journal):
    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    type_text(qtbot, workspace.editor.body, MARKER)
    assert journal.count() == 0
    qtbot.keyClick(workspace.editor.body, Qt.Key.Key_S, CTRL)
    assert MARKER in only_entry(journal).body


def test_save_now_and_an_empty_new_entry_is_not_created(qtbot, vault, journal):
    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    assert workspace.save_now() is True
    assert journal.count() == 0
    qtbot.keyClicks(workspace.editor.title_edit, "Only a title")
    assert workspace.save_now() is True
    assert only_entry(journal).title == "Only a title"


def test_switching_entries_saves_the_shown_one(qtbot, vault, journal):
    first, second = add_entries(journal, 2, day=date(2026, 3, 1))
    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    assert workspace.open_entry(first)
    type_text(qtbot, workspace.editor.body, MARKER)
    # choose the other entry in the list with the mouse
    row = workspace.model.row_of(second)
    rect = workspace.list_view.visualRect(workspace.model.index(row))
    qtbot.mouseClick(workspace.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert workspace.current_entry_id == second
    assert MARKER in journal.get(first).body
    assert MARKER not in workspace.editor.body.toPlainText()
    assert workspace.editor.title_edit.text() == journal.get(second).title


def test_new_entry_shortcut_saves_and_starts_blank(qtbot, vault, journal):
    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    qtbot.keyClicks(workspace.editor.body, "one")
    qtbot.keyClick(workspace.editor.body, Qt.Key.Key_N, CTRL)
    assert journal.count() == 1
    assert workspace.current_entry_id is None
    assert workspace.editor.body.toPlainText() == ""
    qtbot.keyClicks(workspace.editor.body, "two")
    assert workspace.save_now()
    assert journal.count() == 2


def test_ctrl_b_stores_markdown_bold(qtbot, vault, journal):
    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    body = workspace.editor.body
    qtbot.keyClicks(body, "plain ")
    qtbot.keyClick(body, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(body, "strong")
    qtbot.keyClick(body, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(body, " end")
    assert workspace.save_now()
    assert only_entry(journal).body.strip() == "plain **strong** end"
    # the user sees bold, not asterisks
    assert "*" not in body.toPlainText()


def test_toolbar_formats_become_markdown(qtbot, vault, journal):
    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    body = workspace.editor.body
    qtbot.keyClicks(body, "Heading")
    qtbot.keyClick(body, Qt.Key.Key_H, CTRL | SHIFT)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClick(body, Qt.Key.Key_0, CTRL)
    qtbot.keyClicks(body, "task")
    qtbot.keyClick(body, Qt.Key.Key_X, CTRL | SHIFT)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "done")
    qtbot.keyClick(body, Qt.Key.Key_X, CTRL | SHIFT)  # the new item is a checkbox already: this ticks it
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClick(body, Qt.Key.Key_Return)  # an empty item ends the list
    qtbot.keyClicks(body, "quoted")
    qtbot.keyClick(body, Qt.Key.Key_Period, CTRL | SHIFT)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClick(body, Qt.Key.Key_Period, CTRL | SHIFT)
    qtbot.keyClicks(body, "italic")
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.StartOfBlock, cursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_I, CTRL)
    assert workspace.save_now()
    text = only_entry(journal).body
    assert "## Heading" in text
    assert "- [ ] task" in text
    assert "- [x] done" in text
    assert "> quoted" in text
    assert "*italic*" in text or "_italic_" in text


def test_link_and_lists_from_the_format_module(qtbot, vault, journal):
    from journal_app.ui.journal import markdown_format as md

    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    body = workspace.editor.body
    qtbot.keyClicks(body, "site")
    md.set_link(body, "https://example.org/")
    qtbot.keyClick(body, Qt.Key.Key_End)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "item")
    qtbot.keyClick(body, Qt.Key.Key_8, CTRL | SHIFT)
    assert workspace.save_now()
    text = only_entry(journal).body
    assert "[site](https://example.org/)" in text
    assert "- item" in text


@pytest.mark.parametrize(
    "text",
    [
        "Сегодня получил ВНЖ в Тбилиси, ура",
        "Сьогодні: їжак, ґанок, є",
        "Emoji 🐴🇬🇪👨‍👩‍👧 done",
        "שלום עולם — مرحبا بالعالم",
    ],
)
def test_unicode_round_trip(qtbot, vault, journal, text):
    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    type_text(qtbot, workspace.editor.title_edit, text[:10])
    type_text(qtbot, workspace.editor.body, text)
    qtbot.keyClick(workspace.editor.body, Qt.Key.Key_Return)
    type_text(qtbot, workspace.editor.body, MARKER)
    assert workspace.save_now()
    stored = only_entry(journal)
    assert stored.body.startswith(text)
    assert stored.title == text[:10].strip()
    # open it in a fresh workspace: the same text, and saving again changes nothing
    workspace.clear()
    again = make_workspace(qtbot, vault, autosave_ms=600_000)
    assert again.open_entry(stored.id)
    assert again.editor.body.toPlainText() == f"{text}\n{MARKER}"
    assert again.editor.fields().body == stored.body
    assert journal.history(stored.id) == []


def test_failed_save_keeps_the_text_and_says_so(qtbot, vault, journal):
    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    type_text(qtbot, workspace.editor.body, MARKER)
    vault.close()
    assert workspace.save_now() is False
    assert workspace.notice.isVisible()
    assert "Not saved" in workspace.notice.label.text()
    assert MARKER not in workspace.notice.label.text()
    assert MARKER in workspace.editor.body.toPlainText()
    # switching entries is refused rather than losing the text
    workspace.new_entry()
    assert MARKER in workspace.editor.body.toPlainText()


def test_word_count_and_font_size(qtbot, vault, journal):
    workspace = make_workspace(qtbot, vault)
    qtbot.keyClicks(workspace.editor.body, "three small words")
    # "3 words" with the English plural forms installed, "3 word(s)" (the source text) without
    qtbot.waitUntil(lambda: workspace.editor.word_count_label.text() in ("3 words", "3 word(s)"), timeout=3000)
    workspace.set_editor_font_size(18)
    assert workspace.editor.body.font().pointSize() == 18


def test_the_editor_follows_the_system_font_size_by_default(qtbot, vault):
    from PySide6.QtWidgets import QApplication

    from journal_app.ui.settings_store import SettingsStore

    assert SettingsStore().editor_font_size == 0  # "as the system"
    workspace = make_workspace(qtbot, vault)
    workspace.set_editor_font_size(0)
    assert workspace.editor.body.font().pointSizeF() == QApplication.font().pointSizeF()
    workspace.set_editor_font_size(20)
    assert workspace.editor.body.font().pointSize() == 20
