"""The horizon (overdue first, then by week, 14/30/90 days), ticking from it, and the unlock summary."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt

from journal_app.ui.planner.horizon_view import week_start
from journal_app.ui.planner.summary import due_summary
from tests.conftest import MARKER

from ._planner_support import IGNORED_QT_MESSAGES, TODAY, long_date, make_workspace

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)


def seed(planner):
    planner.add_deadline(title="Late paper", due=TODAY - timedelta(days=3))
    planner.add_deadline(title="Soon", due=TODAY + timedelta(days=8))
    planner.add_deadline(title="Later", due=TODAY + timedelta(days=40))
    planner.add_document(kind="international_passport", title="Passport", expires=TODAY + timedelta(days=200))
    planner.add_trip(zone="schengen", entry=date(2025, 3, 1), exit=None)


def test_overdue_first_then_weeks(qtbot, vault):
    planner = vault.planner()
    seed(planner)
    workspace = make_workspace(qtbot, vault)
    view = workspace.horizon
    assert workspace.tabs.currentWidget() is view  # the default page
    assert view.days() == 90
    groups = view.group_titles()
    assert groups[0] == "Overdue"
    first_weekday = QLocale().firstDayOfWeek().value
    expected_weeks = []
    for item in planner.horizon(TODAY, 90):
        if item.overdue:
            continue
        start = week_start(item.date, first_weekday)
        title = "This week" if start <= TODAY else f"Week of {long_date(start)}"
        if title not in expected_weeks:
            expected_weeks.append(title)
    assert groups[1:] == expected_weeks
    texts = [row.text(0) for row in view.rows()]
    assert texts[0] == "Late paper"
    assert "Start renewing: Passport" in texts  # expires in 200 days, renew 180 before: in 20 days
    assert "Latest exit from Schengen area" in texts
    assert "Later" in texts


def test_the_range_selector(qtbot, vault):
    seed(vault.planner())
    workspace = make_workspace(qtbot, vault)
    view = workspace.horizon
    view.set_days(14)
    texts = [row.text(0) for row in view.rows()]
    assert "Soon" in texts and "Later" not in texts and "Start renewing: Passport" not in texts
    view.set_days(30)
    texts = [row.text(0) for row in view.rows()]
    assert "Start renewing: Passport" in texts and "Later" not in texts


def test_ticking_a_deadline_done_from_the_horizon(qtbot, vault):
    planner = vault.planner()
    seed(planner)
    workspace = make_workspace(qtbot, vault)
    view = workspace.horizon
    row = next(r for r in view.rows() if r.text(0) == "Late paper")
    row.setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: "Late paper" not in [r.text(0) for r in view.rows()])
    assert "Overdue" not in view.group_titles()
    assert all(d.title != "Late paper" for d in planner.deadlines())
    workspace.tabs.setCurrentWidget(workspace.deadlines)
    assert "Late paper" not in [r.text(0) for r in workspace.deadlines.rows()]


def test_nothing_due(qtbot, vault):
    workspace = make_workspace(qtbot, vault)
    assert workspace.horizon.rows() == []
    assert workspace.horizon.empty_label.isVisibleTo(workspace.horizon)


def test_due_summary_sentences(vault):
    planner = vault.planner()
    assert due_summary(planner, TODAY) is None
    planner.add_deadline(title=MARKER, due=TODAY + timedelta(days=30))
    assert due_summary(planner, TODAY) is None  # beyond two weeks: no need to mention it
    planner.add_deadline(title=MARKER, due=TODAY + timedelta(days=5))
    text = due_summary(planner, TODAY)
    assert text == "When you have a moment: 1 due within two weeks. It is in the Horizon."
    planner.add_deadline(title=MARKER, due=TODAY - timedelta(days=1))
    planner.add_deadline(title=MARKER, due=TODAY - timedelta(days=2))
    text = due_summary(planner, TODAY)
    assert text == "When you have a moment: 2 item(s) overdue and 1 due within two weeks. They are in the Horizon."
    assert MARKER not in text
