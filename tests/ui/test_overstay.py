"""A stay rule broken today is shown as what it is, in English, Russian and Ukrainian: the horizon's first section,
a red banner at unlock, a tray notice, the chart (every rule with its own limit line) and the stay numbers ("over by
48 days", never "-48").

The case of the issue: `trip add --zone kazakhstan --entry 2026-09-15`, still there on 2026-12-01; the zone has
"30 days per entry" and "90 in any 180". Day 31 of the stay, 15 October, is the first day over the limit.
With JOURNAL_SCREENSHOTS=DIR the test saves overstay_LANG.png there (docs/screenshots/ holds the committed ones).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint
from PySide6.QtGui import QColor, QImage, QPainter

from journal_app.ui.home_workspace import HomeWorkspace
from journal_app.ui.i18n import LanguageManager
from journal_app.ui.planner.notifier import ReminderNotifier

from ._planner_support import IGNORED_QT_MESSAGES

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)

TODAY = date(2026, 12, 1)
SINCE = date(2026, 10, 15)


@pytest.fixture
def languages():
    manager = LanguageManager()
    yield manager
    manager.set_language("en")
    for translator in manager._translators:
        QCoreApplication.removeTranslator(translator)


def tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


def long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_kazakhstan_overstay_everywhere(qtbot, vault, languages, language) -> None:
    vault.planner().add_trip(zone="kazakhstan", entry=date(2026, 9, 15))
    vault.planner().add_deadline(title="Renew insurance", due=date(2026, 12, 5))
    languages.set_language(language)
    workspace = HomeWorkspace(vault, None, today=lambda: TODAY, reminders=False)
    qtbot.addWidget(workspace)
    workspace.resize(1100, 760)
    workspace.show()
    qtbot.waitExposed(workspace)
    zone = tr("Planner", "Kazakhstan (not EAEU citizens)")
    if language != "en":
        assert zone != "Kazakhstan (not EAEU citizens)"  # really translated

    # the banner: red, first, never "when you have a moment"
    banner = workspace.summary
    assert banner.isVisible() and banner.urgent
    first_line = banner.label.text().splitlines()[0]
    expected = tr("PlannerPlurals", "You are over the limit in %1 by %n day(s) since %2.", 48)
    since = QLocale().toString(QDate(SINCE.year, SINCE.month, SINCE.day), "d MMMM yyyy")
    assert first_line == expected.replace("%1", zone).replace("%2", since)
    assert "48" in first_line and "15" in first_line and "2026" in first_line
    if language == "en":
        assert (
            first_line == "You are over the limit in Kazakhstan (not EAEU citizens) by 48 days since 15 October 2026."
        )
    calm = tr("Planner", "When you have a moment: %1. It is in the Horizon.").split("%1")[0]
    assert calm not in banner.label.text()

    # the horizon: its own section above everything else
    horizon = workspace.planner.horizon
    assert horizon.group_titles()[0] == tr("HorizonView", "Now: over the stay limit")
    first_row = horizon.tree.topLevelItem(0).child(0)
    assert zone in first_row.text(0) and "48" in first_row.text(0)
    assert tr("Planner", "Planned trips go over the limit: %1").split("%1")[0] not in first_row.text(0)

    # the stay numbers: "over by 48 days", never a negative number
    stays = workspace.planner.stays
    workspace.planner.tabs.setCurrentWidget(stays)
    stays.select_zone("kazakhstan")
    remaining, rules = stays.answers.text("remaining"), stays.answers.text("rules")
    assert "48" in remaining and "-" not in remaining
    assert "-48" not in rules and tr("PlannerPlurals", "over by %n day(s)", 48) in rules
    assert tr("PlannerPlurals", "%n day(s) left", 12) in rules  # 90/180: 78 used, 12 left

    # the chart: both rules, each with its limit, the per-entry one over it today
    chart = stays.chart
    assert [(r.limit, dict(r.series)[TODAY]) for r in chart.rules] == [(90, 78), (30, 78)]
    description = chart.accessibleDescription()
    assert description.count(tr("StayChart", "Over the limit.")) == 1

    if os.environ.get("JOURNAL_SCREENSHOTS"):
        save_screenshot(workspace, Path(os.environ["JOURNAL_SCREENSHOTS"]) / f"overstay_{language}.png")


def save_screenshot(workspace: HomeWorkspace, path: Path) -> None:
    """The banner and the horizon above, the stays tab below: one picture."""
    planner = workspace.planner
    workspace.tabs.setCurrentWidget(planner)
    planner.tabs.setCurrentWidget(planner.horizon)
    top = workspace.grab().toImage()
    planner.tabs.setCurrentWidget(planner.stays)
    workspace.resize(workspace.width(), 1150)  # the stays tab is tall: its numbers and the chart
    QCoreApplication.processEvents()
    bottom = planner.grab().toImage()
    image = QImage(top.width(), top.height() + bottom.height(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(QPoint(0, 0), top)
    painter.drawImage(QPoint(0, top.height()), bottom)
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path))


def test_a_tray_notice_once_a_day_without_the_zone_by_default(qtbot, vault) -> None:
    vault.planner().add_trip(zone="kazakhstan", entry=date(2026, 9, 15))
    notifier = ReminderNotifier(vault.planner(), None, today=lambda: TODAY)
    with qtbot.waitSignal(notifier.notified, timeout=2000) as shown:
        notifier.check_now()
    title, text = shown.args
    assert "stay limit" in title and "stay limit" in text
    assert "Kazakhstan" not in text  # a notification can be seen by anyone near the screen
    assert notifier.check_stays() == []  # once a day
    notifier.set_notify_with_titles(True)
    notifier.stop()
    with qtbot.waitSignal(notifier.notified, timeout=2000) as shown:
        notifier.check_stays()
    assert "Kazakhstan" in shown.args[1] and "48" in shown.args[1]
