"""First run: choose a language, then read in three sentences what the app protects and what it cannot."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from journal_app.ui.i18n import LANGUAGE_NAMES

from .. import theme
from ..widgets.column import centered_column


class FirstRunPage(QWidget):
    language_chosen = Signal(str)
    continued = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setFont(theme.heading_font(self.heading, 1))
        self.language_label = QLabel()
        self.language_box = QComboBox()
        for code in ("ru", "uk", "en"):
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.language_label.setBuddy(self.language_box)
        self.protects = QLabel()
        self.not_hidden = QLabel()
        self.no_recovery = QLabel()
        for label in (self.protects, self.not_hidden, self.no_recovery):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.continue_button = QPushButton()
        self.continue_button.setDefault(True)

        form = QFormLayout()
        form.addRow(self.language_label, self.language_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = centered_column(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addSpacing(2 * theme.SPACING)
        for label in (self.protects, self.not_hidden, self.no_recovery):
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.language_box.currentIndexChanged.connect(self._on_language_index)
        self.continue_button.clicked.connect(self.continued)
        self.retranslate()
        theme.apply_spacing(self.layout(), theme.PAGE_MARGIN)  # the spacing scale of ui/theme.py

    @property
    def language(self) -> str:
        return str(self.language_box.currentData())

    def _on_language_index(self, _index: int) -> None:
        self.language_chosen.emit(self.language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_box.setAccessibleName(self.tr("Language"))
        self.protects.setText(
            self.tr(
                "Everything you write here is encrypted on this computer with your passphrase; "
                "without it, nobody can read your journal."
            )
        )
        self.not_hidden.setText(
            self.tr("It does not hide that this app is installed, or that a journal exists on this computer.")
        )
        self.no_recovery.setText(
            self.tr("If you forget your passphrase, nobody can recover your journal, not even us.")
        )
        self.continue_button.setText(self.tr("&Continue"))
