"""Apply a checklist template: choose one, pick the anchor date, see every item with its date, then apply."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.core.planner import deadline_warnings
from journal_app.core.templates import due_dates

from .. import theme
from ..widgets.date_field import DateField
from . import prompts
from .forms import set_row_label, top_items
from .texts import confirm_dates_text, error_text, format_date, from_qdate, to_qdate, ui_language


class TemplateDialog(QDialog):
    """On Apply it creates the checklist's deadlines through the core; `created` holds them afterwards."""

    def __init__(
        self,
        planner: Any,
        templates: list[Any],
        anchor: date,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._templates = templates
        self._today = today
        self.created: list[Any] = []

        self.template_box = QComboBox()
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.anchor_label = QLabel()
        self.anchor_edit = DateField()
        self.anchor_edit.setCalendarPopup(True)
        self.anchor_edit.setDate(to_qdate(anchor))
        self.anchor_label.setBuddy(self.anchor_edit)
        self.preview = QTreeWidget()
        self.preview.setRootIsDecorated(False)
        self.preview.setColumnCount(2)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)

        self.form = QFormLayout()
        self.form.addRow("", self.template_box)
        self.form.addRow(self.note_label)
        self.form.addRow(self.anchor_label, self.anchor_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.template_box.currentIndexChanged.connect(self.update_preview)
        self.anchor_edit.dateChanged.connect(self.update_preview)
        QWidget.setTabOrder(self.template_box, self.anchor_edit)
        QWidget.setTabOrder(self.anchor_edit, self.preview)
        self.resize(640, 480)
        self.retranslate()
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    def retranslate(self) -> None:
        language = ui_language()
        self.setWindowTitle(self.tr("Apply a checklist template"))
        set_row_label(self.form, 0, self.tr("&Checklist:"), self.template_box)
        index = self.template_box.currentIndex()
        self.template_box.blockSignals(True)
        self.template_box.clear()
        for template in self._templates:
            self.template_box.addItem(template.text(template.title, language), template.id)
        self.template_box.setCurrentIndex(max(0, index))
        self.template_box.blockSignals(False)
        self.template_box.setAccessibleName(self.tr("Checklist template"))
        self.anchor_edit.setAccessibleName(self.tr("Anchor date"))
        self.preview.setHeaderLabels([self.tr("Due"), self.tr("Task")])
        self.preview.setAccessibleName(self.tr("Tasks this checklist will add"))
        self.apply_button.setText(self.tr("&Apply"))
        self.update_preview()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def template(self) -> Any | None:
        index = self.template_box.currentIndex()
        return self._templates[index] if 0 <= index < len(self._templates) else None

    def set_anchor(self, day: date) -> None:
        self.anchor_edit.setDate(to_qdate(day))

    def update_preview(self) -> None:
        self.preview.clear()
        template = self.template()
        self.apply_button.setEnabled(template is not None)
        if template is None:
            self.note_label.setText(self.tr("No checklist templates were found."))
            return
        language = ui_language()
        self.anchor_label.setText(template.text(template.anchor, language) + ":")
        note = template.text(template.note, language)
        if template.written and template.written not in note:
            note = " ".join((note, self.tr("Written %1.").replace("%1", template.written))).strip()
        self.note_label.setText(note)
        for item, due in due_dates(template, from_qdate(self.anchor_edit.date())):
            row = QTreeWidgetItem([format_date(due), template.text(item.title, language)])
            row.setToolTip(1, template.text(item.notes, language))
            self.preview.addTopLevelItem(row)
        self.preview.resizeColumnToContents(0)

    def preview_rows(self) -> list[tuple[str, str]]:
        return [(row.text(0), row.text(1)) for row in top_items(self.preview)]

    def apply(self) -> None:
        template = self.template()
        if template is None:
            return
        anchor = from_qdate(self.anchor_edit.date())
        warnings = deadline_warnings(anchor, self._today())
        if warnings and not prompts.confirm(
            self, self.windowTitle(), confirm_dates_text(warnings), self.tr("Apply anyway")
        ):
            self.anchor_edit.setFocus()
            return
        try:
            self.created = self._planner.apply_template(template, anchor, ui_language())
        except JournalError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            return
        self.accept()

    def clear(self) -> None:
        self.preview.clear()
