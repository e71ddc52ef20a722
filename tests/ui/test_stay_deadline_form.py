"""The deadline form's "N days before the latest exit of a zone": created from the form, it moves when a trip is
added, and choosing a date by hand later makes it an ordinary deadline."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from journal_app.ui.planner.deadline_dialog import DeadlineDialog

from ._planner_support import IGNORED_QT_MESSAGES, TODAY, accept

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)


def open_form(qtbot, planner, item=None) -> DeadlineDialog:
    dialog = DeadlineDialog(planner, item)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def latest_exit(planner, zone: str) -> date:
    exit_day = planner.stay(zone, TODAY).latest_exit
    assert exit_day is not None
    return exit_day


def test_a_deadline_before_the_latest_exit_is_made_in_the_form_and_moves_with_trips(qtbot, vault):
    planner = vault.planner()
    planner.today = lambda: TODAY
    planner.add_trip(zone="kazakhstan", entry=TODAY - timedelta(days=10))
    dialog = open_form(qtbot, planner)
    qtbot.keyClicks(dialog.title_edit, "Apply for a residence permit")
    dialog.due_kind.setFocus()
    qtbot.keyClick(dialog.due_kind, Qt.Key.Key_Down)  # "On a date" -> "Days before the latest exit"
    assert dialog.due_kind.currentData() == "latest_exit"
    assert dialog.before_spin.isVisibleTo(dialog) and not dialog.due_edit.isEnabled()
    dialog.before_spin.lineEdit().selectAll()
    qtbot.keyClicks(dialog.before_spin.lineEdit(), "5")
    dialog.zone_box.setCurrentIndex(dialog.zone_box.findData("kazakhstan"))
    accept(qtbot, dialog)
    item = planner.deadline(dialog.saved_id)
    first = latest_exit(planner, "kazakhstan")
    assert item.title == "Apply for a residence permit" and item.due == first - timedelta(days=5)
    assert json.loads(item.due_rule)["kind"] == "stay"

    planner.add_trip(zone="kazakhstan", entry=TODAY - timedelta(days=120), exit=TODAY - timedelta(days=60))
    second = latest_exit(planner, "kazakhstan")
    assert second < first and planner.deadline(item.id).due == second - timedelta(days=5)

    # opened again, the form shows the rule; saved unchanged, it keeps moving
    dialog = open_form(qtbot, planner, planner.deadline(item.id))
    assert dialog.due_kind.currentData() == "latest_exit" and dialog.before_spin.value() == 5
    assert dialog.zone_box.currentData() == "kazakhstan"
    accept(qtbot, dialog)
    assert json.loads(planner.deadline(item.id).due_rule)["days_before"] == 5

    # a date chosen by hand ends the rule, even the date it showed
    dialog = open_form(qtbot, planner, planner.deadline(item.id))
    dialog.due_kind.setCurrentIndex(dialog.due_kind.findData("date"))
    accept(qtbot, dialog)
    fixed = planner.deadline(item.id)
    assert fixed.due == second - timedelta(days=5) and fixed.due_rule is None


def test_the_stay_choice_needs_a_zone(qtbot, vault):
    planner = vault.planner()
    for zone in planner.zones():
        planner.delete_zone(zone.name)
    dialog = open_form(qtbot, planner)
    index = dialog.due_kind.findData("latest_exit")
    assert index >= 0
    dialog.title_edit.setText("T")
    dialog.due_kind.setCurrentIndex(index)
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.error_label.text()
    assert planner.deadlines() == []
