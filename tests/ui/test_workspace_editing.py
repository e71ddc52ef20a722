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


def style_at(body, position: int):
    """The live style (QTextCharFormat) the highlighter gives the character at `position`."""
    from PySide6.QtGui import QTextCharFormat

    block = body.document().findBlock(position)
    offset = position - block.position()
    for fmt_range in block.layout().formats():
        if fmt_range.start <= offset < fmt_range.start + fmt_range.length:
            return QTextCharFormat(fmt_range.format)
    return QTextCharFormat()


def select(body, start: int, end: int) -> None:
    cursor = body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)


def test_ctrl_b_stores_markdown_bold(qtbot, vault, journal):
    from PySide6.QtGui import QFont

    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    body = workspace.editor.body
    qtbot.keyClicks(body, "plain ")
    qtbot.keyClick(body, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(body, "strong")
    qtbot.keyClick(body, Qt.Key.Key_B, CTRL)  # steps out of the bold
    qtbot.keyClicks(body, " end")
    assert workspace.save_now()
    assert only_entry(journal).body == "plain **strong** end"
    # the source shows its marks, and the text between them is bold
    assert body.toPlainText() == "plain **strong** end"
    assert style_at(body, body.toPlainText().index("strong")).fontWeight() == QFont.Weight.Bold
    assert style_at(body, 0).fontWeight() != QFont.Weight.Bold


def test_bold_on_a_selection_is_one_undo_step_and_toggles_off(qtbot, vault):
    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    body = workspace.editor.body
    qtbot.keyClicks(body, "one two three")
    select(body, 4, 7)
    qtbot.keyClick(body, Qt.Key.Key_B, CTRL)
    assert body.toPlainText() == "one **two** three"
    assert body.textCursor().selectedText() == "two"
    qtbot.keyClick(body, Qt.Key.Key_I, CTRL)
    assert body.toPlainText() == "one ***two*** three"
    qtbot.keyClick(body, Qt.Key.Key_B, CTRL)  # bold off, italic stays
    assert body.toPlainText() == "one *two* three"
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert body.toPlainText() == "one ***two*** three"
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert body.toPlainText() == "one two three"


def test_toolbar_formats_become_markdown(qtbot, vault, journal):
    from PySide6.QtGui import QFont

    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    body = workspace.editor.body
    qtbot.keyClicks(body, "Heading")
    qtbot.keyClick(body, Qt.Key.Key_H, CTRL | SHIFT)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "task")
    qtbot.keyClick(body, Qt.Key.Key_X, CTRL | SHIFT)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "done")
    qtbot.keyClick(body, Qt.Key.Key_X, CTRL | SHIFT)  # makes it a task
    qtbot.keyClick(body, Qt.Key.Key_X, CTRL | SHIFT)  # on a task: ticks it
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "quoted")
    qtbot.keyClick(body, Qt.Key.Key_Period, CTRL | SHIFT)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "italic")
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.StartOfBlock, cursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_I, CTRL)
    qtbot.keyClick(body, Qt.Key.Key_End)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "item")
    qtbot.keyClick(body, Qt.Key.Key_8, CTRL | SHIFT)
    assert workspace.save_now()
    assert only_entry(journal).body == "## Heading\n- [ ] task\n- [x] done\n> quoted\n*italic*\n- item"
    text = body.toPlainText()
    heading = style_at(body, text.index("Heading"))
    assert heading.fontWeight() == QFont.Weight.Bold
    assert heading.fontPointSize() > body.font().pointSizeF()
    assert style_at(body, text.index("done")).fontStrikeOut()  # a ticked task
    assert style_at(body, text.index("italic")).fontItalic()
    # the marks are dimmed: another colour than the text
    assert style_at(body, text.index("- [ ]")).foreground().color() != body.palette().text().color()


