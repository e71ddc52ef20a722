"""The questions the planner asks through standard dialogs: file names and "are you sure" warnings.

Kept in one place so that a test can answer them (monkeypatch) without a modal loop. The file choosers are the app's
own (ui/file_dialogs.py): they remember nothing (a recent-file list could name a document).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from .. import file_dialogs


def open_file(parent: QWidget | None, title: str) -> str:
    return file_dialogs.open_file(parent, title)


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str = "") -> str:
    return file_dialogs.save_file(parent, title, suggested, filters)


def confirm(parent: QWidget | None, title: str, text: str, proceed: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    go = box.addButton(proceed, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
