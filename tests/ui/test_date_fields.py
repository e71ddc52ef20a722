"""Dates a person can type, in every date field of the app and in English, Russian and Ukrainian.

The fields are found by walking the windows: the unlocked main window, and every dialog opened through the scenarios
of test_lock_everywhere (the same list that must name every dialog class). Into each field, `qtbot.keyClicks` types a
full date with a four-digit year, then one with a two-digit year (20xx); the field must hold exactly that date, show it
with four digits, and say it as weekday plus date next to it. The trip of the issue (10/1/26 Tab 10/5/26) is saved as
typed, and the bad trips are refused or confirmed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget

from journal_app.ui.i18n import LanguageManager
from journal_app.ui.planner import prompts
from journal_app.ui.widgets.date_field import DateField, understood_text

from ._shell_support import IGNORED_QT_MESSAGES
from .test_lock_everywhere import SCENARIOS, class_name, open_windows
from .test_lock_everywhere import window as window  # the same unlocked window fixture

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)

ROOT = Path(__file__).resolve().parents[2]
#: What a person types in each language, and the date it means.
TYPED = {
    "en": [("3/15/2025", date(2025, 3, 15), "3/15/2025"), ("10/1/26", date(2026, 10, 1), "10/1/2026")],
    "ru": [("15.03.2027", date(2027, 3, 15), "15.03.2027"), ("1.10.26", date(2026, 10, 1), "01.10.2026")],
    "uk": [("15.03.2027", date(2027, 3, 15), "15.03.2027"), ("5/10/26", date(2026, 10, 5), "05.10.2026")],
}
TRIP_KEYS = {"en": ("10/1/26", "10/5/26"), "ru": ("01.10.26", "05.10.26"), "uk": ("1.10.26", "5.10.26")}


@pytest.fixture
def languages():
    manager = LanguageManager()
    yield manager
    manager.set_language("en")
    for translator in manager._translators:
        QCoreApplication.removeTranslator(translator)


def test_no_date_input_of_the_app_is_a_plain_qdateedit():
    """QDateEdit reads typed digits section by section with a two-digit year: 3/15/2025 became 12/15/20."""
    found = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "journal_app").rglob("*.py")
        if "QDateEdit" in path.read_text(encoding="utf-8") and path.name != "date_field.py"
    ]
    assert found == []


def date_fields(root: QWidget) -> list[DateField]:
    return [w for w in root.findChildren(DateField) if w.isVisibleTo(root)]


def opened_fields(qtbot, window) -> dict[str, list[DateField]]:
    """Every date field of the main window and of each dialog the scenarios open (left open for the test)."""
    fields = {"main window": date_fields(window)}
    for name, (expected, opener) in sorted(SCENARIOS.items()):
        if not expected.startswith("journal_app") or "running" in name or "viewer" in name:
            continue  # exec'd message boxes and file choosers have no date field
        opener(window, qtbot)
        dialogs = [w for w in open_windows(window) if class_name(w) == expected]
        assert dialogs, name
        for dialog in dialogs:
            found = date_fields(dialog)
            if found:
                fields[name] = found
        for dialog in dialogs:
            dialog.hide()
    return fields


def type_into(qtbot, field: DateField, text: str) -> None:
    field.setEnabled(True)  # "issue date known", "from", "to": the check box is not the subject here
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    field.edit.editingFinished.emit()  # leaving the field


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_typing_a_date_into_every_field_gives_that_date(qtbot, window, languages, language):
    languages.set_language(language)
    fields = opened_fields(qtbot, window)
    expected_places = {"main window", "document form", "deadline form", "checklist template", "trip form", "export"}
    assert expected_places <= set(fields), sorted(fields)
    count = 0
    for place, found in fields.items():
        for field in found:
            for typed, meant, shown in TYPED[language]:
                type_into(qtbot, field, typed)
                got = field.date()
                assert (got.year(), got.month(), got.day()) == (meant.year, meant.month, meant.day), (place, typed)
                assert field.text() == shown, (place, typed)
                qdate = QDate(meant.year, meant.month, meant.day)
                assert field.understood.text() == understood_text(qdate)
                weekday = QLocale().dayName(qdate.dayOfWeek(), QLocale.FormatType.LongFormat)
                assert weekday.casefold() in field.understood.text().casefold()
                count += 1
    assert count >= 2 * 9  # editor, stays "on", issued, expires, due, anchor, entry, exit, from, to


def test_text_that_is_not_a_date_says_so_and_falls_back(qtbot, window, languages):
    languages.set_language("ru")
    field = window.workspace.planner.stays.on_edit
    type_into(qtbot, field, "15.03.2027")
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "31.02.2027")
    assert field.understood.text() != understood_text(QDate(2027, 3, 15))
    assert "31.02" not in field.understood.text()
    field.edit.editingFinished.emit()
    assert field.date() == QDate(2027, 3, 15) and field.text() == "15.03.2027"


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_the_trip_of_the_issue_is_saved_as_typed(qtbot, window, languages, language, monkeypatch):
    languages.set_language(language)
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text, _go: asked.append(text) or False)
    stays = window.workspace.planner.stays
    stays.select_zone("turkey")
    dialog = stays.add_trip()
    dialog.activateWindow()
    first, second = TRIP_KEYS[language]
    dialog.entry_edit.edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.entry_edit.edit, timeout=2000)
    dialog.entry_edit.edit.selectAll()
    qtbot.keyClicks(dialog.entry_edit.edit, first)
    qtbot.keyClick(dialog.entry_edit.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.exit_edit.edit  # Tab goes to the exit field, not a section
    qtbot.keyClicks(dialog.exit_edit.edit, second)  # the Tab selected the old text: typing replaces it
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        dialog.buttons.accepted.emit()
    assert asked == []  # four days in October 2026: nothing unusual to ask about
    (trip,) = window.vault.planner().trips("turkey")
    assert (trip.entry, trip.exit) == (date(2026, 10, 1), date(2026, 10, 5))


def test_bad_trips_are_refused_or_confirmed(qtbot, window, languages, monkeypatch):
    languages.set_language("en")
    answers: list[bool] = []
    asked: list[str] = []

    def confirm(_parent, _title, text, _proceed):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(prompts, "confirm", confirm)
    stays = window.workspace.planner.stays
    stays.select_zone("turkey")
    planner = window.vault.planner()

    def trip(entry: str, exit: str, *answer: bool) -> bool:
        asked.clear()
        answers[:] = list(answer)
        dialog = stays.add_trip()
        type_into(qtbot, dialog.entry_edit, entry)
        type_into(qtbot, dialog.exit_edit, exit)
        dialog.buttons.accepted.emit()
        saved = not dialog.isVisible()
        if not saved:
            dialog.reject()
        QApplication.processEvents()
        return saved

    # exit before entry: refused, nothing asked
    assert not trip("10/5/2026", "10/1/2026")
    assert asked == [] and planner.trips("turkey") == []
    # the old reading of the issue's trip: 14,611 days from 2012 to 2052, asked about, not saved on Cancel
    assert not trip("10/1/2012", "10/1/2052", False)
    assert len(asked) == 1 and "14,611" in asked[0] and planner.trips("turkey") == []
    assert trip("10/1/2026", "10/10/2026")
    # an overlap: asked, refused on Cancel, saved on "Save anyway"
    assert not trip("10/5/2026", "10/8/2026", False)
    assert len(asked) == 1 and "shares days" in asked[0]
    assert trip("10/5/2026", "10/8/2026", True)
    assert len(planner.trips("turkey")) == 2


def test_a_document_with_unusual_dates_is_confirmed(qtbot, window, languages, monkeypatch):
    languages.set_language("en")
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text, _go: asked.append(text) or False)
    documents = window.workspace.planner.documents
    dialog = documents.add_document()
    dialog.title_edit.setText("Visa")
    type_into(qtbot, dialog.expires_edit, "1/1/2099")
    dialog.buttons.accepted.emit()
    assert len(asked) == 1 and "far in the future" in asked[0]
    assert dialog.isVisible() and len(window.vault.planner().documents()) == 1
