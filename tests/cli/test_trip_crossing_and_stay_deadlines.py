"""The installed `journal-app` records a trip's country and border, and a deadline before the latest exit of a zone
that moves when trips change (run as a subprocess with no display)."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.cli.scenarios import Session

PROGRAM = Path(sys.executable).with_name("journal-app")

pytestmark = pytest.mark.skipif(not PROGRAM.is_file(), reason=f"no installed program at {PROGRAM} (make dev)")


@pytest.fixture
def session(tmp_path: Path) -> Session:
    s = Session([str(PROGRAM)], tmp_path)
    s.run("init")
    return s


def test_a_land_trip_into_bulgaria_counts_for_schengen_from_2025(session: Session) -> None:
    s = session
    trip = s.run("trip", "add", "--zone", "schengen", "--entry", "2024-06-01", "--exit", "2024-06-30",
                 "--country", "bg", "--border", "land").stdout.strip()  # fmt: skip
    assert s.json("stay", "schengen", "--on", "2024-07-01")["days_used"] == 0  # type: ignore[index]
    s.run("trip", "add", "--zone", "schengen", "--entry", "2025-02-01", "--exit", "2025-02-10",
          "--country", "BG", "--border", "land")  # fmt: skip
    assert s.json("stay", "schengen", "--on", "2025-02-11")["days_used"] == 10  # type: ignore[index]
    assert trip in {t["id"] for t in s.json("trip", "list")}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (("--border", "tunnel"), "invalid choice: 'tunnel'"),
        (("--country", "B1"), "two- or three-letter code"),
        (("--country", "BGRO"), "two- or three-letter code"),
    ],
)
def test_a_wrong_country_or_border_is_a_usage_error(session: Session, extra: tuple[str, ...], words: str) -> None:
    refused = session.run("trip", "add", "--zone", "schengen", "--entry", "2025-02-01", *extra, code=2)
    assert words in refused.stderr
    assert session.json("trip", "list") == []


def test_a_deadline_before_the_latest_exit_moves_when_a_trip_is_added(session: Session) -> None:
    s = session
    today = date.today()
    s.run("trip", "add", "--zone", "kazakhstan", "--entry", (today - timedelta(days=10)).isoformat())
    first = s.json("stay", "kazakhstan")["latest_exit"]  # type: ignore[index]
    added = s.run("deadline", "add", "--title", "Подать на ВНЖ", "--before-latest-exit", "kazakhstan", "--days", "5")
    deadline_id = added.stdout.strip()

    def due() -> str:
        return next(d["due"] for d in s.json("deadline", "list") if d["id"] == deadline_id)  # type: ignore[index, union-attr]

    assert due() == (date.fromisoformat(first) - timedelta(days=5)).isoformat()
    # an earlier trip of 61 counted days: the 90/180 rule now ends this stay sooner than the 30 per entry
    s.run("trip", "add", "--zone", "kazakhstan", "--entry", (today - timedelta(days=120)).isoformat(),
          "--exit", (today - timedelta(days=60)).isoformat())  # fmt: skip
    second = s.json("stay", "kazakhstan")["latest_exit"]  # type: ignore[index]
    assert second < first
    assert due() == (date.fromisoformat(second) - timedelta(days=5)).isoformat()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--before-latest-exit", "kazakhstan", "--days", "-1"), "0 to 3660"),
        (("--before-latest-exit", "kazakhstan", "--days", "x"), "not a whole number"),
        (("--due", "2027-01-01", "--days", "3"), "--days goes with --before-latest-exit"),
        (("--due", "2027-01-01", "--before-latest-exit", "kazakhstan"), "not allowed with"),
        (("--before-latest-exit", "kazakhstan", "--repeat", "yearly"), "does not repeat"),
    ],
)
def test_wrong_stay_deadlines_are_usage_errors(session: Session, args: tuple[str, ...], words: str) -> None:
    refused = session.run("deadline", "add", "--title", "T", *args, code=2)
    assert words in refused.stderr


def test_zone_list_words_every_rule_kind(session: Session) -> None:
    """A zone made in the app with a rule in months (or entries, days outside) has no plain "limit": `zone list`
    ended with "unexpected error (KeyError)"."""
    from journal_app.core.stays import MaxEntries, MinOutside, PerEntryMonths, RollingMonths
    from journal_app.core.vault import Vault
    from tests.cli.scenarios import PASSPHRASE

    with Vault.open(session.vault, PASSPHRASE) as vault:
        rules = [PerEntryMonths(6), RollingMonths(183, 12), MaxEntries(2, 180), MinOutside(90)]
        vault.planner().save_zone("visit", title="Visit", rules=rules)
    listed = session.run("zone", "list").stdout
    line = next(row for row in listed.splitlines() if row.startswith("visit "))
    assert "6 months per entry" in line and "183 in 12 months" in line
    assert "2 entries in 180" in line and "90 days outside" in line
