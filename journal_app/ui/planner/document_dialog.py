"""The document form: kind, holder, title, number, country, dates, renewal lead time, notes and attached files."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.core.planner import DOCUMENT_KINDS, document_warnings

from .. import theme
from ..widgets.date_field import DateField
from . import edits, prompts
from .attachments_panel import AttachmentsPanel
from .forms import set_row_label
from .texts import confirm_dates_text, error_text, from_qdate, kind_names, to_qdate


class DocumentDialog(QDialog):
    """Add (document None) or edit a document. On OK it saves through the core, then stores files chosen for a new
    document, then accepts; `saved_id` is the document's id afterwards."""

    def __init__(
        self,
        planner: Any,
        attachments: Any,
        document: Any = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        **panel: Any,
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._attachments = attachments
        self._document = document
        self.saved_id: str | None = document.id if document else None
        self._lead_touched = False
        self._today = today

        self.kind_box = QComboBox()
        self.holder_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.number_edit = QLineEdit()
        self.country_edit = QLineEdit()
        self.issued_known = QCheckBox()
        self.issued_edit = DateField()
        self.expires_edit = DateField()
        self.no_expiry = QCheckBox()
        self.lead_spin = QSpinBox()
        self.lead_spin.setRange(0, 3650)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(90)
        self.attachments_panel = AttachmentsPanel(attachments, self, **panel)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        for edit in (self.issued_edit, self.expires_edit):
            edit.setCalendarPopup(True)
            edit.setDate(QDate.currentDate())

        self.form = QFormLayout()
        self.form.addRow("", self.kind_box)
        self.form.addRow("", self.title_edit)
        self.form.addRow("", self.holder_edit)
        self.form.addRow("", self.number_edit)
        self.form.addRow("", self.country_edit)
        issued_row = QHBoxLayout()
        issued_row.addWidget(self.issued_known)
        issued_row.addWidget(self.issued_edit, 1)
        self.form.addRow("", issued_row)
        expires_row = QHBoxLayout()
        expires_row.addWidget(self.expires_edit, 1)
        expires_row.addWidget(self.no_expiry)
        self.form.addRow("", expires_row)
        self.form.addRow("", self.lead_spin)
        self.form.addRow("", self.notes_edit)
        self.form.addRow("", self.attachments_panel)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.kind_box.currentIndexChanged.connect(self._on_kind_changed)
        self.lead_spin.valueChanged.connect(self._on_lead_edited)
        self.issued_known.toggled.connect(self.issued_edit.setEnabled)
        self.no_expiry.toggled.connect(lambda on: self.expires_edit.setEnabled(not on))
        self.attachments_panel.idle.connect(self._on_files_stored)
        self.attachments_panel.failed.connect(self.show_error)
        order = [self.kind_box, self.title_edit, self.holder_edit, self.number_edit, self.country_edit,
                 self.issued_known, self.issued_edit, self.expires_edit, self.no_expiry, self.lead_spin,
                 self.notes_edit, self.attachments_panel.list, self.attachments_panel.add_button]  # fmt: skip
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        self.retranslate()
        self._fill(document)
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit document") if self._document else self.tr("New document"))
        labels = [
            self.tr("&Kind:"), self.tr("&Title:"), self.tr("&Holder:"), self.tr("&Number:"),
            self.tr("Issuing &country:"), self.tr("&Issued:"), self.tr("&Expires:"), self.tr("Start &renewing:"),
            self.tr("N&otes:"), self.tr("Files:"),
        ]  # fmt: skip
        buddies: list[QWidget | None] = [self.kind_box, self.title_edit, self.holder_edit, self.number_edit,
                                         self.country_edit, self.issued_known, self.expires_edit, self.lead_spin,
                                         self.notes_edit, None]  # fmt: skip
        for row, (text, buddy) in enumerate(zip(labels, buddies, strict=True)):
            set_row_label(self.form, row, text, buddy)
        current = self.kind_box.currentData()
        self.kind_box.blockSignals(True)
        self.kind_box.clear()
        for kind, name in kind_names().items():
            self.kind_box.addItem(name, kind)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(current)))
        self.kind_box.blockSignals(False)
        self.kind_box.setAccessibleName(self.tr("Kind of document"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("For example: My passport"))
        self.holder_edit.setAccessibleName(self.tr("Holder"))
        self.holder_edit.setPlaceholderText(self.tr("Yourself or a family member"))
        self.number_edit.setAccessibleName(self.tr("Document number"))
        self.country_edit.setAccessibleName(self.tr("Issuing country"))
        self.issued_known.setText(self.tr("Known"))
        self.issued_known.setAccessibleName(self.tr("The issue date is known"))
        self.issued_edit.setAccessibleName(self.tr("Issue date"))
        self.expires_edit.setAccessibleName(self.tr("Expiry date"))
        self.no_expiry.setText(self.tr("No e&xpiry"))
        self.no_expiry.setAccessibleName(self.tr("The document does not expire"))
        self.lead_spin.setSuffix(self.tr(" days before it expires"))
        self.lead_spin.setAccessibleName(self.tr("Renewal lead time in days"))
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.attachments_panel.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill(self, doc: Any) -> None:
        if doc is None:
            self.kind_box.setCurrentIndex(0)
            self._set_lead(DOCUMENT_KINDS[self.kind_box.currentData()])
            self.issued_known.setChecked(False)
            self.issued_edit.setEnabled(False)
            self.attachments_panel.set_owner(None)
            return
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(doc.kind)))
        self.title_edit.setText(doc.title)
        self.holder_edit.setText(doc.holder)
        self.number_edit.setText(doc.number)
        self.country_edit.setText(doc.country)
        self.issued_known.setChecked(doc.issued is not None)
        self.issued_edit.setEnabled(doc.issued is not None)
        if doc.issued:
            self.issued_edit.setDate(to_qdate(doc.issued))
        self.no_expiry.setChecked(doc.expires is None)
        if doc.expires:
            self.expires_edit.setDate(to_qdate(doc.expires))
        self._set_lead(doc.lead_days)
        self._lead_touched = True
        self.notes_edit.setPlainText(doc.notes)
        self.attachments_panel.set_owner(doc.id)

    def _set_lead(self, days: int) -> None:
        self.lead_spin.blockSignals(True)
        self.lead_spin.setValue(days)
        self.lead_spin.blockSignals(False)

    def _on_lead_edited(self) -> None:
        self._lead_touched = True

    def _on_kind_changed(self) -> None:
        kind = self.kind_box.currentData()
        if not self._lead_touched and kind in DOCUMENT_KINDS:
            self._set_lead(DOCUMENT_KINDS[kind])

    def fields(self) -> dict[str, Any]:
        issued: date | None = from_qdate(self.issued_edit.date()) if self.issued_known.isChecked() else None
        expires: date | None = None if self.no_expiry.isChecked() else from_qdate(self.expires_edit.date())
        return {
            "kind": self.kind_box.currentData(),
            "title": self.title_edit.text().strip(),
            "holder": self.holder_edit.text().strip(),
            "number": self.number_edit.text().strip(),
            "country": self.country_edit.text().strip(),
            "issued": issued,
            "expires": expires,
            "lead_days": self.lead_spin.value(),
            "notes": self.notes_edit.toPlainText(),
        }

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def save(self) -> None:
        fields = self.fields()
        if not fields["title"]:
            self.show_error(self.tr("Give the document a title, for example \u201cMy passport\u201d."))
            self.title_edit.setFocus()
            return
        if fields["issued"] and fields["expires"] and fields["expires"] < fields["issued"]:
            self.show_error(self.tr("The expiry date is before the issue date."))
            self.expires_edit.setFocus()
            return
        warnings = document_warnings(fields["issued"], fields["expires"], self._today())
        if warnings and not prompts.confirm(
            self, self.windowTitle(), confirm_dates_text(warnings), self.tr("Save anyway")
        ):
            self.expires_edit.setFocus()
            return
        try:
            doc = edits.save_document(self._planner, self._attachments, self.saved_id, fields)
        except JournalError as error:
            self.show_error(error_text(error))
            return
        self.saved_id = doc.id
        self.buttons.setEnabled(False)
        self.attachments_panel.commit(doc.id)  # emits idle when every chosen file is stored

    def _on_files_stored(self) -> None:
        if not self.buttons.isEnabled() and self.saved_id is not None:
            self.buttons.setEnabled(True)
            if self.error_label.isHidden():
                self.accept()

    def clear(self) -> None:
        self.attachments_panel.clear()
        for edit in (self.holder_edit, self.title_edit, self.number_edit, self.country_edit):
            edit.clear()
        self.notes_edit.clear()
        self.error_label.clear()
