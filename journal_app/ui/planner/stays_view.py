"""Stays: the zones, a zone's rules and trips, the calculator's answers for a chosen date, and the chart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.core.presets import CHECK_NOTE
from journal_app.core.stays import RollingWindow, Stay, days_used_series

from ..widgets.date_field import DateField
from ..widgets.flow_layout import FlowLayout
from . import prompts
from .rule_texts import registration_text
from .stay_answers import StayAnswers
from .stay_chart import RuleSeries, StayChart
from .texts import error_text, format_date, from_qdate, rule_text, to_qdate, zone_title
from .trip_dialog import TripDialog
from .zone_rules_dialog import ZoneRulesDialog

NAME_ROLE = Qt.ItemDataRole.UserRole + 10
ID_ROLE = Qt.ItemDataRole.UserRole + 11


ZONE_LIST_MAX = 360  # px: the rest of the view is the chart


class StaysView(QWidget):
    changed = Signal()

    def __init__(self, planner: Any, today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._planner = planner
        self._today = today
        self._zone: Any = None
        self.dialog: TripDialog | ZoneRulesDialog | None = None

        self.zone_list = QListWidget()
        self.zone_info = QLabel()
        self.zone_info.setWordWrap(True)
        self.rules_button = QPushButton()
        self.new_zone_button = QPushButton()
        self.delete_zone_button = QPushButton()
        self.trips = QTableWidget(0, 4)
        self.trips.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trips.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.trips.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trips.verticalHeader().hide()
        self.add_trip_button = QPushButton()
        self.edit_trip_button = QPushButton()
        self.delete_trip_button = QPushButton()
        self.on_label = QLabel()
        self.on_edit = DateField()
        self.on_edit.setCalendarPopup(True)
        self.on_label.setBuddy(self.on_edit)
        self.for_label = QLabel()
        self.for_spin = QSpinBox()
        self.for_spin.setRange(1, 3650)
        self.for_spin.setValue(30)
        self.for_label.setBuddy(self.for_spin)
        self.answers = StayAnswers()
        self.chart = StayChart()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.trips_box = QGroupBox()
        self.answers_box = QGroupBox()
        self._build_layout()

        self.zone_list.currentItemChanged.connect(lambda *_: self._on_zone_chosen())
        self.rules_button.clicked.connect(self.edit_rules)
        self.new_zone_button.clicked.connect(self.new_zone)
        self.delete_zone_button.clicked.connect(self.delete_zone)
        self.add_trip_button.clicked.connect(self.add_trip)
        self.edit_trip_button.clicked.connect(self.edit_trip)
        self.delete_trip_button.clicked.connect(self.delete_trip)
        self.trips.itemActivated.connect(lambda *_: self.edit_trip())
        self.trips.itemSelectionChanged.connect(self._update_buttons)
        self.on_edit.dateChanged.connect(lambda *_: self.update_answers())
        self.for_spin.valueChanged.connect(lambda *_: self.update_answers())
        order = [self.zone_list, self.new_zone_button, self.delete_zone_button, self.rules_button, self.trips,
                 self.add_trip_button, self.edit_trip_button, self.delete_trip_button, self.on_edit, self.for_spin,
                 self.chart]  # fmt: skip
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.on_edit.setDate(to_qdate(today()))
        self.retranslate()

    def _build_layout(self) -> None:
        trip_buttons = FlowLayout()  # wraps onto a second line when the translation is long
        for button in (self.add_trip_button, self.edit_trip_button, self.delete_trip_button):
            trip_buttons.addWidget(button)
        trips_layout = QVBoxLayout(self.trips_box)
        trips_layout.addWidget(self.trips, 1)
        trips_layout.addLayout(trip_buttons)
        when = QHBoxLayout()
        when.addWidget(self.on_label)
        when.addWidget(self.on_edit)
        when.addSpacing(12)
        when.addWidget(self.for_label)
        when.addWidget(self.for_spin)
        when.addStretch(1)
        answers_layout = QVBoxLayout(self.answers_box)
        answers_layout.addLayout(when)
        answers_layout.addWidget(self.answers)
        answers_layout.addWidget(self.chart, 1)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        info_row = QHBoxLayout()
        info_row.addWidget(self.zone_info, 1)
        info_row.addWidget(self.rules_button, 0, Qt.AlignmentFlag.AlignTop)
        detail_layout.addLayout(info_row)
        detail_layout.addWidget(self.message)
        detail_layout.addWidget(self.trips_box, 1)
        detail_layout.addWidget(self.answers_box, 2)
        scroll = QScrollArea()
        scroll.setWidget(detail)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside; the area follows the focus
        splitter = QSplitter()
        zones_pane = QWidget()
        zones_layout = QVBoxLayout(zones_pane)
        zones_layout.setContentsMargins(0, 0, 0, 0)
        zones_layout.addWidget(self.zone_list, 1)
        zone_buttons = FlowLayout()
        zone_buttons.addWidget(self.new_zone_button)
        zone_buttons.addWidget(self.delete_zone_button)
        zones_layout.addLayout(zone_buttons)
        splitter.addWidget(zones_pane)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 800])
        self._splitter = splitter
        self._zones_fitted = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def retranslate(self) -> None:
        self.zone_list.setAccessibleName(self.tr("Countries and zones"))
        self.new_zone_button.setText(self.tr("New &zone…"))
        self.delete_zone_button.setText(self.tr("Delete zone…"))
        self.delete_zone_button.setAccessibleName(self.tr("Delete this zone and its trips"))
        self.new_zone_button.setAccessibleName(self.tr("Add a country or area with its own rules"))
        self.rules_button.setText(self.tr("Edit &rules…"))
        self.rules_button.setAccessibleName(self.tr("Edit the rules of this zone"))
        self.trips_box.setTitle(self.tr("Trips"))
        self.trips.setHorizontalHeaderLabels([self.tr("Entry"), self.tr("Exit"), self.tr("Days"), self.tr("Counted")])
        self.trips.setAccessibleName(self.tr("Trips to this zone, past and planned"))
        self.add_trip_button.setText(self.tr("&Add trip…"))
        self.add_trip_button.setAccessibleName(self.tr("Add a trip"))
        self.edit_trip_button.setText(self.tr("&Edit trip…"))
        self.edit_trip_button.setAccessibleName(self.tr("Edit the trip"))
        self.delete_trip_button.setText(self.tr("&Delete trip"))
        self.delete_trip_button.setAccessibleName(self.tr("Delete the trip"))
        self.answers_box.setTitle(self.tr("How long may I stay?"))
        self.on_label.setText(self.tr("&On:"))
        self.on_edit.setAccessibleName(self.tr("The date to answer for"))
        self.for_label.setText(self.tr("A stay &of:"))
        self.for_spin.setSuffix(self.tr(" days"))
        self.for_spin.setAccessibleName(self.tr("Length of a planned stay in days"))
        self.answers.retranslate()
        self.chart.retranslate()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- zones ---------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        current = self._zone.name if self._zone is not None else None
        self.zone_list.blockSignals(True)
        self.zone_list.clear()
        try:
            zones = self._planner.zones()
            with_trips = {t.zone for t in self._planner.trips()}
        except JournalError as error:
            self._show_message(error_text(error))
            zones, with_trips = [], set()
        for zone in zones:
            item = QListWidgetItem(zone_title(zone))
            item.setData(NAME_ROLE, zone.name)
            self.zone_list.addItem(item)
        self._fit_zone_list()
        if current is None:
            current = next((z.name for z in zones if z.name in with_trips), "schengen")
        self.zone_list.blockSignals(False)
        self.select_zone(current)

    def _fit_zone_list(self) -> None:
        """Once: the list as wide as its longest name (longer in Russian), up to ZONE_LIST_MAX pixels."""
        if self._zones_fitted or not self.zone_list.count():
            return
        self._zones_fitted = True
        frame = 2 * self.zone_list.frameWidth() + self.zone_list.verticalScrollBar().sizeHint().width()
        wanted = self.zone_list.sizeHintForColumn(0) + frame
        sizes = self._splitter.sizes()
        if wanted > sizes[0]:
            first = min(wanted, ZONE_LIST_MAX)
            self._splitter.setSizes([first, max(sum(sizes) - first, 2 * first)])

    def select_zone(self, name: str) -> None:
        for row in range(self.zone_list.count()):
            if self.zone_list.item(row).data(NAME_ROLE) == name:
                self.zone_list.setCurrentRow(row)
                self._on_zone_chosen()
                return
        if self.zone_list.count():
            self.zone_list.setCurrentRow(0)
            self._on_zone_chosen()

    def _on_zone_chosen(self) -> None:
        item = self.zone_list.currentItem()
        self._zone = None
        if item is not None:
            try:
                self._zone = self._planner.zone(item.data(NAME_ROLE))
            except JournalError as error:
                self._show_message(error_text(error))
        self._show_zone()

    def _show_zone(self) -> None:
        zone = self._zone
        self.rules_button.setEnabled(zone is not None)
        self.delete_zone_button.setEnabled(zone is not None)
        self.add_trip_button.setEnabled(zone is not None)
        if zone is None:
            self.zone_info.clear()
            self.trips.setRowCount(0)
            self.answers.show_answer(None)
            self.chart.clear()
            return
        lines = [f"<b>{_escape(zone_title(zone))}</b>", _escape(", ".join(rule_text(r) for r in zone.rules))]
        if zone.register_within is not None:
            lines.append(_escape(self.tr("Register within %n day(s) of arrival.", None, zone.register_within)))
        elif zone.registration is not None:  # a registration rule with conditions (issue 15)
            lines.append(_escape(registration_text(zone.registration)))
        if zone.written:
            lines.append(_escape(self.tr("Preset written %1. Rules change: check the official source before you "
                                         "rely on it.").replace("%1", zone.written)))  # fmt: skip
        if zone.note and zone.note != CHECK_NOTE.format(written=zone.written):
            lines.append(_escape(zone.note))
        self.zone_info.setText("<br>".join(lines))
        self._fill_trips()
        self.update_answers()

    # -- trips ---------------------------------------------------------------------------------------------------

    def _zone_trips(self) -> list[Any]:
        try:
            return list(self._planner.trips(self._zone.name)) if self._zone is not None else []
        except JournalError as error:
            self._show_message(error_text(error))
            return []

    def _fill_trips(self) -> None:
        self.trips.setRowCount(0)
        on = from_qdate(self.on_edit.date())
        for trip in self._zone_trips():
            row = self.trips.rowCount()
            self.trips.insertRow(row)
            last = trip.exit or max(trip.entry, on)
            cells = [
                format_date(trip.entry),
                format_date(trip.exit) if trip.exit else self.tr("still there"),
                str((last - trip.entry).days + 1),
                self.tr("Yes") if trip.counts else self.tr("No (resident)"),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, trip.id)
                self.trips.setItem(row, column, cell)
        self.trips.resizeColumnsToContents()
        self._update_buttons()

    def trip_rows(self) -> list[list[str]]:
        return [
            [
                cell.text() if (cell := self.trips.item(r, c)) is not None else ""
                for c in range(self.trips.columnCount())
            ]
            for r in range(self.trips.rowCount())
        ]

    def current_trip(self) -> Any | None:
        row = self.trips.currentRow()
        cell = self.trips.item(row, 0) if row >= 0 else None
        if cell is None or not self.trips.selectedItems():
            return None
        trip_id = cell.data(ID_ROLE)
        return next((t for t in self._zone_trips() if t.id == trip_id), None)

    def _update_buttons(self) -> None:
        has = bool(self.trips.selectedItems())
        self.edit_trip_button.setEnabled(has)
        self.delete_trip_button.setEnabled(has)

    def _open(self, dialog: TripDialog | ZoneRulesDialog) -> None:
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
            created = getattr(dialog, "created_name", None)
            if created:
                self._zone = None
                self.reload()
                self.select_zone(created)
            elif isinstance(dialog, ZoneRulesDialog) and self._zone is not None:
                self.reload()  # the zone may have a new name in the list
            else:
                self._on_zone_chosen()
            self.changed.emit()

    def add_trip(self) -> TripDialog | None:
        if self._zone is None:
            return None
        dialog = TripDialog(self._planner, self._zone, None, self, today=self._today)
        self._open(dialog)
        return dialog

    def edit_trip(self) -> TripDialog | None:
        trip = self.current_trip()
        if trip is None:
            return None
        dialog = TripDialog(self._planner, self._zone, trip, self, today=self._today)
        self._open(dialog)
        return dialog

    def delete_trip(self) -> None:
        trip = self.current_trip()
        if trip is None:
            return
        if not prompts.confirm(self, self.tr("Delete trip"), self.tr("Delete this trip?"), self.tr("Delete")):
            return
        try:
            self._planner.delete_trip(trip.id)
        except JournalError as error:
            self._show_message(error_text(error))
        self._on_zone_chosen()
        self.changed.emit()

    def delete_zone(self) -> None:
        zone = self._zone
        if zone is None:
            return
        trips = sum(1 for t in self._planner.trips() if t.zone == zone.name)
        text = self.tr("Delete the zone %1 and its %n trip(s)? Its deadlines stay.", "", trips).replace(
            "%1", zone_title(zone)
        )
        if not prompts.confirm(self, self.tr("Delete zone"), text, self.tr("Delete")):
            return
        try:
            self._planner.delete_zone(zone.name)
        except JournalError as error:
            self._show_message(error_text(error))
        self._zone = None
        self.reload()
        self.changed.emit()

    def new_zone(self) -> ZoneRulesDialog:
        dialog = ZoneRulesDialog(self._planner, None, self)
        self._open(dialog)
        return dialog

    def edit_rules(self) -> ZoneRulesDialog | None:
        if self._zone is None:
            return None
        dialog = ZoneRulesDialog(self._planner, self._zone, self)
        self._open(dialog)
        return dialog

    # -- answers and chart ---------------------------------------------------------------------------------------

    def set_on(self, day: date) -> None:
        self.on_edit.setDate(to_qdate(day))

    def update_answers(self) -> None:
        zone = self._zone
        if zone is None:
            return
        on = from_qdate(self.on_edit.date())
        try:
            answer = self._planner.stay(zone.name, on, self.for_spin.value())
        except JournalError as error:
            self._show_message(error_text(error))
            return
        self.answers.show_answer(answer)
        self._fill_trips()
        self._update_chart(on)

    def _update_chart(self, on: date) -> None:
        """Every rule of the zone, each counted on its own (the core's series counts the rule it is given first)."""
        zone, today = self._zone, self._today()
        span = max(rule.window if isinstance(rule, RollingWindow) else min(366, max(90, rule.limit + 30))
                   for rule in zone.rules)  # fmt: skip
        first = min(today, on) - timedelta(days=span)
        last = max(today, on) + timedelta(days=span)
        trips = self._zone_trips()
        stays = [Stay(t.entry, t.exit or max(t.entry, on, today), t.counts) for t in trips]
        rules = [RuleSeries(rule_text(rule), rule.limit, days_used_series([rule], stays, first, last))
                 for rule in zone.rules]  # fmt: skip
        shaded = [(s.entry, s.exit) for s in stays if s.counts and s.exit is not None]
        self.chart.set_data(rules, shaded, today, on)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def clear(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.clear()
            dialog.done(0)
        self._zone = None
        self.zone_list.clear()
        self.zone_info.clear()
        self.trips.setRowCount(0)
        self.answers.show_answer(None)
        self.chart.clear()
        self._show_message("")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