def test_heading_shortcuts_and_list_toggle_off(qtbot, vault):
    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    body = workspace.editor.body
    qtbot.keyClicks(body, "Title")
    qtbot.keyClick(body, Qt.Key.Key_1, CTRL)
    assert body.toPlainText() == "# Title"
    qtbot.keyClick(body, Qt.Key.Key_3, CTRL)
    assert body.toPlainText() == "### Title"
    qtbot.keyClick(body, Qt.Key.Key_0, CTRL)
    assert body.toPlainText() == "Title"
    qtbot.keyClick(body, Qt.Key.Key_8, CTRL | SHIFT)
    assert body.toPlainText() == "- Title"
    qtbot.keyClick(body, Qt.Key.Key_8, CTRL | SHIFT)
    assert body.toPlainText() == "Title"
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert body.toPlainText() == "- Title"


def test_a_click_on_the_box_ticks_the_task(qtbot, vault, journal):
    journal.add(title="tasks", body="- [ ] passport copy\n- [ ] rent")
    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    assert workspace.open_entry(journal.list_entries()[0].id)
    body = workspace.editor.body
    cursor = body.textCursor()
    cursor.setPosition(3)  # inside "[ ]"
    box = body.cursorRect(cursor).center()
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert body.toPlainText() == "- [x] passport copy\n- [ ] rent"
    # a click elsewhere on the line only moves the cursor; Ctrl+click ticks
    second = body.document().findBlockByNumber(1)
    cursor.setPosition(second.position() + 8)
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton, pos=body.cursorRect(cursor).center())
    assert body.toPlainText() == "- [x] passport copy\n- [ ] rent"
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton, CTRL, body.cursorRect(cursor).center())
    assert body.toPlainText() == "- [x] passport copy\n- [x] rent"
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert body.toPlainText() == "- [x] passport copy\n- [ ] rent"
    assert workspace.save_now()
    assert journal.get(journal.list_entries()[0].id).body == "- [x] passport copy\n- [ ] rent"


def test_link_from_the_format_module(qtbot, vault, journal):
    from journal_app.ui.journal import markdown_format as md

    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    body = workspace.editor.body
    qtbot.keyClicks(body, "see site now")
    select(body, 4, 8)
    body.setTextCursor(md.set_link(body.textCursor(), "https://example.org/a b"))
    assert body.toPlainText() == "see [site](https://example.org/a%20b) now"
    cursor = body.textCursor()
    cursor.setPosition(6)
    assert md.link_at(cursor).url == "https://example.org/a%20b"
    body.setTextCursor(md.set_link(cursor, ""))  # an empty address leaves the text
    assert body.toPlainText() == "see site now"
    assert workspace.save_now()
    assert only_entry(journal).body == "see site now"


def test_ctrl_k_asks_for_the_address(qtbot, vault):
    from PySide6.QtWidgets import QInputDialog

    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    body = workspace.editor.body
    qtbot.keyClicks(body, "word")
    qtbot.keyClick(body, Qt.Key.Key_K, CTRL)
    dialog = next(w for w in workspace.editor.findChildren(QInputDialog) if w.isVisible())
    dialog.setTextValue("https://example.org/")
    dialog.accept()
    assert body.toPlainText() == "[word](https://example.org/)"


def test_the_editor_exposes_its_formatting_actions(qtbot, vault):
    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    actions = workspace.editor.format_actions
    for name in ("bold", "italic", "heading", "bullets", "checkbox", "quote", "link"):
        assert actions[name].text() and not actions[name].shortcut().isEmpty()
    assert actions["link"].shortcut().toString() == "Ctrl+K"


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


def test_a_long_entry_is_shown_at_once_and_styled_in_steps(qtbot, vault, journal):
    from PySide6.QtGui import QFont

    from journal_app.ui.journal.text_edit import HIGHLIGHT_NOW_CHARS

    body = "**bold** start\n\n" + "Plain words of a long entry, line after line.\n" * 2000 + "end **strong**\n"
    assert len(body) > HIGHLIGHT_NOW_CHARS * 5
    entry = journal.add(title="long", body=body)
    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    assert workspace.open_entry(entry.id)
    editor = workspace.editor.body
    qtbot.waitUntil(lambda: style_at(editor, 2).fontWeight() == QFont.Weight.Bold, timeout=3000)
    last = len(body) - len("strong**\n")
    qtbot.waitUntil(lambda: not editor.highlighter.pending, timeout=20_000)
    assert style_at(editor, last).fontWeight() == QFont.Weight.Bold
    assert editor.markdown() == body
    assert workspace.save_now() and journal.history(entry.id) == []
