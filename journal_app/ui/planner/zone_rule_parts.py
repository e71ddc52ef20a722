"""Parts of the zone rules dialog: the registration rule and the documents a stay needs (visas, the passport)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.holidays import shipped_calendars
from journal_app.core.registration import Registration
from journal_app.core.stays import PassportValidity, Visa

from .. import theme
from ..widgets.date_field import DateField
from .texts import format_date, from_qdate, to_qdate


class RegistrationBox(QGroupBox):
    """Whether and when to register: within K days, working days or hours; only for stays longer than M days; for
    each entry or each new address; the country whose public holidays count for working days."""

    def __init__(self, registration: Registration | None, planner: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._planner = planner
        self.dialog: HolidaysDialog | None = None
        self.holidays_button = QPushButton()
        self.holidays_button.clicked.connect(self.edit_holidays)
        self.register_check = QCheckBox()
        self.register_spin = QSpinBox()
        self.register_spin.setRange(0, 3660)
        self.unit_box = QComboBox()
        self.per_box = QComboBox()
        self.longer_check = QCheckBox()
        self.longer_spin = QSpinBox()
        self.longer_spin.setRange(0, 3660)
        self.calendar_label = QLabel()
        self.calendar_box = QComboBox()
        self.calendar_label.setBuddy(self.calendar_box)
        for code in sorted(shipped_calendars()):
            self.calendar_box.addItem(code, code)
        first = QHBoxLayout()
        first.addWidget(self.register_check)
        first.addWidget(self.register_spin)
        first.addWidget(self.unit_box)
        first.addWidget(self.per_box)
        first.addStretch(1)
        second = QHBoxLayout()
        second.addWidget(self.longer_check)
        second.addWidget(self.longer_spin)
        second.addSpacing(12)
        second.addWidget(self.calendar_label)
        second.addWidget(self.calendar_box)
        second.addWidget(self.holidays_button)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(first)
        layout.addLayout(second)
        self.retranslate()
        reg = registration
        self.register_check.setChecked(reg is not None)
        self.register_spin.setValue(reg.within if reg else 0)
        self.unit_box.setCurrentIndex(max(0, self.unit_box.findData(reg.unit if reg else "days")))
        self.per_box.setCurrentIndex(max(0, self.per_box.findData(reg.per if reg else "entry")))
        self.longer_check.setChecked(reg is not None and reg.if_longer_than is not None)
        self.longer_spin.setValue(reg.if_longer_than or 0 if reg else 0)
        if reg is not None and reg.calendar:
            if self.calendar_box.findData(reg.calendar) < 0:
                self.calendar_box.addItem(reg.calendar, reg.calendar)
            self.calendar_box.setCurrentIndex(self.calendar_box.findData(reg.calendar))
        for signal in (self.register_check.toggled, self.longer_check.toggled, self.unit_box.currentIndexChanged):
            signal.connect(self._enable)
        self._enable()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Registration"))
        self.register_check.setText(self.tr("Register &within"))
        self.register_check.setAccessibleName(self.tr("Registration is required after arrival"))
        self.register_spin.setAccessibleName(self.tr("Time to register"))
        units = {"days": self.tr("days"), "working_days": self.tr("working days"), "hours": self.tr("hours")}
        per = {"entry": self.tr("of each arrival"), "address": self.tr("of moving to each new address")}
        for box, names in ((self.unit_box, units), (self.per_box, per)):
            current = box.currentData()
            box.clear()
            for key, name in names.items():
                box.addItem(name, key)
            box.setCurrentIndex(max(0, box.findData(current)))
        self.unit_box.setAccessibleName(self.tr("Counted in"))
        self.per_box.setAccessibleName(self.tr("Counted from"))
        self.longer_check.setText(self.tr("only if the stay is longer than (days):"))
        self.longer_spin.setAccessibleName(self.tr("Stays up to this many days need no registration"))
        self.calendar_label.setText(self.tr("Public holidays o&f:"))
        self.calendar_box.setAccessibleName(self.tr("Public holidays of the country"))
        self.calendar_box.setToolTip(self.tr("Whose public holidays are skipped when counting working days"))
        self.holidays_button.setText(self.tr("Edit &holidays…"))
        self.holidays_button.setAccessibleName(self.tr("Edit the public holidays of the country"))

    def _enable(self) -> None:
        on = self.register_check.isChecked()
        for widget in (self.register_spin, self.unit_box, self.per_box, self.longer_check):
            widget.setEnabled(on)
        self.longer_spin.setEnabled(on and self.longer_check.isChecked())
        self.calendar_box.setEnabled(on and self.unit_box.currentData() == "working_days")
        self.calendar_label.setEnabled(self.calendar_box.isEnabled())
        self.holidays_button.setEnabled(self.calendar_box.isEnabled() and self._planner is not None)

    def edit_holidays(self) -> HolidaysDialog | None:
        """Open the chosen country's holidays (window-modal; the dialog is returned for tests)."""
        if self._planner is None:
            return None
        self.dialog = HolidaysDialog(self._planner, str(self.calendar_box.currentData()), self.window())
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.open()
        return self.dialog

    def registration(self) -> Registration | None:
        if not self.register_check.isChecked():
            return None
        unit = str(self.unit_box.currentData())
        return Registration(
            self.register_spin.value(),
            unit,
            self.longer_spin.value() if self.longer_check.isChecked() else None,
            str(self.per_box.currentData()),
            str(self.calendar_box.currentData()) if unit == "working_days" else None,
        )


