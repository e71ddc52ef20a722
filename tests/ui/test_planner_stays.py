"""Stays: trips through the dialog, the DOMAIN.md answers shown for a chosen date, rules editable, the chart."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QColor

from journal_app.core.stays import PerEntry
from journal_app.ui.planner import prompts
from journal_app.ui.planner.texts import to_qdate

from ._planner_support import IGNORED_QT_MESSAGES, accept, long_date, make_workspace, short_date

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)


def add_trip(qtbot, view, entry: date, exit_day: date | None) -> None:
    dialog = view.add_trip()
    dialog.entry_edit.setDate(to_qdate(entry))
    if exit_day is None:
        dialog.still_there.setChecked(True)
    else:
        dialog.exit_edit.setDate(to_qdate(exit_day))
    accept(qtbot, dialog)


def stays_view(qtbot, vault, today=date(2025, 5, 14)):
    workspace = make_workspace(qtbot, vault, today)
    workspace.tabs.setCurrentWidget(workspace.stays)
    return workspace, workspace.stays


def test_schengen_preset_shows_its_date_and_the_official_source_note(qtbot, vault):
    _workspace, view = stays_view(qtbot, vault)
    assert view.zone_list.currentItem().text() == "Schengen area"
    text = view.zone_info.text()
    assert "90 days in any 180 days" in text
    assert "official source" in text and vault.planner().zone("schengen").written in text


def test_a_trip_gives_the_domain_answers(qtbot, vault):
    _workspace, view = stays_view(qtbot, vault)
    add_trip(qtbot, view, date(2025, 3, 1), date(2025, 4, 29))
    assert view.trip_rows() == [[short_date(date(2025, 3, 1)), short_date(date(2025, 4, 29)), "60", "Yes"]]
    view.set_on(date(2025, 5, 20))
    answers = view.answers
    assert answers.text("used") == "60 of 90 days"
    assert answers.text("remaining") == "30 day(s)"
    assert answers.text("longest") == "30 day(s)"
    assert answers.text("latest_exit") == long_date(date(2025, 6, 18))
    assert answers.text("earliest_entry") == long_date(date(2025, 5, 20))
    assert answers.text("violations") == "None"


def test_still_there_on_the_last_allowed_day(qtbot, vault):
    _workspace, view = stays_view(qtbot, vault)
    add_trip(qtbot, view, date(2024, 11, 10), date(2024, 12, 24))
    add_trip(qtbot, view, date(2025, 2, 1), None)
    view.set_on(date(2025, 3, 17))
    assert view.trip_rows()[1][1] == "still there"
    assert view.answers.text("used") == "90 of 90 days"
    assert view.answers.text("remaining") == "0 day(s)"
    assert view.answers.text("latest_exit") == long_date(date(2025, 3, 17))


def test_earliest_entry_for_a_planned_stay(qtbot, vault):
    _workspace, view = stays_view(qtbot, vault)
    add_trip(qtbot, view, date(2025, 1, 1), date(2025, 3, 31))
    view.set_on(date(2025, 4, 1))
    view.for_spin.setValue(30)
    assert view.answers.text("earliest_entry") == long_date(date(2025, 6, 30))
    assert view.answers.text("earliest_for") == long_date(date(2025, 6, 30))
    assert view.answers.text("latest_exit") == "No day is allowed from this date"


def test_an_overstay_is_listed_and_answers_still_come(qtbot, vault):
    _workspace, view = stays_view(qtbot, vault)
    add_trip(qtbot, view, date(2025, 1, 1), date(2025, 4, 10))  # 100 days
    view.set_on(date(2025, 4, 10))
    assert view.answers.text("violations").startswith(short_date(date(2025, 4, 1)))
    assert view.answers.text("remaining") == "Over the limit by 10 day(s)"


def test_edit_and_delete_a_trip(qtbot, vault, monkeypatch):
    _workspace, view = stays_view(qtbot, vault)
    add_trip(qtbot, view, date(2025, 3, 1), date(2025, 4, 29))
    view.trips.selectRow(0)
    dialog = view.edit_trip()
    dialog.exit_edit.setDate(to_qdate(date(2025, 3, 10)))
    accept(qtbot, dialog)
    assert view.trip_rows()[0][2] == "10"
    assert len(vault.planner().trips("schengen")) == 1
    view.trips.selectRow(0)
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    view.delete_trip()
    assert view.trip_rows() == []


def test_zone_rules_can_be_edited(qtbot, vault):
    _workspace, view = stays_view(qtbot, vault)
    add_trip(qtbot, view, date(2025, 3, 1), date(2025, 4, 29))
    view.set_on(date(2025, 5, 20))
    dialog = view.edit_rules()
    dialog.table.cellWidget(0, 1).setValue(80)
    dialog.add_rule(PerEntry(30))
    accept(qtbot, dialog)
    zone = vault.planner().zone("schengen")
    assert [r.limit for r in zone.rules] == [80, 30]
    assert "80 days in any 180 days" in view.zone_info.text()
    assert view.answers.text("used") == "60 of 80 days"


def test_the_chart_draws_trips_limit_and_today(qtbot, vault):
    _workspace, view = stays_view(qtbot, vault)
    add_trip(qtbot, view, date(2025, 3, 1), date(2025, 4, 29))
    add_trip(qtbot, view, date(2025, 7, 1), date(2025, 7, 20))  # planned
    chart = view.chart
    chart.resize(600, 240)
    image = chart.grab().toImage()
    assert not image.isNull() and image.width() > 100
    colors = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    assert len(colors) > 4  # background, trips, limit line, curve, text
    background = chart.palette().color(chart.backgroundRole())
    assert any(QColor(c) != background for c in colors)
    assert "Today 60 of 90 days used." == chart.accessibleDescription()


def test_the_chart_says_when_days_free_up(qtbot, vault):
    _workspace, view = stays_view(qtbot, vault, today=date(2025, 3, 17))
    add_trip(qtbot, view, date(2024, 11, 10), date(2024, 12, 24))
    add_trip(qtbot, view, date(2025, 2, 1), None)
    view.set_on(date(2025, 3, 17))
    assert "Days free up from" in view.chart.accessibleDescription()


def test_a_new_zone_for_a_country_without_a_preset(qtbot, vault):
    _workspace, view = stays_view(qtbot, vault)
    dialog = view.new_zone()
    dialog.buttons.accepted.emit()  # no name yet: refused with a message, the dialog stays
    assert dialog.isVisible() and dialog.error_label.text()
    dialog.name_edit.setText("Черногория")
    dialog.table.cellWidget(0, 1).setValue(30)  # 30 days in any 180
    accept(qtbot, dialog)
    assert view.zone_list.currentItem().text() == "Черногория"
    zone = vault.planner().zone("черногория")
    assert zone.rules[0].limit == 30 and zone.rules[0].window == 180
    add_trip(qtbot, view, date(2025, 5, 1), date(2025, 5, 10))
    assert vault.planner().stay("Черногория", date(2025, 5, 14)).days_remaining == 20
    again = view.new_zone()
    again.name_edit.setText("ЧЕРНОГОРИЯ")
    again.buttons.accepted.emit()
    assert again.isVisible() and again.error_label.text()


def test_delete_a_zone_after_confirming(qtbot, vault, monkeypatch):
    _workspace, view = stays_view(qtbot, vault)
    vault.planner().add_trip(zone="serbia", entry=date(2025, 3, 1))
    view.reload()
    view.select_zone("serbia")
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _parent, _title, text, _go: asked.append(text) or False)
    view.delete_zone()
    assert "serbia" in {z.name for z in vault.planner().zones()}  # "Cancel" keeps it
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    view.delete_zone()
    assert "serbia" not in {z.name for z in vault.planner().zones()}
    assert "1 trip" in asked[0]
    assert all(view.zone_list.item(r).text() != "Serbia" for r in range(view.zone_list.count()))


def test_rename_a_zone_in_its_rules_dialog(qtbot, vault):
    _workspace, view = stays_view(qtbot, vault)
    view.select_zone("serbia")
    dialog = view.edit_rules()
    assert dialog.name_edit.text() == "Serbia"
    accept(qtbot, dialog)
    assert vault.planner().zone("serbia").title == "Serbia"  # unchanged
    dialog = view.edit_rules()
    dialog.name_edit.setText("Сербия (по безвизу)")
    accept(qtbot, dialog)
    assert vault.planner().zone("serbia").title == "Сербия (по безвизу)"
    assert view.zone_list.currentItem().text() == "Сербия (по безвизу)"
