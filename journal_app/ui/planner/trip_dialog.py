"""Add or edit a trip: entry day, exit day or "still there", whether its days count (not under a residence permit or
a long-stay visa), and the country and border crossed (for zones whose members joined on different dates)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
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
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import InvalidInput, JournalError, TripOverlaps
from journal_app.core.planner import BORDERS, check_crossing, trip_warnings

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
        self.country_box = QComboBox()
        self.country_box.setEditable(True)
        self.country_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.border_box = QComboBox()
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
        self.form.addRow("", self.country_box)
        self.form.addRow("", self.border_box)
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
        QWidget.setTabOrder(self.resident, self.country_box)
        QWidget.setTabOrder(self.country_box, self.border_box)
        self._fill_countries()
        self.retranslate()
        if trip is not None:
            self.entry_edit.setDate(to_qdate(trip.entry))
            self.still_there.setChecked(trip.exit is None)
            if trip.exit is not None:
                self.exit_edit.setDate(to_qdate(trip.exit))
            self.resident.setChecked(not trip.counts)
            self.country_box.setEditText(trip.country)
            self.border_box.setCurrentIndex(max(0, self.border_box.findData(trip.border)))
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    def _fill_countries(self) -> None:
        """The zone's member countries (in the order they joined), offered first; any other code can be typed."""
        codes: list[str] = []
        for member in sorted(getattr(self._zone, "members", ()) or (), key=lambda m: (m.since, m.country)):
            if member.country.upper() not in codes:
                codes.append(member.country.upper())
        self.country_box.addItem("")
        self.country_box.addItems(codes)
        self.country_box.setEditText("")

    def country(self) -> str:
        return self.country_box.currentText().strip().upper()

    def border(self) -> str:
        return str(self.border_box.currentData() or "")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit trip") if self._trip else self.tr("New trip"))
        for row, (text, buddy) in enumerate(
            [
                (self.tr("&Entry:"), self.entry_edit),
                (self.tr("E&xit:"), self.exit_edit),
                ("", self.resident),
                (self.tr("&Country:"), self.country_box),
                (self.tr("&Border:"), self.border_box),
            ]
        ):
            set_row_label(self.form, row, text, buddy)
        self.entry_edit.setAccessibleName(self.tr("Entry date"))
        self.exit_edit.setAccessibleName(self.tr("Exit date"))
        self.still_there.setText(self.tr("&Still there"))
        self.still_there.setAccessibleName(self.tr("Still there, no exit date yet"))
        self.resident.setText(self.tr("Under a residence permit or long-stay visa (days do not count)"))
        self.resident.setAccessibleName(self.tr("Days under a residence permit do not count"))
        self.country_box.setAccessibleName(self.tr("Country entered, a two- or three-letter code"))
        self.country_box.setToolTip(
            self.tr("For zones whose members joined on different dates: the country you entered (BG, RO, HR).")
        )
        line = self.country_box.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Any member"))
        current = self.border_box.currentData()
        self.border_box.clear()
        names = [self.tr("Unknown"), self.tr("By air"), self.tr("By sea"), self.tr("By land")]
        for key, text in zip(BORDERS, names, strict=True):
            self.border_box.addItem(text, key)
        self.border_box.setCurrentIndex(max(0, self.border_box.findData(current)))
        self.border_box.setAccessibleName(self.tr("How you crossed the border"))

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
        try:
            check_crossing(self.country(), self.border())
        except InvalidInput:
            self.error_label.setText(self.tr("The country is a two- or three-letter code, such as BG or HR."))
            self.error_label.show()
            self.country_box.setFocus()
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
            country=self.country(),
            border=self.border(),
            registration_title=self.tr("Register arrival: {zone}"),
            registration_note=self.tr("Public holidays of {year} are not known: only weekends were skipped."),
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
