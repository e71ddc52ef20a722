"""The menu bar (Journal / Edit / View / Plans / Help), built from one registry of commands.

`COMMANDS` is the only list: the menus, the shortcut shown beside each entry, and Help > Keyboard shortcuts all come
from it. A command is one of three kinds:
- a window action (lock, panic, settings, quit, the backup actions): the existing QAction is placed in the menu; it
  keeps its own application-wide shortcut;
- a workspace command (new entry, find, formatting, plans): the menu entry stands for an action or method of the
  unlocked workspace and is disabled while the journal is locked. The workspace's own action keeps the key and its
  narrower context (formatting only in the editor, Delete only in the list), so the menu entry shows the key but
  does not take it;
- a menu-only command (help, view, theme, change passphrase): the menu entry's own action, with its key if any.

`install_menus(window)` is called once by the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from . import window_actions
from .icons import icon
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


def _editor_key(keys: str) -> Resolver:
    """An editor action without a name, found by its key (the heading levels)."""

    def resolve(window: Any) -> Any:
        editor = _path("journal", "editor")(window)
        if editor is None:
            return None
        wanted = QKeySequence(keys)
        return next((a for a in editor.actions() if a.shortcut() == wanted), None)

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
    Command("heading", "format", "Ctrl+Shift+H", "workspace", _editor_action("heading"), separator_before=True),
    Command("heading1", "format", "Ctrl+1", "workspace", _editor_key("Ctrl+1")),
    Command("heading2", "format", "Ctrl+2", "workspace", _editor_key("Ctrl+2")),
    Command("heading3", "format", "Ctrl+3", "workspace", _editor_key("Ctrl+3")),
    Command("body_text", "format", "Ctrl+0", "workspace", _editor_key("Ctrl+0")),
    Command("bullets", "format", "Ctrl+Shift+8", "workspace", _editor_action("bullets"), separator_before=True),
    Command("checkbox", "format", "Ctrl+Shift+X", "workspace", _editor_action("checkbox")),
    Command("quote", "format", "Ctrl+Shift+.", "workspace", _editor_action("quote")),
    # View
    Command("show_journal", "view", None, "workspace", _show_tab("journal")),
    Command("show_plans", "view", None, "workspace", _show_tab("planner")),
    Command("show_calendar", "view", None, "workspace", _sidebar(0), separator_before=True),
    Command("show_tags", "view", None, "workspace", _sidebar(1)),
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


class Menus(QObject):
    """The window's menus. `actions[id]` is the QAction shown for each command."""

    def __init__(self, window: QMainWindow, handlers: dict[str, Callable[[], object]]) -> None:
        super().__init__(window)
        self._window = window
        self._handlers = handlers
        self.menus: dict[str, QMenu] = {}
        self.actions: dict[str, QAction] = {}
        bar = window.menuBar()
        journal_menu = getattr(getattr(window, "actions_", None), "menu", None)
        for name in MENUS:
            if name == "journal" and isinstance(journal_menu, QMenu):
                journal_menu.clear()  # the window's own menu, filled again here in the registry's order
                menu = journal_menu
            else:
                menu = bar.addMenu("")
            self.menus[name] = menu
        for name, parent in SUBMENUS.items():
            self.menus[name] = self.menus[parent].addMenu("")
        for command in COMMANDS:
            action = self._make_action(command)
            menu = self.menus[command.menu]
            if command.separator_before and not menu.isEmpty():
                menu.addSeparator()
            if command.menu == "edit" and command.id == "find":
                menu.addSeparator()
                menu.addMenu(self.menus["format"])
            menu.addAction(action)
            self.actions[command.id] = action
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        self.menus["view"].addSeparator()
        self.menus["view"].addMenu(self.menus["theme"])
        for code in THEMES:
            action = QAction(window)
            action.setCheckable(True)
            action.setData(code)
            self.theme_group.addAction(action)
            self.menus["theme"].addAction(action)
            self.theme_actions[code] = action
        self.theme_group.triggered.connect(self._on_theme_chosen)
        settings = getattr(window, "settings", None)
        if settings is not None:
            settings.theme_changed.connect(self._show_theme)
            self._show_theme(settings.theme)
        for menu in self.menus.values():
            menu.aboutToShow.connect(self.refresh)
        window.installEventFilter(self)
        for signal in ("vault_unlocked", "vault_locked"):
            getattr(window, signal).connect(self.refresh)
        self.retranslate()
        self.refresh()

    def _make_action(self, command: Command) -> QAction:
        if command.kind == "window" and command.target is not None:
            existing = command.target(self._window)
            if isinstance(existing, QAction):
                if command.id in ICONS and existing.icon().isNull():
                    existing.setIcon(icon(ICONS[command.id]))
                return existing
        action = QAction(self._window)
        if command.id in ICONS:
            action.setIcon(icon(ICONS[command.id]))
        if command.kind == "own" and command.menu != "edit":  # Edit's keys stay with the focused field
            keys = command.key_sequence()
            if not keys.isEmpty():
                action.setShortcut(keys)
                action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # as the window's own actions
                self._window.addAction(action)  # works while the menu bar is hidden (full screen), too
        action.triggered.connect(lambda _checked=False, c=command: self.run(c.id))
        return action

    # -- running -------------------------------------------------------------------------------------------------

    def command(self, command_id: str) -> Command:
        return next(c for c in COMMANDS if c.id == command_id)

    def target(self, command_id: str) -> Any:
        command = self.command(command_id)
        if command.kind == "workspace":
            return command.target(self._window) if command.target is not None and _ws(self._window) else None
        return None

    def run(self, command_id: str) -> None:
        command = self.command(command_id)
        if command.kind == "workspace":
            target = self.target(command_id)
            if isinstance(target, QAction):
                if target.isEnabled():
                    target.trigger()
            elif callable(target):
                target()
        elif command.menu == "edit":
            _send_keys_to_focus(command.key_sequence())
        elif command.id == "full_screen":
            self._window.setWindowState(self._window.windowState() ^ Qt.WindowState.WindowFullScreen)
        elif command.id in self._handlers:
            self._handlers[command.id]()

    def _on_theme_chosen(self, action: QAction) -> None:
        settings = getattr(self._window, "settings", None)
        if settings is not None:
            settings.set_theme(str(action.data()))

    def _show_theme(self, code: str) -> None:
        action = self.theme_actions.get(code)
        if action is not None:
            action.setChecked(True)

    # -- state ---------------------------------------------------------------------------------------------------

    def refresh(self, *_args: object) -> None:
        """Enable each entry only where it makes sense now (locked: no journal commands)."""
        unlocked = bool(getattr(self._window, "is_unlocked", False))
        for command in COMMANDS:
            action = self.actions[command.id]
            if command.kind == "workspace":
                target = self.target(command.id)
                enabled = unlocked and target is not None
                if isinstance(target, QAction):
                    enabled = enabled and target.isEnabled()
                action.setEnabled(enabled)
            elif command.id == "change_passphrase":
                action.setEnabled(unlocked)

    def retranslate(self) -> None:
        texts, titles = command_texts(), menu_titles()
        for name, menu in self.menus.items():
            menu.setTitle(titles[name])
        for command in COMMANDS:
            action = self.actions[command.id]
            text = texts[command.id]
            keys = command.key_sequence()
            if (command.kind == "workspace" or command.menu == "edit") and not keys.isEmpty():
                # the workspace's action holds the key (with its own context); the menu only shows it
                text = f"{text}\t{keys.toString(QKeySequence.SequenceFormat.NativeText)}"
            elif command.kind == "window" and action.shortcut().isEmpty() and not keys.isEmpty():
                text = f"{text}\t{keys.toString(QKeySequence.SequenceFormat.NativeText)}"
            action.setText(text)
        names = theme_names()
        for code, action in self.theme_actions.items():
            action.setText(names[code])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def _send_keys_to_focus(keys: QKeySequence) -> None:
    """Edit > Copy and the like: the focused field receives the same key press as from the keyboard (so the editor's
    own copy, which marks and times the clipboard, is the one that runs)."""
    widget = QApplication.focusWidget()
    if widget is None or keys.isEmpty():
        return
    combo = keys[0]  # type: ignore[index]
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, combo.key(), combo.keyboardModifiers()))


def install_menus(window: QMainWindow, handlers: dict[str, Callable[[], object]] | None = None) -> Menus:
    """The one call the main window makes: the menus, and the app-wide guard that keeps the mouse wheel from
    changing unfocused spin boxes and combo boxes. `handlers` overrides the help and passphrase commands (tests)."""
    from .help.dialogs import HelpActions
    from .widgets import wheel_guard

    wheel_guard.install()
    helpers = HelpActions(window)
    all_handlers: dict[str, Callable[[], object]] = {
        "guide": helpers.show_guide,
        "shortcuts": helpers.show_shortcuts,
        "about": helpers.show_about,
        "change_passphrase": helpers.change_passphrase,
    }
    all_handlers.update(handlers or {})
    menus = Menus(window, all_handlers)
    menus.help = helpers  # type: ignore[attr-defined]
    return menus


__all__ = ["COMMANDS", "Command", "Menus", "QWidget", "install_menus", "shortcut_rows"]
