"""The calendar's month and weekday names follow the language chosen in the app, like every other text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QToolButton

from journal_app.ui.home_workspace import HomeWorkspace
from journal_app.ui.i18n import LanguageManager


@pytest.fixture
def languages():
    manager = LanguageManager()
    manager.set_language("en")
    yield manager
    manager.set_language("en")
    for translator in manager._translators:  # leave no translator behind for the next test
        QCoreApplication.removeTranslator(translator)


def month_button_text(workspace: HomeWorkspace) -> str:
    button = workspace.journal.calendar_view.calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert button is not None
    return button.text()


def test_switching_to_russian_changes_month_and_weekday_names(qtbot, vault, languages) -> None:
    workspace = HomeWorkspace(vault, None, reminders=False)
    qtbot.addWidget(workspace)
    workspace.show()
    calendar = workspace.journal.calendar_view.calendar
    month = calendar.monthShown()
    assert month_button_text(workspace) == QLocale(QLocale.Language.English).standaloneMonthName(month)

    languages.set_language("ru")
    assert calendar.locale().language() == QLocale.Language.Russian
    russian = QLocale(QLocale.Language.Russian)
    assert month_button_text(workspace) == russian.standaloneMonthName(month)
    assert calendar.firstDayOfWeek() == russian.firstDayOfWeek()
    assert workspace.journal.new_button.text() != "&New entry"  # the journal's own texts follow too

    languages.set_language("en")
    assert month_button_text(workspace) == QLocale(QLocale.Language.English).standaloneMonthName(month)
