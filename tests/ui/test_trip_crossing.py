"""The trip form records the country and the border crossed (Schengen members joined on different dates), and the
registration deadline it creates is written in the app's language, its holiday note too."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt

from journal_app.ui.i18n import LanguageManager
from journal_app.ui.planner.trip_dialog import TripDialog

from ._planner_support import IGNORED_QT_MESSAGES, TODAY, accept

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)


@pytest.fixture
def languages():
    manager = LanguageManager()
    manager.set_language("en")
    yield manager
    manager.set_language("en")
    for translator in manager._translators:
        QCoreApplication.removeTranslator(translator)


def open_form(qtbot, planner, zone: str) -> TripDialog:
    dialog = TripDialog(planner, planner.zone(zone), today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_trip(qtbot, dialog: TripDialog, entry: str, exit_day: str, country: str, border: int) -> None:
    """Dates and country typed; the border chosen with the arrow keys (`border` presses of Down from the first)."""
    for field, text in ((dialog.entry_edit, entry), (dialog.exit_edit, exit_day)):
        field.edit.setFocus()
        field.edit.selectAll()
        qtbot.keyClicks(field.edit, text)
        field.edit.editingFinished.emit()  # leaving the field
    dialog.country_box.setFocus()
    qtbot.keyClicks(dialog.country_box.lineEdit(), country)
    dialog.border_box.setFocus()
    qtbot.keyClick(dialog.border_box, Qt.Key.Key_Home)
    for _ in range(border):
        qtbot.keyClick(dialog.border_box, Qt.Key.Key_Down)


def test_the_schengen_form_offers_the_members_and_stores_country_and_border(qtbot, vault, languages):
    planner = vault.planner()
    dialog = open_form(qtbot, planner, "schengen")
    offered = [dialog.country_box.itemText(i) for i in range(dialog.country_box.count())]
    assert {"HR", "BG", "RO"} <= set(offered)
    assert [dialog.border_box.itemText(i) for i in range(dialog.border_box.count())] == [
        "Unknown", "By air", "By sea", "By land"]  # fmt: skip
    type_trip(qtbot, dialog, "6/1/24", "6/30/24", "bg", 3)
    accept(qtbot, dialog)
    (trip,) = planner.trips("schengen")
    assert (trip.entry, trip.exit, trip.country, trip.border) == (date(2024, 6, 1), date(2024, 6, 30), "BG", "land")
    # Bulgaria's land border joined on 2025-01-01: a land trip in 2024 is outside the zone
    assert planner.stay("schengen", date(2024, 7, 1)).days_used == 0

    dialog = open_form(qtbot, planner, "schengen")
    type_trip(qtbot, dialog, "2/1/25", "2/10/25", "BG", 3)
    accept(qtbot, dialog)
    assert planner.stay("schengen", date(2025, 2, 11)).days_used == 10


def test_editing_a_trip_shows_and_keeps_its_crossing(qtbot, vault, languages):
    planner = vault.planner()
    trip = planner.add_trip(zone="schengen", entry=date(2025, 2, 1), exit=date(2025, 2, 5), country="RO", border="air")
    dialog = TripDialog(planner, planner.zone("schengen"), trip, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    assert dialog.country_box.currentText() == "RO" and dialog.border_box.currentData() == "air"
    dialog.border_box.setCurrentIndex(dialog.border_box.findData("sea"))
    accept(qtbot, dialog)
    (saved,) = planner.trips("schengen")
    assert (saved.country, saved.border) == ("RO", "sea")


def test_a_wrong_country_is_refused_in_plain_words(qtbot, vault, languages):
    planner = vault.planner()
    dialog = open_form(qtbot, planner, "schengen")
    type_trip(qtbot, dialog, "2/1/25", "2/10/25", "B1", 1)
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "two- or three-letter code" in dialog.error_label.text()
    assert dialog.focusWidget() in (dialog.country_box, dialog.country_box.lineEdit())
    assert planner.trips("schengen") == []


def test_the_registration_deadline_and_its_holiday_note_are_in_russian(qtbot, vault, languages):
    languages.set_language("ru")
    planner = vault.planner()
    dialog = open_form(qtbot, planner, "kazakhstan")
    dialog.entry_edit.setDate(QDate(2024, 6, 3))
    dialog.exit_edit.setDate(QDate(2024, 6, 20))
    accept(qtbot, dialog)
    (deadline,) = [d for d in planner.deadlines() if d.trip_id]
    assert deadline.title.startswith("Зарегистр")
    assert "2024" in deadline.notes and "Public holidays" not in deadline.notes
    assert any("а" <= ch <= "я" for ch in deadline.notes.lower())
