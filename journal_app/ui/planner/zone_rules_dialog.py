"""A zone's rules, editable: each rule's type and numbers; registration after arrival; visas and the passport rule.

Members of a zone by date (Schengen) are kept as they are: the dialog does not show them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.core.planner import zone_item_from_json
from journal_app.core.registration import Registration
from journal_app.core.stays import (
    MaxEntries,
    Member,
    MinOutside,
    PassportValidity,
    PerEntryMonths,
    RollingMonths,
    RollingWindow,
    Rule,
    Visa,
)

from .. import theme
from .texts import error_text, rule_kind_names, zone_title
from .zone_rule_parts import DocumentsBox, RegistrationBox

#: what the two number columns hold for each rule kind: (first key, second key or None)
_FIELDS: dict[str, tuple[str, str | None]] = {
    "rolling": ("limit", "window"),
    "per_entry": ("limit", None),
    "calendar_year": ("limit", None),
    "per_entry_months": ("months", None),
    "rolling_months": ("limit", "months"),
    "max_entries": ("limit", "window"),
    "min_outside": ("days", None),
}


def _numbers(rule: Rule) -> tuple[int, int]:
    if isinstance(rule, PerEntryMonths):
        return rule.months, 12
    if isinstance(rule, RollingMonths):
        return rule.limit, rule.months
    if isinstance(rule, MinOutside):
        return rule.days, 180
    if isinstance(rule, (RollingWindow, MaxEntries)):
        return rule.limit, rule.window
    return rule.limit, 180


class ZoneRulesDialog(QDialog):
    """Edit a zone's rules; with `zone=None`, create a zone (a country or area not among the presets)."""

    def __init__(self, planner: Any, zone: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._planner = planner
        self._zone = zone
        self.created_name: str | None = None
        self.zone_label = QLabel()
        self.name_label = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.name_label.setBuddy(self.name_edit)
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.registration_box = RegistrationBox(zone.registration if zone is not None else None, planner)
        self.documents_box = DocumentsBox(zone.visas if zone is not None else (),
                                          zone.passport if zone is not None else None)  # fmt: skip
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.name_edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.zone_label)
        layout.addLayout(name_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.registration_box)
        layout.addWidget(self.documents_box, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(lambda: self.add_rule(RollingWindow(90, 180)))
        self.remove_button.clicked.connect(self.remove_rule)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        for rule in zone.rules if zone is not None else (RollingWindow(90, 180),):
            self.add_rule(rule)
        self.zone_label.hide()  # the name field says which zone it is, and renames it
        if zone is not None:
            self.name_edit.setText(zone_title(zone))
        self.resize(640, 620)
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    def retranslate(self) -> None:
        # The window title stays generic (the zone says where the person is); the zone is named inside.
        self.setWindowTitle(self.tr("Zone rules") if self._zone is not None else self.tr("New zone"))
        self.zone_label.setText(zone_title(self._zone) if self._zone is not None else "")
        self.name_label.setText(self.tr("Country or &area:"))
        self.name_edit.setAccessibleName(self.tr("Name of the country or area"))
        self.table.setHorizontalHeaderLabels([self.tr("Rule"), self.tr("Number"), self.tr("Window or months")])
        self.table.setAccessibleName(self.tr("Rules; all must hold"))
        self.add_button.setText(self.tr("&Add rule"))
        self.add_button.setAccessibleName(self.tr("Add a rule"))
        self.remove_button.setText(self.tr("&Remove rule"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected rule"))
        self.registration_box.retranslate()
        self.documents_box.retranslate()
        names = rule_kind_names()
        for row in range(self.table.rowCount()):
            box = self.table.cellWidget(row, 0)
            if isinstance(box, QComboBox):
                for i in range(box.count()):
                    box.setItemText(i, names.get(box.itemData(i), box.itemData(i)))
                self._update_row(row)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_rule(self, rule: Rule) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = QComboBox()
        for key, name in rule_kind_names().items():
            kind.addItem(name, key)
        kind.setCurrentIndex(kind.findData(rule.kind))
        kind.setAccessibleName(self.tr("Rule type"))
        first_value, second_value = _numbers(rule)
        first, second = QSpinBox(), QSpinBox()
        for spin, value in ((first, first_value), (second, second_value)):
            spin.setRange(1, 3660)
            spin.setValue(value)
        self.table.setCellWidget(row, 0, kind)
        self.table.setCellWidget(row, 1, first)
        self.table.setCellWidget(row, 2, second)
        kind.currentIndexChanged.connect(lambda: self._update_row(self._row_of(kind)))
        self._update_row(row)
        self.table.resizeColumnsToContents()

    def _row_of(self, widget: QWidget) -> int:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, 0) is widget:
                return row
        return -1

    def _update_row(self, row: int) -> None:
        """Name what each number of the row means for its rule type (days, months, entries)."""
        box, first, second = (self.table.cellWidget(row, c) for c in range(3))
        if not isinstance(box, QComboBox) or not isinstance(first, QSpinBox) or not isinstance(second, QSpinBox):
            return
        one, two = _FIELDS.get(str(box.currentData()), ("limit", None))
        names = {
            "limit": (self.tr(" days") if box.currentData() != "max_entries" else self.tr(" entries")),
            "months": self.tr(" months"),
            "days": self.tr(" days"),
            "window": self.tr(" days"),
        }
        spoken = {
            "limit": self.tr("Days allowed") if box.currentData() != "max_entries" else self.tr("Entries allowed"),
            "months": self.tr("Months"),
            "days": self.tr("Days outside before entering again"),
            "window": self.tr("Window in days"),
        }
        first.setSuffix(names[one])
        first.setAccessibleName(spoken[one])
        second.setEnabled(two is not None)
        # a rule with one number shows the second cell empty, and keeps its number for a change of type back
        if two is None and not second.specialValueText():
            second.setProperty("kept", second.value())
            second.setSpecialValueText("—")
            second.setValue(second.minimum())
        elif two is not None and second.specialValueText():
            second.setSpecialValueText("")
            second.setValue(int(second.property("kept") or 180))
        second.setSuffix(names[two] if two else "")
        second.setAccessibleName(spoken[two] if two else self.tr("Not used by this rule"))
        first.setMaximum(120 if one == "months" else 3660)
        second.setMaximum(120 if two == "months" else 3660)
        self.table.resizeColumnsToContents()

    def remove_rule(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)

    def rules(self) -> list[Rule]:
        """The rules of the table, read by the core's own reader (its checks and messages)."""
        rules: list[Rule] = []
        for row in range(self.table.rowCount()):
            box, first, second = (self.table.cellWidget(row, c) for c in range(3))
            if not isinstance(box, QComboBox) or not isinstance(first, QSpinBox) or not isinstance(second, QSpinBox):
                continue
            kind = str(box.currentData())
            one, two = _FIELDS.get(kind, ("limit", None))
            data = {"kind": kind, one: first.value()}
            if two is not None:
                data[two] = second.value()
            item = zone_item_from_json(data)
            if not isinstance(item, (Registration, Visa, PassportValidity, Member)):
                rules.append(item)
        return rules

    def _window_too_short(self) -> bool:
        for row in range(self.table.rowCount()):
            box, first, second = (self.table.cellWidget(row, c) for c in range(3))
            if isinstance(box, QComboBox) and isinstance(first, QSpinBox) and isinstance(second, QSpinBox):
                if box.currentData() in ("rolling", "max_entries") and second.value() < first.value():
                    return True
        return False

    def save(self) -> None:
        if self._window_too_short():
            self._error(self.tr("A window must be at least as long as the days allowed in it."))
            return
        try:
            rules = self.rules()
            registration = self.registration_box.registration()
        except JournalError:
            self._error(self.tr("A rule's numbers do not fit together: please check them."))
            return
        if not rules:
            self._error(self.tr("A zone needs at least one rule."))
            return
        visas = self.documents_box.visa_list()
        if visas is None:
            self._error(self.tr("A visa cannot end before it starts."))
            return
        passport = self.documents_box.passport()
        extra = {"registration": registration, "visas": visas, "passport": passport}
        try:
            if self._zone is None:
                name = " ".join(self.name_edit.text().split())
                if not name:
                    self._error(self.tr("Please give the country or area a name."))
                    self.name_edit.setFocus()
                    return
                taken = {z.name.casefold() for z in self._planner.zones()}
                if name.casefold() in taken:
                    self._error(self.tr("There is already a zone with this name."))
                    self.name_edit.setFocus()
                    return
                self._planner.save_zone(name, title=name, rules=rules, **extra)
                self.created_name = name
            else:
                title = " ".join(self.name_edit.text().split())
                if not title:
                    self._error(self.tr("Please give the country or area a name."))
                    self.name_edit.setFocus()
                    return
                if title == zone_title(self._zone):  # unchanged (perhaps a translated preset title): keep it
                    title = self._zone.title
                self._planner.save_zone(self._zone.name, title=title, rules=rules, note=self._zone.note, **extra)
        except JournalError as error:
            self._error(error_text(error))
            return
        self.accept()

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def clear(self) -> None:
        self.zone_label.clear()
        self.name_edit.clear()
        self.table.setRowCount(0)
