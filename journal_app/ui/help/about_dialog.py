"""Help > About: the version, the licence, where the journal is kept, and that the app never uses the network."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from journal_app import __version__

from .. import theme
from ..icons import icon
from ..widgets.elided_label import ElidedPathLabel

LICENCE = "GPL-3.0-or-later"


class AboutDialog(QDialog):
    def __init__(self, vault_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.logo = QLabel()
        self.logo.setPixmap(icon("app").pixmap(64, 64))
        self.heading = QLabel()
        self.heading.setFont(theme.heading_font(self.heading, 1))
        self.version = QLabel()
        self.network = QLabel()
        self.network.setWordWrap(True)
        self.licence = QLabel()
        self.licence.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder = ElidedPathLabel(str(vault_folder))
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        for widget in (self.logo, self.heading, self.version, self.network, self.licence, self.folder_label):
            layout.addWidget(widget)
        layout.addWidget(self.folder)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(440)
        self.retranslate()
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Journal"))
        self.heading.setText(self.tr("Journal"))
        self.version.setText(self.tr("Version %1").replace("%1", __version__))
        self.network.setText(
            self.tr(
                "This app never connects to the network: no updates, no statistics, no crash reports. "
                "Everything you write stays in the encrypted journal on this computer."
            )
        )
        self.licence.setText(
            self.tr("Free software under the GNU General Public License, version 3 or later (%1).").replace(
                "%1", LICENCE
            )
        )
        self.folder_label.setText(self.tr("The journal is kept in this folder:"))
