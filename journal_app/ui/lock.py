"""When the journal locks by itself: after idle time, when the screen locks, before the machine sleeps.

- Idle: an event filter on the application restarts a timer on every key, mouse, wheel or touch input.
- Screen lock and suspend (Linux): D-Bus signals, if a bus is there (see docs/LOCKING.md). No bus, no error.
Windows and macOS get the idle timer only, for now.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)

#: (bus, service, path, interface, signal) of the desktop's "screen locked" and "about to sleep" signals.
SCREEN_SAVERS = (
    ("session", "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("session", "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
LOGIND = ("system", "org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")


class LockPolicy(QObject):
    """Emits `lock_requested(reason)` when the journal should lock; reasons: "idle", "screen", "sleep"."""

    lock_requested = Signal(str)

    def __init__(
        self,
        minutes: int = 5,
        *,
        idle_ms: int | None = None,
        watch_desktop: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._idle_ms_override = idle_ms
        self._armed = False
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._on_idle)
        self.set_minutes(minutes)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.desktop_signals: list[str] = []
        if watch_desktop:
            self._connect_desktop()

    # -- idle ----------------------------------------------------------------------------------------------------

    @property
    def interval_ms(self) -> int:
        """0 = never lock for idleness."""
        if self._idle_ms_override is not None:
            return self._idle_ms_override
        return self._minutes * 60_000

    def set_minutes(self, minutes: int) -> None:
        self._minutes = max(0, int(minutes))
        self._restart()

    def set_idle_ms(self, ms: int | None) -> None:
        """For tests: an idle interval in milliseconds, overriding the minutes."""
        self._idle_ms_override = ms
        self._restart()

    def arm(self) -> None:
        """The journal is unlocked: start watching."""
        self._armed = True
        self._restart()

    def disarm(self) -> None:
        """The journal is locked: nothing to watch."""
        self._armed = False
        self._timer.stop()

    @property
    def is_armed(self) -> bool:
        return self._armed

    def _restart(self) -> None:
        if self._armed and self.interval_ms > 0:
            self._timer.start(self.interval_ms)
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() in _INPUT_EVENTS and self.interval_ms > 0:
            self._timer.start(self.interval_ms)
        return False

    def _on_idle(self) -> None:
        if self._armed:
            self.lock_requested.emit("idle")

    # -- the desktop ---------------------------------------------------------------------------------------------

    def _connect_desktop(self) -> None:
        if not sys.platform.startswith("linux"):
            return
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a build of Qt without D-Bus
            return
        buses = {"session": QDBusConnection.sessionBus, "system": QDBusConnection.systemBus}
        for bus_name, service, path, interface in SCREEN_SAVERS:
            bus = buses[bus_name]()
            if bus.isConnected() and bus.connect(
                service,
                path,
                interface,
                "ActiveChanged",
                self,
                "1_on_screen_saver_active(bool)",  # type: ignore[call-overload]
            ):
                self.desktop_signals.append(f"{interface}.ActiveChanged")
        bus_name, service, path, interface = LOGIND
        bus = buses[bus_name]()
        if bus.isConnected() and bus.connect(
            service,
            path,
            interface,
            "PrepareForSleep",
            self,
            "1_on_prepare_for_sleep(bool)",  # type: ignore[call-overload]
        ):
            self.desktop_signals.append(f"{interface}.PrepareForSleep")

    @Slot(bool)
    def _on_screen_saver_active(self, active: bool) -> None:
        if active and self._armed:
            self.lock_requested.emit("screen")

    @Slot(bool)
    def _on_prepare_for_sleep(self, starting: bool) -> None:
        if starting and self._armed:
            self.lock_requested.emit("sleep")

    def close(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.disarm()
