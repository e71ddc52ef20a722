"""Settings → Second passphrase (decoy journal): set one for the open journal, or remove it.

The work is core's: `Vault.set_decoy` (one Argon2id run, about a second, so it runs in a worker while a busy bar moves)
and `Vault.remove_decoy`. The section only explains, collects the passphrase twice and reports the outcome.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import InvalidInput, VaultClosed
from journal_app.ui import workers
from journal_app.ui.unlock import messages
from journal_app.ui.unlock.passphrase import strength


class DecoySection(QGroupBox):
    decoy_set = Signal()
    decoy_removed = Signal()

    def __init__(self, vault: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Any = None
        self._busy = False
        self._pool = QThreadPool(self)  # its own pool, so that closing or locking can wait for just this work
        self._pool.setMaxThreadCount(1)
        self._last_message: tuple[str, str] | None = None  # (kind, key) so a language switch can say it again
        self._confirm_box: QMessageBox | None = None

        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.limits = QLabel()
        self.limits.setWordWrap(True)
        self.from_decoy_warning = QLabel()  # what the app cannot prevent (docs/THREAT_MODEL.md)
        self.from_decoy_warning.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label = QLabel()
        self.repeat_label.setBuddy(self.repeat)
        self.strength_label = QLabel()
        self.strength_label.setWordWrap(True)
        self.set_button = QPushButton()
        self.remove_button = QPushButton()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.repeat_label, self.repeat)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.limits)
        layout.addWidget(self.from_decoy_warning)
        layout.addLayout(form)
        layout.addWidget(self.strength_label)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)

        self.passphrase.textChanged.connect(self._update_state)
        self.repeat.textChanged.connect(self._update_state)
        self.repeat.returnPressed.connect(self.set_decoy)
        self.set_button.clicked.connect(self.set_decoy)
        self.remove_button.clicked.connect(self.ask_remove)
        self.retranslate()
        self.set_vault(vault)

    # -- state ---------------------------------------------------------------------------------------------------

    def set_vault(self, vault: Any) -> None:
        """The open journal, or None while locked (then nothing here can be used)."""
        if vault is None:
            self.wait()
            self.passphrase.clear()
            self.repeat.clear()
        self._vault = vault
        self._last_message = None if vault is None else self._last_message
        self._retranslate_message()
        self._update_state()

    @property
    def is_busy(self) -> bool:
        return self._busy

    def wait(self) -> None:
        """Block until a running set or remove has finished (before the vault is closed)."""
        self._pool.waitForDone()

    def _update_state(self, *_args: object) -> None:
        unlocked = self._vault is not None
        idle = unlocked and not self._busy
        for widget in (self.passphrase, self.repeat):
            widget.setEnabled(idle)
        first, second = self.passphrase.text(), self.repeat.text()
        self.set_button.setEnabled(idle and bool(first) and first == second)
        self.remove_button.setEnabled(idle)
        self.busy.setVisible(self._busy)
        if not first:
            self.strength_label.clear()
        elif second and first != second:
            self.strength_label.setText(self.tr("The two passphrases are not the same yet."))
        else:
            result = strength(first)
            name = messages.strength_name(result.score)
            reason = messages.weak_reason(result.reason) if result.is_weak else ""
            self.strength_label.setText(self.tr("Strength: %1. %2").replace("%1", name).replace("%2", reason).strip())

    # -- set and remove ------------------------------------------------------------------------------------------

    def set_decoy(self) -> None:
        vault, passphrase = self._vault, self.passphrase.text()
        if vault is None or self._busy or not passphrase or passphrase != self.repeat.text():
            return
        self._start(lambda: vault.set_decoy(passphrase), self._on_set)
        self.message.setText(self.tr("Setting the second passphrase…"))

    def ask_remove(self) -> None:
        if self._vault is None or self._busy:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Remove the decoy journal"),
            self.tr(
                "The second passphrase will stop working, and the journal it opens is overwritten: everything "
                "written in it is gone. This journal stays as it is."
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        remove = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._on_remove_answered(box.clickedButton() is remove))
        box.finished.connect(box.deleteLater)
        box.open()
        self._confirm_box = box

    def _on_remove_answered(self, confirmed: bool) -> None:
        self._confirm_box = None
        vault = self._vault
        if confirmed and vault is not None and not self._busy:
            self._start(vault.remove_decoy, self._on_removed)

    def _start(self, work: Any, on_success: Any) -> None:
        self._busy = True
        self._last_message = None
        self._update_state()
        workers.start(work, on_success, self._on_failed, pool=self._pool)

    def _finish(self) -> None:
        self._busy = False
        self._update_state()

    @Slot(object)
    def _on_set(self, _result: object) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self._finish()
        self._show("done", "set")
        self.decoy_set.emit()

    @Slot(object)
    def _on_removed(self, _result: object) -> None:
        self._finish()
        self._show("done", "removed")
        self.decoy_removed.emit()

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, InvalidInput):
            self.passphrase.clear()
            self.repeat.clear()
            self.passphrase.setFocus()
            self._show("error", "same")
        elif isinstance(error, VaultClosed):
            self._show("error", "locked")
        elif isinstance(error, OSError):
            self._show("error", "disk")
        else:
            self._show("error", "other")

    def _show(self, kind: str, key: str) -> None:
        self._last_message = (kind, key)
        self._retranslate_message()

    def _retranslate_message(self) -> None:
        if self._vault is None:
            self.message.setText(self.tr("Unlock the journal to set or remove a second passphrase."))
            return
        if self._last_message is None:
            if not self._busy:
                self.message.clear()
            return
        texts = {
            "set": self.tr(
                "Done. The second passphrase now opens an empty decoy journal. Lock, unlock with it and write a few "
                "ordinary entries, so that it looks lived in."
            ),
            "removed": self.tr("Done. The decoy journal is gone; only this journal's passphrase opens the vault."),
            "same": self.tr("That is this journal's passphrase. Choose a different one for the decoy journal."),
            "locked": self.tr("The journal was locked before this was finished. Nothing was changed."),
            "disk": self.tr("The journal folder could not be written. Nothing was changed."),
            "other": self.tr("This did not work. Nothing was changed."),
        }
        self.message.setText(texts[self._last_message[1]])

    # -- language ------------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Second passphrase (decoy journal)"))
        self.explanation.setText(
            self.tr(
                "If someone presses you for your passphrase, you can give a second one. It opens a separate, harmless "
                "journal instead of this one, and nothing in that journal points to this one. The files on the disk "
                "look the same with or without it."
            )
        )
        self.limits.setText(
            self.tr(
                "What it cannot do: someone who compares copies of the disk taken at different times may notice "
                "which file changes, so write to the decoy journal now and then. Setting a second passphrase replaces "
                "any earlier one, and the decoy journal starts empty. Removing it destroys the decoy journal. Do this "
                "only from your real journal: done from the decoy journal, it would replace your real one."
            )
        )
        self.from_decoy_warning.setText(
            self.tr(
                "Important: the app cannot know which of the two journals is your real one. If you set or remove a "
                "second passphrase while the decoy journal is open, the other journal, your real one, is overwritten "
                "and lost for good. So: unlock with your real passphrase before you change anything here, never do "
                "it while someone makes you open the decoy, and keep a backup of your real journal on another device."
            )
        )
        self.passphrase_label.setText(self.tr("Second &passphrase:"))
        self.repeat_label.setText(self.tr("&Repeat it:"))
        self.passphrase.setAccessibleName(self.tr("Second passphrase, for the decoy journal"))
        self.repeat.setAccessibleName(self.tr("Second passphrase again"))
        self.set_button.setText(self.tr("&Set second passphrase"))
        self.remove_button.setText(self.tr("Remo&ve decoy journal…"))
        self.busy.setAccessibleName(self.tr("Working"))
        self._update_state()
        self._retranslate_message()
