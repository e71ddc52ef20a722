"""Import a jrnl journal (plain, or encrypted with its passphrase) or our own JSON export, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from journal_app.core.importers import import_jrnl, import_json
from journal_app.ui.backup.task_dialog import PathField, TaskDialog, passphrase_edit
from journal_app.ui.backup.tasks import Work, with_writer

from .. import theme

KINDS = ("jrnl", "json")


class ImportDialog(TaskDialog):
    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.kind_box = QComboBox()
        for code in KINDS:
            self.kind_box.addItem("", code)
        self.file = PathField("open")
        self.passphrase = passphrase_edit()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.labels = {k: QLabel() for k in ("kind", "file", "passphrase")}
        self.add_row(self.labels["kind"], self.kind_box)
        self.add_row(self.labels["file"], self.file)
        self.add_row(self.labels["passphrase"], self.passphrase)
        self.form.addRow(self.note)
        self.kind_box.currentIndexChanged.connect(self._on_kind_changed)
        self.retranslate()
        self._on_kind_changed()
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    @property
    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def set_kind(self, code: str) -> None:
        self.kind_box.setCurrentIndex(self.kind_box.findData(code))

    def _on_kind_changed(self, *_args: object) -> None:
        jrnl = self.kind == "jrnl"
        self.passphrase.setVisible(jrnl)
        self.labels["passphrase"].setVisible(jrnl)
        self.file.name_filter = (
            self.tr("jrnl journals (*.txt *.jrnl);;All files (*)")
            if jrnl
            else self.tr("JSON export (*.json);;All files (*)")
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import"))
        texts = {"jrnl": self.tr("A jrnl journal"), "json": self.tr("A JSON export of this app")}
        for index in range(self.kind_box.count()):
            self.kind_box.setItemText(index, texts[str(self.kind_box.itemData(index))])
        self.labels["kind"].setText(self.tr("&What:"))
        self.kind_box.setAccessibleName(self.tr("What to import"))
        self.labels["file"].setText(self.tr("&File:"))
        self.file.set_accessible_name(self.tr("File to import"))
        self.labels["passphrase"].setText(self.tr("jrnl &passphrase (if it is encrypted):"))
        self.passphrase.setAccessibleName(self.tr("The jrnl journal's passphrase, if it is encrypted"))
        self.note.setText(
            self.tr("Everything is imported, or nothing: a file with a mistake changes nothing in this journal.")
        )
        self.start_button.setText(self.tr("&Import"))
        self.file.retranslate()
        self._on_kind_changed()

    def make_work(self) -> Work | None:
        path = self.file.path
        if path is None or not Path(path).exists():
            self.show_message(self.tr("Choose a file to import."))
            self.file.setFocus()
            return None
        vault = self._vault
        if self.kind == "jrnl":
            passphrase = self.passphrase.text() or None
            return lambda progress, cancelled: with_writer(
                vault,
                lambda view: import_jrnl(view, path, passphrase=passphrase, progress=progress, cancelled=cancelled),  # type: ignore[arg-type]
            )
        return lambda progress, cancelled: with_writer(
            vault,
            lambda view: import_json(view, path, progress=progress, cancelled=cancelled),  # type: ignore[arg-type]
        )

    def on_succeeded(self, result: Any) -> None:
        self.passphrase.clear()

    def describe_result(self, result: Any) -> str:
        text = self.tr("%n entry(ies) imported.", "", result.imported)
        if result.skipped_identical:
            text += " " + self.tr("%n already here and left as they were.", "", result.skipped_identical)
        if result.kept_both:
            text += " " + self.tr("%n kept twice because this journal had another version.", "", len(result.kept_both))
        return text
