"""The registry of the window's commands: the one list the menus, the keys shown beside them and Help > Keyboard
shortcuts come from (ui/menus.py builds the menus from it).

A command is one of three kinds:
- "window": an existing window action (lock, panic, settings, quit, the backup actions), placed in the menu as it
  is; it keeps its own application-wide shortcut;
- "workspace": an action or method of the unlocked workspace (new entry, find, formatting, plans); the menu entry is
  disabled while the journal is locked, and shows the key that the workspace's own action keeps with its narrower
  context (formatting only in the editor, Delete only in the list);
- "own": a menu-only command (help, view, change passphrase) with its own action and key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from . import window_actions
from .settings_store import THEMES

Keys = QKeySequence | QKeySequence.StandardKey | str | None
Resolver = Callable[[Any], Any]  # the window -> a QAction, a callable, or None when it does not apply now


@dataclass(frozen=True)
class Command:
    id: str
    menu: str  # "journal", "edit", "format", "view", "theme", "plans", "help"
    keys: Keys = None
    kind: str = "own"  # "window": an existing window action; "workspace": needs the unlocked workspace; "own"
    target: Resolver | None = None
    separator_before: bool = False

    def key_sequence(self) -> QKeySequence:
        if self.keys is None:
            return QKeySequence()
        return QKeySequence(self.keys)


def _ws(window: Any) -> Any:
    return getattr(window, "workspace", None)


def _path(*names: str) -> Resolver:
    """`window.workspace.<names...>` or None when any step is missing (a stand-in workspace in tests)."""

    def resolve(window: Any) -> Any:
        obj = _ws(window)
        for name in names:
            if obj is None:
                return None
            obj = getattr(obj, name, None)
        return obj

    return resolve


def _editor_action(name: str) -> Resolver:
    """One of the editor's formatting actions (by name)."""

    def resolve(window: Any) -> Any:
        editor = _path("journal", "editor")(window)
        actions = getattr(editor, "format_actions", None) or getattr(editor, "_actions", None) or {}
        return actions.get(name)

    return resolve


def _window(*names: str) -> Resolver:
    def resolve(window: Any) -> Any:
        obj = window
        for name in names:
            obj = getattr(obj, name, None)
        return obj

    return resolve


def _in_tab(page: str, sub: str | None, then: Resolver) -> Resolver:
    """Show the workspace's tab `page` (and the planner's `sub` tab) before running `then`."""

    def resolve(window: Any) -> Any:
        ws = _ws(window)
        target = then(window)
        tabs = getattr(ws, "tabs", None)
        widget = getattr(ws, page, None)
        if target is None or tabs is None or widget is None:
            return None

        def run() -> Any:
            tabs.setCurrentWidget(widget)
            if sub is not None:
                widget.tabs.setCurrentWidget(getattr(widget, sub))
            return target.trigger() if isinstance(target, QAction) else target()

        return run

    return resolve


def _show_tab(page: str, sub: str | None = None) -> Resolver:
    return _in_tab(page, sub, lambda window: (lambda: None) if _ws(window) is not None else None)


def _sidebar(index: int) -> Resolver:
    def resolve(window: Any) -> Any:
        sidebar = _path("journal", "sidebar")(window)
        if sidebar is None:
            return None
        return _in_tab("journal", None, lambda _w: lambda: sidebar.setCurrentIndex(index))(window)

    return resolve


_STD = QKeySequence.StandardKey

