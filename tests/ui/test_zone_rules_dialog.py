"""The zone rules dialog edits issue 15's rule types: months, calendar months, entry limits, days outside,
registration conditions (working days, hours, per address, a minimum stay), visas and the passport rule."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from journal_app.core.registration import Registration
from journal_app.core.stays import MinOutside, PassportValidity, PerEntry, PerEntryMonths, RollingMonths, Visa
from journal_app.ui.planner.texts import to_qdate

from ._planner_support import IGNORED_QT_MESSAGES, accept, make_workspace

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)


_KEEP: list = []


def _view(qtbot, vault):
    workspace = make_workspace(qtbot, vault, date(2026, 3, 10))
    workspace.tabs.setCurrentWidget(workspace.stays)
    _KEEP[:] = [workspace]  # the view lives as long as its workspace
    return workspace.stays


def _choose(qtbot, box, key) -> None:
    box.setFocus()
    box.setCurrentIndex(box.findData(key))


def test_the_preset_registration_rule_is_shown_and_kept(qtbot, vault):
    view = _view(qtbot, vault)
    view.select_zone("serbia")
    dialog = view.edit_rules()
    reg = dialog.registration_box
    assert reg.register_check.isChecked() and reg.register_spin.value() == 24
    assert reg.unit_box.currentData() == "hours" and reg.per_box.currentData() == "address"
    assert not reg.calendar_box.isEnabled()
    accept(qtbot, dialog)
    assert vault.planner().zone("serbia").registration == Registration(24, unit="hours", per="address")


def test_new_rule_types_registration_visa_and_passport_through_the_dialog(qtbot, vault):
    view = _view(qtbot, vault)
    view.select_zone("georgia")
    dialog = view.edit_rules()
    dialog.add_button.click()
    row = dialog.table.rowCount() - 1
    _choose(qtbot, dialog.table.cellWidget(row, 0), "per_entry_months")
    months = dialog.table.cellWidget(row, 1)
    assert not dialog.table.cellWidget(row, 2).isEnabled() and months.suffix().strip() == "months"
    months.selectAll()
    qtbot.keyClicks(months.lineEdit(), "6")
    dialog.add_button.click()
    _choose(qtbot, dialog.table.cellWidget(row + 1, 0), "rolling_months")
    dialog.table.cellWidget(row + 1, 1).setValue(183)
    dialog.table.cellWidget(row + 1, 2).setValue(12)
    dialog.add_button.click()
    _choose(qtbot, dialog.table.cellWidget(row + 2, 0), "min_outside")
    dialog.table.cellWidget(row + 2, 1).setValue(3)
    reg = dialog.registration_box
    qtbot.mouseClick(reg.register_check, Qt.MouseButton.LeftButton)
    reg.register_spin.setValue(3)
    _choose(qtbot, reg.unit_box, "working_days")
    assert reg.calendar_box.isEnabled()
    _choose(qtbot, reg.calendar_box, "KZ")
    reg.longer_check.setChecked(True)
    reg.longer_spin.setValue(5)
    docs = dialog.documents_box
    docs.passport_check.setChecked(True)
    docs.passport_spin.setValue(3)
    docs.add_visa_button.click()
    docs.visas.cellWidget(0, 0).setDate(to_qdate(date(2026, 3, 1)))
    docs.visas.cellWidget(0, 1).setDate(to_qdate(date(2026, 6, 30)))
    docs.visas.cellWidget(0, 2).setValue(2)
    dialog.grab().save("/tmp/zone_rules_dialog.png")
    accept(qtbot, dialog)
    zone = vault.planner().zone("georgia")
    assert zone.rules == (PerEntry(365), PerEntryMonths(6), RollingMonths(183, 12), MinOutside(3))
    assert zone.registration == Registration(3, "working_days", 5, "entry", "KZ")
    assert zone.visas == (Visa(date(2026, 3, 1), date(2026, 6, 30), 2, None),)
    assert zone.passport == PassportValidity(3)
    assert "6 month" in view.zone_info.text() and "183 day" in view.zone_info.text()


def test_a_visa_that_ends_before_it_starts_is_refused(qtbot, vault):
    view = _view(qtbot, vault)
    view.select_zone("schengen")
    dialog = view.edit_rules()
    members = vault.planner().zone("schengen").members
    dialog.documents_box.add_visa_button.click()
    dialog.documents_box.visas.cellWidget(0, 0).setDate(to_qdate(date(2026, 3, 1)))
    dialog.documents_box.visas.cellWidget(0, 1).setDate(to_qdate(date(2026, 2, 1)))
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.error_label.text()
    dialog.documents_box.remove_visa_button.click()
    accept(qtbot, dialog)
    assert vault.planner().zone("schengen").members == members and members  # kept, though not shown


def test_the_public_holidays_are_editable_from_the_zone(qtbot, vault):
    view = _view(qtbot, vault)
    view.select_zone("kazakhstan")
    dialog = view.edit_rules()
    reg = dialog.registration_box
    assert reg.unit_box.currentData() == "working_days" and reg.holidays_button.isEnabled()
    qtbot.mouseClick(reg.holidays_button, Qt.MouseButton.LeftButton)
    holidays = reg.dialog
    assert holidays is not None and "2025, 2026, 2027" in holidays.info.text() and "Kurban" in holidays.info.text()
    count = holidays.days_off.count()
    holidays.date_edit.setDate(to_qdate(date(2026, 5, 27)))  # Kurban Ait 2026, announced later
    qtbot.mouseClick(holidays.add_off_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(holidays.add_off_button, Qt.MouseButton.LeftButton)  # once only
    assert holidays.days_off.count() == count + 1
    holidays.grab().save("/tmp/holidays_dialog.png")
    accept(qtbot, holidays)
    accept(qtbot, dialog)
    assert date(2026, 5, 27) in vault.planner().holiday_calendar("KZ").holidays
    vault.planner().add_trip(zone="kazakhstan", entry=date(2026, 5, 25))
    (item,) = [d for d in vault.planner().deadlines() if d.due_rule]
    assert item.due == date(2026, 5, 29)  # Tuesday, Thursday, Friday


def test_the_zone_says_its_registration_rule(qtbot, vault):
    view = _view(qtbot, vault)
    view.select_zone("kazakhstan-eaeu")
    assert "Register within 30 day" in view.zone_info.text() and "longer than 30 day" in view.zone_info.text()
    view.select_zone("serbia")
    assert "Register within 24 hour" in view.zone_info.text() and "new address" in view.zone_info.text()
