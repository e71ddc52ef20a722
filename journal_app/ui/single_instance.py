"""One window per vault: a second launch for the same vault folder brings the first window forward and exits.

On Linux the first instance owns a name on the D-Bus session bus and exports one object with a `raise` method; the
name is derived from a hash of the vault folder's path, so no path can be read from it. A second launch finds the name
taken, calls `raise` and quits. Where there is no session bus (a container, a minimal session) and on Windows and
macOS, nothing is registered: the second instance starts normally and its unlock page says that the journal is open in
another window (core's VaultBusy). docs/LOCKING.md describes each platform.

No Qt network module is used (no local server socket): nothing in the app opens a socket of its own.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import ClassInfo, QObject, Signal, Slot

INTERFACE = "io.github.journal_app.Journal.Instance"
OBJECT_PATH = "/"
CALL_TIMEOUT_MS = 3000

#: What `InstanceGuard.start` found.
FIRST = "first"  # this process owns the name; a later launch will bring its window forward
RAISED = "raised"  # another process owns it and answered: this one should exit
UNAVAILABLE = "unavailable"  # no session bus (or not Linux): start normally, the vault lock guards the files


def service_name(folder: Path) -> str:
    """The bus name for a vault folder: a hash of its absolute path, never the path itself."""
    resolved = os.path.realpath(os.path.abspath(os.path.expanduser(str(folder))))
    digest = hashlib.sha256(resolved.encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return f"{INTERFACE}.v{digest}"


@ClassInfo({"D-Bus Interface": INTERFACE})  # type: ignore[call-arg]
class _Exported(QObject):  # type: ignore[operator]
    """The object other launches call. Its only method is `raise`, which takes and returns nothing."""

    activated = Signal()

    def _raise(self) -> None:
        self.activated.emit()

    # `raise` is a Python keyword; PySide6's Slot(name="raise") crashes when D-Bus invokes it, so the slot is
    # added to the class under that name with a function of that name.
    _raise.__name__ = "raise"
    vars()["raise"] = Slot()(_raise)
    del _raise


class InstanceGuard(QObject):
    """`start()` once, before the window is made; connect `activated` to the window's "show again"."""

    activated = Signal()

    def __init__(self, folder: Path, bus: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = service_name(folder)
        self._bus = bus
        self._exported: _Exported | None = None
        self.state = UNAVAILABLE

    def _session_bus(self) -> Any:
        if self._bus is not None:
            return self._bus
        if not sys.platform.startswith("linux"):
            return None
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a build of Qt without D-Bus
            return None
        return QDBusConnection.sessionBus()

    def start(self) -> str:
        """Own the name (FIRST), or ask its owner to come forward (RAISED), or carry on without (UNAVAILABLE)."""
        bus = self._session_bus()
        if bus is None or not bus.isConnected():
            self.state = UNAVAILABLE
            return self.state
        from PySide6.QtDBus import QDBusConnection

        exported = _Exported(self)
        exported.activated.connect(self.activated)
        # the object first, then the name: a launch that sees the name can call at once
        if bus.registerObject(OBJECT_PATH, exported, QDBusConnection.RegisterOption.ExportAllSlots):
            if bus.registerService(self.name):
                self._exported = exported
                self.state = FIRST
                return self.state
            bus.unregisterObject(OBJECT_PATH)
        exported.deleteLater()
        self.state = RAISED if self._call_raise(bus) else UNAVAILABLE
        return self.state

    def _call_raise(self, bus: Any) -> bool:
        from PySide6.QtDBus import QDBus, QDBusMessage

        message = QDBusMessage.createMethodCall(self.name, OBJECT_PATH, INTERFACE, "raise")
        reply = bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        return bool(reply.type() == QDBusMessage.MessageType.ReplyMessage)

    def stop(self) -> None:
        """Give the name back (on quit), so that the next launch owns it at once."""
        bus = self._bus if self._bus is not None else (self._session_bus() if self.state == FIRST else None)
        if self.state == FIRST and bus is not None:
            bus.unregisterService(self.name)
            bus.unregisterObject(OBJECT_PATH)
        self.state = UNAVAILABLE
