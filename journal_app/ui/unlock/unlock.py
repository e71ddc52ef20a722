"""Unlock: the passphrase field. Key derivation runs in a worker while a busy bar moves; the window stays usable.

After repeated wrong passphrases the Unlock button waits (core's UnlockThrottle decides how long) and counts down.
With wiping turned on in Settings, the page asks for the wipe when the count is reached (`wipe_requested`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QToolButton, QWidget

from journal_app.core.attempts import UnlockThrottle, counts_as_failure
from journal_app.core.errors import NotAVault
from journal_app.core.kdf import KDF_V1, KdfParams
from journal_app.core.vault import Vault
from journal_app.ui import workers

from .. import theme
from ..widgets.column import centered_column
from . import messages


def caps_lock_from_key(event: QKeyEvent) -> bool | None:
    """True/False when a letter key tells whether Caps Lock is on (its case differs from Shift); None otherwise."""
    text = event.text()
    if len(text) != 1 or text.lower() == text.upper():
        return None
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shift


class UnlockPage(QWidget):
    vault_opened = Signal(object)  # the open Vault
    create_requested = Signal()  # the folder holds no vault and the user wants a new one
    wipe_requested = Signal()  # wrong passphrases reached the wipe setting

    def __init__(
        self,
        folder: Path,
        *,
        kdf: KdfParams = KDF_V1,
        throttle: UnlockThrottle | None = None,
        wipe_after: Callable[[], int | None] | None = None,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._kdf = kdf
        self.folder = Path(folder)
        self._busy = False
        self._last_error: BaseException | None = None
        self.throttle = throttle
        self._wipe_after = wipe_after or (lambda: None)
        self._clock = clock
        self._wait_seconds = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._update_wait)

        self.heading = QLabel()
        self.heading.setFont(theme.heading_font(self.heading, 1))
        self.passphrase_label = QLabel()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label.setBuddy(self.passphrase)
        self.show_button = QToolButton()  # show or hide what is typed; hidden again at every lock
        self.show_button.setCheckable(True)
        self.show_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.show_button.toggled.connect(self._on_show_toggled)
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.caps_label = QLabel()
        self.caps_label.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_button = QPushButton()
        self.create_button.hide()
        self.wait_label = QLabel()
        self.wait_label.setWordWrap(True)
        self.wait_label.hide()

        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.unlock_button)
        layout = centered_column(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.passphrase_label)
        layout.addLayout(row)
        layout.addWidget(self.caps_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.wait_label)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)

        self.passphrase.installEventFilter(self)
        self.passphrase.returnPressed.connect(self.unlock)
        self.passphrase.textChanged.connect(self._update_state)
        self.unlock_button.clicked.connect(self.unlock)
        self.create_button.clicked.connect(self.create_requested)
        self.retranslate()
        self._update_wait()
        theme.apply_spacing(self.layout(), theme.PAGE_MARGIN)  # the spacing scale of ui/theme.py

    # -- unlocking -----------------------------------------------------------------------------------------------

    def unlock(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase or self._busy:
            return
        if self._update_wait() > 0:
            return
        if self.throttle is not None:
            # counted as failed until it proves right: closing the app during key derivation is no free try
            self.throttle.record_failure(self._clock())
        folder, kdf = self.folder, self._kdf
        self._set_busy(True)
        self.message.setText(self.tr("Opening the journal…"))
        self.create_button.hide()
        workers.start(lambda: Vault.open(folder, passphrase, kdf=kdf), self._on_opened, self._on_failed)

    @Slot(object)
    def _on_opened(self, vault: Any) -> None:
        if self.throttle is not None:
            self.throttle.record_success()
        self._set_busy(False)
        self.reset()
        self.vault_opened.emit(vault)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._last_error = error
        self.passphrase.clear()
        self.message.setText(messages.open_failed(error))
        self.create_button.setVisible(isinstance(error, NotAVault))
        self.passphrase.setFocus()
        if self.throttle is not None:
            if not counts_as_failure(error):
                self.throttle.withdraw_failure()  # full disk, read-only, busy, missing or damaged: not a guess
            elif self.throttle.should_wipe(self._wipe_after()):
                self.wipe_requested.emit()
        self._update_wait()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self._update_state()

    def _update_state(self, *_args: Any) -> None:
        self.unlock_button.setEnabled(bool(self.passphrase.text()) and not self._busy and self._wait_seconds == 0)

    def _update_wait(self) -> int:
        """Seconds left before the next attempt (0: allowed); shows the countdown on the button and below it."""
        left = self.throttle.seconds_to_wait(self._clock()) if self.throttle is not None else 0.0
        self._wait_seconds = math.ceil(left)
        if self._wait_seconds > 0:
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            self._countdown.stop()
        self._retranslate_wait()
        self._update_state()
        return self._wait_seconds

    def _retranslate_wait(self) -> None:
        waiting = self._wait_seconds > 0
        self.wait_label.setVisible(waiting)
        if waiting:
            self.wait_label.setText(
                self.tr("Too many wrong passphrases. You can try again in %n second(s).", "", self._wait_seconds)
            )
            self.unlock_button.setText(self.tr("Wait %n s", "", self._wait_seconds))
        else:
            self.wait_label.clear()
            self.unlock_button.setText(self.tr("&Unlock"))

    @property
    def is_busy(self) -> bool:
        return self._busy

    def set_folder(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _on_show_toggled(self, shown: bool) -> None:
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self._retranslate_show()

    def _retranslate_show(self) -> None:
        shown = self.show_button.isChecked()
        self.show_button.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.show_button.setToolTip(self.tr("Hide the passphrase") if shown else self.tr("Show the passphrase"))
        self.show_button.setAccessibleName(self.show_button.toolTip())

    def reset(self) -> None:
        """An empty, hidden field and no old message (shown after each lock)."""
        self.show_button.setChecked(False)
        self.passphrase.clear()
        self.message.clear()
        self._last_error = None
        self.caps_label.hide()
        self.create_button.hide()
        self._update_wait()

    # -- Caps Lock -----------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.passphrase and event.type() == QEvent.Type.KeyPress:
            caps = caps_lock_from_key(event)  # type: ignore[arg-type]
            if caps is not None:
                self.caps_label.setVisible(caps)
        return super().eventFilter(watched, event)

    # -- language ------------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("The journal is locked"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self._retranslate_wait()
        self.caps_label.setText(self.tr("Caps Lock seems to be on."))
        self._retranslate_show()
        self.create_button.setText(self.tr("Create a &new journal…"))
        if self._last_error is not None:
            self.message.setText(messages.open_failed(self._last_error))
