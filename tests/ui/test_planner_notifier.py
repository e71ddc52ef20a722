"""Reminders while the app runs: generic text by default, titles only when the user turned that on, once a day."""

from __future__ import annotations

from datetime import date, timedelta

from journal_app.ui.planner.notifier import ReminderNotifier
from tests.conftest import MARKER

TODAY = date(2025, 5, 14)


def seed(planner):
    planner.add_deadline(title=f"{MARKER} visa", due=TODAY + timedelta(days=3), remind_days=3)  # reminder today
    planner.add_deadline(title=f"{MARKER} rent", due=TODAY)
    planner.add_deadline(title="later", due=TODAY + timedelta(days=10), remind_days=3)  # not yet
    done = planner.add_deadline(title="done", due=TODAY)
    planner.set_done(done.id)


def test_generic_text_once_a_day(qtbot, vault):
    seed(vault.planner())
    day = [TODAY]
    notifier = ReminderNotifier(vault.planner(), None, interval_ms=10, today=lambda: day[0])
    with qtbot.waitSignal(notifier.notified, timeout=2000) as blocker:
        notifier.start()
    title, text = blocker.args
    assert text == "2 deadline(s) today"
    assert MARKER not in title + text
    assert notifier.check_now() == []  # the same day: not again
    # the timer keeps checking without repeating itself
    with qtbot.assertNotEmitted(notifier.notified, wait=50):
        pass
    day[0] = TODAY + timedelta(days=1)
    with qtbot.waitSignal(notifier.notified, timeout=2000) as blocker:
        pass
    assert blocker.args[1] == "2 deadline(s) today"  # a new day: a new reminder
    notifier.stop()
    assert not notifier.timer.isActive()


def test_titles_only_when_asked(qtbot, vault):
    seed(vault.planner())
    notifier = ReminderNotifier(vault.planner(), None, notify_with_titles=True, today=lambda: TODAY)
    with qtbot.waitSignal(notifier.notified) as blocker:
        ids = notifier.check_now()
    assert len(ids) == 2
    assert blocker.args[1].splitlines() == [f"{MARKER} rent", f"{MARKER} visa"]


def test_a_new_deadline_is_notified_the_same_day(qtbot, vault):
    planner = vault.planner()
    seed(planner)
    notifier = ReminderNotifier(planner, None, today=lambda: TODAY)
    notifier.check_now()
    planner.add_deadline(title="new", due=TODAY)
    with qtbot.waitSignal(notifier.notified) as blocker:
        assert len(notifier.check_now()) == 1
    assert blocker.args[1] == "1 deadline(s) today"


def test_a_locked_vault_stops_the_checks(qtbot, vault):
    notifier = ReminderNotifier(vault.planner(), None, interval_ms=10, today=lambda: TODAY)
    notifier.start()
    vault.close()
    qtbot.waitUntil(lambda: not notifier.timer.isActive(), timeout=2000)
