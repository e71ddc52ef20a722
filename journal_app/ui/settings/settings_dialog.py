"""Settings: each change applies at once (written to the settings store, which tells the rest of the app)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.attempts import MIN_WIPE_AFTER
from journal_app.ui.backup.settings_group import BackupSettingsGroup
from journal_app.ui.i18n import LANGUAGE_NAMES
from journal_app.ui.settings.decoy_section import DecoySection
from journal_app.ui.settings_store import (
    DEFAULT_WINDOW_TITLE,
    MAX_AUTO_LOCK_MINUTES,
    MAX_CLIPBOARD_SECONDS,
    MAX_FONT_SIZE,
    MAX_WINDOW_TITLE,
    MAX_WIPE_AFTER,
    MIN_FONT_SIZE,
    THEMES,
    SettingsStore,
)

from .. import theme


class SettingsDialog(QDialog):
    delete_requested = Signal()  # "Delete this journal…" (only while unlocked)
    passphrase_requested = Signal()  # "Change the passphrase…" (only while unlocked)

    def __init__(
        self,
        settings: SettingsStore,
        current_language: str,
        parent: QWidget | None = None,
        *,
        unlocked: bool = False,
        vault: Any = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.language_box = QComboBox()
        for code in ("ru", "uk", "en"):
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(settings.language or current_language)))
        self.theme_box = QComboBox()
        for code in THEMES:
            self.theme_box.addItem("", code)
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(settings.theme)))
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.clipboard = QSpinBox()
        self.clipboard.setRange(0, MAX_CLIPBOARD_SECONDS)
        self.clipboard.setValue(settings.clipboard_clear_seconds)
        self.tray = QCheckBox()
        self.tray.setChecked(settings.tray_icon)
        self.font_size = QSpinBox()
        self.font_size.setRange(MIN_FONT_SIZE - 1, MAX_FONT_SIZE)  # the lowest value means "as the system"
        self.font_size.setValue(settings.editor_font_size or MIN_FONT_SIZE - 1)
        title = settings.window_title
        self.window_title = QLineEdit("" if title == DEFAULT_WINDOW_TITLE else title)
        self.window_title.setPlaceholderText(DEFAULT_WINDOW_TITLE)  # the app's name, not translated
        self.window_title.setMaxLength(MAX_WINDOW_TITLE)
        wipe_after = settings.wipe_after_failures
        self.wipe_check = QCheckBox()
        self.wipe_check.setChecked(wipe_after is not None)
        self.wipe_count = QSpinBox()
        self.wipe_count.setRange(MIN_WIPE_AFTER, MAX_WIPE_AFTER)
        self.wipe_count.setValue(wipe_after or 10)
        self.wipe_count.setEnabled(wipe_after is not None)
        self.wipe_warning = QLabel()
        self.wipe_warning.setWordWrap(True)
        self.delete_button = QPushButton()
        self.delete_button.setEnabled(unlocked)
        self.passphrase_button = QPushButton()
        self.passphrase_button.setEnabled(unlocked)
        self.decoy = DecoySection(vault)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        names = ("language", "theme", "auto_lock", "clipboard", "font_size", "window_title")
        self.labels = {name: QLabel() for name in names}
        fields = {
            "language": self.language_box,
            "theme": self.theme_box,
            "auto_lock": self.auto_lock,
            "clipboard": self.clipboard,
            "font_size": self.font_size,
            "window_title": self.window_title,
        }
        content = QWidget()
        form = QFormLayout(content)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name, field in fields.items():
            self.labels[name].setBuddy(field)
            form.addRow(self.labels[name], field)
        form.addRow("", self.tray)
        form.addRow("", self.passphrase_button)
        self.backups = BackupSettingsGroup(settings)
        form.addRow(self.backups)
        form.addRow(self.wipe_check)
        form.addRow("", self.wipe_count)
        form.addRow(self.wipe_warning)
        form.addRow("", self.delete_button)
        form.addRow(self.decoy)
        self.scroll_area = QScrollArea()  # a long form (and long translations) scrolls instead of being cut off
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; the area follows the focus
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.buttons)

        self.language_box.currentIndexChanged.connect(
            lambda _i: settings.set_language(str(self.language_box.currentData()))
        )
        self.theme_box.currentIndexChanged.connect(lambda _i: settings.set_theme(str(self.theme_box.currentData())))
        self.auto_lock.valueChanged.connect(settings.set_auto_lock_minutes)
        self.clipboard.valueChanged.connect(settings.set_clipboard_clear_seconds)
        self.tray.toggled.connect(settings.set_tray_icon)
        self.font_size.valueChanged.connect(settings.set_editor_font_size)
        self.window_title.textChanged.connect(settings.set_window_title)
        self.wipe_check.toggled.connect(self._on_wipe_changed)
        self.wipe_count.valueChanged.connect(self._on_wipe_changed)
        self.delete_button.clicked.connect(self.delete_requested)
        self.passphrase_button.clicked.connect(self.passphrase_requested)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    def set_unlocked(self, unlocked: bool, vault: Any = None) -> None:
        """Locked or unlocked; `vault` is the open journal (the decoy section works on it)."""
        self.delete_button.setEnabled(unlocked)
        self.passphrase_button.setEnabled(unlocked)
        self.decoy.set_vault(vault if unlocked else None)

    def done(self, result: int) -> None:
        self.decoy.wait()  # a decoy being set finishes (about a second) before the dialog goes
        super().done(result)

    def _on_wipe_changed(self, *_args: object) -> None:
        on = self.wipe_check.isChecked()
        self.wipe_count.setEnabled(on)
        self._settings.set_wipe_after_failures(self.wipe_count.value() if on else None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.labels["language"].setText(self.tr("&Language:"))
        self.labels["theme"].setText(self.tr("&Theme:"))
        self.labels["auto_lock"].setText(self.tr("Lock after &idle time:"))
        self.labels["clipboard"].setText(self.tr("Clear copied text &after:"))
        self.labels["font_size"].setText(self.tr("Editor &font size:"))
        themes = {"system": self.tr("As the system"), "light": self.tr("Light"), "dark": self.tr("Dark"),
                  "high_contrast": self.tr("High contrast")}  # fmt: skip
        for index in range(self.theme_box.count()):
            self.theme_box.setItemText(index, themes[str(self.theme_box.itemData(index))])
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.clipboard.setSuffix(self.tr(" s"))
        self.clipboard.setSpecialValueText(self.tr("Never"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setSpecialValueText(self.tr("As the system"))
        self.tray.setText(self.tr("Show an icon in the system &tray"))
        self.language_box.setAccessibleName(self.tr("Language"))
        self.theme_box.setAccessibleName(self.tr("Theme"))
        self.auto_lock.setAccessibleName(self.tr("Minutes without use before the journal locks"))
        self.clipboard.setAccessibleName(self.tr("Seconds before copied text is removed from the clipboard"))
        self.font_size.setAccessibleName(self.tr("Editor font size"))
        self.labels["window_title"].setText(self.tr("&Window title:"))
        self.window_title.setToolTip(
            self.tr("The name others see on the window and in the task bar. Do not write anything private here.")
        )
        self.window_title.setAccessibleName(self.tr("Window title"))
        self.wipe_check.setText(self.tr("&Delete the journal after this many wrong passphrases in a row:"))
        self.wipe_count.setAccessibleName(self.tr("Wrong passphrases before the journal is deleted"))
        self.wipe_warning.setText(
            self.tr(
                "Warning: when this is on, the journal is overwritten and deleted without asking once the number is "
                "reached. Anyone who has the laptop can do that by typing wrong passphrases, and so can you on a "
                "bad day. Deleted means gone: keep a backup somewhere else if you turn this on. Someone who copies "
                "the journal's files first is not stopped by this."
            )
        )
        self.delete_button.setText(self.tr("Delete this &journal…"))
        self.passphrase_button.setText(self.tr("Change the &passphrase…"))
