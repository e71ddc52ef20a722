"""A "Generate a passphrase" button with the language of its words beside it (English, Russian, Ukrainian)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from .passphrase import PASSPHRASE_LANGUAGES, generate_passphrase


class GenerateButton(QWidget):
    generated = Signal(str)  # the new passphrase

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QPushButton()
        self.language_box = QComboBox()
        for code in PASSPHRASE_LANGUAGES:
            self.language_box.addItem("", code)
        ui_language = QLocale().name()[:2]
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(ui_language)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.language_box)
        self.button.clicked.connect(self.generate)
        self.retranslate()

    @property
    def language(self) -> str:
        return str(self.language_box.currentData())

    def generate(self) -> str:
        words = generate_passphrase(language=self.language)
        self.generated.emit(words)
        return words

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.button.setText(self.tr("&Generate a passphrase"))
        self.button.setToolTip(self.tr("Six random words; write them down and keep them somewhere safe."))
        names = {"en": self.tr("English words"), "ru": self.tr("Russian words"), "uk": self.tr("Ukrainian words")}
        for index in range(self.language_box.count()):
            self.language_box.setItemText(index, names[str(self.language_box.itemData(index))])
        self.language_box.setAccessibleName(self.tr("Language of the generated words"))
