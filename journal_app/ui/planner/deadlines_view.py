"""Deadlines grouped by checklist: tick done/undone, add, edit, delete, apply a checklist template, export to .ics."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.core.ics import deadlines_to_ics
from journal_app.core.templates import load_templates

from ..journal.notice_bar import NoticeBar
from ..widgets.flow_layout import FlowLayout
from . import prompts
from .deadline_dialog import DeadlineDialog
from .forms import second_level
from .template_dialog import TemplateDialog
from .texts import error_text, format_date, repeat_text

UNDO_BAR_MS = 8000

ID_ROLE = Qt.ItemDataRole.UserRole + 10


class DeadlinesView(QWidget):
    changed = Signal()

    def __init__(self, planner: Any, today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._planner = planner
        self._today = today
        self._filling = False
        self.dialog: DeadlineDialog | TemplateDialog | None = None

        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.show_done = QCheckBox()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.undo_bar = NoticeBar()  # "Marked as done — Undo"
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.template_button = QPushButton()
        self.ics_button = QPushButton()
        buttons = FlowLayout()  # wraps onto a second line when the translation is long
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.ics_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.show_done)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.show_done.toggled.connect(self.reload)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemActivated.connect(lambda *_: self.edit_current())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_button.clicked.connect(self.add_deadline)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.template_button.clicked.connect(self.apply_template)
        self.ics_button.clicked.connect(self.export_ics)
        order = [self.show_done, self.tree, self.add_button, self.edit_button, self.delete_button,
                 self.template_button, self.ics_button]  # fmt: skip
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Deadline"), self.tr("Due"), self.tr("Repeats"), self.tr("Reminder")])
        self.tree.setAccessibleName(self.tr("Deadlines by checklist; tick one when it is done"))
        self.show_done.setText(self.tr("Show &done"))
        self.show_done.setAccessibleName(self.tr("Show deadlines that are done"))
        self.add_button.setText(self.tr("&Add deadline…"))
        self.add_button.setAccessibleName(self.tr("Add a deadline"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the deadline"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the deadline"))
        self.template_button.setText(self.tr("Apply a &checklist…"))
        self.template_button.setAccessibleName(self.tr("Apply a checklist template"))
        self.ics_button.setText(self.tr("Export to ca&lendar…"))
        self.ics_button.setAccessibleName(self.tr("Export deadlines to a calendar file"))
        if self.dialog is not None:
            self.dialog.retranslate()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the list ------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        current = self.current_id()
        self._filling = True
        self.tree.clear()
        try:
            deadlines = self._planner.deadlines(include_done=self.show_done.isChecked())
            checklists = self._planner.checklists()
        except JournalError as error:
            self._show_message(error_text(error))
            deadlines, checklists = [], []
        groups: dict[str | None, QTreeWidgetItem] = {}
        order: list[tuple[str | None, str]] = [(None, self.tr("Deadlines"))] + [(i, t) for i, t in checklists]
        for key, title in order:
            if any(d.checklist_id == key for d in deadlines):
                group = QTreeWidgetItem([title])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.tree.addTopLevelItem(group)
                groups[key] = group
        today = self._today()
        for item in deadlines:
            found = groups.get(item.checklist_id) or groups.get(None)
            if found is None:
                group = QTreeWidgetItem([self.tr("Deadlines")])
                self.tree.addTopLevelItem(group)
                groups[None] = group
            else:
                group = found
            due = format_date(item.due)
            if item.due_time:
                due = f"{due} {item.due_time}"
            remind = self.tr("%n day(s) before", None, item.remind_days) if item.remind_days else ""
            row = QTreeWidgetItem([item.title, due, repeat_text(item.repeat), remind])
            row.setData(0, ID_ROLE, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
            if item.notes:
                row.setToolTip(0, item.notes)
            if not item.done and item.due < today:
                row.setText(1, self.tr("%1 (overdue)").replace("%1", due))
            group.addChild(row)
            if item.id == current:
                self.tree.setCurrentItem(row)
        self.tree.expandAll()
        for column in range(self.tree.columnCount()):  # titles readable; the columns follow their contents
            self.tree.resizeColumnToContents(column)
        self._filling = False
        self._update_buttons()

    def rows(self) -> list[QTreeWidgetItem]:
        return second_level(self.tree)

    def row_for(self, deadline_id: str) -> QTreeWidgetItem | None:
        return next((row for row in self.rows() if row.data(0, ID_ROLE) == deadline_id), None)

    def select(self, deadline_id: str) -> None:
        row = self.row_for(deadline_id)
        if row is None and not self.show_done.isChecked():
            self.show_done.setChecked(True)  # reloads with the done ones
            row = self.row_for(deadline_id)
        if row is not None:
            self.tree.setCurrentItem(row)

    def current_id(self) -> str | None:
        row = self.tree.currentItem()
        return row.data(0, ID_ROLE) if row is not None else None

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _on_item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        deadline_id = row.data(0, ID_ROLE)
        if self._filling or column != 0 or not deadline_id:
            return
        done = row.checkState(0) == Qt.CheckState.Checked
        try:
            before = self._planner.deadline(deadline_id)
            self._planner.set_done(deadline_id, done)
        except JournalError as error:
            self._show_message(error_text(error))
        else:
            text = self.tr("Marked as done.") if done else self.tr("Marked as not done.")
            if done and before.repeat:
                text = self.tr("Done; it comes again on %1.").replace(
                    "%1", format_date(self._planner.deadline(deadline_id).due)
                )
            self.undo_bar.show_message(text, self.tr("&Undo"), lambda: self._undo_tick(before), UNDO_BAR_MS)
        self.changed.emit()
        QTimer.singleShot(0, self, self.reload)  # not now: the tree is inside the changed item's setData

    def _undo_tick(self, before: Any) -> None:
        """Put the deadline back as it was before the tick (a repeating one: its earlier date)."""
        try:
            now = self._planner.deadline(before.id)
            if now.due != before.due:  # a repeating deadline moved on to its next date
                self._planner.update_deadline(
                    before.id, title=now.title, due=before.due, due_time=now.due_time,
                    remind_days=now.remind_days, notes=now.notes, repeat=now.repeat,
                )  # fmt: skip
            if now.done != before.done:
                self._planner.set_done(before.id, before.done)
        except JournalError as error:
            self._show_message(error_text(error))
        self.undo_bar.dismiss()
        self.reload()
        self.changed.emit()

    # -- actions -------------------------------------------------------------------------------------------------

    def _open(self, dialog: DeadlineDialog | TemplateDialog) -> None:
        old, self.dialog = self.dialog, dialog
        if old is not None:
            old.done(0)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._on_dialog_finished(dialog, result))
        dialog.open()

    def _on_dialog_finished(self, dialog: QWidget, result: int) -> None:
        if self.dialog is not dialog:
            return
        self.dialog = None
        if result:
            self.reload()
            self.changed.emit()

    def add_deadline(self) -> DeadlineDialog:
        dialog = DeadlineDialog(self._planner, None, self, today=self._today)
        self._open(dialog)
        return dialog

    def edit_current(self) -> DeadlineDialog | None:
        deadline_id = self.current_id()
        if deadline_id is None:
            return None
        try:
            item = self._planner.deadline(deadline_id)
        except JournalError as error:
            self._show_message(error_text(error))
            return None
        dialog = DeadlineDialog(self._planner, item, self, today=self._today)
        self._open(dialog)
        return dialog

    def delete_current(self) -> None:
        deadline_id = self.current_id()
        if deadline_id is None:
            return
        if not prompts.confirm(
            self, self.tr("Delete deadline"), self.tr("Delete this deadline? This cannot be undone."), self.tr("Delete")
        ):
            return
        try:
            self._planner.delete_deadline(deadline_id)
        except JournalError as error:
            self._show_message(error_text(error))
        self.reload()
        self.changed.emit()

    def apply_template(self) -> TemplateDialog:
        dialog = TemplateDialog(self._planner, load_templates(), self._today(), self, today=self._today)
        self._open(dialog)
        return dialog

    def export_ics(self) -> bool:
        """Open deadlines as an iCalendar file, after a warning that the file is not encrypted."""
        if not prompts.confirm(
            self,
            self.tr("Export to a calendar file"),
            self.tr(
                "The calendar file is NOT encrypted: anyone who can open it will read the titles and notes of your "
                "deadlines. Calendar apps may also copy it to other devices."
            ),
            self.tr("Export"),
        ):
            return False
        target = prompts.save_file(self, self.tr("Export deadlines"), "deadlines.ics", self.tr("Calendar (*.ics)"))
        if not target:
            return False
        try:
            text = deadlines_to_ics(self._planner.deadlines())
            with open(target, "x", encoding="utf-8", newline="") as out:
                out.write(text)
        except FileExistsError:
            self._show_message(self.tr("A file with that name already exists. Choose another name."))
            return False
        except (JournalError, OSError) as error:
            self._show_message(error_text(error))
            return False
        self._show_message(self.tr("%n deadline(s) exported. Delete the file when you no longer need it.", None,
                                   text.count("BEGIN:VEVENT")))  # fmt: skip
        return True

    def clear(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.clear()
            dialog.done(0)
        self._filling = True
        self.tree.clear()
        self._filling = False
        self.undo_bar.dismiss()
        self.undo_bar.label.clear()
        self._show_message("")
