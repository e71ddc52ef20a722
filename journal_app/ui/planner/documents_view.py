"""The documents list, by what needs action first: expired documents (marked "expired N days ago"), then the
earliest "start renewing" date, then those without an expiry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError

from .. import theme
from ..widgets.flow_layout import FlowLayout
from . import edits, prompts
from .document_dialog import DocumentDialog
from .forms import top_items
from .texts import error_text, format_date, kind_name

ID_ROLE = Qt.ItemDataRole.UserRole + 10


def is_expired(doc: Any, today: date) -> bool:
    """Past its expiry date (a document is valid through the day it expires)."""
    return doc.expires is not None and doc.expires < today


class DocumentsView(QWidget):
    changed = Signal()

    def __init__(
        self, planner: Any, attachments: Any, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._attachments = attachments
        self._today = today
        self.dialog: DocumentDialog | None = None
        self.dialog_options: dict[str, Any] = {}  # passed to the attachments panel (tests: a small "big file")

        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(6)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        buttons = FlowLayout()  # wraps onto a second line when the translation is long
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_document)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.tree.itemActivated.connect(lambda *_: self.edit_current())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        QWidget.setTabOrder(self.tree, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels(
            [self.tr("Document"), self.tr("Kind"), self.tr("Holder"), self.tr("Expires"), self.tr("Start renewing"),
             self.tr("Status")]
        )  # fmt: skip
        self.tree.setAccessibleName(self.tr("Documents, what needs action first"))
        self.empty_label.setText(
            self.tr("No documents yet. Add your passports, visas and permits to see when to renew them.")
        )
        self.add_button.setText(self.tr("&Add document…"))
        self.add_button.setAccessibleName(self.tr("Add a document"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the document"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the document"))
        if self.dialog is not None:
            self.dialog.retranslate()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange and self.tree.topLevelItemCount():
            self.reload()  # the warning colours follow the theme
        super().changeEvent(event)

    def reload(self) -> None:
        current = self.current_id()
        self.tree.clear()
        try:
            documents = self._planner.documents()
        except JournalError as error:
            self._show_message(error_text(error))
            documents = []
        today = self._today()
        warn = QBrush(self.palette().color(QPalette.ColorRole.Link))  # readable on every theme
        danger = QBrush(theme.danger_color(self.palette()))
        expired = sorted((d for d in documents if is_expired(d, today)), key=lambda d: d.expires)
        documents = expired + [d for d in documents if not is_expired(d, today)]
        for doc in documents:
            row = QTreeWidgetItem(
                [doc.title, kind_name(doc.kind), doc.holder, format_date(doc.expires) or self.tr("No expiry"),
                 format_date(doc.renew_by), self.status_text(doc, today)]
            )  # fmt: skip
            row.setData(0, ID_ROLE, doc.id)
            if is_expired(doc, today):
                for column in (0, 3, 5):
                    row.setForeground(column, danger)
                row.setToolTip(5, self.tr("This document is no longer valid."))
            elif doc.renew_by is not None and doc.renew_by <= today:
                row.setForeground(4, warn)
                row.setForeground(5, warn)
                row.setToolTip(4, self.tr("Time to start renewing"))
            if is_expired(doc, today) or (doc.renew_by is not None and doc.renew_by <= today):
                font = row.font(0)
                font.setBold(True)
                row.setFont(0, font)
            self.tree.addTopLevelItem(row)
            if doc.id == current:
                self.tree.setCurrentItem(row)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        self.empty_label.setVisible(not documents)
        self._update_buttons()

    def status_text(self, doc: Any, today: date) -> str:
        """ "Expired 11 days ago", "Expires today", "Start renewing now", "Expires in 40 days" or nothing."""
        if doc.expires is None:
            return ""
        days = (doc.expires - today).days
        if days < 0:
            return self.tr("Expired %n day(s) ago", "", -days)
        if days == 0:
            return self.tr("Expires today")
        if doc.renew_by is not None and doc.renew_by <= today:
            return self.tr("Start renewing now; expires in %n day(s)", "", days)
        return ""

    def titles(self) -> list[str]:
        return [row.text(0) for row in top_items(self.tree)]

    def current_id(self) -> str | None:
        row = self.tree.currentItem()
        return row.data(0, ID_ROLE) if row is not None else None

    def select(self, doc_id: str) -> None:
        for row in top_items(self.tree):
            if row.data(0, ID_ROLE) == doc_id:
                self.tree.setCurrentItem(row)

    def _update_buttons(self) -> None:
        has = self.tree.currentItem() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- actions -------------------------------------------------------------------------------------------------

    def add_document(self) -> DocumentDialog:
        return self._open_dialog(None)

    def edit_current(self) -> DocumentDialog | None:
        doc_id = self.current_id()
        if doc_id is None:
            return None
        try:
            doc = self._planner.document(doc_id)
        except JournalError as error:
            self._show_message(error_text(error))
            return None
        return self._open_dialog(doc)

    def _open_dialog(self, doc: Any) -> DocumentDialog:
        old, self.dialog = self.dialog, None
        if old is not None:
            old.done(0)
        dialog = DocumentDialog(self._planner, self._attachments, doc, self, **self.dialog_options)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._on_dialog_finished(dialog, result))
        dialog.attachments_panel.changed.connect(self.changed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_finished(self, dialog: DocumentDialog, _result: int) -> None:
        if self.dialog is not dialog:
            return  # closed by clear() or replaced by a newer dialog
        saved = dialog.saved_id
        self.dialog = None
        self.reload()
        if saved:
            self.select(saved)
            self.changed.emit()

    def delete_current(self) -> None:
        doc_id = self.current_id()
        if doc_id is None:
            return
        if not prompts.confirm(
            self,
            self.tr("Delete document"),
            self.tr("Delete this document and its attached files from the journal? This cannot be undone."),
            self.tr("Delete"),
        ):
            return
        try:
            edits.delete_document(self._planner, self._attachments, doc_id)
        except JournalError as error:
            self._show_message(error_text(error))
        self.reload()
        self.changed.emit()

    def clear(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.clear()
            dialog.done(0)
        self.tree.clear()
        self._show_message("")
