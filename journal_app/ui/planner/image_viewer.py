"""An attachment shown inside the app: the image is decoded from the vault into memory, never into a file."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from .. import theme


class ImageViewer(QDialog):
    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = image
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.image_label)
        self.scroll_area.setWidgetResizable(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.buttons)
        self.resize(800, 600)
        self.retranslate()
        self._show_scaled()
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    def retranslate(self) -> None:
        # The window title never names the file (a screen may be seen or recorded).
        self.setWindowTitle(self.tr("Attachment"))
        self.image_label.setAccessibleName(self.tr("Attached image"))
        self.scroll_area.setAccessibleName(self.tr("Attached image"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._show_scaled()

    def _show_scaled(self) -> None:
        if self._image.isNull():
            self.image_label.clear()
            return
        area = self.scroll_area.viewport().size()
        image = self._image
        if image.width() > area.width() or image.height() > area.height():
            image = image.scaled(area, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        self.image_label.setPixmap(QPixmap.fromImage(image))

    def clear(self) -> None:
        self._image = QImage()
        self.image_label.clear()