class DocumentsBox(QGroupBox):
    """The passport rule (valid N months beyond the exit) and the zone's visas: validity, entries, own day limit."""

    def __init__(self, visas: tuple[Visa, ...], passport: PassportValidity | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._passport = passport
        self.passport_check = QCheckBox()
        self.passport_spin = QSpinBox()
        self.passport_spin.setRange(0, 120)
        self.visas = QTableWidget(0, 4)
        self.visas.verticalHeader().hide()
        self.visas.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_visa_button = QPushButton()
        self.remove_visa_button = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.passport_check)
        row.addWidget(self.passport_spin)
        row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_visa_button)
        buttons.addWidget(self.remove_visa_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.visas, 1)
        layout.addLayout(buttons)
        self.add_visa_button.clicked.connect(lambda: self.add_visa(None))
        self.remove_visa_button.clicked.connect(self.remove_visa)
        self.passport_check.toggled.connect(self.passport_spin.setEnabled)
        self.retranslate()
        self.passport_check.setChecked(passport is not None)
        self.passport_spin.setEnabled(passport is not None)
        self.passport_spin.setValue(passport.months if passport else 3)
        for visa in visas:
            self.add_visa(visa)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Visas and passport"))
        self.passport_check.setText(self.tr("The &passport must be valid this many months after the exit:"))
        self.passport_spin.setAccessibleName(self.tr("Months the passport must stay valid after the exit"))
        self.visas.setHorizontalHeaderLabels(
            [self.tr("Valid from"), self.tr("Valid until"), self.tr("Entries (0: multiple)"), self.tr("Days (0: any)")]
        )
        self.visas.setAccessibleName(self.tr("Visas; with any listed, a stay needs one"))
        self.add_visa_button.setText(self.tr("Add &visa"))
        self.remove_visa_button.setText(self.tr("Remove visa"))
        self.remove_visa_button.setAccessibleName(self.tr("Remove the selected visa"))

    def add_visa(self, visa: Visa | None) -> None:
        today = date.today()
        row = self.visas.rowCount()
        self.visas.insertRow(row)
        start, end = DateField(), DateField()
        for edit, day, name in ((start, visa.valid_from if visa else today, self.tr("Visa valid from")),
                                (end, visa.valid_until if visa else today, self.tr("Visa valid until"))):  # fmt: skip
            edit.setCalendarPopup(True)
            edit.setDate(to_qdate(day))
            edit.setAccessibleName(name)
        entries, days = QSpinBox(), QSpinBox()
        entries.setRange(0, 99)
        entries.setValue(visa.entries or 0 if visa else 0)
        entries.setAccessibleName(self.tr("Entries the visa allows (0: multiple)"))
        days.setRange(0, 3660)
        days.setValue(visa.days or 0 if visa else 0)
        days.setAccessibleName(self.tr("Days of stay the visa allows (0: only the zone's rules)"))
        for column, widget in enumerate((start, end, entries, days)):
            self.visas.setCellWidget(row, column, widget)
        self.visas.resizeColumnsToContents()

    def remove_visa(self) -> None:
        row = self.visas.currentRow()
        if row < 0:
            row = self.visas.rowCount() - 1
        if row >= 0:
            self.visas.removeRow(row)

    def visa_list(self) -> list[Visa] | None:
        """The visas in the table (None: one ends before it starts)."""
        found = []
        for row in range(self.visas.rowCount()):
            start, end, entries, days = (self.visas.cellWidget(row, c) for c in range(4))
            assert isinstance(start, DateField) and isinstance(end, DateField)
            assert isinstance(entries, QSpinBox) and isinstance(days, QSpinBox)
            first, last = from_qdate(start.date()), from_qdate(end.date())
            if last < first:
                return None
            found.append(Visa(first, last, entries.value() or None, days.value() or None))
        return found

    def passport(self) -> PassportValidity | None:
        if not self.passport_check.isChecked():
            return None
        keep = self._passport.document_id if self._passport is not None else None
        return PassportValidity(self.passport_spin.value(), keep)


