"""Unusual deadline dates are warned about in the core (the app asks before it saves), on the same scale as a
document's dates: a deadline is mostly about a document (renew it, register it)."""

from __future__ import annotations

from datetime import date, timedelta

from journal_app.core import planner as core
from journal_app.core.planner import deadline_warnings

D = date.fromisoformat
TODAY = D("2026-12-01")


def keys(*args, **kwargs) -> list[str]:
    return [w.key for w in deadline_warnings(*args, **kwargs)]


def test_an_ordinary_deadline_asks_nothing() -> None:
    assert deadline_warnings(D("2027-03-01"), TODAY) == []
    assert deadline_warnings(TODAY, TODAY, remind_days=0) == []
    assert deadline_warnings(D("2036-06-01"), TODAY, remind_days=180, repeat="yearly") == []  # a ten-year passport
    assert deadline_warnings(D("2026-11-20"), TODAY, repeat="monthly") == []  # missed once: tick it, it moves on


def test_far_dates_use_the_document_thresholds() -> None:
    far_future = TODAY.replace(year=TODAY.year + core.DOCUMENT_FUTURE_YEARS)
    far_past = TODAY.replace(year=TODAY.year - core.DOCUMENT_PAST_YEARS)
    assert keys(far_future, TODAY) == [] and keys(far_past, TODAY) == []  # the edges are still fine
    (warning,) = deadline_warnings(far_future + timedelta(days=1), TODAY)
    assert (warning.key, warning.day) == ("far_future", far_future + timedelta(days=1))
    assert keys(far_past - timedelta(days=1), TODAY) == ["far_past"]
    assert keys(D("2056-12-02"), TODAY) == ["far_future"]  # 2026 typed as 2056


def test_a_repeating_deadline_long_past() -> None:
    (warning,) = deadline_warnings(D("2023-03-01"), TODAY, repeat="yearly")
    assert (warning.key, warning.day) == ("repeat_long_past", D("2023-03-01"))
    assert keys(D("2026-10-01"), TODAY, repeat="monthly") == ["repeat_long_past"]  # next one, 1 November, is past
    assert keys(D("2026-11-01"), TODAY, repeat="monthly") == []  # next one is today
    assert keys(D("2026-11-01"), TODAY, repeat="every:20") == ["repeat_long_past"]
    assert keys(D("2026-11-01"), TODAY, repeat=None) == []  # a one-off deadline that is overdue is just overdue


def test_a_reminder_longer_than_the_time_left() -> None:
    (warning,) = deadline_warnings(TODAY + timedelta(days=3), TODAY, remind_days=7)
    assert (warning.key, warning.day, warning.days) == ("remind_too_long", TODAY + timedelta(days=3), 7)
    assert keys(TODAY + timedelta(days=7), TODAY, remind_days=7) == []  # the reminder starts today
    assert keys(TODAY - timedelta(days=2), TODAY, remind_days=7) == []  # already overdue: the reminder is moot


def test_all_at_once_in_a_stable_order() -> None:
    assert keys(D("1990-01-01"), TODAY, repeat="yearly") == ["far_past", "repeat_long_past"]
