"""Text copied out of the app: marked as secret for clipboard managers and removed again after a while.

KDE's Klipper (and others that follow it) skip clipboard history for data carrying the MIME type
`x-kde-passwordManagerHint` = `secret`. After the configured seconds the clipboard is emptied, but only if it still
holds what the app put there (so a later copy from another program is left alone). The guard keeps a hash of the text,
never the text itself.

The X11 PRIMARY selection (what is selected is pasted by a middle click, and read by `xclip -o -selection primary`)
is the app's while text is selected in one of its widgets: it is marked secret the same way, and every lock removes
it if the app still owns it (panic empties it whatever it holds).
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

SECRET_HINT_TYPE = "x-kde-passwordManagerHint"  # noqa: S105 - a MIME type name
SECRET_HINT_VALUE = b"secret"


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    def __init__(self, clear_after_seconds: int = 30, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._ours: bytes | None = None
        self._setting = False
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._on_timeout)
        self.set_clear_after_seconds(clear_after_seconds)
        # Copies made by standard widgets (a QLineEdit's Ctrl+C) are marked and timed too.
        self._clipboard.dataChanged.connect(self._on_data_changed)
        self._marking_selection = False
        self._selection_timer = QTimer(self, singleShot=True)
        self._selection_timer.setInterval(0)
        self._selection_timer.timeout.connect(self._mark_selection)
        if self._clipboard.supportsSelection():
            self._clipboard.selectionChanged.connect(self._selection_timer.start)

    def set_clear_after_seconds(self, seconds: int) -> None:
        """0 = never clear on a timer (panic and lock still clear)."""
        self._seconds: float = max(0, int(seconds))
        if self._timer.isActive():
            self._restart_timer()

    def set_clear_after_ms(self, ms: int) -> None:
        """For tests: a timeout shorter than a second."""
        self._seconds = ms / 1000

    @property
    def holds_our_text(self) -> bool:
        return self._ours is not None and _digest(self._clipboard.text()) == self._ours

    def copy_text(self, text: str) -> None:
        """Put `text` on the clipboard, marked secret, to be cleared later."""
        if not text:
            return
        data = QMimeData()
        data.setText(text)
        data.setData(SECRET_HINT_TYPE, SECRET_HINT_VALUE)
        self._setting = True
        try:
            self._clipboard.setMimeData(data)
        finally:
            self._setting = False
        self._ours = _digest(text)
        self._restart_timer()

    def clear_if_ours(self) -> None:
        """Remove the app's text from the clipboard (on lock); leave anything else alone."""
        self._timer.stop()
        if self.holds_our_text:
            self._clear()
        self._ours = None

    def clear_now(self) -> None:
        """Empty the clipboard whatever it holds (panic)."""
        self._timer.stop()
        self._clear()
        self._ours = None

    def clear_selection_if_ours(self) -> None:
        """Remove the PRIMARY selection (on lock) if it still holds text selected in this app."""
        self._selection_timer.stop()
        if self._clipboard.supportsSelection() and self._clipboard.ownsSelection():
            self._setting = True
            try:
                self._clipboard.clear(QClipboard.Mode.Selection)
            finally:
                self._setting = False

    def _mark_selection(self) -> None:
        """Text selected in a widget of the app: the same text, marked secret for selection and clipboard managers."""
        if self._marking_selection or not self._clipboard.ownsSelection():
            return
        data = self._clipboard.mimeData(QClipboard.Mode.Selection)
        if data is None or data.hasFormat(SECRET_HINT_TYPE) or not data.hasText():
            return
        marked = QMimeData()
        marked.setText(data.text())
        marked.setData(SECRET_HINT_TYPE, SECRET_HINT_VALUE)
        self._marking_selection = True
        try:
            self._clipboard.setMimeData(marked, QClipboard.Mode.Selection)
        finally:
            self._marking_selection = False

    def _clear(self) -> None:
        self._setting = True
        try:
            self._clipboard.clear(QClipboard.Mode.Clipboard)
            if self._clipboard.supportsSelection():
                self._clipboard.clear(QClipboard.Mode.Selection)
        finally:
            self._setting = False

    def _restart_timer(self) -> None:
        if self._seconds > 0:
            self._timer.start(int(self._seconds * 1000))
        else:
            self._timer.stop()

    def _on_timeout(self) -> None:
        self.clear_if_ours()

    def _copied_here(self) -> bool:
        """Whether the clipboard's new content comes from this app (some platforms cannot say: then, while one of
        the app's windows is active, it is taken to be ours)."""
        if self._clipboard.ownsClipboard():
            return True
        return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive

    def _on_data_changed(self) -> None:
        if self._setting or not self._copied_here():
            return
        data = self._clipboard.mimeData()
        if data is None or data.hasFormat(SECRET_HINT_TYPE) or not data.hasText():
            return
        # Copied by a standard widget of this app: mark it and time it (after Qt has finished this change).
        text = data.text()
        QTimer.singleShot(0, self, lambda: self._adopt(text))

    def _adopt(self, text: str) -> None:
        if self._clipboard.text() == text:
            self.copy_text(text)
