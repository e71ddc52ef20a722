"""Create the vault: passphrase twice, a strength meter, a generated passphrase, and where the vault lives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.kdf import KDF_V1, KdfParams
from journal_app.core.vault import Vault
from journal_app.ui import file_dialogs, workers

from .. import theme
from ..widgets.column import centered_column
from ..widgets.elided_label import ElidedPathLabel
from . import messages, wordlists
from .generate_button import GenerateButton
from .passphrase import strength


class CreateVaultPage(QWidget):
    vault_created = Signal(object)  # the open Vault
    back_requested = Signal()

    def __init__(self, default_folder: Path, *, kdf: KdfParams = KDF_V1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kdf = kdf
        self._default_folder = Path(default_folder)
        self._custom_folder: Path | None = None
        self._busy = False

        self.heading = QLabel()
        self.heading.setFont(theme.heading_font(self.heading, 1))
        self.passphrase_label = QLabel()
        self.passphrase = QLineEdit()
        self.repeat_label = QLabel()
        self.repeat = QLineEdit()
        for field in (self.passphrase, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label.setBuddy(self.repeat)
        self.show_box = QCheckBox()
        self.generator = GenerateButton()
        self.generate_button = self.generator.button
        self.generated_note = QLabel()
        self.generated_note.setWordWrap(True)
        self.generated_note.hide()
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.strength_label = QLabel()
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.mismatch_label = QLabel()
        self.accept_weak = QCheckBox()
        self.accept_weak.hide()

        self.default_radio = QRadioButton()
        self.custom_radio = QRadioButton()
        self.folder_group = QButtonGroup(self)
        self.folder_group.addButton(self.default_radio)
        self.folder_group.addButton(self.custom_radio)
        self.default_radio.setChecked(True)
        self.default_path_label = ElidedPathLabel(str(self._default_folder))  # elided in the middle; tooltip: all
        self.choose_button = QPushButton()
        self.custom_path_label = ElidedPathLabel()

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.back_button = QPushButton()
        self.create_button = QPushButton()
        self.create_button.setDefault(True)

        self._build_layout()
        self.passphrase.textChanged.connect(self._update_state)
        self.repeat.textChanged.connect(self._update_state)
        self.accept_weak.toggled.connect(self._update_state)
        self.show_box.toggled.connect(self._on_show_toggled)
        self.generator.generated.connect(self._on_generated)
        self.choose_button.clicked.connect(self._choose_folder)
        self.folder_group.buttonToggled.connect(self._update_state)
        self.create_button.clicked.connect(self.create_vault)
        self.back_button.clicked.connect(self.back_requested)
        self.passphrase.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self.create_vault)
        self.retranslate()
        self._update_state()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.passphrase_label, self.passphrase)
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.strength_label)
        form.addRow("", meter_row)
        form.addRow("", self.reason_label)
        form.addRow(self.repeat_label, self.repeat)
        form.addRow("", self.mismatch_label)
        tools = QHBoxLayout()
        tools.addWidget(self.show_box)
        tools.addStretch(1)
        form.addRow("", tools)
        form.addRow("", self.generator)
        form.addRow("", self.generated_note)
        form.addRow("", self.accept_weak)

        folder = QVBoxLayout()
        folder.addWidget(self.default_radio)
        folder.addWidget(self.default_path_label)
        custom_row = QHBoxLayout()
        custom_row.addWidget(self.custom_radio)
        custom_row.addWidget(self.choose_button)
        custom_row.addStretch(1)
        folder.addLayout(custom_row)
        folder.addWidget(self.custom_path_label)
        self.folder_heading = QLabel()

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = centered_column(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addSpacing(2 * theme.SPACING)
        layout.addWidget(self.folder_heading)
        layout.addLayout(folder)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.passphrase, self.repeat)
        QWidget.setTabOrder(self.repeat, self.show_box)
        QWidget.setTabOrder(self.show_box, self.generate_button)
        QWidget.setTabOrder(self.generate_button, self.generator.language_box)
        QWidget.setTabOrder(self.generator.language_box, self.accept_weak)
        QWidget.setTabOrder(self.accept_weak, self.default_radio)
        QWidget.setTabOrder(self.default_radio, self.custom_radio)
        QWidget.setTabOrder(self.custom_radio, self.choose_button)
        QWidget.setTabOrder(self.choose_button, self.create_button)
        QWidget.setTabOrder(self.create_button, self.back_button)
        theme.apply_spacing(self.layout(), theme.PAGE_MARGIN)  # the spacing scale of ui/theme.py

    # -- state ---------------------------------------------------------------------------------------------------

    @property
    def folder(self) -> Path | None:
        return self._default_folder if self.default_radio.isChecked() else self._custom_folder

    def set_custom_folder(self, folder: Path | None) -> None:
        self._custom_folder = Path(folder) if folder else None
        self.custom_path_label.setText(str(folder) if folder else "")
        if folder:
            self.custom_radio.setChecked(True)
        self._update_state()

    def _choose_folder(self) -> None:
        chosen = file_dialogs.choose_folder(self, self.tr("Folder for the journal"))
        if chosen:
            self.set_custom_folder(Path(chosen))

    def generate(self) -> None:
        self.generator.generate()

    def _on_generated(self, words: str) -> None:
        self.passphrase.setText(words)
        self.repeat.setText(words)
        self.show_box.setChecked(True)
        self.generated_note.show()

    def _on_show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _update_state(self, *_args: Any) -> None:
        text = self.passphrase.text()
        result = strength(text)
        self.meter.setValue(result.score if text else 0)
        self.strength_label.setText(messages.strength_name(result.score) if text else "")
        self.reason_label.setText(messages.weak_reason(result.reason) if text and result.is_weak else "")
        self.reason_label.setVisible(bool(text) and result.is_weak)
        weak = bool(text) and result.is_weak
        self.accept_weak.setVisible(weak)
        mismatch = bool(self.repeat.text()) and self.repeat.text() != text
        self.mismatch_label.setText(self.tr("The two passphrases are not the same.") if mismatch else "")
        self.mismatch_label.setVisible(mismatch)
        ready = (
            bool(text)
            and self.repeat.text() == text
            and (not weak or self.accept_weak.isChecked())
            and self.folder is not None
            and not self._busy
        )
        self.create_button.setEnabled(ready)

    # -- creating ------------------------------------------------------------------------------------------------

    def create_vault(self) -> None:
        self._update_state()
        if not self.create_button.isEnabled():
            return
        folder, passphrase, kdf = self.folder, self.passphrase.text(), self._kdf
        assert folder is not None
        self._set_busy(True)
        self.message.setText(self.tr("Creating the journal…"))
        workers.start(lambda: Vault.create(folder, passphrase, kdf=kdf), self._on_created, self._on_failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for widget in (self.passphrase, self.repeat, self.generator, self.back_button, self.choose_button):
            widget.setEnabled(not busy)
        self._update_state()

    @Slot(object)
    def _on_created(self, vault: Any) -> None:
        self._set_busy(False)
        self.reset()
        self.vault_created.emit(vault)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.message.setText(messages.create_failed(error))

    def reset(self) -> None:
        """Forget the passphrase fields (after creation, or when leaving the page)."""
        self.passphrase.clear()
        self.repeat.clear()
        self.show_box.setChecked(False)
        self.accept_weak.setChecked(False)
        self.generated_note.hide()
        self.message.clear()

    @property
    def is_busy(self) -> bool:
        return self._busy

    def showEvent(self, event: Any) -> None:
        wordlists.install_in_background()  # the meter's word lists, before the first key is typed
        super().showEvent(event)

    # -- language ------------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Create your journal"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat_label.setText(self.tr("&Repeat it:"))
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.show_box.setText(self.tr("&Show passphrase"))
        self.generated_note.setText(
            self.tr("Write these words down and keep them somewhere safe. Without them the journal cannot be opened.")
        )
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.accept_weak.setText(self.tr("&Use this weak passphrase anyway"))
        self.folder_heading.setText(self.tr("Where the journal is kept:"))
        self.default_radio.setText(self.tr("In the &usual place"))
        self.custom_radio.setText(self.tr("In a folder I &choose (for example on a USB stick)"))
        self.choose_button.setText(self.tr("C&hoose…"))
        self.choose_button.setAccessibleName(self.tr("Choose a folder"))
        self.back_button.setText(self.tr("&Back"))
        self.create_button.setText(self.tr("Create &journal"))
        self._update_state()
