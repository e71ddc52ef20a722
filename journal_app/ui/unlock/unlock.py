"""Unlock: the passphrase field. Key derivation runs in a worker while a busy bar moves; the window stays usable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget

from journal_app.core.errors import NotAVault
from journal_app.core.kdf import KDF_V1, KdfParams
from journal_app.core.vault import Vault
from journal_app.ui import workers

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

    def __init__(self, folder: Path, *, kdf: KdfParams = KDF_V1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kdf = kdf
        self.folder = Path(folder)
        self._busy = False
        self._last_error: BaseException | None = None

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.heading.setFont(font)
        self.passphrase_label = QLabel()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label.setBuddy(self.passphrase)
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

        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.passphrase_label)
        layout.addLayout(row)
        layout.addWidget(self.caps_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)

        self.passphrase.installEventFilter(self)
        self.passphrase.returnPressed.connect(self.unlock)
        self.passphrase.textChanged.connect(self._update_state)
        self.unlock_button.clicked.connect(self.unlock)
        self.create_button.clicked.connect(self.create_requested)
        self.retranslate()
        self._update_state()

    # -- unlocking -----------------------------------------------------------------------------------------------

    def unlock(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase or self._busy:
            return
        folder, kdf = self.folder, self._kdf
        self._set_busy(True)
        self.message.setText(self.tr("Opening the journal…"))
        self.create_button.hide()
        workers.start(lambda: Vault.open(folder, passphrase, kdf=kdf), self._on_opened, self._on_failed)

    @Slot(object)
    def _on_opened(self, vault: Any) -> None:
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

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self._update_state()

    def _update_state(self, *_args: Any) -> None:
        self.unlock_button.setEnabled(bool(self.passphrase.text()) and not self._busy)

    @property
    def is_busy(self) -> bool:
        return self._busy

    def set_folder(self, folder: Path) -> None:
        self.folder = Path(folder)

    def reset(self) -> None:
        """An empty field and no old message (shown after each lock)."""
        self.passphrase.clear()
        self.message.clear()
        self._last_error = None
        self.caps_label.hide()
        self.create_button.hide()

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
        self.unlock_button.setText(self.tr("&Unlock"))
        self.caps_label.setText(self.tr("Caps Lock seems to be on."))
        self.create_button.setText(self.tr("Create a &new journal…"))
        if self._last_error is not None:
            self.message.setText(messages.open_failed(self._last_error))