class HolidaysDialog(QDialog):
    """A country's public holidays for counting working days: the shipped list (its source, years and what it leaves
    out are shown) or the vault's edited copy; days off and moved working days can be added and removed."""

    def __init__(self, planner: Any, country: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._planner = planner
        self._calendar = planner.holiday_calendar(country)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.days_off = QListWidget()
        self.working = QListWidget()
        self.date_edit = DateField()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(to_qdate(date.today()))
        self.add_off_button = QPushButton()
        self.add_working_button = QPushButton()
        self.remove_button = QPushButton()
        self.days_off_label, self.working_label = QLabel(), QLabel()
        self.days_off_label.setBuddy(self.days_off)
        self.working_label.setBuddy(self.working)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        lists = QHBoxLayout()
        for label, widget in ((self.days_off_label, self.days_off), (self.working_label, self.working)):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(widget, 1)
            lists.addLayout(column, 1)
        adding = QHBoxLayout()
        for part in (self.date_edit, self.add_off_button, self.add_working_button, self.remove_button):
            adding.addWidget(part)
        adding.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(lists, 1)
        layout.addLayout(adding)
        layout.addWidget(self.buttons)
        self.add_off_button.clicked.connect(lambda: self._add(self.days_off))
        self.add_working_button.clicked.connect(lambda: self._add(self.working))
        self.remove_button.clicked.connect(self._remove)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for day in sorted(self._calendar.holidays):
            self._put(self.days_off, day)
        for day in sorted(self._calendar.working_days):
            self._put(self.working, day)
        self.retranslate()
        self.resize(560, 480)
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    def retranslate(self) -> None:
        cal = self._calendar
        self.setWindowTitle(self.tr("Public holidays"))
        years = ", ".join(str(y) for y in cal.years) or self.tr("none: only weekends are known")
        self.info.setText(
            self.tr("%1. Years covered: %2. Written %3.").replace("%1", cal.title).replace("%2", years)
            .replace("%3", cal.written or "—") + ("\n" + cal.source if cal.source else "")
            + ("\n" + self.tr("Not included: %1").replace("%1", cal.not_included) if cal.not_included else "")
        )  # fmt: skip
        self.days_off_label.setText(self.tr("&Days off"))
        self.working_label.setText(self.tr("&Working weekend days"))
        self.date_edit.setAccessibleName(self.tr("Day to add"))
        self.add_off_button.setText(self.tr("Add day &off"))
        self.add_working_button.setText(self.tr("Add wor&king day"))
        self.remove_button.setText(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected day"))

    @staticmethod
    def _put(target: QListWidget, day: date) -> None:
        item = QListWidgetItem(format_date(day, long=True))
        item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
        target.addItem(item)

    def _add(self, target: QListWidget) -> None:
        day = from_qdate(self.date_edit.date())
        if day.isoformat() not in self._days(target):
            self._put(target, day)
            items = sorted((target.takeItem(0) for _ in range(target.count())),
                           key=lambda i: str(i.data(Qt.ItemDataRole.UserRole)))  # fmt: skip
            for item in items:
                target.addItem(item)

    def _remove(self) -> None:
        for target in (self.days_off, self.working):
            for item in target.selectedItems():
                target.takeItem(target.row(item))

    @staticmethod
    def _days(target: QListWidget) -> list[str]:
        return [str(target.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(target.count())]

    def save(self) -> None:
        holidays = [date.fromisoformat(d) for d in self._days(self.days_off)]
        working = [date.fromisoformat(d) for d in self._days(self.working)]
        years = tuple(sorted({*self._calendar.years, *(d.year for d in holidays)}))
        self._planner.save_holiday_calendar(
            replace(self._calendar, years=years, holidays=frozenset(holidays), working_days=frozenset(working))
        )
        self.accept()
