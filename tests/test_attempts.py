"""Unlock throttle: the delays, what the state file holds, and the wipe threshold."""

from __future__ import annotations

import json
import os

import pytest

from journal_app.core.attempts import MAX_DELAY_SECONDS, UnlockThrottle, check_wipe_after, delay_after
from journal_app.core.errors import InvalidInput


def test_no_delay_for_three_failures_then_doubling_up_to_five_minutes():
    assert [delay_after(n) for n in range(0, 9)] == [0, 0, 0, 0, 5, 10, 20, 40, 80]
    assert delay_after(10) == 300 and delay_after(11) == MAX_DELAY_SECONDS and delay_after(10_000) == 300


def test_waiting_counts_down_from_the_last_failure(tmp_path):
    throttle = UnlockThrottle(tmp_path / "attempts")
    for _ in range(3):
        throttle.record_failure(now=1000.0)
    assert throttle.seconds_to_wait(1000.0) == 0
    throttle.record_failure(now=1000.0)
    assert throttle.seconds_to_wait(1000.0) == 5
    assert throttle.seconds_to_wait(1003.0) == 2
    assert throttle.seconds_to_wait(1005.0) == 0
    throttle.record_failure(now=1005.0)
    assert throttle.seconds_to_wait(1005.0) == 10
    assert throttle.seconds_to_wait(0.0) == 10  # a clock set back does not lock for longer than the delay


def test_state_survives_a_restart_and_holds_only_a_count_and_a_time(tmp_path):
    path = tmp_path / "config" / "attempts"
    throttle = UnlockThrottle(path)
    for _ in range(5):
        throttle.record_failure(now=2000.0)
    again = UnlockThrottle(path)
    assert again.failures == 5 and again.seconds_to_wait(2000.0) == 10
    assert set(json.loads(path.read_text())) == {"failures", "last"}
    assert os.stat(path).st_mode & 0o077 == 0
    again.record_success()
    assert not path.exists()
    assert UnlockThrottle(path).failures == 0


def test_withdrawn_failure_and_a_damaged_state_file(tmp_path):
    path = tmp_path / "attempts"
    throttle = UnlockThrottle(path)
    throttle.record_failure(now=1.0)
    throttle.withdraw_failure()
    assert throttle.failures == 0 and not path.exists()
    path.write_text("{not json")
    assert UnlockThrottle(path).failures == 0


def test_wipe_threshold_is_off_by_default_and_at_least_five(tmp_path):
    throttle = UnlockThrottle(tmp_path / "attempts")
    for _ in range(50):
        throttle.record_failure(now=1.0)
    assert not throttle.should_wipe(None)
    assert check_wipe_after(None) is None and check_wipe_after(0) is None
    with pytest.raises(InvalidInput):
        check_wipe_after(4)
    assert check_wipe_after(5) == 5
    fresh = UnlockThrottle(tmp_path / "other")
    for _ in range(4):
        fresh.record_failure(now=1.0)
    assert not fresh.should_wipe(5)
    fresh.record_failure(now=1.0)
    assert fresh.should_wipe(5)
