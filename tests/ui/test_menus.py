"""The menu bar: every command of the registry in its menu with its key, enabled only when it makes sense, and the
keyboard shortcuts list derived from the same registry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from journal_app.core.vault import Vault
from journal_app.ui.main_window import default_workspace_factory
from journal_app.ui.menus import COMMANDS, MENUS, plain, shortcut_rows
from journal_app.ui.settings_store import SettingsStore

from ..conftest import FAST_KDF, PASSPHRASE
from ._shell_support import IGNORED_QT_MESSAGES, forget_translations, make_window

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)


@pytest.fixture
def existing_vault(vault_dir):
    Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF).close()
    SettingsStore().set_vault_dir(vault_dir)
    return vault_dir


def unlock(qtbot, window) -> None:
    window.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_unlocked, timeout=5000):
        window.unlock_page.unlock()


def menu_entries(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found.extend(menu_entries(action.menu()))
        elif not action.isSeparator():
            found.append(action)
    return found


def all_entries(window) -> list[QAction]:
    return [a for m in window.menuBar().actions() if m.menu() for a in menu_entries(m.menu())]


def shown_keys(action: QAction) -> str:
    if "\t" in action.text():
        return action.text().split("\t", 1)[1]
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def test_five_menus_hold_every_command_with_its_key(qtbot, existing_vault):
    window = make_window(qtbot, workspace_factory=default_workspace_factory)
    titles = [plain(a.text()) for a in window.menuBar().actions()]
    assert titles == ["Journal", "Edit", "View", "Plans", "Help"]
    assert len(MENUS) == 5
    entries = all_entries(window)
    for command in COMMANDS:
        action = window.menus.actions[command.id]
        assert action in entries, command.id
        keys = command.key_sequence().toString(QKeySequence.SequenceFormat.NativeText)
        assert shown_keys(action) == keys, command.id
    by_id = {c.id: c.key_sequence() for c in COMMANDS}
    assert by_id["new_entry"] == QKeySequence("Ctrl+N")
    assert by_id["find"] == QKeySequence("Ctrl+F")
    assert by_id["link"] == QKeySequence("Ctrl+K")
    assert by_id["lock"] == QKeySequence("Ctrl+L")
    assert by_id["panic"] == QKeySequence("Ctrl+Shift+Q")
    assert by_id["settings"] == QKeySequence("Ctrl+,")
    assert by_id["quit"] == QKeySequence("Ctrl+Q")


def test_journal_commands_are_disabled_while_locked(qtbot, existing_vault):
    window = make_window(qtbot, workspace_factory=default_workspace_factory)
    actions = window.menus.actions
    locked_off = ("new_entry", "find", "history", "link", "bold", "lock", "back_up", "export", "import",
                  "change_passphrase", "new_document", "show_horizon")  # fmt: skip
    always_on = ("settings", "quit", "panic", "guide", "shortcuts", "about", "restore", "verify")
    assert [a for a in locked_off if actions[a].isEnabled()] == []
    assert [a for a in always_on if not actions[a].isEnabled()] == []
    unlock(qtbot, window)
    window.menus.refresh()
    assert [a for a in locked_off if not actions[a].isEnabled()] == []
    with qtbot.waitSignal(window.vault_locked, timeout=3000):
        window.lock()
    assert [a for a in locked_off if actions[a].isEnabled()] == []


def test_every_key_in_the_unlocked_window_is_in_the_registry(qtbot, existing_vault):
    """One source of truth: an action with a key that the menus and the shortcuts list do not know is a bug."""
    window = make_window(qtbot, workspace_factory=default_workspace_factory)
    unlock(qtbot, window)
    known = {c.key_sequence().toString() for c in COMMANDS if not c.key_sequence().isEmpty()}
    unknown = set()
    for widget in [window, *window.findChildren(type(window.workspace).__mro__[-3])]:
        for action in widget.actions():
            keys = action.shortcut().toString()
            if keys and keys not in known:
                unknown.add(keys)
    assert unknown == set()
    # and every workspace command finds the action or method it stands for
    missing = [c.id for c in COMMANDS if c.kind == "workspace" and window.menus.target(c.id) is None]
    assert missing == []


def test_menu_entries_reach_the_workspace(qtbot, existing_vault):
    window = make_window(qtbot, workspace_factory=default_workspace_factory)
    unlock(qtbot, window)
    workspace = window.workspace
    workspace.tabs.setCurrentWidget(workspace.planner)
    window.menus.actions["show_journal"].trigger()
    assert workspace.tabs.currentWidget() is workspace.journal
    window.menus.actions["show_horizon"].trigger()
    assert workspace.planner.tabs.currentWidget() is workspace.planner.horizon
    window.menus.actions["find"].trigger()
    assert workspace.tabs.currentWidget() is workspace.journal
    qtbot.waitUntil(lambda: QApplication.focusWidget() is workspace.journal.search_panel.box)
    workspace.journal.editor.body.setFocus()
    qtbot.keyClicks(workspace.journal.editor.body, "word")
    workspace.journal.editor.body.selectAll()
    with qtbot.waitSignal(window.menus.target("bold").triggered, timeout=1000):
        window.menus.actions["bold"].trigger()
    body = workspace.journal.editor.body
    assert body.toPlainText() == "**word**"  # the editor edits Markdown source
    body.selectAll()
    window.menus.actions["cut"].trigger()  # the key goes to the editor, which cuts as from the keyboard
    assert body.toPlainText() == ""
    assert "**word**" in QApplication.clipboard().text()
    window.menus.actions["undo"].trigger()
    assert body.toPlainText() == "**word**"


def test_full_screen_and_theme_from_the_view_menu(qtbot, existing_vault):
    window = make_window(qtbot)
    window.menus.theme_actions["dark"].trigger()
    assert window.settings.theme == "dark"
    window.settings.set_theme("light")
    assert window.menus.theme_actions["light"].isChecked()
    window.menus.actions["full_screen"].trigger()
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    window.menus.actions["full_screen"].trigger()
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    window.settings.set_theme("system")


def test_shortcuts_dialog_lists_the_registry_and_searches(qtbot, existing_vault):
    window = make_window(qtbot)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = window.menus.help.dialogs["shortcuts"]
    assert dialog.isVisible()
    assert len(dialog.visible_rows()) == len(shortcut_rows()) == sum(not c.key_sequence().isEmpty() for c in COMMANDS)
    qtbot.keyClicks(dialog.search, "lock")
    rows = dialog.visible_rows()
    assert {r[0] for r in rows} >= {"Ctrl+L", "Ctrl+Shift+Q"}
    assert all("lock" in " ".join(r).casefold() for r in rows)
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "Ctrl+K")
    assert [r[1] for r in dialog.visible_rows()] == ["Link"]


def test_shortcuts_and_menus_follow_the_language(qtbot, existing_vault):
    from journal_app.ui.i18n import LanguageManager

    languages = LanguageManager()
    window = make_window(qtbot, languages=languages)
    try:
        languages.set_language("ru")
        titles = [plain(a.text()) for a in window.menuBar().actions()]
        assert titles == ["Дневник", "Правка", "Вид", "Планы", "Справка"]
        assert plain(window.menus.actions["new_entry"].text().split("\t")[0]) == "Новая запись"
        assert ("Дневник", "Новая запись", "Ctrl+N") in shortcut_rows()
    finally:
        forget_translations(languages)
