"""The menu bar (Journal / Edit / View / Plans / Help), built from the command registry in ui/commands.py.

Its menus, in order: MENUS; a key shown beside an entry and in Help > Keyboard shortcuts comes from the
registry. `install_menus(window)` is called once by the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from .commands import (
    COMMANDS,
    ICONS,
    MENUS,
    SUBMENUS,
    Command,
    _ws,
    command_texts,
    menu_titles,
    plain,
    shortcut_rows,
    theme_names,
)
from .icons import icon
from .settings_store import THEMES


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


__all__ = ["COMMANDS", "ICONS", "MENUS", "Command", "Menus", "install_menus", "plain", "shortcut_rows"]
