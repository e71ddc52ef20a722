"""Change the passphrase of the open journal (Journal > Change passphrase…, or Settings).

The current passphrase is asked again (someone at an unlocked laptop must not be able to change it), the new one
twice, with the strength meter. The work is core's `Vault.check_passphrase` and `Vault.change_passphrase` (the same
call and the same crash safety as `journal-app passwd`: a new file is written and swapped in, so a crash leaves the old
or the new passphrase working, never neither). Both derive a key, so they run in a worker while a busy bar moves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import InvalidInput, JournalError, VaultClosed
from journal_app.ui import workers
from journal_app.ui.unlock import messages, wordlists
from journal_app.ui.unlock.generate_button import GenerateButton
from journal_app.ui.unlock.passphrase import strength

from .. import theme


class WrongCurrentPassphrase(JournalError):
    """The current passphrase typed in the dialog is not the open journal's."""


class ChangePassphraseDialog(QDialog):
    passphrase_changed = Signal()

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._busy = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for field in (self.current, self.new, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = {name: QLabel() for name in ("current", "new", "repeat")}
        self.labels["current"].setBuddy(self.current)
        self.labels["new"].setBuddy(self.new)
        self.labels["repeat"].setBuddy(self.repeat)
        self.show_box = QCheckBox()
        self.generator = GenerateButton()
        self.generator.generated.connect(self._on_generated)
        wordlists.install_in_background()
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.strength_label = QLabel()
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.accept_weak = QCheckBox()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = QPushButton()
        self.change_button.setDefault(True)
        self.buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.labels["current"], self.current)
        form.addRow(self.labels["new"], self.new)
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.strength_label)
        form.addRow("", meter_row)
        form.addRow("", self.reason_label)
        form.addRow(self.labels["repeat"], self.repeat)
        form.addRow("", self.show_box)
        form.addRow("", self.generator)
        form.addRow("", self.accept_weak)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        for field in (self.current, self.new, self.repeat):
            field.textChanged.connect(self._update_state)
        self.accept_weak.toggled.connect(self._update_state)
        self.show_box.toggled.connect(self._on_show_toggled)
        self.change_button.clicked.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(480)
        self.retranslate()
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    # -- state ---------------------------------------------------------------------------------------------------

    def _on_show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in (self.current, self.new, self.repeat):
            field.setEchoMode(mode)

    def _on_generated(self, words: str) -> None:
        self.new.setText(words)
        self.repeat.setText(words)
        self.show_box.setChecked(True)
        self.message.setText(
            self.tr("Write these words down and keep them somewhere safe. Without them the journal cannot be opened.")
        )

    def _update_state(self, *_args: object) -> None:
        text = self.new.text()
        result = strength(text, user_inputs=[self.current.text()])
        weak = bool(text) and result.is_weak
        self.meter.setValue(result.score if text else 0)
        self.strength_label.setText(messages.strength_name(result.score) if text else "")
        self.reason_label.setText(messages.weak_reason(result.reason) if weak else "")
        self.reason_label.setVisible(weak)
        self.accept_weak.setVisible(weak)
        mismatch = bool(self.repeat.text()) and self.repeat.text() != text
        if not self._busy:
            self.message.setText(self.tr("The two new passphrases are not the same.") if mismatch else "")
        ready = (
            bool(self.current.text())
            and bool(text)
            and self.repeat.text() == text
            and (not weak or self.accept_weak.isChecked())
            and not self._busy
        )
        self.change_button.setEnabled(ready)

    @property
    def is_busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for widget in (self.current, self.new, self.repeat, self.show_box, self.accept_weak, self.generator):
            widget.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self._update_state()

    # -- changing ------------------------------------------------------------------------------------------------

    def change(self) -> None:
        self._update_state()
        if not self.change_button.isEnabled():
            return
        vault, current, new = self._vault, self.current.text(), self.new.text()

        def work() -> None:
            if not vault.check_passphrase(current):
                raise WrongCurrentPassphrase()
            vault.change_passphrase(new)

        self._set_busy(True)
        self.message.setText(self.tr("Changing the passphrase… This takes a few seconds."))
        workers.start(work, self._on_changed, self._on_failed, self._pool)

    @Slot(object)
    def _on_changed(self, _result: object) -> None:
        self._set_busy(False)
        self._clear_fields()
        self.passphrase_changed.emit()

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WrongCurrentPassphrase):
            self.current.clear()
            self.current.setFocus()
            text = self.tr("The current passphrase is not right. Nothing was changed.")
        elif isinstance(error, InvalidInput):
            text = self.tr("This passphrase cannot be used for this journal. Please choose another one.")
        elif isinstance(error, VaultClosed):
            text = self.tr("The journal was locked. Nothing was changed.")
        elif isinstance(error, OSError):
            text = self.tr(
                "The passphrase could not be changed: the journal folder cannot be written (is the disk full or "
                "read-only?). The old passphrase still opens the journal."
            )
        else:
            text = self.tr("The passphrase could not be changed. The old passphrase still opens the journal.")
        self.message.setText(text)

    def _clear_fields(self) -> None:
        for field in (self.current, self.new, self.repeat):
            field.clear()

    def done(self, result: int) -> None:
        self._pool.waitForDone()  # a change being written finishes before the dialog goes
        self._clear_fields()
        super().done(result)

    # -- language ------------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.intro.setText(
            self.tr(
                "The journal is encrypted again with the new passphrase. Afterwards it locks, and you unlock it with "
                "the new passphrase. Backups made before keep their old passphrase. A second (decoy) passphrase, if "
                "you set one, stays as it is."
            )
        )
        self.labels["current"].setText(self.tr("&Current passphrase:"))
        self.labels["new"].setText(self.tr("&New passphrase:"))
        self.labels["repeat"].setText(self.tr("&Repeat the new one:"))
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.new.setAccessibleName(self.tr("New passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.show_box.setText(self.tr("&Show passphrases"))
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.accept_weak.setText(self.tr("&Use this weak passphrase anyway"))
        self.change_button.setText(self.tr("C&hange passphrase"))
        self._update_state()
