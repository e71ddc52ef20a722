"""Export: Markdown folder, one HTML file, a PDF timeline or JSON, chosen by dates and tags.

Every export is a plaintext copy: the dialog says so and the Export button stays off until the user has ticked that
they understand. The core refuses an existing target (nothing is ever overwritten) and writes nothing else.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from journal_app.core.export import HtmlLabels, export_html, export_json, export_markdown
from journal_app.ui.backup.task_dialog import PathField, TaskDialog
from journal_app.ui.backup.tasks import Work
from journal_app.ui.export_pdf import PdfLabels, export_pdf
from journal_app.ui.widgets.date_field import DateField

from .. import theme

FORMATS = ("md", "html", "pdf", "json")
SUFFIXES = {"md": "", "html": ".html", "pdf": ".pdf", "json": ".json"}


def _date_edit() -> DateField:
    edit = DateField()
    edit.setCalendarPopup(True)
    edit.setDate(QDate.currentDate())
    edit.setEnabled(False)
    return edit


class ExportDialog(TaskDialog):
    def __init__(self, vault: Any, parent: QWidget | None = None, *, today: Any = date.today) -> None:
        super().__init__(parent)
        self._vault = vault
        self._today = today
        self.format_box = QComboBox()
        for code in FORMATS:
            self.format_box.addItem("", code)
        self.target = PathField("save")
        self.from_check, self.to_check = QCheckBox(), QCheckBox()
        self.from_date, self.to_date = _date_edit(), _date_edit()
        dates = QWidget()
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.from_check, self.from_date, self.to_check, self.to_date):
            row.addWidget(widget)
        row.addStretch(1)
        self.tag_list = QListWidget()
        self.tag_list.setMaximumHeight(140)
        for tag, count in vault.journal().tags():
            item = QListWidgetItem(f"{tag} ({QLocale().toString(count)})")
            item.setData(Qt.ItemDataRole.UserRole, tag)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.tag_list.addItem(item)
        self.with_documents = QCheckBox()
        self.with_trips = QCheckBox()
        self.one_per_page = QCheckBox()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.understood = QCheckBox()
        self.labels = {k: QLabel() for k in ("format", "target", "dates", "tags")}
        self.add_row(self.labels["format"], self.format_box)
        self.add_row(self.labels["target"], self.target)
        self.add_row(self.labels["dates"], dates)
        self.add_row(self.labels["tags"], self.tag_list)
        self.add_row("", self.with_documents)
        self.add_row("", self.with_trips)
        self.add_row("", self.one_per_page)
        self.form.addRow(self.warning)
        self.add_row("", self.understood)
        self.from_check.toggled.connect(self.from_date.setEnabled)
        self.to_check.toggled.connect(self.to_date.setEnabled)
        self.format_box.currentIndexChanged.connect(self._on_format_changed)
        self.understood.toggled.connect(self._update_start)
        self.retranslate()
        self._on_format_changed()
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    @property
    def format(self) -> str:
        return str(self.format_box.currentData())

    def set_format(self, code: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(code))

    def _on_format_changed(self, *_args: object) -> None:
        pdf = self.format == "pdf"
        self.with_documents.setEnabled(pdf)
        self.with_trips.setEnabled(pdf)
        self.one_per_page.setEnabled(pdf)
        self.target.mode = "save"
        current = self.target.path
        base = current.parent if current is not None else Path.home()
        self.target.set_path(self._free(base / f"journal-export-{self._today().isoformat()}", SUFFIXES[self.format]))
        names = {
            "md": self.tr("Markdown files (*.md)"),
            "html": self.tr("Web page (*.html)"),
            "pdf": self.tr("PDF (*.pdf)"),
            "json": self.tr("JSON (*.json)"),
        }
        self.target.name_filter = names[self.format]

    @staticmethod
    def _free(stem: Path, suffix: str) -> Path:
        path, n = stem.with_name(stem.name + suffix), 2
        while path.exists():
            path, n = stem.with_name(f"{stem.name}-{n}{suffix}"), n + 1
        return path

    def _update_start(self, *_args: object) -> None:
        self.start_button.setEnabled(self.understood.isChecked() and not self.is_running)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        texts = {
            "md": self.tr("Markdown (a folder, one file per entry)"),
            "html": self.tr("HTML (one web page)"),
            "pdf": self.tr("PDF (a timeline to print or hand over)"),
            "json": self.tr("JSON (everything, to move to another app or computer)"),
        }
        for index in range(self.format_box.count()):
            self.format_box.setItemText(index, texts[str(self.format_box.itemData(index))])
        self.labels["format"].setText(self.tr("&Format:"))
        self.format_box.setAccessibleName(self.tr("Export format"))
        self.labels["target"].setText(self.tr("&Save as:"))
        self.target.set_accessible_name(self.tr("New file or folder for the export"))
        self.labels["dates"].setText(self.tr("Dates:"))
        self.from_check.setText(self.tr("F&rom"))
        self.to_check.setText(self.tr("&To"))
        self.from_date.setAccessibleName(self.tr("First day"))
        self.to_date.setAccessibleName(self.tr("Last day"))
        self.labels["tags"].setText(self.tr("Ta&gs:"))
        self.tag_list.setAccessibleName(self.tr("Only entries with all the ticked tags (none ticked: all entries)"))
        self.tag_list.setToolTip(self.tr("Only entries with all the ticked tags; tick none for all entries"))
        self.with_documents.setText(self.tr("With the &documents"))
        self.with_trips.setText(self.tr("With the tri&ps"))
        self.one_per_page.setText(self.tr("Each entry on a ne&w page"))
        self.warning.setText(
            self.tr(
                "Warning: the exported file is NOT encrypted. Anyone who gets it, or the disk or USB stick it is on, "
                "can read everything in it. Keep it only as long as you need it."
            )
        )
        self.understood.setText(self.tr("I &understand: write a file that is not encrypted"))
        self.start_button.setText(self.tr("&Export"))
        self.target.retranslate()
        self._update_start()

    def chosen_tags(self) -> list[str]:
        items = (self.tag_list.item(i) for i in range(self.tag_list.count()))
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def error_folder(self) -> Path | None:
        target = self.target.path
        return target.parent if target is not None else None

    def make_work(self) -> Work | None:
        if not self.understood.isChecked():
            self.show_message(self.tr("Tick that you understand that the file is not encrypted."))
            self.understood.setFocus()
            return None
        target = self.target.path
        if target is None:
            self.show_message(self.tr("Choose where to save the export."))
            self.target.setFocus()
            return None
        if target.exists():
            self.show_message(self.tr("Something with that name is already there. Choose a new name."))
            self.target.setFocus()
            return None
        if not target.parent.is_dir():
            self.show_message(self.tr("That folder is not there."))
            self.target.setFocus()
            return None
        date_from: date | None = self.from_date.date().toPython() if self.from_check.isChecked() else None  # type: ignore[assignment]
        date_to: date | None = self.to_date.date().toPython() if self.to_check.isChecked() else None  # type: ignore[assignment]
        if date_from and date_to and date_from > date_to:
            self.show_message(self.tr("The first day is after the last day."))
            return None
        vault, tags, kind = self._vault, self.chosen_tags(), self.format
        options: dict[str, Any] = {"date_from": date_from, "date_to": date_to, "tags": tags}
        if kind == "md":
            return lambda progress, cancelled: export_markdown(
                vault, target, progress=progress, cancelled=cancelled, **options
            )
        if kind == "html":
            labels = self.html_labels()
            return lambda progress, cancelled: export_html(
                vault, target, progress=progress, cancelled=cancelled, labels=labels, **options
            )
        if kind == "json":
            return lambda progress, cancelled: export_json(
                vault, target, progress=progress, cancelled=cancelled, **options
            )
        pdf_labels = self.pdf_labels()
        documents, trips = self.with_documents.isChecked(), self.with_trips.isChecked()
        apart = self.one_per_page.isChecked()
        return lambda progress, cancelled: export_pdf(
            vault, target, with_documents=documents, with_trips=trips, labels=pdf_labels, one_per_page=apart,
            progress=progress, cancelled=cancelled, **options,
        )  # fmt: skip

    def html_labels(self) -> HtmlLabels:
        return HtmlLabels(
            heading=self.tr("Journal"),
            starred=self.tr("starred"),
            mood=self.tr("mood"),
            files=self.tr("Files"),
            untitled=self.tr("Untitled"),
            lang=QLocale().name().split("_")[0] or "en",
        )

    def pdf_labels(self) -> PdfLabels:
        return PdfLabels(
            title=self.tr("Journal"),
            period=self.tr("Entries from {first} to {last}"),
            count=self.tr("{n} entries"),
            made=self.tr("Made on {day}. This file is not encrypted."),
            untitled=self.tr("Untitled"),
            documents=self.tr("Documents"),
            trips=self.tr("Trips"),
            expires=self.tr("expires"),
            still_there=self.tr("still there"),
            page=self.tr("{n}", "page number at the foot of a PDF page"),
            too_long=self.tr("An entry of {date} is larger than {limit} MB; export it as Markdown or HTML."),
            files=self.tr("Files"),
        )

    def describe_result(self, result: Any) -> str:
        return self.tr("%n entry(ies) exported to %1. This copy is not encrypted.", "", int(result)).replace(
            "%1", str(self.target.path)
        )

    def done(self, result: int) -> None:
        self.tag_list.clear()  # tags are the user's words: nothing of them stays after the dialog
        super().done(result)
