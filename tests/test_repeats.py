"""Repeating deadlines keep their anchor day (issue 15): next dates come from the first date, never from the previous,
already shortened one; the migration of schema 8 keeps every deadline of a version-6 vault."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.core.planner import next_occurrence, occurrences
from journal_app.core.registration import Registration
from journal_app.core.stays import PerEntry
from journal_app.core.vault import Vault
from tests.conftest import FAST_KDF

D = date.fromisoformat
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def planner(vault):
    return vault.planner()


def test_monthly_from_the_31st_keeps_the_day() -> None:
    assert occurrences(D("2025-01-31"), "monthly", 5) == [D(x) for x in (
        "2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30", "2025-05-31")]  # fmt: skip
    assert occurrences(D("2024-01-31"), "monthly", 3)[1] == D("2024-02-29")


def test_yearly_from_the_leap_day_comes_back_in_leap_years() -> None:
    assert occurrences(D("2024-02-29"), "yearly", 5) == [D(x) for x in (
        "2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29")]  # fmt: skip


def test_next_occurrence_from_the_anchor_not_from_the_previous_date() -> None:
    assert next_occurrence(D("2025-02-28"), "monthly", D("2025-01-31")) == D("2025-03-31")
    assert next_occurrence(D("2027-02-28"), "yearly", D("2024-02-29")) == D("2028-02-29")
    assert next_occurrence(D("2025-02-28"), "monthly") == D("2025-03-28")  # without an anchor: the day itself


def test_ticking_off_a_monthly_deadline_keeps_its_day(planner) -> None:
    item = planner.add_deadline(title="Rent", due=D("2025-01-31"), repeat="monthly")
    dues = []
    for _ in range(4):
        item = planner.set_done(item.id)
        dues.append(item.due)
    assert dues == [D("2025-02-28"), D("2025-03-31"), D("2025-04-30"), D("2025-05-31")]
    # a new date chosen by hand is the new anchor
    item = planner.update_deadline(item.id, title="Rent", due=D("2025-06-30"), repeat="monthly")
    assert planner.set_done(item.id).due == D("2025-07-30")


def test_ticking_off_a_yearly_leap_day_deadline(planner) -> None:
    item = planner.add_deadline(title="Report", due=D("2024-02-29"), repeat="yearly")
    dues = [(item := planner.set_done(item.id)).due for _ in range(4)]
    assert dues == [D("2025-02-28"), D("2026-02-28"), D("2027-02-28"), D("2028-02-29")]


@given(anchor=st.dates(date(1990, 1, 1), date(2090, 12, 31)), repeat=st.sampled_from(["monthly", "yearly"]),
       n=st.integers(1, 40))  # fmt: skip
def test_repeats_keep_the_day_of_the_anchor(anchor: date, repeat: str, n: int) -> None:
    dates = occurrences(anchor, repeat, n)
    assert dates[0] == anchor and dates == sorted(set(dates))
    for k, d in enumerate(dates):
        months = k if repeat == "monthly" else 12 * k
        year, month = divmod(anchor.month - 1 + months, 12)
        assert (d.year, d.month) == (anchor.year + year, month + 1)
        # the anchor's day, or the month's last day when the month is shorter
        assert d.day == anchor.day or (d.day < anchor.day and (d + timedelta(days=1)).day == 1)
        # stepping from any date of the series gives the next one
        if k + 1 < len(dates):
            assert next_occurrence(d, repeat, anchor) == dates[k + 1]


def test_migration_8_keeps_the_deadlines_of_a_v6_vault(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(FIXTURES / "vault_v6", folder)
    with Vault.open(folder, "fixture", kdf=FAST_KDF) as vault:
        before = vault.planner().deadlines(include_done=True)
        columns = {r[1] for r in vault.connection.execute("PRAGMA table_info(deadlines)")}
        assert "repeat_from" in columns
        for item in before:
            assert item.repeat_from is None


# -- the calendar export gives the same dates (expanded by python-dateutil, an independent RFC 5545 reader) -------


def _exported_dates(text: str, count: int) -> list[date]:
    from dateutil.rrule import rrulestr

    unfolded = text.replace("\r\n ", "")
    start = next(line for line in unfolded.split("\r\n") if line.startswith("DTSTART"))
    rule = next(line for line in unfolded.split("\r\n") if line.startswith("RRULE:"))
    day = start.rsplit(":", 1)[1]
    series = rrulestr(f"DTSTART:{day}T000000\n{rule}", forceset=True)
    return [d.date() for _, d in zip(range(count), series, strict=False)]


def _app_dates(due: date, repeat: str, anchor: date, count: int) -> list[date]:
    out = [due]
    while len(out) < count:
        out.append(next_occurrence(out[-1], repeat, anchor))
    return out


@given(anchor=st.dates(date(1995, 1, 1), date(2080, 12, 31)),
       repeat=st.sampled_from(["monthly", "yearly", "every:1", "every:7", "every:30", "every:365"]),
       ticked=st.integers(0, 30))  # fmt: skip
def test_exported_rrule_expands_to_the_apps_dates(anchor: date, repeat: str, ticked: int) -> None:
    from journal_app.core.ics import deadlines_to_ics
    from journal_app.core.planner import Deadline

    due = occurrences(anchor, repeat, ticked + 1)[-1]  # a deadline ticked off `ticked` times
    item = Deadline("id", "t", due, None, 0, "", repeat, None, None, None, None, repeat_from=anchor)
    text = deadlines_to_ics([item])
    assert _exported_dates(text, 40) == _app_dates(due, repeat, anchor, 40)


def test_exported_rules_for_the_end_of_the_month() -> None:
    from journal_app.core.ics import rrule_for

    assert rrule_for("monthly", D("2025-01-31")) == "FREQ=MONTHLY;BYMONTHDAY=-1"
    assert rrule_for("monthly", D("2025-01-30")) == "FREQ=MONTHLY;BYMONTHDAY=30,-1;BYSETPOS=1"
    assert rrule_for("monthly", D("2025-01-15")) == "FREQ=MONTHLY"
    assert rrule_for("yearly", D("2024-02-29")) == "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29,-1;BYSETPOS=1"
    assert rrule_for("yearly", D("2024-03-31")) == "FREQ=YEARLY"


def test_migration_8_puts_the_new_presets_in_place_of_unchanged_ones(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(FIXTURES / "vault_v6", folder)
    with Vault.open(folder, "fixture", kdf=FAST_KDF) as vault:
        planner = vault.planner()
        schengen = planner.zone("schengen")
        assert schengen.passport is not None and schengen.passport.months == 3
        assert {m.country for m in schengen.members} >= {"HR", "BG", "RO", "DE"}
        assert planner.zone("serbia").registration == Registration(24, unit="hours", per="address")
        assert planner.zone("kazakhstan-eaeu").registration == Registration(30, if_longer_than=30)
        assert planner.zone("russia").registration == Registration(7, unit="working_days", calendar="RU")
        assert "Written 2026-12-01" in planner.zone("georgia").note and "365" in planner.zone("georgia").note
        assert {"country", "border"} <= {r[1] for r in vault.connection.execute("PRAGMA table_info(trips)")}


def test_migration_8_keeps_a_preset_the_person_changed(vault) -> None:
    import json

    from journal_app.core import migrations
    from journal_app.core.presets import PRESETS_V3
    from journal_app.core.vault import transaction

    conn = vault.connection
    with transaction(conn):  # as a schema-7 vault: one preset as shipped, one changed by the person
        for preset in PRESETS_V3:
            values = (preset["title"], json.dumps(preset["rules"]), preset["register_within"], preset["name"])
            conn.execute("UPDATE zones SET title = ?, rules = ?, register_within = ? WHERE name = ?", values)
        conn.execute(
            "UPDATE zones SET rules = ? WHERE name = 'turkey'", (json.dumps([{"kind": "per_entry", "limit": 30}]),)
        )
        conn.execute("DELETE FROM zones WHERE name = 'russia'")
    with transaction(conn):
        migrations._presets_v8(conn)
    planner = vault.planner()
    assert planner.zone("turkey").rules == (PerEntry(30),)
    assert planner.zone("serbia").registration is not None and planner.zone("serbia").registration.per == "address"
    assert planner.zone("russia").title == "Russia (foreign citizens)"
