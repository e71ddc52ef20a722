"""The questions the planner asks through standard dialogs: file names and "are you sure" warnings.

Kept in one place so that a test can answer them (monkeypatch) without a modal loop. File dialogs never remember the
folder or file in QSettings (a recent-file list could name a document).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

_OPTIONS = QFileDialog.Option.DontUseCustomDirectoryIcons


def open_file(parent: QWidget | None, title: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", "", "", _OPTIONS)
    return path


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str = "") -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters, "", _OPTIONS)
    return path


def confirm(parent: QWidget | None, title: str, text: str, proceed: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    go = box.addButton(proceed, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
