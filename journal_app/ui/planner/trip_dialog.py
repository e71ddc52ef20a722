"""Add or edit a trip: entry day, exit day or "still there", and whether its days count (not under a residence
permit or a long-stay visa)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError, TripOverlaps
from journal_app.core.planner import trip_warnings

from .. import theme
from ..widgets.date_field import DateField
from . import edits, prompts
from .forms import set_row_label
from .texts import confirm_dates_text, error_text, from_qdate, overlap_text, to_qdate


class TripDialog(QDialog):
    """On OK it saves through the core and accepts; `saved_id` is the trip's id afterwards."""

    def __init__(
        self,
        planner: Any,
        zone: Any,
        trip: Any = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._planner = planner
        self._zone = zone
        self._trip = trip
        self.saved_id: str | None = None

        self.entry_edit = DateField()
        self.exit_edit = DateField()
        for edit in (self.entry_edit, self.exit_edit):
            edit.setCalendarPopup(True)
            edit.setDate(QDate.currentDate())
        self.still_there = QCheckBox()
        self.resident = QCheckBox()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.form = QFormLayout()
        self.form.addRow("", self.entry_edit)
        exit_row = QHBoxLayout()
        exit_row.addWidget(self.exit_edit, 1)
        exit_row.addWidget(self.still_there)
        self.form.addRow("", exit_row)
        self.form.addRow("", self.resident)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.still_there.toggled.connect(lambda on: self.exit_edit.setEnabled(not on))
        QWidget.setTabOrder(self.entry_edit, self.exit_edit)
        QWidget.setTabOrder(self.exit_edit, self.still_there)
        QWidget.setTabOrder(self.still_there, self.resident)
        self.retranslate()
        if trip is not None:
            self.entry_edit.setDate(to_qdate(trip.entry))
            self.still_there.setChecked(trip.exit is None)
            if trip.exit is not None:
                self.exit_edit.setDate(to_qdate(trip.exit))
            self.resident.setChecked(not trip.counts)
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit trip") if self._trip else self.tr("New trip"))
        for row, (text, buddy) in enumerate(
            [(self.tr("&Entry:"), self.entry_edit), (self.tr("E&xit:"), self.exit_edit), ("", self.resident)]
        ):
            set_row_label(self.form, row, text, buddy)
        self.entry_edit.setAccessibleName(self.tr("Entry date"))
        self.exit_edit.setAccessibleName(self.tr("Exit date"))
        self.still_there.setText(self.tr("&Still there"))
        self.still_there.setAccessibleName(self.tr("Still there, no exit date yet"))
        self.resident.setText(self.tr("Under a residence permit or long-stay visa (days do not count)"))
        self.resident.setAccessibleName(self.tr("Days under a residence permit do not count"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save(self) -> None:
        entry = from_qdate(self.entry_edit.date())
        exit_day = None if self.still_there.isChecked() else from_qdate(self.exit_edit.date())
        if exit_day is not None and exit_day < entry:
            self.error_label.setText(self.tr("The exit date is before the entry date."))
            self.error_label.show()
            return
        warnings = trip_warnings(entry, exit_day, self._today())
        title = self.windowTitle()
        if warnings and not prompts.confirm(self, title, confirm_dates_text(warnings), self.tr("Save anyway")):
            self.entry_edit.setFocus()
            return
        save = partial(
            edits.save_trip,
            self._planner,
            self._trip.id if self._trip else None,
            zone=self._zone.name,
            entry=entry,
            exit=exit_day,
            counts=not self.resident.isChecked(),
            registration_title=self.tr("Register arrival: {zone}"),
        )
        try:
            try:
                trip = save()
            except TripOverlaps as overlap:
                if not prompts.confirm(self, title, overlap_text(overlap), self.tr("Save anyway")):
                    self.entry_edit.setFocus()
                    return
                trip = save(allow_overlap=True)
        except JournalError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            return
        self.saved_id = trip.id
        self.accept()

    def clear(self) -> None:
        self.error_label.clear()