COMMANDS: tuple[Command, ...] = (
    # Journal
    Command("new_entry", "journal", _STD.New, "workspace", _in_tab("journal", None, _path("journal", "new_action"))),
    Command("save", "journal", _STD.Save, "workspace", _path("journal", "save_now")),
    Command(
        "history", "journal", "Ctrl+Shift+Y", "workspace", _in_tab("journal", None, _path("journal", "history_action"))
    ),
    Command("trash_entry", "journal", _STD.Delete, "workspace", _path("journal", "delete_action")),
    Command("trash", "journal", None, "workspace", _in_tab("journal", None, _path("journal", "show_trash"))),
    Command("back_up", "journal", None, "window", _window("backup_actions", "back_up"), separator_before=True),
    Command("verify", "journal", None, "window", _window("backup_actions", "verify")),
    Command("restore", "journal", None, "window", _window("backup_actions", "restore")),
    Command("merge", "journal", None, "window", _window("backup_actions", "merge")),
    Command("export", "journal", None, "window", _window("backup_actions", "export"), separator_before=True),
    Command("import", "journal", None, "window", _window("backup_actions", "import_")),
    Command("lock", "journal", window_actions.LOCK_KEYS, "window", _window("actions_", "lock"), separator_before=True),
    Command("panic", "journal", window_actions.PANIC_KEYS, "window", _window("actions_", "panic")),
    Command("change_passphrase", "journal", None, "own", separator_before=True),
    Command("settings", "journal", window_actions.SETTINGS_KEYS, "window", _window("actions_", "settings")),
    Command("quit", "journal", window_actions.QUIT_KEYS, "window", _window("actions_", "quit"), separator_before=True),
    # Edit: these act on the field that has the keyboard focus, as its own keys would
    Command("undo", "edit", _STD.Undo),
    Command("redo", "edit", _STD.Redo),
    Command("cut", "edit", _STD.Cut, separator_before=True),
    Command("copy", "edit", _STD.Copy),
    Command("paste", "edit", _STD.Paste),
    Command("select_all", "edit", _STD.SelectAll),
    Command(
        "find",
        "edit",
        _STD.Find,
        "workspace",
        _in_tab("journal", None, _path("journal", "search_action")),
        separator_before=True,
    ),
    # Edit > Format (the editor's actions; they work while the cursor is in the entry)
    Command("bold", "format", _STD.Bold, "workspace", _editor_action("bold")),
    Command("italic", "format", _STD.Italic, "workspace", _editor_action("italic")),
    Command("link", "format", "Ctrl+K", "workspace", _editor_action("link")),
    Command("attach", "format", "Ctrl+Shift+A", "workspace", _editor_action("attach")),
    Command("heading", "format", "Ctrl+Shift+H", "workspace", _editor_action("heading"), separator_before=True),
    Command("heading1", "format", "Ctrl+1", "workspace", _editor_action("heading1")),
    Command("heading2", "format", "Ctrl+2", "workspace", _editor_action("heading2")),
    Command("heading3", "format", "Ctrl+3", "workspace", _editor_action("heading3")),
    Command("body_text", "format", "Ctrl+0", "workspace", _editor_action("text")),
    Command("bullets", "format", "Ctrl+Shift+8", "workspace", _editor_action("bullets"), separator_before=True),
    Command("checkbox", "format", "Ctrl+Shift+X", "workspace", _editor_action("checkbox")),
    Command("quote", "format", "Ctrl+Shift+.", "workspace", _editor_action("quote")),
    # View
    Command("show_journal", "view", None, "workspace", _show_tab("journal")),
    Command("show_plans", "view", None, "workspace", _show_tab("planner")),
    Command("show_calendar", "view", None, "workspace", _sidebar(0), separator_before=True),
    Command("show_tags", "view", None, "workspace", _sidebar(1)),
    Command("preview", "view", "Ctrl+Shift+P", "workspace", _editor_action("preview"), separator_before=True),
    Command("full_screen", "view", "F11", separator_before=True),
    # Plans
    Command("show_horizon", "plans", None, "workspace", _show_tab("planner", "horizon")),
    Command(
        "new_document",
        "plans",
        None,
        "workspace",
        _in_tab("planner", "documents", _path("planner", "documents", "add_document")),
        separator_before=True,
    ),
    Command(
        "new_deadline",
        "plans",
        None,
        "workspace",
        _in_tab("planner", "deadlines", _path("planner", "deadlines", "add_deadline")),
    ),
    Command(
        "apply_template",
        "plans",
        None,
        "workspace",
        _in_tab("planner", "deadlines", _path("planner", "deadlines", "apply_template")),
    ),
    Command(
        "export_ics",
        "plans",
        None,
        "workspace",
        _in_tab("planner", "deadlines", _path("planner", "deadlines", "export_ics")),
    ),
    Command(
        "new_trip",
        "plans",
        None,
        "workspace",
        _in_tab("planner", "stays", _path("planner", "stays", "add_trip")),
        separator_before=True,
    ),
    # Help
    Command("guide", "help", "F1"),
    Command("shortcuts", "help", "Ctrl+/"),
    Command("about", "help", None, separator_before=True),
)

#: The icons of the main commands (resources/icons/NAME.svg).
ICONS = {
    "new_entry": "new_entry", "history": "history", "find": "find", "back_up": "backup", "export": "export",
    "import": "import", "lock": "lock", "panic": "panic", "change_passphrase": "passphrase", "settings": "settings",
    "quit": "quit", "new_document": "document", "new_deadline": "deadline", "new_trip": "trip", "guide": "help",
}  # fmt: skip

MENUS = ("journal", "edit", "view", "plans", "help")
SUBMENUS = {"format": "edit", "theme": "view"}


