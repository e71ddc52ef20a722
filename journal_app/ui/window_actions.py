"""The main window's menu, shortcuts and optional tray icon.

Shortcuts (docs/LOCKING.md):
    Ctrl+L          lock
    Ctrl+Shift+Q    panic: lock at once, empty the clipboard, hide the window
    Ctrl+,          settings
    Ctrl+Q          quit (saves, then locks)

Lock and panic are application-wide (`AppWideKeys`): an event filter on the application sees each key before any
widget does, so a modal dialog, a message box, a file chooser, a popup or a widget that takes every key cannot keep
them. Qt's own shortcut map gives up while a modal dialog is open; the actions keep their shortcut only to show it in
the menu.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

from .icons import icon

LOCK_KEYS = QKeySequence("Ctrl+L")
PANIC_KEYS = QKeySequence("Ctrl+Shift+Q")
SETTINGS_KEYS = QKeySequence("Ctrl+,")
QUIT_KEYS = QKeySequence("Ctrl+Q")

#: Where a Cyrillic layout (Russian, Ukrainian, Belarusian) puts the letters of the two keys: Д is on L, Й on Q.
#: Qt's X11 and Windows back ends already report the Latin key while Ctrl is held; this covers the others.
_LAYOUT_TWINS = {Qt.Key.Key_L: (0x0414,), Qt.Key.Key_Q: (0x0419,)}


def _combinations(keys: QKeySequence) -> set[tuple[int, int]]:
    """(key, modifiers) pairs that mean `keys` (its first chord), with the Cyrillic twin of its letter."""
    chord = keys[0]  # type: ignore[index]
    key, modifiers = chord.key(), chord.keyboardModifiers()
    found = {(int(key.value), int(modifiers.value))}
    for twin in _LAYOUT_TWINS.get(key, ()):
        found.add((twin, int(modifiers.value)))
    return found


class AppWideKeys(QObject):
    """An event filter on the application: `bindings` keys run their handler from every window of the app.

    The handler runs from the event loop right after the key (never inside the delivery of the key event itself:
    the lock deletes the widget that received it). The key press that follows its ShortcutOverride is swallowed, so
    no widget sees the key and the handler runs once.
    """

    _MODIFIERS = (
        Qt.KeyboardModifier.ShiftModifier
        | Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.MetaModifier
    )

    def __init__(self, bindings: list[tuple[QKeySequence, Callable[[], object]]], parent: QObject | None = None):
        super().__init__(parent)
        self._bindings = [(_combinations(keys), handler) for keys, handler in bindings]
        self._swallow: tuple[int, int] | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def close(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def handler_for(self, event: QKeyEvent) -> Callable[[], object] | None:
        combination = (int(event.key()), int((event.modifiers() & self._MODIFIERS).value))
        for combinations, handler in self._bindings:
            if combination in combinations:
                return handler
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        assert isinstance(event, QKeyEvent)
        handler = self.handler_for(event)
        if handler is None:
            return False
        combination = (int(event.key()), int((event.modifiers() & self._MODIFIERS).value))
        if kind == QEvent.Type.KeyRelease:
            return True
        if kind == QEvent.Type.KeyPress and self._swallow == combination:
            self._swallow = None  # the press that follows an override we took
            return True
        if event.isAutoRepeat():
            event.accept()
            return True
        if kind == QEvent.Type.ShortcutOverride:
            self._swallow = combination
            event.accept()  # "the widget takes this key": no shortcut of Qt's runs; its press comes to us
        QTimer.singleShot(0, self, lambda: self._run(handler))
        return True

    def _run(self, handler: Callable[[], object]) -> None:
        self._swallow = None  # the press of that key, if it followed its override, has been delivered by now
        handler()


#: The tray tooltip and window title: the app's neutral name only, never anything from the journal.
NEUTRAL_TITLE = "Journal"


class WindowActions(QObject):
    """Creates the actions and the menu bar of `window`; `retranslate()` renames them."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        on_lock: Callable[[], object],
        on_panic: Callable[[], object],
        on_settings: Callable[[], object],
        on_quit: Callable[[], object],
    ) -> None:
        super().__init__(window)
        self.lock = self._action(window, LOCK_KEYS, on_lock, "lock")
        self.panic = self._action(window, PANIC_KEYS, on_panic, "panic")
        self.settings = self._action(window, SETTINGS_KEYS, on_settings, "settings")
        self.quit = self._action(window, QUIT_KEYS, on_quit, "quit")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.menu = window.menuBar().addMenu("")
        self.menu.addAction(self.lock)
        self.menu.addAction(self.panic)
        self.menu.addSeparator()
        self.menu.addAction(self.settings)
        self.menu.addSeparator()
        self.menu.addAction(self.quit)
        self.app_keys = AppWideKeys([(LOCK_KEYS, on_lock), (PANIC_KEYS, on_panic)], self)
        self.retranslate()

    @staticmethod
    def _action(
        window: QMainWindow, keys: QKeySequence, handler: Callable[[], object], icon_name: str | None
    ) -> QAction:
        action = QAction(window)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda _checked=False: handler())
        window.addAction(action)  # works while the menu bar is hidden, too
        return action

    def set_unlocked(self, unlocked: bool) -> None:
        self.lock.setEnabled(unlocked)

    def retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("WindowActions", "&Journal"))
        self.lock.setText(QCoreApplication.translate("WindowActions", "&Lock"))
        self.lock.setToolTip(QCoreApplication.translate("WindowActions", "Lock the journal (Ctrl+L)"))
        self.panic.setText(QCoreApplication.translate("WindowActions", "Lock and &hide"))
        self.panic.setToolTip(
            QCoreApplication.translate(
                "WindowActions", "Lock at once, empty the clipboard and hide the window (Ctrl+Shift+Q)"
            )
        )
        self.settings.setText(QCoreApplication.translate("WindowActions", "&Settings…"))
        self.quit.setText(QCoreApplication.translate("WindowActions", "&Quit"))


class TrayIcon(QObject):
    """A tray icon with a neutral tooltip, shown only when the setting is on and the desktop has a tray."""

    def __init__(self, actions: WindowActions, on_show: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icon: QSystemTrayIcon | None = None
        self._menu: QMenu | None = None
        self._actions = actions
        self._on_show = on_show
        self.show_action = QAction(self)
        self.show_action.triggered.connect(lambda _checked=False: on_show())
        self.retranslate()

    @property
    def is_visible(self) -> bool:
        return self._icon is not None and self._icon.isVisible()

    def set_enabled(self, enabled: bool) -> None:
        if enabled and self._icon is None and QSystemTrayIcon.isSystemTrayAvailable():
            self._menu = QMenu()
            self._menu.addAction(self.show_action)
            self._menu.addAction(self._actions.lock)
            self._menu.addSeparator()
            self._menu.addAction(self._actions.quit)
            self._icon = QSystemTrayIcon(icon("app"), self)
            self._icon.setToolTip(NEUTRAL_TITLE)
            self._icon.setContextMenu(self._menu)
            self._icon.activated.connect(self._on_activated)
            self._icon.show()
        elif not enabled and self._icon is not None:
            self._icon.hide()
            self._icon.deleteLater()
            self._icon = None
            if self._menu is not None:
                self._menu.deleteLater()
                self._menu = None

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self._on_show()

    def retranslate(self) -> None:
        self.show_action.setText(QCoreApplication.translate("TrayIcon", "&Show"))
