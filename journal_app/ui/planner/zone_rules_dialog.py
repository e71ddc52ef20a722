"""A zone's rules, editable: each rule's type, limit and window; the days to register after arrival."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.core.stays import CalendarYear, PerEntry, RollingWindow, Rule

from .texts import error_text, rule_kind_names, zone_title


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
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.register_check = QCheckBox()
        self.register_spin = QSpinBox()
        self.register_spin.setRange(0, 365)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        register_row = QHBoxLayout()
        register_row.addWidget(self.register_check)
        register_row.addWidget(self.register_spin)
        register_row.addStretch(1)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.name_edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.zone_label)
        layout.addLayout(name_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addLayout(register_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(lambda: self.add_rule(RollingWindow(90, 180)))
        self.remove_button.clicked.connect(self.remove_rule)
        self.register_check.toggled.connect(self.register_spin.setEnabled)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        for rule in zone.rules if zone is not None else (RollingWindow(90, 180),):
            self.add_rule(rule)
        register_within = zone.register_within if zone is not None else None
        self.register_check.setChecked(register_within is not None)
        self.register_spin.setEnabled(register_within is not None)
        self.register_spin.setValue(register_within or 0)
        self.zone_label.hide()  # the name field says which zone it is, and renames it
        if zone is not None:
            self.name_edit.setText(zone_title(zone))
        self.resize(560, 340)

    def retranslate(self) -> None:
        # The window title stays generic (the zone says where the person is); the zone is named inside.
        self.setWindowTitle(self.tr("Zone rules") if self._zone is not None else self.tr("New zone"))
        self.zone_label.setText(zone_title(self._zone) if self._zone is not None else "")
        self.name_label.setText(self.tr("Country or &area:"))
        self.name_edit.setAccessibleName(self.tr("Name of the country or area"))
        self.table.setHorizontalHeaderLabels([self.tr("Rule"), self.tr("Days allowed"), self.tr("Window (days)")])
        self.table.setAccessibleName(self.tr("Rules; all must hold"))
        self.add_button.setText(self.tr("&Add rule"))
        self.add_button.setAccessibleName(self.tr("Add a rule"))
        self.remove_button.setText(self.tr("&Remove rule"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected rule"))
        self.register_check.setText(self.tr("Register &within this many days of arrival:"))
        self.register_check.setAccessibleName(self.tr("Registration is required after arrival"))
        self.register_spin.setAccessibleName(self.tr("Days to register after arrival"))
        names = rule_kind_names()
        for row in range(self.table.rowCount()):
            box = self.table.cellWidget(row, 0)
            if isinstance(box, QComboBox):
                for i in range(box.count()):
                    box.setItemText(i, names.get(box.itemData(i), box.itemData(i)))

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
        limit = QSpinBox()
        limit.setRange(1, 3660)
        limit.setValue(rule.limit)
        limit.setAccessibleName(self.tr("Days allowed"))
        window = QSpinBox()
        window.setRange(1, 3660)
        window.setValue(rule.window if isinstance(rule, RollingWindow) else 180)
        window.setEnabled(isinstance(rule, RollingWindow))
        window.setAccessibleName(self.tr("Window in days"))
        kind.currentIndexChanged.connect(lambda: window.setEnabled(kind.currentData() == "rolling"))
        self.table.setCellWidget(row, 0, kind)
        self.table.setCellWidget(row, 1, limit)
        self.table.setCellWidget(row, 2, window)
        self.table.resizeColumnsToContents()

    def remove_rule(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)

    def rules(self) -> list[Rule]:
        rules: list[Rule] = []
        for row in range(self.table.rowCount()):
            box, limit_spin, window_spin = (self.table.cellWidget(row, c) for c in range(3))
            if not isinstance(box, QComboBox) or not isinstance(limit_spin, QSpinBox):
                continue
            kind, limit = box.currentData(), limit_spin.value()
            window = window_spin.value() if isinstance(window_spin, QSpinBox) else limit
            if kind == "rolling":
                rules.append(RollingWindow(limit, window))
            elif kind == "per_entry":
                rules.append(PerEntry(limit))
            else:
                rules.append(CalendarYear(limit))
        return rules

    def save(self) -> None:
        rules = self.rules()
        if not rules:
            self._error(self.tr("A zone needs at least one rule."))
            return
        if any(isinstance(r, RollingWindow) and r.window < r.limit for r in rules):
            self._error(self.tr("A window must be at least as long as the days allowed in it."))
            return
        register_within = self.register_spin.value() if self.register_check.isChecked() else None
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
                self._planner.save_zone(name, title=name, rules=rules, register_within=register_within)
                self.created_name = name
            else:
                title = " ".join(self.name_edit.text().split())
                if not title:
                    self._error(self.tr("Please give the country or area a name."))
                    self.name_edit.setFocus()
                    return
                if title == zone_title(self._zone):  # unchanged (perhaps a translated preset title): keep it
                    title = self._zone.title
                self._planner.save_zone(self._zone.name, title=title, rules=rules,
                                        register_within=register_within, note=self._zone.note)  # fmt: skip
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
