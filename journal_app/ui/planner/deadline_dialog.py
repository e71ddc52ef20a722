"""Add or edit a deadline: title, due date (a date, or N days before the latest exit of a zone, moving with its trips),
optional time, reminder lead, notes, repeat."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, QEvent, QTime
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
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.core.planner import deadline_warnings

from .. import theme
from ..widgets.date_field import DateField
from . import edits, prompts
from .forms import set_row_label
from .texts import confirm_dates_text, error_text, format_date, from_qdate, to_qdate, zone_title

REPEATS = ("none", "yearly", "monthly", "every")
#: how the due date is set: a date chosen, or computed from the zone's stay answer (the core's due_rule kind "stay")
DUE_KINDS = ("date", "latest_exit")


def stay_rule(item: Any) -> dict[str, Any] | None:
    """The deadline's "days before a date of a stay answer" rule, or None."""
    try:
        rule = json.loads(item.due_rule) if item is not None and item.due_rule else None
    except ValueError:
        return None
    return rule if isinstance(rule, dict) and rule.get("kind") == "stay" else None


class DeadlineDialog(QDialog):
    """On OK it saves through the core and accepts; `saved_id` is the deadline's id afterwards."""

    def __init__(
        self,
        planner: Any,
        deadline: Any = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._planner = planner
        self._deadline = deadline
        self.saved_id: str | None = None

        self.title_edit = QLineEdit()
        self.due_kind = QComboBox()
        self.due_edit = DateField()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDate(QDate.currentDate())
        self.before_spin = QSpinBox()
        self.before_spin.setRange(0, 3660)
        self.before_spin.setValue(30)
        self.zone_box = QComboBox()
        self.has_time = QCheckBox()
        self.time_edit = QTimeEdit()
        self.time_edit.setTime(QTime(9, 0))
        self.time_edit.setEnabled(False)
        self.remind_spin = QSpinBox()
        self.remind_spin.setRange(0, 365)
        self.repeat_box = QComboBox()
        self.every_spin = QSpinBox()
        self.every_spin.setRange(1, 3650)
        self.every_spin.setValue(30)
        self.every_spin.setEnabled(False)
        self.link_box = QComboBox()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

        self.form = QFormLayout()
        self.form.addRow("", self.title_edit)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_kind)
        due_row.addWidget(self.due_edit, 1)
        self.form.addRow("", due_row)
        before_row = QHBoxLayout()
        before_row.addWidget(self.before_spin)
        before_row.addWidget(self.zone_box, 1)
        self.form.addRow("", before_row)
        time_row = QHBoxLayout()
        time_row.addWidget(self.has_time)
        time_row.addWidget(self.time_edit, 1)
        self.form.addRow("", time_row)
        self.form.addRow("", self.remind_spin)
        repeat_row = QHBoxLayout()
        repeat_row.addWidget(self.repeat_box, 1)
        repeat_row.addWidget(self.every_spin)
        self.form.addRow("", repeat_row)
        self.form.addRow("", self.link_box)
        self.form.addRow("", self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.has_time.toggled.connect(self.time_edit.setEnabled)
        self.repeat_box.currentIndexChanged.connect(
            lambda: self.every_spin.setEnabled(self.repeat_box.currentData() == "every")
        )
        self.due_kind.currentIndexChanged.connect(self._show_due_kind)
        order = [self.title_edit, self.due_kind, self.due_edit, self.before_spin, self.zone_box, self.has_time,
                 self.time_edit, self.remind_spin, self.repeat_box, self.every_spin, self.link_box,
                 self.notes_edit]  # fmt: skip
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.retranslate()
        self._fill(deadline)
        self._show_due_kind()
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit deadline") if self._deadline else self.tr("New deadline"))
        labels = [self.tr("&Title:"), self.tr("&Due:"), self.tr("Be&fore:"), self.tr("T&ime:"), self.tr("&Remind:"),
                  self.tr("Re&peat:"), self.tr("&Linked to:"), self.tr("N&otes:")]  # fmt: skip
        buddies = [self.title_edit, self.due_kind, self.before_spin, self.has_time, self.remind_spin, self.repeat_box,
                   self.link_box, self.notes_edit]  # fmt: skip
        for row, (text, buddy) in enumerate(zip(labels, buddies, strict=True)):
            set_row_label(self.form, row, text, buddy)
        current = self.repeat_box.currentData()
        self.repeat_box.blockSignals(True)
        self.repeat_box.clear()
        for key, text in zip(
            REPEATS,
            [self.tr("Does not repeat"), self.tr("Every year"), self.tr("Every month"), self.tr("Every N days")],
            strict=True,
        ):
            self.repeat_box.addItem(text, key)
        self.repeat_box.setCurrentIndex(max(0, self.repeat_box.findData(current)))
        self.repeat_box.blockSignals(False)
        self.title_edit.setAccessibleName(self.tr("Title"))
        current = self.due_kind.currentData()
        self.due_kind.blockSignals(True)
        self.due_kind.clear()
        for key, text in zip(DUE_KINDS, [self.tr("On a date"), self.tr("Before the latest exit")], strict=True):
            self.due_kind.addItem(text, key)
        self.due_kind.setCurrentIndex(max(0, self.due_kind.findData(current)))
        self.due_kind.blockSignals(False)
        self.due_kind.setAccessibleName(self.tr("How the due date is set"))
        self.before_spin.setSuffix(self.tr(" days before the latest exit from"))
        self.before_spin.setSpecialValueText(self.tr("On the day of the latest exit from"))
        self.before_spin.setAccessibleName(self.tr("Days before the latest exit"))
        self.before_spin.setToolTip(
            self.tr("The due date follows the zone's stay answer: it moves when you add or change a trip.")
        )
        self.zone_box.setAccessibleName(self.tr("Zone whose latest exit the deadline is counted from"))
        self._fill_zones()
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.has_time.setText(self.tr("At a time"))
        self.has_time.setAccessibleName(self.tr("The deadline has a time of day"))
        self.time_edit.setAccessibleName(self.tr("Time"))
        self.remind_spin.setSuffix(self.tr(" days before"))
        self.remind_spin.setSpecialValueText(self.tr("On the day"))
        self.remind_spin.setAccessibleName(self.tr("Reminder, days before the due date"))
        self.repeat_box.setAccessibleName(self.tr("Repeat"))
        self.every_spin.setSuffix(self.tr(" days"))
        self.every_spin.setAccessibleName(self.tr("Repeat every this many days"))
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.link_box.setAccessibleName(self.tr("The document or trip this deadline belongs to"))
        self._fill_links()

    def _fill_zones(self) -> None:
        """Every zone by its title (kept when the language changes)."""
        current = self.zone_box.currentData()
        rule = stay_rule(self._deadline)
        self.zone_box.clear()
        try:
            for zone in self._planner.zones():
                self.zone_box.addItem(zone_title(zone), zone.name)
                if current is None and rule is not None and rule.get("zone") == zone.id:
                    current = zone.name
        except JournalError:
            pass
        self.zone_box.setCurrentIndex(max(0, self.zone_box.findData(current)) if self.zone_box.count() else -1)

    def _show_due_kind(self) -> None:
        """A computed date cannot be typed, repeat or belong to a document or trip: those fields rest meanwhile."""
        computed = self.due_kind.currentData() == "latest_exit"
        self.form.setRowVisible(2, computed)
        self.due_edit.setEnabled(not computed)
        for widget in (self.repeat_box, self.link_box):
            widget.setEnabled(not computed)
        self.every_spin.setEnabled(not computed and self.repeat_box.currentData() == "every")

    def _fill_links(self) -> None:
        """Nothing, each document, each trip: what the deadline is about (kept when the language changes)."""
        current = self.link_box.currentData()
        if current is None and self._deadline is not None:
            if self._deadline.document_id:
                current = "document:" + self._deadline.document_id
            elif self._deadline.trip_id:
                current = "trip:" + self._deadline.trip_id
        self.link_box.clear()
        self.link_box.addItem(self.tr("Nothing"), "")
        try:
            for doc in self._planner.documents():
                self.link_box.addItem(self.tr("Document: %1").replace("%1", doc.title), "document:" + doc.id)
            for trip in self._planner.trips():
                zone = zone_title(self._planner.zone(trip.zone))
                self.link_box.addItem(
                    self.tr("Trip: %1, from %2").replace("%1", zone).replace("%2", format_date(trip.entry)),
                    "trip:" + trip.id,
                )
        except JournalError:
            pass
        found = self.link_box.findData(current) if current else 0
        self.link_box.setCurrentIndex(max(0, found))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill(self, item: Any) -> None:
        if item is None:
            return
        self.title_edit.setText(item.title)
        self.due_edit.setDate(to_qdate(item.due))
        if item.due_time:
            self.has_time.setChecked(True)
            self.time_edit.setTime(QTime.fromString(item.due_time, "HH:mm"))
        self.remind_spin.setValue(item.remind_days)
        repeat = item.repeat or "none"
        if repeat.startswith("every:"):
            self.every_spin.setValue(int(repeat[6:]))
            repeat = "every"
        self.repeat_box.setCurrentIndex(max(0, self.repeat_box.findData(repeat)))
        self.notes_edit.setPlainText(item.notes)
        rule = stay_rule(item)
        if rule is not None and rule.get("point") == "latest_exit":
            self.due_kind.setCurrentIndex(self.due_kind.findData("latest_exit"))
            self.before_spin.setValue(int(rule.get("days_before", 0)))

    def fields(self) -> dict[str, Any]:
        key = self.repeat_box.currentData()
        repeat = None if key == "none" else f"every:{self.every_spin.value()}" if key == "every" else key
        return {
            "title": self.title_edit.text().strip(),
            "due": from_qdate(self.due_edit.date()),
            "due_time": self.time_edit.time().toString("HH:mm") if self.has_time.isChecked() else None,
            "remind_days": self.remind_spin.value(),
            "notes": self.notes_edit.toPlainText(),
            "repeat": repeat,
            **self._link(),
        }

    def _link(self) -> dict[str, str | None]:
        kind, _, item_id = str(self.link_box.currentData() or "").partition(":")
        return {"document_id": item_id if kind == "document" else None, "trip_id": item_id if kind == "trip" else None}

    def save(self) -> None:
        fields = self.fields()
        if not fields["title"]:
            self.error_label.setText(self.tr("Give the deadline a title."))
            self.error_label.show()
            self.title_edit.setFocus()
            return
        if not self._confirm_dates(fields):
            self.due_edit.setFocus()
            return
        try:
            if self.due_kind.currentData() == "latest_exit":
                zone = self.zone_box.currentData()
                if not zone:
                    self.error_label.setText(self.tr("Add a zone first: the date is counted from its trips."))
                    self.error_label.show()
                    return
                saved = edits.save_stay_deadline(self._planner, self._deadline, fields, zone, self.before_spin.value())
            else:
                fixed = self._deadline is not None and stay_rule(self._deadline) is not None
                saved = edits.save_deadline(self._planner, self._deadline.id if self._deadline else None, fields,
                                            fixed=fixed)  # fmt: skip
        except JournalError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            return
        self.saved_id = saved.id
        self.accept()

    def _confirm_dates(self, fields: dict[str, Any]) -> bool:
        """Ask about unusual dates; an edit that keeps the dates as they were saved asks nothing (they were
        answered for when they were typed), nor does a date computed from a stay answer."""
        if self.due_kind.currentData() == "latest_exit":
            return True
        dates = (fields["due"], fields["remind_days"], fields["repeat"])
        old = self._deadline
        if old is not None and dates == (old.due, old.remind_days, old.repeat):
            return True
        warnings = deadline_warnings(fields["due"], self._today(), remind_days=fields["remind_days"],
                                     repeat=fields["repeat"])  # fmt: skip
        return not warnings or prompts.confirm(
            self, self.windowTitle(), confirm_dates_text(warnings), self.tr("Save anyway")
        )

    def clear(self) -> None:
        self.title_edit.clear()
        self.notes_edit.clear()
        self.link_box.clear()
        self.zone_box.clear()
        self.error_label.clear()
