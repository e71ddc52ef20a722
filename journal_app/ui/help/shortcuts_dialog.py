"""Help > Keyboard shortcuts: every key of the menus' registry (ui/menus.py), with a search field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from ..commands import shortcut_rows


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.search.textChanged.connect(self._filter)
        self.resize(560, 520)
        self.retranslate()
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    def _fill(self) -> None:
        self.tree.clear()
        for menu, name, keys in shortcut_rows():
            item = QTreeWidgetItem([keys, name, menu])
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        for column in (0, 2):
            self.tree.resizeColumnToContents(column)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        wanted = text.casefold().strip()
        for item in self._items():
            shown = not wanted or any(wanted in item.text(c).casefold() for c in range(3))
            item.setHidden(not shown)

    def visible_rows(self) -> list[tuple[str, str, str]]:
        return [(i.text(0), i.text(1), i.text(2)) for i in self._items() if not i.isHidden()]

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.search.setPlaceholderText(self.tr("Search the shortcuts"))
        self.search.setAccessibleName(self.tr("Search the shortcuts"))
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What it does"), self.tr("Menu")])
        self._fill()