def command_texts() -> dict[str, str]:
    """Each command's menu text (with its & mnemonic), translated now."""
    return {
        "new_entry": QCoreApplication.translate("Menus", "&New entry"),
        "save": QCoreApplication.translate("Menus", "&Save now"),
        "history": QCoreApplication.translate("Menus", "&History of this entry…"),
        "trash_entry": QCoreApplication.translate("Menus", "&Move entry to trash"),
        "trash": QCoreApplication.translate("Menus", "&Trash…"),
        "back_up": QCoreApplication.translate("BackupActions", "&Back up…"),
        "verify": QCoreApplication.translate("BackupActions", "&Check a backup…"),
        "restore": QCoreApplication.translate("BackupActions", "&Restore a backup…"),
        "merge": QCoreApplication.translate("BackupActions", "&Merge a backup into this journal…"),
        "export": QCoreApplication.translate("BackupActions", "&Export…"),
        "import": QCoreApplication.translate("BackupActions", "&Import…"),
        "lock": QCoreApplication.translate("WindowActions", "&Lock"),
        "panic": QCoreApplication.translate("WindowActions", "Lock and &hide"),
        "change_passphrase": QCoreApplication.translate("Menus", "Change &passphrase…"),
        "settings": QCoreApplication.translate("WindowActions", "&Settings…"),
        "quit": QCoreApplication.translate("WindowActions", "&Quit"),
        "undo": QCoreApplication.translate("Menus", "&Undo"),
        "redo": QCoreApplication.translate("Menus", "&Redo"),
        "cut": QCoreApplication.translate("Menus", "Cu&t"),
        "copy": QCoreApplication.translate("Menus", "&Copy"),
        "paste": QCoreApplication.translate("Menus", "&Paste"),
        "select_all": QCoreApplication.translate("Menus", "Select &all"),
        "find": QCoreApplication.translate("Menus", "&Find…"),
        "bold": QCoreApplication.translate("Menus", "&Bold"),
        "italic": QCoreApplication.translate("Menus", "&Italic"),
        "link": QCoreApplication.translate("Menus", "&Link…"),
        "attach": QCoreApplication.translate("Menus", "&Attach files…"),
        "heading": QCoreApplication.translate("Menus", "&Heading"),
        "heading1": QCoreApplication.translate("Menus", "Heading &1"),
        "heading2": QCoreApplication.translate("Menus", "Heading &2"),
        "heading3": QCoreApplication.translate("Menus", "Heading &3"),
        "body_text": QCoreApplication.translate("Menus", "&Plain text"),
        "bullets": QCoreApplication.translate("Menus", "Bulleted &list"),
        "checkbox": QCoreApplication.translate("Menus", "Check bo&x"),
        "quote": QCoreApplication.translate("Menus", "&Quote"),
        "show_journal": QCoreApplication.translate("Menus", "&Journal"),
        "show_plans": QCoreApplication.translate("Menus", "&Plans and documents"),
        "show_calendar": QCoreApplication.translate("Menus", "&Calendar"),
        "show_tags": QCoreApplication.translate("Menus", "&Tags"),
        "preview": QCoreApplication.translate("Menus", "P&review of the entry"),
        "full_screen": QCoreApplication.translate("Menus", "&Full screen"),
        "show_horizon": QCoreApplication.translate("Menus", "&What is due"),
        "new_document": QCoreApplication.translate("Menus", "New &document…"),
        "new_deadline": QCoreApplication.translate("Menus", "New dead&line…"),
        "apply_template": QCoreApplication.translate("Menus", "Add from a &checklist…"),
        "export_ics": QCoreApplication.translate("Menus", "Export deadlines to a &calendar file…"),
        "new_trip": QCoreApplication.translate("Menus", "Record a &trip…"),
        "guide": QCoreApplication.translate("Menus", "User &guide"),
        "shortcuts": QCoreApplication.translate("Menus", "&Keyboard shortcuts"),
        "about": QCoreApplication.translate("Menus", "&About Journal"),
    }


def menu_titles() -> dict[str, str]:
    return {
        "journal": QCoreApplication.translate("WindowActions", "&Journal"),
        "edit": QCoreApplication.translate("Menus", "&Edit"),
        "format": QCoreApplication.translate("Menus", "F&ormat"),
        "view": QCoreApplication.translate("Menus", "&View"),
        "theme": QCoreApplication.translate("Menus", "&Theme"),
        "plans": QCoreApplication.translate("Menus", "&Plans"),
        "help": QCoreApplication.translate("Menus", "&Help"),
    }


def theme_names() -> dict[str, str]:
    names = {
        "system": QCoreApplication.translate("Menus", "As the &system"),
        "light": QCoreApplication.translate("Menus", "&Light"),
        "dark": QCoreApplication.translate("Menus", "&Dark"),
        "high_contrast": QCoreApplication.translate("Menus", "&High contrast"),
    }
    return {code: names[code] for code in THEMES}


def plain(text: str) -> str:
    """A menu text without its mnemonic and ellipsis, for lists and search."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…").strip()


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(menu, command, key) for every command with a key: what Help > Keyboard shortcuts lists."""
    texts, titles = command_texts(), menu_titles()
    rows = []
    for command in COMMANDS:
        keys = command.key_sequence()
        if keys.isEmpty():
            continue
        menu = titles[SUBMENUS.get(command.menu, command.menu)]
        if command.menu in SUBMENUS:
            menu = f"{plain(menu)} › {plain(titles[command.menu])}"
        rows.append((plain(menu), plain(texts[command.id]), keys.toString(QKeySequence.SequenceFormat.NativeText)))
    return rows
